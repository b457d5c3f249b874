// The relationship the playground shows is the paper's, and its arithmetic agrees with the core.
import { ConvArithmeticError } from '@conv-arithmetic/core';
import { paperGallery } from '@conv-arithmetic/core/gallery';
import { DEFAULT_PLAYGROUND_STATE } from '@conv-arithmetic/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureSpecOf, resolveFigure } from '../../../packages/react/src/figure/spec';
import { analysePlayground, playgroundProps } from '../../../packages/react/src/playground/analyse';
import { galleryState } from '../../../stories/support/galleryState';
import { anyState } from './arbitraries';

// The paper's own figures, each with the relationship its section states (Table in §3 of the
// reference: 2.1–2.7 → 1–6, 4.1–4.7 → 8–14, 5.1 → 15; the numerical Figures 1.1 and 1.2 are
// Relationships 1 and 6).
const EXPECTED: Record<string, [relationship: number, output: number]> = {
  '1.1': [1, 3],
  '1.2': [6, 3],
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
