// Every one of the seed generator's 19 animations (shared/reference/conv_arithmetic.md §1.2–1.4):
// the output size the paper shows, the drawn grid, where the blue cells sit, and the frame count;
// for the four numerical ones, the paper's output values.
import {
  convDiagram,
  convolve,
  type Diagram,
  outputShape,
  pool,
  poolDiagram,
  transposedConvDiagram,
  transposedOutputShape,
} from '@conv-arithmetic/core';
import { paperGallery } from '@conv-arithmetic/core/gallery';
import { describe, expect, it } from 'vitest';

// name → [drawn grid side T, output side o, frames, blue rows/cols on the drawn grid]
const seed: Record<string, [number, number, number, number[]]> = {
  no_padding_no_strides: [4, 2, 4, [0, 1, 2, 3]],
  arbitrary_padding_no_strides: [9, 6, 36, [2, 3, 4, 5, 6]],
  same_padding_no_strides: [7, 5, 25, [1, 2, 3, 4, 5]],
  full_padding_no_strides: [9, 7, 49, [2, 3, 4, 5, 6]],
  no_padding_strides: [5, 2, 4, [0, 1, 2, 3, 4]],
  padding_strides: [7, 3, 9, [1, 2, 3, 4, 5]],
  padding_strides_odd: [8, 3, 9, [1, 2, 3, 4, 5, 6]],
  dilation: [7, 3, 9, [0, 1, 2, 3, 4, 5, 6]],
  no_padding_no_strides_transposed: [6, 4, 16, [2, 3]],
  arbitrary_padding_no_strides_transposed: [8, 5, 25, [1, 2, 3, 4, 5, 6]],
  same_padding_no_strides_transposed: [7, 5, 25, [1, 2, 3, 4, 5]],
  full_padding_no_strides_transposed: [7, 5, 25, [0, 1, 2, 3, 4, 5, 6]],
  no_padding_strides_transposed: [7, 5, 25, [2, 4]],
  padding_strides_transposed: [7, 5, 25, [1, 3, 5]],
  padding_strides_odd_transposed: [8, 6, 36, [1, 3, 5]],
};

