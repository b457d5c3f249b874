// Property-based checks over thousands of random specs: the formulas, the diagram's frames and
// cells, the tap-sum identity, and that transposedConvolve is the adjoint of convolve.
import {
  ConvArithmeticError,
  convDiagram,
  convOutputSize,
  convolve,
  type Diagram,
  type DirectAxis,
  type DrawnCell,
  type Frame,
  matrixShape,
  modePadding,
  outputShape,
  type Resolved,
  resolveAxisPadding,
  resolveConvSpec,
  resolvePadding,
  resolveTransposedSpec,
  transposedConvDiagram,
  transposedConvOutputSize,
  transposedConvolve,
  transposedOutputShape,
  type WindowBox,
} from '@conv-arithmetic/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/close';
import {
  adjointAxisParams,
  directAxisParams,
  junk,
  matrix,
  spec2d,
  transposedAxisParams,
  transposedSpec2d,
} from './arbitraries';

const RUNS = { numRuns: 2000 };
const HEAVY_RUNS = { numRuns: 400 };

/** Σ kernel[tap.kernel] × value(tap.drawn) for one frame. */
function tapSum(d: Diagram, index: number, input: number[][], kernel: number[][]): number {
  let sum = 0;
  for (const tap of d.frame(index).taps) {
    const cell = d.cell(tap.drawn[0], tap.drawn[1]);
    if (cell.kind !== 'input') continue;
    sum +=
      (kernel[tap.kernel[0]]?.[tap.kernel[1]] ?? Number.NaN) *
      (input[cell.source[0]]?.[cell.source[1]] ?? Number.NaN);
  }
  return sum;
}

function dot(a: number[][], b: number[][]): number {
  let sum = 0;
  for (const [r, row] of a.entries()) {
    for (const [c, v] of row.entries()) sum += v * (b[r]?.[c] ?? Number.NaN);
  }
  return sum;
}

