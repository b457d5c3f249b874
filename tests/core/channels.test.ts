// Stacked convolutions (core/channels) against a direct reference written from PyTorch's Conv2d
// formula, the adjoint identity of the transposed form, the tap-sum identity of multi-channel
// diagrams with every padding mode, and the errors naming their parameter.
import {
  convDiagram,
  convolve,
  type Diagram,
  type PaddingFill,
  transposedConvDiagram,
} from '@conv-arithmetic/core';
import { convolveChannels, transposedConvolveChannels } from '@conv-arithmetic/core/channels';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRejects } from './rejects';

type Stack = number[][][];
type Weights = number[][][][];
interface Sides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The input index F.pad puts at position i (may be outside 0..n−1) along an axis, or null. */
function padSource(i: number, n: number, mode: PaddingFill): number | null {
  if (i >= 0 && i < n) return i;
  if (mode === 'zeros') return null;
  if (mode === 'replicate') return Math.min(Math.max(i, 0), n - 1);
  let j = i;
  // Mirror (without the edge) or wrap until inside: PyTorch's limits make this one step.
  while (j < 0 || j >= n) {
    if (mode === 'reflect') j = j < 0 ? -j : 2 * (n - 1) - j;
    else j = j < 0 ? j + n : j - n;
  }
  return j;
}

/** F.pad of one map: the padded grid, built cell by cell. */
function padMap(map: number[][], p: Sides, mode: PaddingFill): number[][] {
  const h = map.length;
  const w = map[0]?.length ?? 0;
  return Array.from({ length: h + p.top + p.bottom }, (_, r) =>
    Array.from({ length: w + p.left + p.right }, (_, c) => {
      const sr = padSource(r - p.top, h, mode);
      const sc = padSource(c - p.left, w, mode);
      return sr === null || sc === null ? 0 : (map[sr]?.[sc] ?? Number.NaN);
    }),
  );
}

interface Case {
  input: Stack;
  weights: Weights;
  stride: [number, number];
  dilation: [number, number];
  padding: Sides;
  groups: number;
  paddingMode: PaddingFill;
  bias: number[] | undefined;
}

/**
 * PyTorch's Conv2d written out: pad with F.pad, then out[o][y][x] = bias[o] + Σ over the group's
 * input channels c, rows a, cols b of padded[c][y·s + a·d][x·s + b·d] · w[o][c − group start][a][b].
 */
function referenceConv(k: Case): Stack {
  const padded = k.input.map((map) => padMap(map, k.padding, k.paddingMode));
  const cOut = k.weights.length;
  const perGroup = k.input.length / k.groups;
  const kh = k.weights[0]?.[0]?.length ?? 0;
  const kw = k.weights[0]?.[0]?.[0]?.length ?? 0;
  const ph = padded[0]?.length ?? 0;
  const pw = padded[0]?.[0]?.length ?? 0;
  const oh = Math.floor((ph - k.dilation[0] * (kh - 1) - 1) / k.stride[0]) + 1;
  const ow = Math.floor((pw - k.dilation[1] * (kw - 1) - 1) / k.stride[1]) + 1;
  const out: Stack = [];
  for (let o = 0; o < cOut; o++) {
    const g = Math.floor(o / (cOut / k.groups));
    const map: number[][] = [];
    for (let y = 0; y < oh; y++) {
      const row: number[] = [];
      for (let x = 0; x < ow; x++) {
        let sum = k.bias?.[o] ?? 0;
        for (let c = 0; c < perGroup; c++) {
          for (let a = 0; a < kh; a++) {
            for (let b = 0; b < kw; b++) {
              const v =
                padded[g * perGroup + c]?.[y * k.stride[0] + a * k.dilation[0]]?.[
                  x * k.stride[1] + b * k.dilation[1]
                ];
              sum += (v ?? Number.NaN) * (k.weights[o]?.[c]?.[a]?.[b] ?? Number.NaN);
            }
          }
        }
        row.push(sum);
      }
      map.push(row);
    }
    out.push(map);
  }
  return out;
}

