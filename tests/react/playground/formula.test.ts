// The relationship the playground shows is the paper's, and its arithmetic agrees with the core.
import { ConvArithmeticError, type PoolSpec, poolDiagram } from '@conv-arithmetic/core';
import { paperGallery } from '@conv-arithmetic/core/gallery';
import { DEFAULT_PLAYGROUND_STATE } from '@conv-arithmetic/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureSpecOf, resolveFigure } from '../../../packages/react/src/figure/spec';
import { analysePlayground, playgroundProps } from '../../../packages/react/src/playground/analyse';
import { galleryState } from '../../../stories/support/galleryState';
import { anyState } from './arbitraries';

// The paper's own figures, each with the relationship its section states (Table in §3 of the
// reference: 2.1–2.7 → 1–6, 4.1–4.7 → 8–14, 5.1 → 15).
const EXPECTED: Record<string, [relationship: number, output: number]> = {
  '1.1': [1, 3],
  '1.2': [6, 3],
  '1.5': [7, 3],
  '1.6': [7, 3],
  '2.1': [1, 2],
  '2.2': [2, 6],
  '2.3': [3, 5],
  '2.4': [4, 7],
  '2.5': [5, 2],
  '2.6': [6, 3],
  '2.7': [6, 3],
  '4.1': [8, 4],
  '4.2': [9, 5],
  '4.3': [10, 5],
  '4.4': [11, 5],
  '4.5': [12, 5],
  '4.6': [13, 5],
  '4.7': [14, 6],
  '5.1': [15, 3],
};

describe('the playground formula', () => {
  it.each(paperGallery.map((g) => [g.figure, g] as const))(
    'Figure %s: names the paper relationship and computes its output',
    (figure, entry) => {
      const { formulas } = analysePlayground(galleryState(entry));
      const [relationship, output] = EXPECTED[figure] ?? [];
      expect(formulas.rows.relationship).toBe(relationship);
      expect(formulas.rows.value).toBe(output);
      expect(formulas.rows.filled.endsWith(`= ${output}`)).toBe(true);
    },
  );

  it('fills in the issue example: o = ⌊(5 + 2·1 − 3) / 2⌋ + 1 = 3', () => {
    expect(analysePlayground(DEFAULT_PLAYGROUND_STATE).formulas.rows.filled).toBe(
      'o = ⌊(5 + 2·1 − 3) / 2⌋ + 1 = 3',
    );
  });

  it("fills in PyTorch's pooling formula with padding and ceil mode", () => {
    const pool = { ...DEFAULT_PLAYGROUND_STATE, kind: 'pool' as const, ceilMode: true };
    // PyTorch's ceil_mode example: i = 5, k = 2, s = 2 → 3 windows, the last covering one cell.
    const ceil = analysePlayground({ ...pool, kernel: [2, 2], stride: [2, 2], padding: 0 });
    expect(ceil.formulas.rows.relationship).toBeNull();
    expect(ceil.formulas.rows.filled).toBe('o = ⌈(5 + 2·0 − 1·(2 − 1) − 1) / 2⌉ + 1 = 3');
    // With padding 1 a 4th window would start in the right padding: PyTorch drops it.
    const dropped = analysePlayground({ ...pool, kernel: [2, 2], stride: [2, 2], padding: 1 });
    expect(dropped.formulas.rows.filled).toBe('o = ⌈(5 + 2·1 − 1·(2 − 1) − 1) / 2⌉ + 1 − 1 = 3');
    const padded = analysePlayground({ ...pool, ceilMode: false });
    expect(padded.formulas.rows.filled).toBe('o = ⌊(5 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3');
    const plain = analysePlayground({ ...pool, ceilMode: false, padding: 0, stride: [1, 1] });
    expect(plain.formulas.rows).toMatchObject({
      relationship: 7,
      formula: 'o = ⌊(i − k) / s⌋ + 1',
      filled: 'o = ⌊(5 − 3) / 1⌋ + 1 = 3',
    });
  });

  it('agrees with the core on every axis of every valid configuration', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        let analysis: ReturnType<typeof analysePlayground>;
        try {
          analysis = analysePlayground(state);
        } catch (error) {
          expect(error).toBeInstanceOf(ConvArithmeticError);
          return;
        }
        const props = playgroundProps(state);
        if (state.kind === 'pool') {
          const { output } = poolDiagram(figureSpecOf('pool', props) as PoolSpec);
          expect(analysis.formulas.rows.value).toBe(output.rows);
          expect(analysis.formulas.cols.value).toBe(output.cols);
          // Relationship 7 is the paper's pooling: no padding, no dilation, no ceil mode.
          const pads = typeof state.padding === 'number' ? [state.padding] : state.padding;
          const plain =
            !state.ceilMode &&
            (pads as number[])[0] === 0 &&
            (state.mode === 'average' || state.dilation[0] === 1);
          expect(analysis.formulas.rows.relationship === 7).toBe(plain);
          expect(analysis.formulas.rows.relationship === null).toBe(!plain);
          return;
        }
        const { axes } = resolveFigure(state.kind, figureSpecOf(state.kind, props));
        expect(analysis.formulas.rows.value).toBe(axes.rows.output);
        expect(analysis.formulas.cols.value).toBe(axes.cols.output);
        // Dilated transposed convolutions are the one case the paper has no relationship for.
        const noRelationship = state.kind === 'transposed' && axes.rows.dilation > 1;
        expect(analysis.formulas.rows.relationship === null).toBe(noRelationship);
      }),
      { numRuns: 400 },
    );
  });
});