describe('sizes', () => {
  it('convOutputSize = ⌊(i + p_before + p_after − d·(k−1) − 1)/s⌋ + 1', () => {
    fc.assert(
      fc.property(directAxisParams(64), (a) => {
        const o = convOutputSize({ ...a, padding: [a.before, a.after] });
        const expected =
          Math.floor((a.input + a.before + a.after - a.dilation * (a.kernel - 1) - 1) / a.stride) +
          1;
        expect(o).toBe(expected);
        expect(o).toBeGreaterThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('transposedConvOutputSize = (i − 1)·s − p_before − p_after + d·(k − 1) + outputPadding + 1', () => {
    fc.assert(
      fc.property(transposedAxisParams(64), (a) => {
        const o = transposedConvOutputSize({
          ...a,
          padding: [a.before, a.after],
        });
        expect(o).toBe(
          (a.input - 1) * a.stride -
            a.before -
            a.after +
            a.dilation * (a.kernel - 1) +
            a.outputPadding +
            1,
        );
      }),
      RUNS,
    );
  });

  it('round trip (Relationship 14): transposing a convolution with a = its remainder gives back i', () => {
    fc.assert(
      fc.property(directAxisParams(64), (a) => {
        const padding = [a.before, a.after] as const;
        const o = convOutputSize({ ...a, padding });
        const remainder =
          (a.input + a.before + a.after - a.dilation * (a.kernel - 1) - 1) % a.stride;
        expect(
          transposedConvOutputSize({
            ...a,
            input: o,
            padding,
            outputPadding: remainder,
          }),
        ).toBe(a.input);
      }),
      RUNS,
    );
  });

  it("'same' padding with stride 1 keeps the size, for any kernel (odd or even) and dilation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        (input, kernel, dilation) => {
          expect(convOutputSize({ input, kernel, dilation, padding: 'same' })).toBe(input);
          expect(
            transposedConvOutputSize({
              input,
              kernel,
              dilation,
              padding: 'same',
            }),
          ).toBe(input);
        },
      ),
      RUNS,
    );
  });

  it('2-D shapes are the two axes computed independently', () => {
    fc.assert(
      fc.property(directAxisParams(), directAxisParams(), (r, c) => {
        expect(outputShape(spec2d(r, c))).toEqual([
          convOutputSize({ ...r, padding: [r.before, r.after] }),
          convOutputSize({ ...c, padding: [c.before, c.after] }),
        ]);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(transposedAxisParams(), transposedAxisParams(), (r, c) => {
        expect(transposedOutputShape(transposedSpec2d(r, c))).toEqual([
          transposedConvOutputSize({ ...r, padding: [r.before, r.after] }),
          transposedConvOutputSize({ ...c, padding: [c.before, c.after] }),
        ]);
      }),
      RUNS,
    );
  });
});

describe('diagrams', () => {
  const diagrams = fc.oneof(
    fc.tuple(directAxisParams(9), directAxisParams(9)).map(([r, c]) => convDiagram(spec2d(r, c))),
    fc
      .tuple(transposedAxisParams(5), transposedAxisParams(5))
      .map(([r, c]) => transposedConvDiagram(transposedSpec2d(r, c))),
  );

  it('frameCount = output cells; every tap is in bounds; windows hold their taps', () => {
    fc.assert(
      fc.property(diagrams, (d) => {
        expect(d.frameCount).toBe(d.output.rows * d.output.cols);
        for (let i = 0; i < d.frameCount; i++) {
          const f = d.frame(i);
          const w = d.window(i);
          expect(f.index).toBe(i);
          expect(f.output).toEqual([Math.floor(i / d.output.cols), i % d.output.cols]);
          expect(f.taps).toHaveLength(d.kernel.rows * d.kernel.cols);
          // Plain comparisons here: an expect() per tap would dominate the run time.
          const outside = f.taps.filter(
            (t) =>
              t.kernel[0] < 0 ||
              t.kernel[0] >= d.kernel.rows ||
              t.kernel[1] < 0 ||
              t.kernel[1] >= d.kernel.cols ||
              t.drawn[0] < w.row ||
              t.drawn[0] >= Math.min(w.row + w.rows, d.input.rows) ||
              t.drawn[1] < w.col ||
              t.drawn[1] >= Math.min(w.col + w.cols, d.input.cols),
          );
          expect(outside).toEqual([]);
        }
      }),
      HEAVY_RUNS,
    );
  });

  it('every source cell is drawn exactly once; the rest is padding or inserted zeros', () => {
    fc.assert(
      fc.property(diagrams, (d) => {
        const seen = new Set<string>();
        for (let r = 0; r < d.input.rows; r++) {
          for (let c = 0; c < d.input.cols; c++) {
            const cell = d.cell(r, c);
            if (cell.kind === 'input') seen.add(cell.source.join());
            if (cell.kind === 'inserted') expect(d.kind).toBe('transposed');
          }
        }
        expect(seen.size).toBe(d.source.rows * d.source.cols);
      }),
      HEAVY_RUNS,
    );
  });

  it('framesReading(cell) lists exactly the frames whose taps read that cell', () => {
    fc.assert(
      fc.property(diagrams, (d) => {
        const readers = new Map<string, number[]>();
        for (let i = 0; i < d.frameCount; i++) {
          for (const t of d.frame(i).taps) {
            const key = t.drawn.join();
            readers.set(key, [...(readers.get(key) ?? []), i]);
          }
        }
        for (let r = 0; r < d.input.rows; r++) {
          for (let c = 0; c < d.input.cols; c++) {
            expect(d.framesReading(r, c)).toEqual(readers.get(`${r},${c}`) ?? []);
          }
        }
      }),
      HEAVY_RUNS,
    );
  });
});

describe('numbers', () => {
  it('tap-sum identity, direct: Σ kernel × drawn value = convolve at frame.output', () => {
    const cases = fc
      .tuple(directAxisParams(7), directAxisParams(7))
      .chain(([r, c]) =>
        fc.tuple(fc.constant(spec2d(r, c)), matrix(r.input, c.input), matrix(r.kernel, c.kernel)),
      );
    fc.assert(
      fc.property(cases, ([spec, input, kernel]) => {
        const d = convDiagram(spec);
        const out = convolve(input, kernel, spec);
        for (let i = 0; i < d.frameCount; i++) {
          const [y, x] = d.frame(i).output;
          expect(tapSum(d, i, input, kernel)).toBe(out[y]?.[x]);
        }
      }),
      HEAVY_RUNS,
    );
  });

  it('tap-sum identity, transposed: Σ kernel × drawn value = transposedConvolve at frame.output', () => {
    const cases = fc
      .tuple(transposedAxisParams(5), transposedAxisParams(5))
      .chain(([r, c]) =>
        fc.tuple(
          fc.constant(transposedSpec2d(r, c)),
          matrix(r.input, c.input),
          matrix(r.kernel, c.kernel),
        ),
      );
    fc.assert(
      fc.property(cases, ([spec, input, kernel]) => {
        const d = transposedConvDiagram(spec);
        const out = transposedConvolve(input, kernel, spec);
        for (let i = 0; i < d.frameCount; i++) {
          const [y, x] = d.frame(i).output;
          expect(tapSum(d, i, input, kernel)).toBe(out[y]?.[x]);
        }
      }),
      HEAVY_RUNS,
    );
  });

  it('transposedConvolve is the adjoint of convolve: ⟨conv(x), y⟩ = ⟨x, convT(y)⟩', () => {
    const cases = fc.tuple(adjointAxisParams(), adjointAxisParams()).chain(([r, c]) => {
      const spec = transposedSpec2d(r, c);
      const [outRows, outCols] = transposedOutputShape(spec);
      return fc.tuple(
        fc.constant(spec),
        matrix(r.kernel, c.kernel),
        matrix(outRows, outCols).map((m) => m.map((row) => row.map((v) => v / 7))),
        matrix(r.input, c.input).map((m) => m.map((row) => row.map((v) => v / 3))),
      );
    });
    fc.assert(
      fc.property(cases, ([spec, kernel, x, y]) => {
        const conv = convolve(x, kernel, spec);
        expect([conv.length, conv[0]?.length]).toEqual([y.length, y[0]?.length]);
        const convT = transposedConvolve(y, kernel, spec);
        expectClose(dot(conv, y), dot(x, convT), 100);
      }),
      HEAVY_RUNS,
    );
  });
});

describe('junk in, ConvArithmeticError out', () => {
  const JUNK_RUNS = { numRuns: 1500 };
  const SPEC_FIELDS = ['input', 'kernel', 'stride', 'padding', 'dilation', 'outputPadding'];
  const base = { input: 7, kernel: 3, stride: 2, padding: 1, dilation: 1, outputPadding: 1 };

  /** A spec with junk in one or two fields (or a field left out), or junk as the spec itself. */
  const specs = fc.oneof(
    fc
      .tuple(fc.subarray(SPEC_FIELDS, { minLength: 1, maxLength: 2 }), junk, junk)
      .map(([fields, a, b]) => ({
        ...base,
        [fields[0] as string]: a,
        [fields.at(-1) as string]: b,
      })),
    fc.record(Object.fromEntries(SPEC_FIELDS.map((field) => [field, junk])), { requiredKeys: [] }),
    junk,
  );

  /** Either a result `valid` accepts, or a ConvArithmeticError holding the caller's own value. */
  function expectValidOrRejected(
    run: () => unknown,
    passed: Record<string, unknown>,
    valid: (result: never) => boolean,
  ): void {
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      if (!(error instanceof ConvArithmeticError)) throw error;
      expect(Object.keys(passed)).toContain(error.param); // every name the function takes is a key
      expect(Object.is(error.value, passed[error.param])).toBe(true);
      expect(error.message).toMatch(new RegExp(`^${error.param}\\b`));
      return;
    }
    expect(valid(result as never)).toBe(true);
  }

  const size = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 1;
  const shape = (pair: unknown) => Array.isArray(pair) && pair.length === 2 && pair.every(size);
  const axes = (r: Resolved<DirectAxis>) =>
    [r.rows, r.cols].every((axis) => Object.values(axis).every(Number.isSafeInteger));
  const usable = (d: Diagram) =>
    Number.isSafeInteger(d.frameCount) &&
    d.frame(d.frameCount - 1).taps.length === d.kernel.rows * d.kernel.cols &&
    Number.isSafeInteger(d.window(0).rows) &&
    d.cell(d.input.rows - 1, d.input.cols - 1).kind !== undefined;

  it('every spec function returns a safe result or names the field and holds its value', () => {
    fc.assert(
      fc.property(specs, (spec) => {
        // The spec itself is the `spec` parameter; its fields (read as the core reads them) the others.
        const fields =
          typeof spec === 'object' && spec !== null ? (spec as Record<string, unknown>) : {};
        const passed = { ...Object.fromEntries(SPEC_FIELDS.map((f) => [f, fields[f]])), spec };
        const s = spec as never;
        expectValidOrRejected(() => convOutputSize(s), passed, size);
        expectValidOrRejected(() => transposedConvOutputSize(s), passed, size);
        expectValidOrRejected(() => outputShape(s), passed, shape);
        expectValidOrRejected(() => transposedOutputShape(s), passed, shape);
        expectValidOrRejected(() => resolveConvSpec(s), passed, axes);
        expectValidOrRejected(() => resolveTransposedSpec(s), passed, axes);
        expectValidOrRejected(() => convDiagram(s), passed, usable);
        expectValidOrRejected(() => transposedConvDiagram(s), passed, usable);
      }),
      JUNK_RUNS,
    );
  });

  it('padding helpers return two safe integers ≥ 0 or name the argument and hold its value', () => {
    const sides = (pair: unknown) =>
      Array.isArray(pair) &&
      pair.length === 2 &&
      pair.every((n) => Number.isSafeInteger(n) && n >= 0);
    const fourSides = (s: Record<string, unknown>) =>
      ['top', 'right', 'bottom', 'left'].every(
        (k) => Number.isSafeInteger(s[k]) && (s[k] as number) >= 0,
      );
    fc.assert(
      fc.property(junk, junk, junk, (padding, kernel, dilation) => {
        const passed = { padding, kernel, dilation };
        expectValidOrRejected(
          () => modePadding(padding as never, kernel as never, dilation as never),
          passed,
          sides,
        );
        expectValidOrRejected(
          () => resolveAxisPadding(padding as never, kernel as never, dilation as never),
          passed,
          sides,
        );
        expectValidOrRejected(
          () => resolvePadding(padding as never, kernel as never, dilation as never),
          passed,
          fourSides,
        );
      }),
      JUNK_RUNS,
    );
  });

  it('convolve and transposedConvolve return finite numbers or name the option and hold its value', () => {
    const options = fc.oneof(
      fc
        .tuple(fc.constantFrom('stride', 'padding', 'dilation', 'outputPadding'), junk)
        .map(([field, value]) => ({ [field]: value })),
      junk,
    );
    const grid = fc.oneof(
      junk,
      fc.constant([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ]),
      fc.constant([[1]]),
    );
    const finite = (out: unknown) =>
      Array.isArray(out) && out.every((row) => Array.isArray(row) && row.every(Number.isFinite));
    fc.assert(
      fc.property(grid, grid, options, (input, kernel, opts) => {
        const fields =
          typeof opts === 'object' && opts !== null ? (opts as Record<string, unknown>) : {};
        const passed = {
          ...Object.fromEntries(SPEC_FIELDS.map((f) => [f, fields[f]])),
          options: opts,
          input,
          kernel,
        };
        const args = [input, kernel, opts] as [never, never, never];
        expectValidOrRejected(() => convolve(...args), passed, finite);
        expectValidOrRejected(() => transposedConvolve(...args), passed, finite);
      }),
      JUNK_RUNS,
    );
  });

  it('matrixShape and every Diagram method reject junk arguments by name', () => {
    const d = convDiagram({ input: 5, kernel: 3, padding: 1 });
    fc.assert(
      fc.property(junk, junk, (a, b) => {
        expectValidOrRejected(() => matrixShape('grid', a), { grid: a }, shape);
        const cell = { row: a, col: b };
        expectValidOrRejected(
          () => d.frame(a as never),
          { index: a },
          (f: Frame) => f.index === a,
        );
        expectValidOrRejected(
          () => d.window(a as never),
          { index: a },
          (w: WindowBox) => Number.isSafeInteger(w.row),
        );
        expectValidOrRejected(
          () => d.cell(a as never, b as never),
          cell,
          (c: DrawnCell) => !!c.kind,
        );
        expectValidOrRejected(() => d.frameAt(a as never, b as never), cell, Number.isSafeInteger);
        expectValidOrRejected(() => d.framesReading(a as never, b as never), cell, Array.isArray);
      }),
      JUNK_RUNS,
    );
  });
});
