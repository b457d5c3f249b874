// Bad input never passes silently: every rule throws ConvArithmeticError naming the parameter,
// the value and the rule.
import {
  ConvArithmeticError,
  convDiagram,
  convOutputSize,
  convolve,
  outputShape,
  transposedConvDiagram,
  transposedConvOutputSize,
  transposedConvolve,
  transposedOutputShape,
} from '@conv-arithmetic/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function caught(run: () => unknown): ConvArithmeticError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConvArithmeticError);
    expect(error).toBeInstanceOf(Error);
    return error as ConvArithmeticError;
  }
  throw new Error('expected a ConvArithmeticError, but nothing was thrown');
}

function expectRejects(run: () => unknown, param: string, value: unknown, says: RegExp): void {
  const error = caught(run);
  expect(error.param).toBe(param);
  expect(error.value).toEqual(value);
  expect(error.message).toMatch(new RegExp(`^${param}\\b`));
  expect(error.message).toMatch(says);
  expect(error.name).toBe('ConvArithmeticError');
}

const notIntegers = [
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '3',
  null,
];

describe('sizes', () => {
  for (const param of ['input', 'kernel', 'stride', 'dilation'] as const) {
    it(`${param}: non-integers, NaN, ±Infinity and values < 1`, () => {
      for (const bad of [...notIntegers, 0, -2]) {
        const spec = { input: 5, kernel: 3, [param]: bad } as never;
        expectRejects(() => convOutputSize(spec), param, bad, /integer|at least 1/);
        expectRejects(() => outputShape(spec), param, bad, /integer|at least 1/);
        expectRejects(() => transposedConvOutputSize(spec), param, bad, /integer|at least 1/);
      }
    });
  }

  it('padding: negative, fractional, unknown modes and malformed shapes', () => {
    for (const bad of [-1, 0.5, Number.NaN, 'half', [1, 2, 3], { top: 1 }, true]) {
      expectRejects(
        () => outputShape({ input: 5, kernel: 3, padding: bad as never }),
        'padding',
        bad,
        /padding/,
      );
    }
    expectRejects(
      () => convOutputSize({ input: 5, kernel: 3, padding: [0, -1] }),
      'padding',
      [0, -1],
      /at least 0/,
    );
  });

  it('kernel larger than the padded input names the effective size and the axis', () => {
    const error = caught(() => outputShape({ input: [7, 3], kernel: 3, dilation: 2 }));
    expect(error.param).toBe('kernel');
    expect(error.message).toBe(
      'kernel (effective size 5) is larger than the padded input (3) on cols',
    );
    expectRejects(
      () => convOutputSize({ input: 2, kernel: 3 }),
      'kernel',
      3,
      /effective size 3.*\(2\)/,
    );
  });

  it('outputPadding: < 0, non-integer, or ≥ max(stride, dilation)', () => {
    for (const bad of [-1, 0.5, Number.NaN]) {
      expectRejects(
        () =>
          transposedConvOutputSize({
            input: 3,
            kernel: 3,
            stride: 2,
            outputPadding: bad,
          }),
        'outputPadding',
        bad,
        /outputPadding/,
      );
    }
    expectRejects(
      () =>
        transposedOutputShape({
          input: 3,
          kernel: 3,
          stride: 2,
          outputPadding: 2,
        }),
      'outputPadding',
      2,
      /smaller than max\(stride, dilation\) \(2\)/,
    );
    // Allowed up to max(stride, dilation) − 1, as PyTorch allows.
    expect(
      transposedConvOutputSize({
        input: 3,
        kernel: 3,
        dilation: 3,
        outputPadding: 2,
      }),
    ).toBe(3 + 6 + 2);
  });

  it('transposed padding that leaves no output', () => {
    expectRejects(
      () => transposedConvOutputSize({ input: 1, kernel: 3, padding: 2 }),
      'padding',
      [2, 2],
      /leaves no output/,
    );
  });

  it('a spec that is not an object', () => {
    expectRejects(() => outputShape(null as never), 'spec', null, /object/);
    expectRejects(() => convDiagram(7 as never), 'spec', 7, /object/);
  });

  it('a 2-D value that is not a pair', () => {
    expectRejects(
      () => outputShape({ input: [5], kernel: 3 } as never),
      'input',
      [5],
      /\[rows, cols\]/,
    );
    expectRejects(() => outputShape({ input: [5, 0], kernel: 3 }), 'input', [5, 0], /at least 1/);
  });
});

describe('diagrams', () => {
  it('transposed padding larger than d·(k−1) cannot be drawn', () => {
    expectRejects(
      () => transposedConvDiagram({ input: 5, kernel: 3, padding: [3, 0] }),
      'padding',
      3,
      /larger than dilation·\(kernel−1\) \(2\) on rows/,
    );
  });

  it('frame index and cell coordinates out of range', () => {
    const d = convDiagram({ input: 4, kernel: 3 });
    for (const bad of [-1, 4, 1.5, Number.NaN]) {
      expectRejects(() => d.frame(bad), 'index', bad, /from 0 to 3/);
      expectRejects(() => d.window(bad), 'index', bad, /from 0 to 3/);
    }
    expectRejects(() => d.cell(4, 0), 'row', 4, /from 0 to 3/);
    expectRejects(() => d.cell(0, -1), 'col', -1, /from 0 to 3/);
    expectRejects(() => d.framesReading(0, 9), 'col', 9, /from 0 to 3/);
    expectRejects(() => d.frameAt(2, 0), 'row', 2, /from 0 to 1/);
  });
});

describe('convolve arrays', () => {
  const kernel = [[1]];
  const cases: [string, unknown][] = [
    ['empty', []],
    ['empty rows', [[]]],
    ['ragged', [[1, 2], [3]]],
    ['NaN', [[1, Number.NaN]]],
    ['Infinity', [[Number.POSITIVE_INFINITY]]],
    ['strings', [['1']]],
    ['not an array', 'abc'],
  ];
  for (const [name, bad] of cases) {
    it(`${name} input or kernel`, () => {
      expectRejects(() => convolve(bad as never, kernel), 'input', bad, /input/);
      expectRejects(() => convolve([[1, 2]], bad as never), 'kernel', bad, /kernel/);
      expectRejects(() => transposedConvolve(bad as never, kernel), 'input', bad, /input/);
      expectRejects(() => transposedConvolve([[1, 2]], bad as never), 'kernel', bad, /kernel/);
    });
  }

  it('options are validated like a spec', () => {
    expectRejects(() => convolve([[1, 2, 3]], [[1, 1]], { stride: 0 }), 'stride', 0, /at least 1/);
    expectRejects(() => convolve([[1]], [[1, 1]]), 'kernel', 2, /larger than the padded input/);
  });
});

describe('property: any invalid scalar throws with the right param', () => {
  it('holds for random bad values of every scalar parameter', () => {
    const bad = fc.oneof(
      fc.integer({ max: 0 }),
      fc.double({ noInteger: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    const param = fc.constantFrom('input', 'kernel', 'stride', 'dilation');
    fc.assert(
      fc.property(param, bad, (name, value) => {
        const error = caught(() => convDiagram({ input: 6, kernel: 3, [name]: value } as never));
        expect(error.param).toBe(name);
        expect(Object.is(error.value, value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
