// Padding modes (PyTorch's padding_mode) and causal padding: the cells a diagram draws against
// F.pad's documented outputs, PyTorch's limits, and the errors that name their parameter.
import {
  convDiagram,
  modePadding,
  resolvePadding,
  transposedConvDiagram,
} from '@conv-arithmetic/core';
import { describe, expect, it } from 'vitest';
import { expectRejects } from './rejects';

/** The values a diagram draws for input arange(rows·cols) reshaped: padding cells copy theirs. */
function drawnValues(d: ReturnType<typeof convDiagram>): number[][] {
  return Array.from({ length: d.input.rows }, (_, r) =>
    Array.from({ length: d.input.cols }, (_, c) => {
      const cell = d.cell(r, c);
      if (cell.kind === 'inserted') return Number.NaN;
      if (!cell.source) return 0;
      return cell.source[0] * d.source.cols + cell.source[1];
    }),
  );
}

// The examples of PyTorch's ReflectionPad2d, ReplicationPad2d and CircularPad2d docs: padding 2
// around torch.arange(9).reshape(3, 3).
const PYTORCH_DOCS = {
  reflect: [
    [8, 7, 6, 7, 8, 7, 6],
    [5, 4, 3, 4, 5, 4, 3],
    [2, 1, 0, 1, 2, 1, 0],
    [5, 4, 3, 4, 5, 4, 3],
    [8, 7, 6, 7, 8, 7, 6],
    [5, 4, 3, 4, 5, 4, 3],
    [2, 1, 0, 1, 2, 1, 0],
  ],
  replicate: [
    [0, 0, 0, 1, 2, 2, 2],
    [0, 0, 0, 1, 2, 2, 2],
    [0, 0, 0, 1, 2, 2, 2],
    [3, 3, 3, 4, 5, 5, 5],
    [6, 6, 6, 7, 8, 8, 8],
    [6, 6, 6, 7, 8, 8, 8],
    [6, 6, 6, 7, 8, 8, 8],
  ],
  circular: [
    [4, 5, 3, 4, 5, 3, 4],
    [7, 8, 6, 7, 8, 6, 7],
    [1, 2, 0, 1, 2, 0, 1],
    [4, 5, 3, 4, 5, 3, 4],
    [7, 8, 6, 7, 8, 6, 7],
    [1, 2, 0, 1, 2, 0, 1],
    [4, 5, 3, 4, 5, 3, 4],
  ],
} as const;

