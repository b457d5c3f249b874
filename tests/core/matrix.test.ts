// The matrix and scatter views of @conv-arithmetic/core/matrix, against the numeric convolutions
// over thousands of random specs: y = C·x is convolve, y = M·x is transposedConvolve, M = Cᵀ when
// outputPadding < stride, and the scatter stamps sum to transposedConvolve.
import {
  ConvArithmeticError,
  type ConvSpec,
  convolve,
  type Padding,
  resolveConvSpec,
  resolveTransposedSpec,
  type TransposedConvSpec,
  transposedConvolve,
  transposedOutputShape,
} from '@conv-arithmetic/core';
import {
  convMatrix,
  MAX_MATRIX_ENTRIES,
  type SparseMatrix,
  scatterDiagram,
  transposedConvMatrix,
} from '@conv-arithmetic/core/matrix';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junk, matrix } from './arbitraries';
import { caught, expectRejects } from './rejects';

const RUNS = { numRuns: 2000 };
/** Property tests run thousands of cases on a shared 2-core machine: no per-test deadline. */
const SLOW = 120_000;

const size = (max: number) => fc.integer({ min: 1, max });

/** Every form padding takes: a mode, a number, a [rows, cols] pair, per-axis pairs, four sides. */
const padding: fc.Arbitrary<Padding> = fc.oneof(
  fc.constantFrom('valid' as const, 'same' as const, 'full' as const),
  fc.nat(4),
  fc.tuple(fc.nat(4), fc.nat(4)),
  fc.record({ top: fc.nat(4), right: fc.nat(4), bottom: fc.nat(4), left: fc.nat(4) }),
);

const pairOrNumber = (arb: fc.Arbitrary<number>) =>
  fc.oneof(arb, fc.tuple(arb, arb)) as fc.Arbitrary<number | [number, number]>;

/** A transposed spec the core accepts (any padding, even past what a diagram draws). */
const transposedSpec: fc.Arbitrary<TransposedConvSpec> = fc
  .record({
    input: pairOrNumber(size(5)),
    kernel: pairOrNumber(size(4)),
    stride: pairOrNumber(size(3)),
    dilation: pairOrNumber(size(3)),
    padding,
    outputPadding: pairOrNumber(fc.nat(2)),
  })
  .filter((spec) => {
    try {
      resolveTransposedSpec(spec);
      return true;
    } catch (error) {
      if (error instanceof ConvArithmeticError) return false;
      throw error;
    }
  });

/** A spec with an input and a kernel of small integers of its shapes. */
const withValues = <S extends ConvSpec>(spec: S, inputShape: readonly [number, number]) => {
  const [kr, kc] = typeof spec.kernel === 'number' ? [spec.kernel, spec.kernel] : spec.kernel;
  return fc.tuple(fc.constant(spec), matrix(inputShape[0], inputShape[1]), matrix(kr, kc));
};

const shapeOf = (s: ConvSpec['input']): [number, number] =>
  typeof s === 'number' ? [s, s] : [s[0], s[1]];

/** y = A·x for a sparse matrix, with x flattened row-major and the entries' kernel weights. */
function multiply(a: SparseMatrix, x: number[][], kernel: number[][]): number[] {
  const flat = x.flat();
  expect(flat.length).toBe(a.cols);
  const y = new Array<number>(a.rows).fill(0);
  for (const {
    row,
    col,
    kernel: [p, q],
  } of a.entries) {
    y[row] = (y[row] as number) + (kernel[p]?.[q] ?? Number.NaN) * (flat[col] ?? Number.NaN);
  }
  return y;
}

/** Entries strictly increasing by (row, col), inside the matrix, kernel indices inside the kernel. */
function expectWellFormed(a: SparseMatrix, kernel: readonly [number, number]): void {
  let last = -1;
  for (const { row, col, kernel: k } of a.entries) {
    expect(row >= 0 && row < a.rows && col >= 0 && col < a.cols).toBe(true);
    expect(k[0] >= 0 && k[0] < kernel[0] && k[1] >= 0 && k[1] < kernel[1]).toBe(true);
    const key = row * a.cols + col;
    expect(key).toBeGreaterThan(last);
    last = key;
  }
}

