// pool, poolOutputSize and poolDiagram: the paper's Figs 1.5 and 1.6, PyTorch's documented
// ceil_mode behaviour, and thousands of random specs checked against a reference written here
// from PyTorch's max_pool2d and avg_pool2d kernels.
import {
  type Diagram,
  type Matrix,
  type PoolMode,
  pool,
  poolDiagram,
  poolOutputSize,
} from '@conv-arithmetic/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectMatrixClose } from '../helpers/close';
import { matrix, type PoolAxisParams, poolSpec2d, referencePoolSize } from './arbitraries';

const RUNS = { numRuns: 2000 };

/** The paper's shared 5×5 input (§1.4), rows top to bottom. */
const PAPER_INPUT = [
  [3, 3, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [3, 1, 2, 2, 3],
  [2, 0, 0, 2, 2],
  [2, 0, 0, 0, 1],
];

interface Reference {
  rows: PoolAxisParams;
  cols: PoolAxisParams;
  mode: PoolMode;
  ceilMode: boolean;
}

/**
 * PyTorch's pooling, cell by cell as its CPU kernels compute it: max over the dilated taps that
 * land in the input (padding is −∞); average over the window clipped to the padded input
 * (hend = min(hstart + kH, H + padH)), padding counted as zeros, divided by that clipped area.
 */
function referencePool(input: number[][], spec: Reference): number[][] {
  const { rows, cols, mode, ceilMode } = spec;
  const height = input.length;
  const width = input[0]?.length ?? 0;
  const at = (r: number, c: number): number | undefined =>
    r >= 0 && r < height && c >= 0 && c < width ? input[r]?.[c] : undefined;
  const out: number[][] = [];
  for (let oy = 0; oy < referencePoolSize(rows, ceilMode); oy++) {
    const row: number[] = [];
    for (let ox = 0; ox < referencePoolSize(cols, ceilMode); ox++) {
      const hstart = oy * rows.stride - rows.padding;
      const wstart = ox * cols.stride - cols.padding;
      if (mode === 'max') {
        let best = Number.NEGATIVE_INFINITY;
        for (let m = 0; m < rows.kernel; m++) {
          for (let n = 0; n < cols.kernel; n++) {
            const v = at(hstart + m * rows.dilation, wstart + n * cols.dilation);
            if (v !== undefined && v > best) best = v;
          }
        }
        row.push(best);
      } else {
        const hend = Math.min(hstart + rows.kernel, height + rows.padding);
        const wend = Math.min(wstart + cols.kernel, width + cols.padding);
        let sum = 0;
        for (let r = hstart; r < hend; r++)
          for (let c = wstart; c < wend; c++) sum += at(r, c) ?? 0;
        row.push(sum / ((hend - hstart) * (wend - wstart)));
      }
    }
    out.push(row);
  }
  return out;
}

/** What a frame's taps say the output is: max of tapped input cells, or their sum over the taps. */
function readTaps(d: Diagram, index: number, input: Matrix, mode: PoolMode): number {
  const taps = d.frame(index).taps;
  let best = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const tap of taps) {
    const cell = d.cell(tap.drawn[0], tap.drawn[1]);
    if (cell.kind === 'inserted') return Number.NaN; // a pool draws no inserted zeros
    if (cell.kind !== 'input') continue;
    const v = input[cell.source[0]]?.[cell.source[1]] ?? Number.NaN;
    best = Math.max(best, v);
    sum += v;
  }
  return mode === 'max' ? best : sum / taps.length;
}

const specArbitrary = poolSpec2d.chain((spec) =>
  matrix(spec.rows.input, spec.cols.input).map((input) => ({ spec, input })),
);

type GeneratedSpec = typeof poolSpec2d extends fc.Arbitrary<infer T> ? T : never;

/** The options `pool` takes, from a generated spec (without its input size and axis records). */
const optionsOf = ({ input: _, rows: __, cols: ___, ...options }: GeneratedSpec) => options;