// §1.4: the shared input, the kernel, and each numerical animation's output (rows) and figure.
const INPUT = [
  [3, 3, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [3, 1, 2, 2, 3],
  [2, 0, 0, 2, 2],
  [2, 0, 0, 0, 1],
];
const KERNEL = [
  [0, 1, 2],
  [2, 2, 0],
  [0, 1, 2],
];
const numerical: Record<string, [figure: string, output: number[][]]> = {
  numerical_no_padding_no_strides: [
    '1.1',
    [
      [12, 12, 17],
      [10, 17, 19],
      [9, 6, 14],
    ],
  ],
  numerical_padding_strides: [
    '1.2',
    [
      [6, 17, 3],
      [8, 17, 13],
      [6, 4, 4],
    ],
  ],
  numerical_average_pooling: [
    '1.5',
    [
      [1.7, 1.7, 1.7],
      [1.0, 1.2, 1.8],
      [1.1, 0.8, 1.3],
    ],
  ],
  numerical_max_pooling: [
    '1.6',
    [
      [3, 3, 3],
      [3, 3, 3],
      [3, 2, 3],
    ],
  ],
};

const diagramOf = (entry: (typeof paperGallery)[number]): Diagram =>
  entry.kind === 'pool'
    ? poolDiagram(entry.spec)
    : entry.kind === 'conv'
      ? convDiagram(entry.spec)
      : transposedConvDiagram(entry.spec);

describe('paperGallery', () => {
  it("holds the generator's 19: 7 convolution, 7 transposed, 1 dilated, 4 numerical", () => {
    expect(paperGallery.map((g) => g.name).sort()).toEqual(
      [...Object.keys(seed), ...Object.keys(numerical)].sort(),
    );
    const count = (section: string) => paperGallery.filter((g) => g.section === section).length;
    expect([
      count('convolution'),
      count('transposed'),
      count('dilated'),
      count('numerical'),
    ]).toEqual([7, 7, 1, 4]);
  });

  for (const entry of paperGallery.filter((g) => g.section === 'numerical')) {
    const [figure, output] = numerical[entry.name] ?? ['', []];
    it(`${entry.name} (Fig ${figure}): 9 frames over the 5×5 input, the paper's values`, () => {
      expect(entry.figure).toBe(figure);
      const d = diagramOf(entry);
      expect(d.frameCount).toBe(9);
      expect(d.source).toEqual({ rows: 5, cols: 5 });
      const computed =
        entry.kind === 'pool'
          ? pool(INPUT, entry.spec)
          : convolve(INPUT, KERNEL, { stride: entry.spec.stride, padding: entry.spec.padding });
      // Printed with one decimal, as the paper prints them.
      expect(computed.map((row) => row.map((v) => v.toFixed(1)))).toEqual(
        output.map((row) => row.map((v) => v.toFixed(1))),
      );
    });
  }

  for (const entry of paperGallery.filter((g) => g.section !== 'numerical')) {
    const [side, out, frames, blue] = seed[entry.name] ?? [0, 0, 0, []];
    describe(entry.name, () => {
      it(`gives the ${out}×${out} output the paper shows`, () => {
        const shape =
          entry.kind === 'conv' ? outputShape(entry.spec) : transposedOutputShape(entry.spec);
        expect(shape).toEqual([out, out]);
      });

      it(`draws a ${side}×${side} grid with ${frames} frames and blue cells at ${blue.join(',')}`, () => {
        const d = diagramOf(entry);
        expect(d.input).toEqual({ rows: side, cols: side });
        expect(d.output).toEqual({ rows: out, cols: out });
        expect(d.frameCount).toBe(frames);
        for (let r = 0; r < side; r++) {
          for (let c = 0; c < side; c++) {
            const isBlue = blue.includes(r) && blue.includes(c);
            expect(d.cell(r, c).kind === 'input', `cell ${r},${c}`).toBe(isBlue);
          }
        }
      });
    });
  }

  it('padding_strides_odd: windows start at 0, 2, 4; the last row and column are never covered', () => {
    const d = convDiagram({ input: 6, kernel: 3, stride: 2, padding: 1 });
    const starts = Array.from({ length: d.frameCount }, (_, i) => d.window(i));
    expect(new Set(starts.map((w) => w.row))).toEqual(new Set([0, 2, 4]));
    for (let i = 0; i < 8; i++) {
      expect(d.framesReading(7, i)).toEqual([]);
      expect(d.framesReading(i, 7)).toEqual([]);
    }
  });

  it('padding_strides_odd_transposed: padding 1 on top/left, 2 on bottom/right (issue #11 fix)', () => {
    const d = transposedConvDiagram({
      input: 3,
      kernel: 3,
      stride: 2,
      padding: 1,
      outputPadding: 1,
    });
    expect(d.padding).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(d.cell(0, 3).kind).toBe('padding');
    expect(d.cell(6, 3).kind).toBe('padding');
    expect(d.cell(7, 3).kind).toBe('padding');
    expect(d.cell(2, 3).kind).toBe('inserted');
    expect(d.cell(5, 5)).toEqual({ kind: 'input', source: [2, 2] });
  });

  it('dilation: the window spans 5×5 cells but only taps at offsets 0, 2, 4 are used', () => {
    const d = convDiagram({ input: 7, kernel: 3, dilation: 2 });
    expect(d.window(0)).toEqual({ row: 0, col: 0, rows: 5, cols: 5 });
    expect(d.frame(0).taps.map((t) => t.drawn)).toEqual([
      [0, 0],
      [0, 2],
      [0, 4],
      [2, 0],
      [2, 2],
      [2, 4],
      [4, 0],
      [4, 2],
      [4, 4],
    ]);
  });

  it('frames run row-major from the top-left (§1.5)', () => {
    const d = convDiagram({ input: 5, kernel: 3, stride: 2, padding: 1 });
    expect(Array.from({ length: 9 }, (_, i) => d.frame(i).output)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
      [2, 0],
      [2, 1],
      [2, 2],
    ]);
  });
});