/**
 * The dense matrix of a linear map probed with unit vectors and a kernel of distinct powers of
 * two: entry (row, col) is the index of the one weight there, or −1 where the map has a zero.
 */
function probe(
  rows: number,
  inputShape: readonly [number, number],
  kernelShape: readonly [number, number],
  apply: (x: number[][], kernel: number[][]) => number[][],
): number[][] {
  const [kr, kc] = kernelShape;
  const kernel = Array.from({ length: kr }, (_, a) =>
    Array.from({ length: kc }, (_, b) => 2 ** (a * kc + b)),
  );
  const cols = inputShape[0] * inputShape[1];
  const dense = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  for (let j = 0; j < cols; j++) {
    const x = Array.from({ length: inputShape[0] }, (_, r) =>
      Array.from({ length: inputShape[1] }, (_, c) => (r * inputShape[1] + c === j ? 1 : 0)),
    );
    apply(x, kernel)
      .flat()
      .forEach((value, i) => {
        if (value !== 0) (dense[i] as number[])[j] = Math.log2(value);
      });
  }
  return dense;
}

/** The sparse matrix written out dense the same way: weight index or −1. */
function densify(a: SparseMatrix, kernelCols: number): number[][] {
  const dense = Array.from({ length: a.rows }, () => new Array<number>(a.cols).fill(-1));
  for (const { row, col, kernel } of a.entries) {
    (dense[row] as number[])[col] = kernel[0] * kernelCols + kernel[1];
  }
  return dense;
}