describe('padding modes in diagrams', () => {
  it.each(Object.keys(PYTORCH_DOCS) as (keyof typeof PYTORCH_DOCS)[])(
    "paddingMode '%s' draws what F.pad returns (PyTorch's docs example)",
    (paddingMode) => {
      const d = convDiagram({ input: 3, kernel: 1, padding: 2, paddingMode });
      expect(d.paddingMode).toBe(paddingMode);
      expect(drawnValues(d)).toEqual(PYTORCH_DOCS[paddingMode]);
    },
  );

  it("CircularPad2d((1, 1, 2, 0)) from PyTorch's docs: left 1, right 1, top 2, bottom 0", () => {
    const padding = { top: 2, right: 1, bottom: 0, left: 1 };
    const d = convDiagram({ input: 3, kernel: 1, padding, paddingMode: 'circular' });
    expect(drawnValues(d)).toEqual([
      [5, 3, 4, 5, 3],
      [8, 6, 7, 8, 6],
      [2, 0, 1, 2, 0],
      [5, 3, 4, 5, 3],
      [8, 6, 7, 8, 6],
    ]);
  });

  it("zeros padding cells have no source and stay { kind: 'padding' }", () => {
    const d = convDiagram({ input: 3, kernel: 3, padding: 1 });
    expect(d.paddingMode).toBe('zeros');
    expect(d.cell(0, 0)).toEqual({ kind: 'padding' });
    expect('source' in d.cell(0, 2)).toBe(false);
    expect(
      convDiagram({ input: 3, kernel: 3, padding: 1, paddingMode: 'zeros' }).cell(0, 0),
    ).toEqual({ kind: 'padding' });
  });

  it('input cells are unchanged by the mode; padding cells name the input cell they copy', () => {
    const d = convDiagram({ input: [2, 4], kernel: 3, padding: 1, paddingMode: 'reflect' });
    expect(d.cell(1, 1)).toEqual({ kind: 'input', source: [0, 0] });
    expect(d.cell(0, 1)).toEqual({ kind: 'padding', source: [1, 0] });
    expect(d.cell(3, 5)).toEqual({ kind: 'padding', source: [0, 2] });
  });

  it("reflect needs padding smaller than the input; circular at most the input (PyTorch's F.pad)", () => {
    expect(() =>
      convDiagram({ input: 3, kernel: 3, padding: 2, paddingMode: 'reflect' }),
    ).not.toThrow();
    expectRejects(
      () => convDiagram({ input: 3, kernel: 3, padding: 3, paddingMode: 'reflect' }),
      'padding',
      3,
      /smaller than the input \(3\) on rows with paddingMode 'reflect'/,
    );
    expectRejects(
      () => convDiagram({ input: [4, 2], kernel: 1, padding: [1, 2], paddingMode: 'reflect' }),
      'padding',
      [1, 2],
      /on cols/,
    );
    expect(() =>
      convDiagram({ input: 3, kernel: 3, padding: 3, paddingMode: 'circular' }),
    ).not.toThrow();
    expectRejects(
      () =>
        convDiagram({
          input: 3,
          kernel: 1,
          padding: { top: 0, right: 4, bottom: 0, left: 0 },
          paddingMode: 'circular',
        }),
      'padding',
      { top: 0, right: 4, bottom: 0, left: 0 },
      /at most the input \(3\) on cols/,
    );
    // Replicate repeats the edge as far as asked.
    const far = convDiagram({ input: 2, kernel: 1, padding: 9, paddingMode: 'replicate' });
    expect(far.cell(0, 19)).toEqual({ kind: 'padding', source: [0, 1] });
  });

  it('a bad paddingMode names paddingMode; a transposed diagram pads with zeros only', () => {
    for (const bad of ['reflection', 'valid', 0, null, ['reflect']]) {
      expectRejects(
        () => convDiagram({ input: 3, kernel: 3, paddingMode: bad as never }),
        'paddingMode',
        bad,
        /'zeros', 'reflect', 'replicate' or 'circular'/,
      );
    }
    expectRejects(
      () => transposedConvDiagram({ input: 3, kernel: 3, paddingMode: 'reflect' }),
      'paddingMode',
      'reflect',
      /'zeros' for a transposed convolution/,
    );
    expect(transposedConvDiagram({ input: 3, kernel: 3, paddingMode: 'zeros' }).paddingMode).toBe(
      'zeros',
    );
  });
});

describe("padding 'causal'", () => {
  it('pads d·(k−1) before and nothing after, on each axis', () => {
    expect(modePadding('causal', 3, 2)).toEqual([4, 0]);
    expect(modePadding('causal', 1, 5)).toEqual([0, 0]);
    expect(resolvePadding('causal', [1, 3], [1, 4])).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 8,
    });
  });

  it('keeps the length at stride 1, and output i reads inputs up to i only (WaveNet)', () => {
    const d = convDiagram({ input: [1, 8], kernel: [1, 2], dilation: [1, 4], padding: 'causal' });
    expect(d.output).toEqual({ rows: 1, cols: 8 });
    expect(d.padding).toEqual({ top: 0, right: 0, bottom: 0, left: 4 });
    for (let i = 0; i < d.frameCount; i++) {
      const read = d
        .frame(i)
        .taps.map((t) => d.cell(t.drawn[0], t.drawn[1]))
        .flatMap((cell) => (cell.kind === 'input' ? [cell.source[1]] : []));
      expect(Math.max(...read)).toBe(i);
    }
  });
});