describe('the paper (§1.4): 5×5 input, 3×3 window, stride 1', () => {
  it('Fig 1.5, numerical_average_pooling: each output is its window sum over 9', () => {
    const out = pool(PAPER_INPUT, { kernel: 3, stride: 1, mode: 'average' });
    // Window sums counted by hand from the input above.
    expectMatrixClose(out, [
      [15 / 9, 15 / 9, 15 / 9],
      [9 / 9, 11 / 9, 16 / 9],
      [10 / 9, 7 / 9, 12 / 9],
    ]);
    // As the paper prints them, to one decimal.
    expect(out.map((row) => row.map((v) => v.toFixed(1)))).toEqual([
      ['1.7', '1.7', '1.7'],
      ['1.0', '1.2', '1.8'],
      ['1.1', '0.8', '1.3'],
    ]);
  });

  it('Fig 1.6, numerical_max_pooling', () => {
    expect(pool(PAPER_INPUT, { kernel: 3, stride: 1, mode: 'max' })).toEqual([
      [3, 3, 3],
      [3, 3, 3],
      [3, 2, 3],
    ]);
  });

  it.each(['average', 'max'] as const)('the %s pooling diagram has 9 frames of 9 taps', (mode) => {
    const d = poolDiagram({ input: 5, kernel: 3, stride: 1, mode });
    expect(d.kind).toBe('pool');
    expect(d.input).toEqual({ rows: 5, cols: 5 });
    expect(d.output).toEqual({ rows: 3, cols: 3 });
    expect(d.padding).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(d.frameCount).toBe(9);
    // Frames run row-major from the top-left (§1.5): frame 5 computes output (1, 2).
    expect(d.frame(5).output).toEqual([1, 2]);
    expect(d.window(5)).toEqual({ row: 1, col: 2, rows: 3, cols: 3 });
    expect(d.frame(5).taps.map((t) => t.drawn)).toEqual([
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 2],
      [2, 3],
      [2, 4],
      [3, 2],
      [3, 3],
      [3, 4],
    ]);
    expect(d.frame(5).taps.map((t) => t.kernel)).toEqual([
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
    const expected = pool(PAPER_INPUT, { kernel: 3, stride: 1, mode });
    for (let i = 0; i < 9; i++) {
      const [y, x] = d.frame(i).output;
      expect(readTaps(d, i, PAPER_INPUT, mode)).toBe(expected[y]?.[x]);
    }
  });
});

describe("PyTorch's ceil_mode", () => {
  // Output sizes from PyTorch's pooling_output_shape: o = ⌊(i + 2p − d(k−1) − 1 + (ceil ? s−1 : 0)) / s⌋ + 1,
  // then in ceil mode o − 1 when (o − 1)·s ≥ i + p (the last window would start in the right padding).
  it('input 5, kernel 2, stride 2: floor 2, ceil 3', () => {
    // floor: ⌊3/2⌋ + 1 = 2. ceil: ⌊4/2⌋ + 1 = 3; the last window starts at 4 < 5 + 0, so it stays.
    expect(poolOutputSize({ input: 5, kernel: 2 })).toBe(2);
    expect(poolOutputSize({ input: 5, kernel: 2, ceilMode: true })).toBe(3);
    // It covers input cell 4 and one cell past the input, which neither mode reads.
    const row = [[1, 2, 3, 4, 5]];
    expect(pool(row, { kernel: [1, 2], mode: 'max', ceilMode: true })).toEqual([[2, 4, 5]]);
    expect(pool(row, { kernel: [1, 2], mode: 'average', ceilMode: true })).toEqual([[1.5, 3.5, 5]]);
    expect(pool(row, { kernel: [1, 2], mode: 'average' })).toEqual([[1.5, 3.5]]);
  });

  it('input 5, kernel 2, stride 2, padding 1: a 4th window would start in the right padding and is dropped', () => {
    // floor: ⌊(5 + 2 − 1 − 1)/2⌋ + 1 = 3. ceil: ⌊(5 + 2 − 1 − 1 + 1)/2⌋ + 1 = 4, but the 4th window
    // starts at (4 − 1)·2 = 6 ≥ 5 + 1 (padded index 6 is the right padding): dropped, 3.
    expect(poolOutputSize({ input: 5, kernel: 2, padding: 1 })).toBe(3);
    expect(poolOutputSize({ input: 5, kernel: 2, padding: 1, ceilMode: true })).toBe(3);
    const d = poolDiagram({
      input: [1, 5],
      kernel: [1, 2],
      padding: [0, 1],
      mode: 'max',
      ceilMode: true,
    });
    expect(d.input).toEqual({ rows: 1, cols: 7 }); // nothing overhangs
  });

  it('input 6, kernel 3, stride 2, padding 1: the ceil window starts on the last input cell and stays', () => {
    // floor: ⌊(6 + 2 − 2 − 1)/2⌋ + 1 = 3. ceil: ⌊(5 + 1)/2⌋ + 1 = 4; the 4th window starts at
    // padded index 3·2 = 6 < 6 + 1, the last input cell: kept, 4.
    expect(poolOutputSize({ input: 6, kernel: 3, stride: 2, padding: 1 })).toBe(3);
    expect(poolOutputSize({ input: 6, kernel: 3, stride: 2, padding: 1, ceilMode: true })).toBe(4);
    // It covers input cell 5, the right padding and one cell past it: padded grid 8, drawn 9.
    const d = poolDiagram({
      input: 6,
      kernel: 3,
      stride: 2,
      padding: 1,
      mode: 'average',
      ceilMode: true,
    });
    expect(d.input).toEqual({ rows: 9, cols: 9 });
    expect(d.padding).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(d.window(15)).toEqual({ row: 6, col: 6, rows: 3, cols: 3 });
    expect(d.frame(15).taps.map((t) => t.drawn)).toEqual([
      [6, 6],
      [6, 7],
      [7, 6],
      [7, 7],
    ]);
    expect(d.framesReading(8, 8)).toEqual([]);
    expect(d.framesReading(7, 7)).toEqual([15]);
  });

  it('average divides by the window clipped to the padded input: padding counts, overhang does not', () => {
    // Input 4, kernel 3, stride 2, padding 1, ceil: ⌊(4 + 2 − 3 + 1)/2⌋ + 1 = 3, the 3rd starting at
    // 2·2 = 4 < 4 + 1. Windows start at input −1, 1, 3; the last covers input 3, the padding and
    // one cell beyond: PyTorch's hend = min(3 + 3, 4 + 1) = 5, so it divides by 2.
    const options = { kernel: [1, 3], stride: [1, 2], padding: [0, 1] } as const;
    const row = [[1, 2, 3, 4]];
    expect(pool(row, { ...options, mode: 'average', ceilMode: true })).toEqual([
      [(0 + 1 + 2) / 3, (2 + 3 + 4) / 3, (4 + 0) / 2],
    ]);
    expect(pool(row, { ...options, mode: 'max', ceilMode: true })).toEqual([[2, 4, 4]]);
    expect(pool(row, { ...options, mode: 'average' })).toEqual([[1, 3]]);
  });

  it("MaxPool2d's documented examples on a 50×32 input, floor and ceil", () => {
    // nn.MaxPool2d(3, stride=2): ⌊47/2⌋ + 1 = 24 by ⌊29/2⌋ + 1 = 15; ceil: 25 by 16 (the last
    // windows start at 48 < 50 and 30 < 32).
    const shape = (spec: { kernel: number; stride: number; ceilMode?: boolean }) => [
      poolOutputSize({ ...spec, input: 50 }),
      poolOutputSize({ ...spec, input: 32 }),
    ];
    expect(shape({ kernel: 3, stride: 2 })).toEqual([24, 15]);
    expect(shape({ kernel: 3, stride: 2, ceilMode: true })).toEqual([25, 16]);
    // nn.MaxPool2d((3, 2), stride=(2, 1)): 24 by 31 either way.
    const d = poolDiagram({ input: [50, 32], kernel: [3, 2], stride: [2, 1], mode: 'max' });
    expect(d.output).toEqual({ rows: 24, cols: 31 });
    const c = poolDiagram({
      input: [50, 32],
      kernel: [3, 2],
      stride: [2, 1],
      mode: 'max',
      ceilMode: true,
    });
    expect(c.output).toEqual({ rows: 25, cols: 31 });
  });

  it('a window whose dilated taps all miss the input is −∞, as PyTorch returns (pytorch#114216)', () => {
    // max_pool2d(1×224 input, kernel 3, stride 6, padding 1, dilation 2, ceil_mode=True) gives 1×38
    // of -inf: rows ⌊(1 + 2 − 5 + 5)/6⌋ + 1 = 1, whose taps at input rows −1, 1 and 3 miss row 0;
    // cols ⌊(224 + 2 − 5 + 5)/6⌋ + 1 = 38, the last starting at 37·6 = 222 < 225.
    const input = [Array.from({ length: 224 }, (_, i) => i % 7)];
    const options = { kernel: 3, stride: 6, padding: 1, dilation: 2, ceilMode: true } as const;
    expect(pool(input, { ...options, mode: 'max' })).toEqual([
      new Array(38).fill(Number.NEGATIVE_INFINITY),
    ]);
    const d = poolDiagram({ ...options, input: [1, 224], mode: 'max' });
    expect(d.output).toEqual({ rows: 1, cols: 38 });
    expect(readTaps(d, 0, input, 'max')).toBe(Number.NEGATIVE_INFINITY);
  });

  it('ceil mode lets a window wider than the padded input make one output', () => {
    // Input 2, kernel 3, stride 3: floor refuses (⌊−1/3⌋ + 1 = 0); ceil gives ⌊1/3⌋ + 1 = 1.
    expect(poolOutputSize({ input: 2, kernel: 3, ceilMode: true })).toBe(1);
    expect(pool([[1, 5]], { kernel: [1, 3], mode: 'average', ceilMode: true })).toEqual([[3]]);
    expect(pool([[1, 5]], { kernel: [1, 3], mode: 'max', ceilMode: true })).toEqual([[5]]);
    const d = poolDiagram({ input: [1, 2], kernel: [1, 3], mode: 'max', ceilMode: true });
    expect(d.input).toEqual({ rows: 1, cols: 3 });
    expect(d.cell(0, 2)).toEqual({ kind: 'padding' });
    expect(d.frame(0).taps).toHaveLength(2);
  });
});

describe('defaults', () => {
  it('stride defaults to the kernel, per axis', () => {
    expect(poolOutputSize({ input: 6, kernel: 3 })).toBe(2);
    expect(poolDiagram({ input: [6, 8], kernel: [3, 2], mode: 'max' }).stride).toEqual([3, 2]);
    expect(pool([[1, 2, 3, 4]], { kernel: [1, 2], mode: 'max' })).toEqual([[2, 4]]);
  });

  it('max ignores padding even when every input value is negative', () => {
    expect(pool([[-5, -7]], { kernel: [1, 3], stride: 1, padding: [0, 1], mode: 'max' })).toEqual([
      [-5, -5],
    ]);
    expect(
      pool([[-6, -3, 3]], { kernel: [1, 3], stride: 1, padding: [0, 1], mode: 'average' }),
    ).toEqual([[-3, -2, 0]]);
  });

  it('poolDiagram is lazy: a 2^20 × 2^20 input costs a few numbers', () => {
    const d = poolDiagram({ input: 2 ** 20, kernel: 2, stride: 1, mode: 'max' });
    expect(d.frameCount).toBe((2 ** 20 - 1) ** 2);
    expect(d.frame(d.frameCount - 1).taps).toHaveLength(4);
  });
});

describe('against the reference, over random specs', () => {
  it('pool matches PyTorch cell for cell, in both modes, floor and ceil', () => {
    fc.assert(
      fc.property(specArbitrary, ({ spec, input }) => {
        const out = pool(input, optionsOf(spec));
        const expected = referencePool(input, spec);
        if (spec.mode === 'max') expect(out).toEqual(expected);
        else expectMatrixClose(out, expected);
      }),
      RUNS,
    );
  });

  it('poolOutputSize agrees with PyTorch, with the shape of pool() and with the diagram', () => {
    fc.assert(
      fc.property(specArbitrary, ({ spec, input }) => {
        const { rows, cols, ceilMode } = spec;
        const size = [rows, cols].map((a) => poolOutputSize({ ...a, ceilMode }));
        expect(size).toEqual([
          referencePoolSize(rows, ceilMode),
          referencePoolSize(cols, ceilMode),
        ]);
        const out = pool(input, optionsOf(spec));
        expect([out.length, out[0]?.length]).toEqual(size);
        const d = poolDiagram(spec);
        expect([d.output.rows, d.output.cols]).toEqual(size);
        expect(d.frameCount).toBe(out.length * (out[0]?.length ?? 0));
      }),
      RUNS,
    );
  });

  it('every tap and window lies in the drawn grid; taps are the window clipped to the padded input', () => {
    fc.assert(
      fc.property(poolSpec2d, (spec) => {
        const d = poolDiagram(spec);
        const { rows, cols } = spec;
        const padded = [rows.input + 2 * rows.padding, cols.input + 2 * cols.padding] as const;
        expect(d.source).toEqual({ rows: rows.input, cols: cols.input });
        expect([d.padding.top, d.padding.left]).toEqual([rows.padding, cols.padding]);
        expect(d.input.rows).toBe(rows.input + d.padding.top + d.padding.bottom);
        expect(d.input.cols).toBe(cols.input + d.padding.left + d.padding.right);
        // Built by hand from each window box, then compared with what the diagram says, at once.
        const expected: unknown[] = [];
        const actual: unknown[] = [];
        let bottom = 0;
        let right = 0;
        for (let i = 0; i < d.frameCount; i++) {
          const box = d.window(i);
          bottom = Math.max(bottom, box.row + box.rows);
          right = Math.max(right, box.col + box.cols);
          // Each window starts inside the input or its top/left padding.
          if (box.row >= rows.input + rows.padding || box.col >= cols.input + cols.padding) {
            actual.push({ startsInRightPadding: i });
          }
          const taps: unknown[] = [];
          for (let a = 0; a < rows.kernel; a++) {
            for (let b = 0; b < cols.kernel; b++) {
              const r = box.row + a * rows.dilation;
              const c = box.col + b * cols.dilation;
              if (r < padded[0] && c < padded[1]) {
                taps.push({ kernel: [a, b], drawn: [r, c], inChannel: 0, weight: [0, 0, a, b] });
              }
            }
          }
          expected.push(taps);
          actual.push(d.frame(i).taps);
        }
        expect(actual).toEqual(expected);
        expect(expected.every((taps) => (taps as unknown[]).length > 0)).toBe(true);
        // Every window fits the drawn grid, which grows past the padding only as far as one reaches.
        expect(bottom).toBeLessThanOrEqual(d.input.rows);
        expect(right).toBeLessThanOrEqual(d.input.cols);
        expect(d.input.rows).toBe(Math.max(padded[0], bottom));
        expect(d.input.cols).toBe(Math.max(padded[1], right));
        if (!spec.ceilMode) expect(d.input).toEqual({ rows: padded[0], cols: padded[1] });
      }),
      RUNS,
    );
  });

  it('reading the taps reproduces pool(): max of tapped input cells, or their sum over the taps', () => {
    fc.assert(
      fc.property(specArbitrary, ({ spec, input }) => {
        const d = poolDiagram(spec);
        const out = pool(input, optionsOf(spec));
        const read: number[][] = out.map((row) => row.map(() => Number.NaN));
        for (let i = 0; i < d.frameCount; i++) {
          const [y, x] = d.frame(i).output;
          (read[y] as number[])[x] = readTaps(d, i, input, spec.mode);
        }
        if (spec.mode === 'max') expect(read).toEqual(out);
        else expectMatrixClose(read, out);
      }),
      RUNS,
    );
  });

  it('framesReading lists exactly the frames that tap a cell; overhang cells are never read', () => {
    fc.assert(
      fc.property(poolSpec2d, (spec) => {
        const d = poolDiagram(spec);
        const readers = new Map<string, number[]>();
        for (let i = 0; i < d.frameCount; i++) {
          for (const { drawn } of d.frame(i).taps) {
            const key = drawn.join();
            readers.set(key, [...(readers.get(key) ?? []), i]);
          }
        }
        const actual: unknown[] = [];
        const expected: unknown[] = [];
        for (let r = 0; r < d.input.rows; r++) {
          for (let c = 0; c < d.input.cols; c++) {
            const inside =
              r >= spec.rows.padding &&
              r < spec.rows.padding + spec.rows.input &&
              c >= spec.cols.padding &&
              c < spec.cols.padding + spec.cols.input;
            actual.push([d.framesReading(r, c), d.cell(r, c).kind]);
            expected.push([readers.get(`${r},${c}`) ?? [], inside ? 'input' : 'padding']);
          }
        }
        expect(actual).toEqual(expected);
      }),
      RUNS,
    );
  });
});