describe('transposedConvMatrix(spec)', () => {
  it(
    'y = M·x equals transposedConvolve(x, kernel, spec) flattened',
    () => {
      const cases = transposedSpec.chain((spec) => withValues(spec, shapeOf(spec.input)));
      fc.assert(
        fc.property(cases, ([spec, x, kernel]) => {
          const m = transposedConvMatrix(spec);
          const [outRows, outCols] = transposedOutputShape(spec);
          expect([m.rows, m.cols]).toEqual([
            outRows * outCols,
            x.length * (x[0] as number[]).length,
          ]);
          expect(multiply(m, x, kernel)).toEqual(transposedConvolve(x, kernel, spec).flat());
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'lists exactly the non-zero entries (padding adds none), sorted by row then col',
    () => {
      fc.assert(
        fc.property(transposedSpec, (spec) => {
          const m = transposedConvMatrix(spec);
          const kernel = shapeOf(spec.kernel);
          expectWellFormed(m, kernel);
          const dense = probe(m.rows, shapeOf(spec.input), kernel, (x, k) =>
            transposedConvolve(x, k, spec),
          );
          expect(densify(m, kernel[1])).toEqual(dense);
        }),
        { numRuns: 600 },
      );
    },
    SLOW,
  );

  it(
    'is the transpose of convMatrix of the direct convolution it transposes, when outputPadding < stride',
    () => {
      const adjoint = transposedSpec.filter((spec) => {
        const { rows, cols } = resolveTransposedSpec(spec);
        return rows.outputPadding < rows.stride && cols.outputPadding < cols.stride;
      });
      fc.assert(
        fc.property(adjoint, (spec) => {
          const { outputPadding: _, ...direct } = spec;
          const m = transposedConvMatrix(spec);
          const c = convMatrix({ ...direct, input: transposedOutputShape(spec) });
          const transposed = c.entries
            .map(({ row, col, kernel }) => ({ row: col, col: row, kernel }))
            .sort((a, b) => a.row - b.row || a.col - b.col);
          expect({ rows: m.rows, cols: m.cols }).toEqual({ rows: c.cols, cols: c.rows });
          expect(m.entries).toEqual(transposed);
        }),
        RUNS,
      );
    },
    SLOW,
  );
});

describe('convMatrix(spec)', () => {
  /** A direct spec the core accepts, every padding form. */
  const directSpec: fc.Arbitrary<ConvSpec> = transposedSpec
    .map(({ outputPadding: _, ...spec }) => ({
      ...spec,
      input: [shapeOf(spec.input)[0] + 3, shapeOf(spec.input)[1] + 2] as const,
    }))
    .filter((spec) => {
      try {
        resolveConvSpec(spec);
        return true;
      } catch (error) {
        if (error instanceof ConvArithmeticError) return false;
        throw error;
      }
    });

  it(
    'y = C·x equals convolve(x, kernel, spec) flattened; entries sorted, exactly the non-zeros',
    () => {
      const cases = directSpec.chain((spec) => withValues(spec, shapeOf(spec.input)));
      fc.assert(
        fc.property(cases, ([spec, x, kernel]) => {
          const c = convMatrix(spec);
          const k = shapeOf(spec.kernel);
          expectWellFormed(c, k);
          expect(multiply(c, x, kernel)).toEqual(convolve(x, kernel, spec).flat());
          const dense = probe(c.rows, shapeOf(spec.input), k, (input, w) =>
            convolve(input, w, spec),
          );
          expect(densify(c, k[1])).toEqual(dense);
        }),
        { numRuns: 1000 },
      );
    },
    SLOW,
  );

  it("the paper's Fig 2.1 (4×4 input, 3×3 kernel): C is 4×16 with 9 weights a row", () => {
    const c = convMatrix({ input: 4, kernel: 3 });
    expect([c.rows, c.cols, c.entries.length]).toEqual([4, 16, 36]);
    expect(c.entries.filter((e) => e.row === 3).map((e) => e.col)).toEqual([
      5, 6, 7, 9, 10, 11, 13, 14, 15,
    ]);
  });
});

describe('scatterDiagram(spec)', () => {
  it(
    'the stamps of every frame, summed, reproduce transposedConvolve exactly',
    () => {
      const cases = transposedSpec.chain((spec) => withValues(spec, shapeOf(spec.input)));
      fc.assert(
        fc.property(cases, ([spec, x, kernel]) => {
          const d = scatterDiagram(spec);
          const out = Array.from({ length: d.output.rows }, () =>
            new Array<number>(d.output.cols).fill(0),
          );
          expect(d.frameCount).toBe(x.length * (x[0] as number[]).length);
          for (let i = 0; i < d.frameCount; i++) {
            const frame = d.frame(i);
            expect(frame.index).toBe(i);
            expect(d.frameAt(frame.input[0], frame.input[1])).toBe(i);
            const value = x[frame.input[0]]?.[frame.input[1]] as number;
            for (const {
              kernel: [a, b],
              output: [r, c],
            } of frame.stamps) {
              expect(r >= 0 && r < d.output.rows && c >= 0 && c < d.output.cols).toBe(true);
              (out[r] as number[])[c] =
                (out[r]?.[c] as number) + value * (kernel[a]?.[b] as number);
            }
          }
          expect(out).toEqual(transposedConvolve(x, kernel, spec));
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'arrivals(r, c) lists exactly the stamps reaching (r, c), in frame order',
    () => {
      fc.assert(
        fc.property(transposedSpec, (spec) => {
          const d = scatterDiagram(spec);
          const seen = new Map<string, { input: readonly number[]; kernel: readonly number[] }[]>();
          for (let i = 0; i < d.frameCount; i++) {
            const frame = d.frame(i);
            for (const stamp of frame.stamps) {
              const key = stamp.output.join();
              seen.set(key, [
                ...(seen.get(key) ?? []),
                { input: frame.input, kernel: stamp.kernel },
              ]);
            }
          }
          for (let r = 0; r < d.output.rows; r++) {
            for (let c = 0; c < d.output.cols; c++) {
              expect(d.arrivals(r, c)).toEqual(seen.get(`${r},${c}`) ?? []);
            }
          }
        }),
        { numRuns: 800 },
      );
    },
    SLOW,
  );

  it('overlap is a checkerboard when the kernel is not a multiple of the stride (Distill)', () => {
    const d = scatterDiagram({ input: 4, kernel: 3, stride: 2 });
    const counts = [2, 3, 4].map((c) => d.arrivals(3, c).length);
    expect(counts).toEqual([2, 1, 2]);
    const even = scatterDiagram({ input: 4, kernel: 4, stride: 2, padding: 1 });
    expect([2, 3, 4].map((c) => even.arrivals(3, c).length)).toEqual([4, 4, 4]);
  });

  it('is lazy: a 10⁶ × 10⁶ input costs nothing until a frame is asked for', () => {
    const d = scatterDiagram({ input: 1_000_000, kernel: 3, stride: 2 });
    expect(d.frameCount).toBe(1e12);
    expect(d.frame(1e12 - 1).input).toEqual([999_999, 999_999]);
    expect(d.arrivals(1, 1)).toHaveLength(1);
  });
});

describe('errors and caps', () => {
  it('bad specs throw ConvArithmeticError naming the field and holding its value', () => {
    expectRejects(() => convMatrix({ input: 5, kernel: 0 }), 'kernel', 0, /at least 1/);
    expectRejects(
      () => transposedConvMatrix({ input: 3, kernel: 3, stride: [2, 'x' as never] }),
      'stride',
      [2, 'x'],
      /an integer/,
    );
    expectRejects(
      () => scatterDiagram({ input: 3, kernel: 3, outputPadding: 1 }),
      'outputPadding',
      1,
      /smaller than max\(stride, dilation\)/,
    );
    expectRejects(() => scatterDiagram({ input: 3, kernel: 3 }).frame(9), 'index', 9, /0 to 8/);
    expectRejects(() => scatterDiagram({ input: 3, kernel: 3 }).arrivals(0, 5), 'col', 5, /0 to 4/);
    expectRejects(() => convMatrix(null as never), 'spec', null, /an object/);
  });

  it(`refuses over ${MAX_MATRIX_ENTRIES} possible entries from the numbers, at once`, () => {
    const started = performance.now();
    expectRejects(
      () => convMatrix({ input: 1100, kernel: 1 }),
      'input',
      1100,
      /1210000 matrix entries, over the limit of 1048576/,
    );
    expectRejects(
      () => transposedConvMatrix({ input: 200, kernel: 9 }),
      'kernel',
      9,
      /matrix entries, over the limit/,
    );
    expectRejects(
      () => transposedConvMatrix({ input: 2 ** 40, kernel: 1, stride: 2 ** 20 }),
      'input',
      2 ** 40,
      /over the limit/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
    // Just under the cap it builds.
    expect(convMatrix({ input: 1024, kernel: 1 }).entries).toHaveLength(MAX_MATRIX_ENTRIES);
  });

  it(
    'junk in: a matrix, a usable scatter diagram, or a ConvArithmeticError naming the field',
    () => {
      const FIELDS = ['input', 'kernel', 'stride', 'padding', 'dilation', 'outputPadding'];
      const base = { input: 4, kernel: 3, stride: 2, padding: 1, dilation: 1, outputPadding: 1 };
      const specs = fc.oneof(
        fc
          .tuple(fc.constantFrom(...FIELDS), junk)
          .map(([field, value]) => ({ ...base, [field]: value })),
        junk,
      );
      fc.assert(
        fc.property(specs, (spec) => {
          const fields =
            typeof spec === 'object' && spec !== null ? (spec as Record<string, unknown>) : {};
          const passed: Record<string, unknown> = {
            ...Object.fromEntries(FIELDS.map((f) => [f, fields[f]])),
            spec,
          };
          for (const run of [
            () => convMatrix(spec as never).entries.length,
            () => transposedConvMatrix(spec as never).entries.length,
            () => scatterDiagram(spec as never).frame(0).stamps.length,
          ]) {
            let result: unknown;
            try {
              result = run();
            } catch (error) {
              const e = caught(() => {
                throw error;
              });
              expect(Object.keys(passed)).toContain(e.param);
              expect(Object.is(e.value, passed[e.param])).toBe(true);
              continue;
            }
            expect(Number.isSafeInteger(result)).toBe(true);
          }
        }),
        { numRuns: 1000 },
      );
    },
    SLOW,
  );
});