const value = fc.integer({ min: -5, max: 5 });
const grid = (rows: number, cols: number) =>
  fc.array(fc.array(value, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const stack = (count: number, rows: number, cols: number) =>
  fc.array(grid(rows, cols), { minLength: count, maxLength: count });

/** A random valid Conv2d: groups, strides, dilations, per-side padding within the mode's limits. */
const cases: fc.Arbitrary<Case> = fc
  .record({
    groups: fc.integer({ min: 1, max: 3 }),
    inPer: fc.integer({ min: 1, max: 3 }),
    outPer: fc.integer({ min: 1, max: 3 }),
    h: fc.integer({ min: 1, max: 6 }),
    w: fc.integer({ min: 1, max: 6 }),
    kh: fc.integer({ min: 1, max: 3 }),
    kw: fc.integer({ min: 1, max: 3 }),
    stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
    sides: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.nat(3)),
    paddingMode: fc.constantFrom<PaddingFill>('zeros', 'reflect', 'replicate', 'circular'),
    withBias: fc.boolean(),
  })
  .map((r) => {
    // Clamp the padding to the mode's limits: reflect < size, circular ≤ size.
    const cap = (p: number, n: number) =>
      r.paddingMode === 'reflect'
        ? Math.min(p, n - 1)
        : r.paddingMode === 'circular'
          ? Math.min(p, n)
          : p;
    const [top, right, bottom, left] = r.sides;
    const padding = {
      top: cap(top, r.h),
      right: cap(right, r.w),
      bottom: cap(bottom, r.h),
      left: cap(left, r.w),
    };
    return { ...r, padding };
  })
  .filter(
    (r) =>
      r.dilation[0] * (r.kh - 1) + 1 <= r.h + r.padding.top + r.padding.bottom &&
      r.dilation[1] * (r.kw - 1) + 1 <= r.w + r.padding.left + r.padding.right,
  )
  .chain((r) =>
    fc
      .record({
        input: stack(r.groups * r.inPer, r.h, r.w),
        weights: fc.array(stack(r.inPer, r.kh, r.kw), {
          minLength: r.groups * r.outPer,
          maxLength: r.groups * r.outPer,
        }),
        bias: fc.array(value, { minLength: r.groups * r.outPer, maxLength: r.groups * r.outPer }),
      })
      .map(({ input, weights, bias }) => ({
        input,
        weights,
        stride: r.stride,
        dilation: r.dilation,
        padding: r.padding,
        groups: r.groups,
        paddingMode: r.paddingMode,
        bias: r.withBias ? bias : undefined,
      })),
  );

const options = (k: Case) => ({
  stride: k.stride,
  dilation: k.dilation,
  padding: k.padding,
  groups: k.groups,
  paddingMode: k.paddingMode,
  bias: k.bias,
});

/** Σ over the cells of two equally shaped stacks of a·b. */
function dot(a: Stack, b: Stack): number {
  let sum = 0;
  a.forEach((map, c) => {
    map.forEach((row, r) => {
      row.forEach((v, x) => {
        sum += v * (b[c]?.[r]?.[x] ?? Number.NaN);
      });
    });
  });
  return sum;
}

/** What a diagram cell holds on input channel `c`: its source's value, or 0. */
function drawnValue(d: Diagram, input: Stack, c: number, row: number, col: number): number {
  const cell = d.cell(row, col);
  if (cell.kind === 'inserted' || !cell.source) return 0;
  return input[c]?.[cell.source[0]]?.[cell.source[1]] ?? Number.NaN;
}

describe('convolveChannels', () => {
  it('matches PyTorch’s Conv2d written out, for random groups, strides, paddings, dilations and modes', () => {
    fc.assert(
      fc.property(cases, (k) => {
        expect(convolveChannels(k.input, k.weights, options(k))).toEqual(referenceConv(k));
      }),
      { numRuns: 3000 },
    );
  });

  it('with one channel it is convolve, in every padding mode', () => {
    fc.assert(
      fc.property(
        cases.filter((k) => k.input.length === 1 && k.weights.length === 1),
        (k) => {
          const { bias: _, groups: __, ...single } = options(k);
          expect(convolveChannels(k.input, k.weights, single)).toEqual([
            convolve(k.input[0] as number[][], k.weights[0]?.[0] as number[][], single),
          ]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('hand-checked: Fig 1.3’s shape, depthwise, pointwise and a reflect-padded row', () => {
    const ones = (n: number) => Array.from({ length: n }, () => Array<number>(n).fill(1));
    // 2 maps of 5×5 ones, 3 kernels of 2×3×3 ones: every output is 18 (+ bias).
    const fig13 = convolveChannels(
      [ones(5), ones(5)],
      [0, 1, 2].map(() => [ones(3), ones(3)]),
      {
        bias: [0, 1, 2],
      },
    );
    expect(fig13).toEqual(
      [0, 1, 2].map((b) => Array.from({ length: 3 }, () => Array(3).fill(18 + b))),
    );
    // Depthwise: each map scaled by its own 1×1 kernel; pointwise: the maps mixed.
    const x = [[[1, 2]], [[3, 4]]];
    expect(convolveChannels(x, [[[[2]]], [[[-1]]]], { groups: 2 })).toEqual([[[2, 4]], [[-3, -4]]]);
    expect(convolveChannels(x, [[[[1]], [[10]]]])).toEqual([[[31, 42]]]);
    // F.pad([1, 2, 3], (2, 2), 'reflect') = [3, 2, 1, 2, 3, 2, 1].
    expect(
      convolveChannels([[[1, 2, 3]]], [[[[1]]]], { padding: [0, 2], paddingMode: 'reflect' }),
    ).toEqual([[[3, 2, 1, 2, 3, 2, 1]]]);
    expect(
      convolve([[1, 2, 3]], [[1, 1, 1]], { padding: [0, 1], paddingMode: 'circular' }),
    ).toEqual([[6, 6, 6]]);
  });
});

describe('transposedConvolveChannels', () => {
  it('is the exact adjoint: <convolveChannels(x, W), y> = <x, transposedConvolveChannels(y, W)>', () => {
    fc.assert(
      fc.property(
        cases
          .filter((k) => k.paddingMode === 'zeros')
          .chain((k) => {
            const out = convolveChannels(k.input, k.weights, { ...options(k), bias: undefined });
            const shape = [out.length, out[0]?.length ?? 0, out[0]?.[0]?.length ?? 0] as const;
            return stack(...shape).map((y) => ({ k, out, y }));
          }),
        ({ k, out, y }) => {
          const h = k.input[0]?.length ?? 0;
          const w = k.input[0]?.[0]?.length ?? 0;
          const kh = k.weights[0]?.[0]?.length ?? 0;
          const kw = k.weights[0]?.[0]?.[0]?.length ?? 0;
          // The rows and cols the stride left out, restored so the shapes match.
          const extra = (n: number, o: number, s: number, d: number, kk: number, p: number) =>
            n - ((o - 1) * s - p + d * (kk - 1) + 1);
          const outputPadding: [number, number] = [
            extra(
              h,
              y[0]?.length ?? 0,
              k.stride[0],
              k.dilation[0],
              kh,
              k.padding.top + k.padding.bottom,
            ),
            extra(
              w,
              y[0]?.[0]?.length ?? 0,
              k.stride[1],
              k.dilation[1],
              kw,
              k.padding.left + k.padding.right,
            ),
          ];
          const back = transposedConvolveChannels(y, k.weights, {
            stride: k.stride,
            dilation: k.dilation,
            padding: k.padding,
            groups: k.groups,
            outputPadding,
          });
          expect(dot(out, y)).toBe(dot(k.input, back));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hand-checked: one map in, two out; stride 2 with a bias', () => {
    expect(transposedConvolveChannels([[[1]]], [[[[1, 2]], [[3, 4]]]])).toEqual([
      [[1, 2]],
      [[3, 4]],
    ]);
    expect(transposedConvolveChannels([[[1, 2]]], [[[[1, 1]]]], { stride: 2, bias: [10] })).toEqual(
      [[[11, 11, 12, 12]]],
    );
  });
});

describe('the tap-sum identity of multi-channel diagrams', () => {
  it('Σ taps input[inChannel][source] · W[weight] + bias = convolveChannels, every padding mode', () => {
    fc.assert(
      fc.property(cases, (k) => {
        const h = k.input[0]?.length ?? 0;
        const w = k.input[0]?.[0]?.length ?? 0;
        const d = convDiagram({
          input: [h, w],
          kernel: [k.weights[0]?.[0]?.length ?? 0, k.weights[0]?.[0]?.[0]?.length ?? 0],
          inChannels: k.input.length,
          outChannels: k.weights.length,
          ...options(k),
        });
        const out = convolveChannels(k.input, k.weights, options(k));
        expect(d.frameCount).toBe(out.length * (out[0]?.length ?? 0) * (out[0]?.[0]?.length ?? 0));
        for (let i = 0; i < d.frameCount; i++) {
          const f = d.frame(i);
          let sum = k.bias?.[f.outChannel] ?? 0;
          for (const t of f.taps) {
            const [o, c, a, b] = t.weight;
            sum +=
              drawnValue(d, k.input, t.inChannel, t.drawn[0], t.drawn[1]) *
              (k.weights[o]?.[c]?.[a]?.[b] ?? Number.NaN);
          }
          if (sum !== out[f.outChannel]?.[f.output[0]]?.[f.output[1]]) {
            expect({ frame: i, sum }).toEqual({
              frame: i,
              sum: out[f.outChannel]?.[f.output[0]]?.[f.output[1]],
            });
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('transposed: Σ taps input[inChannel][source] · W[weight] = transposedConvolveChannels', () => {
    fc.assert(
      fc.property(
        cases.map((k): Case => {
          // Zeros only; a transposed diagram draws padding up to d·(k−1) a side, and some output
          // must remain: (i − 1)·s − padding + d·(k − 1) + 1 ≥ 1 on each axis.
          const reach = (axis: 0 | 1) =>
            k.dilation[axis] *
              ((axis ? k.weights[0]?.[0]?.[0]?.length : k.weights[0]?.[0]?.length) ?? 1) -
            k.dilation[axis];
          const room = (axis: 0 | 1) =>
            ((axis ? k.input[0]?.[0]?.length : k.input[0]?.length) ?? 1) * k.stride[axis] -
            k.stride[axis] +
            reach(axis);
          const top = Math.min(k.padding.top, reach(0));
          const left = Math.min(k.padding.left, reach(1));
          const padding = {
            top,
            left,
            bottom: Math.min(k.padding.bottom, reach(0), room(0) - top),
            right: Math.min(k.padding.right, reach(1), room(1) - left),
          };
          return { ...k, paddingMode: 'zeros', padding };
        }),
        (k) => {
          // Read the case's input as the transposed input: its channels are the weights' first axis.
          const weights = k.weights;
          const cIn = weights.length;
          const input = Array.from(
            { length: cIn },
            (_, c) => k.input[c % k.input.length] as number[][],
          );
          const spec = {
            input: [input[0]?.length ?? 0, input[0]?.[0]?.length ?? 0] as [number, number],
            kernel: [weights[0]?.[0]?.length ?? 0, weights[0]?.[0]?.[0]?.length ?? 0] as [
              number,
              number,
            ],
            stride: k.stride,
            dilation: k.dilation,
            padding: k.padding,
            groups: k.groups,
            inChannels: cIn,
            outChannels: (weights[0]?.length ?? 0) * k.groups,
          };
          const d = transposedConvDiagram(spec);
          const out = transposedConvolveChannels(input, weights, spec);
          for (let i = 0; i < d.frameCount; i++) {
            const f = d.frame(i);
            let sum = 0;
            for (const t of f.taps) {
              const [c, o, a, b] = t.weight;
              // The input channel is the weight's first index (NaN fails the comparison below).
              if (c !== t.inChannel) sum = Number.NaN;
              sum +=
                drawnValue(d, input, t.inChannel, t.drawn[0], t.drawn[1]) *
                (weights[c]?.[o]?.[a]?.[b] ?? Number.NaN);
            }
            if (sum !== out[f.outChannel]?.[f.output[0]]?.[f.output[1]]) {
              expect({ frame: i, sum }).toEqual({
                frame: i,
                sum: out[f.outChannel]?.[f.output[0]]?.[f.output[1]],
              });
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('padding cells of every mode', () => {
  it('copy the input cell F.pad copies, axis by axis, for random sizes and per-side paddings', () => {
    fc.assert(
      fc.property(
        fc.record({
          h: fc.integer({ min: 1, max: 6 }),
          w: fc.integer({ min: 1, max: 6 }),
          sides: fc.tuple(fc.nat(6), fc.nat(6), fc.nat(6), fc.nat(6)),
          paddingMode: fc.constantFrom<PaddingFill>('zeros', 'reflect', 'replicate', 'circular'),
        }),
        ({ h, w, sides, paddingMode }) => {
          const cap = (p: number, n: number) =>
            paddingMode === 'reflect'
              ? Math.min(p, n - 1)
              : paddingMode === 'circular'
                ? Math.min(p, n)
                : p;
          const padding = {
            top: cap(sides[0], h),
            right: cap(sides[1], w),
            bottom: cap(sides[2], h),
            left: cap(sides[3], w),
          };
          const d = convDiagram({ input: [h, w], kernel: 1, padding, paddingMode });
          for (let r = 0; r < d.input.rows; r++) {
            for (let c = 0; c < d.input.cols; c++) {
              const sr = padSource(r - padding.top, h, paddingMode);
              const sc = padSource(c - padding.left, w, paddingMode);
              const inside =
                r >= padding.top &&
                r < padding.top + h &&
                c >= padding.left &&
                c < padding.left + w;
              const expected =
                sr === null || sc === null
                  ? { kind: 'padding' }
                  : { kind: inside ? 'input' : 'padding', source: [sr, sc] };
              const cell = d.cell(r, c);
              if (JSON.stringify(cell) !== JSON.stringify(expected)) expect(cell).toEqual(expected);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('errors name their parameter', () => {
  const x = [[[1, 2, 3]], [[4, 5, 6]]];
  const w = [[[[1]], [[1]]]];

  it('ragged or empty stacks name input or weights and hold what was passed', () => {
    for (const bad of [
      [],
      [[[1]], [[1, 2]]],
      [[[1, 2, 3]], [[4, 5]]],
      [[[1, Number.NaN, 3]]],
      'x',
      null,
    ]) {
      expectRejects(() => convolveChannels(bad as never, w), 'input', bad, /input must be/);
    }
    for (const bad of [[], [[]], [[[[1]], [[1, 2]]]], [[[[1]], [[1]]], [[[1]]]], [[[1, 2]]]]) {
      expectRejects(() => convolveChannels(x, bad as never), 'weights', bad, /weights must be/);
    }
  });

  it('channels not divisible by groups name groups; the wrong C_in/groups names weights', () => {
    expectRejects(
      () => convolveChannels(x, [[[[1]]]], { groups: 3 }),
      'groups',
      3,
      /divisor of C_in \(2\)/,
    );
    expectRejects(
      () => convolveChannels(x, [[[[1]]], [[[1]]], [[[1]]]], { groups: 2 }),
      'groups',
      2,
      /divisor of inChannels \(2\) and outChannels \(3\)/,
    );
    expectRejects(
      () => convolveChannels(x, [[[[1]]]]),
      'weights',
      [[[[1]]]],
      /C_out × 2 \(C_in\/groups\) × k_h × k_w, got \[\[\[\[1\]\]\]\]$/,
    );
    expectRejects(() => convolveChannels(x, w, { groups: 0 }), 'groups', 0, /at least 1/);
    expectRejects(
      () => transposedConvolveChannels(x, [[[[1]]]]),
      'weights',
      [[[[1]]]],
      /2 \(the input's channels\) × C_out\/groups × k_h × k_w, got/,
    );
    expectRejects(
      () => transposedConvolveChannels(x, [w[0], w[0]] as never, { groups: 2.5 }),
      'groups',
      2.5,
      /integer/,
    );
  });

  it('bias, padding mode, its limits and a kernel too large name themselves', () => {
    expectRejects(
      () => convolveChannels(x, w, { bias: [1, 2] }),
      'bias',
      [1, 2],
      /1 finite numbers/,
    );
    expectRejects(
      () => convolveChannels(x, w, { bias: [Number.NaN] }),
      'bias',
      [Number.NaN],
      /finite/,
    );
    expectRejects(
      () => convolveChannels(x, w, { paddingMode: 'mirror' as never }),
      'paddingMode',
      'mirror',
      /'reflect'/,
    );
    expectRejects(
      () => convolveChannels(x, w, { padding: 1, paddingMode: 'reflect' }),
      'padding',
      1,
      /smaller than the input \(1\) on rows/,
    );
    expectRejects(
      () => transposedConvolveChannels(x, [[[[1]]], [[[1]]]], { paddingMode: 'circular' }),
      'paddingMode',
      'circular',
      /'zeros' for a transposed convolution/,
    );
    expectRejects(
      () => convolveChannels(x, [[[[1, 1, 1, 1]], [[1, 1, 1, 1]]]]),
      'weights',
      [[[[1, 1, 1, 1]], [[1, 1, 1, 1]]]],
      /^weights \(effective size 4\) is larger/,
    );
    expectRejects(
      () => convolve([[1, 2]], [[1]], { paddingMode: 'reflect', padding: [0, 2] }),
      'padding',
      [0, 2],
      /smaller than the input \(2\) on cols/,
    );
  });

  it('caps output cells and multiply-adds from the numbers, before any work', () => {
    const big = [Array.from({ length: 64 }, () => Array<number>(64).fill(1))];
    // 64×64 outputs × 257 output maps > 2^20 output cells: the weights make them.
    const many = Array.from({ length: 257 }, () => [[[1]]]);
    expectRejects(
      () => convolveChannels(big, many),
      'weights',
      many,
      /1052672 output cells, over the limit of 1048576/,
    );
    // 64×64 outputs × 64 maps × 9 × 9 taps > 2^24 multiply-adds.
    const taps = Array.from({ length: 64 }, () => [
      Array.from({ length: 9 }, () => Array<number>(9).fill(1)),
    ]);
    expectRejects(
      () => convolveChannels(big, taps, { padding: 4 }),
      'weights',
      taps,
      /multiply-adds, over the limit/,
    );
    expectRejects(
      () => transposedConvolveChannels(big, [many.map((m) => m[0] as number[][])]),
      'weights',
      expect.anything(),
      /output cells/,
    );
  });
});
