// Bad input never passes silently: every rule throws ConvArithmeticError naming the parameter,
// the value and the rule.
import {
  ConvArithmeticError,
  convDiagram,
  convOutputSize,
  convolve,
  MAX_CONVOLVE_CELLS,
  MAX_FRAME_TAPS,
  MAX_MULTIPLY_ADDS,
  matrixShape,
  modePadding,
  outputShape,
  resolveAxisPadding,
  resolveConvSpec,
  resolvePadding,
  resolveTransposedSpec,
  transposedConvDiagram,
  transposedConvOutputSize,
  transposedConvolve,
  transposedOutputShape,
} from '@conv-arithmetic/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caught, expectRejects } from './rejects';

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
      2,
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
      [3, 0],
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
    expectRejects(
      () => convolve([[1]], [[1, 1]]),
      'kernel',
      [[1, 1]],
      /larger than the padded input/,
    );
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

const MAX = Number.MAX_SAFE_INTEGER;
const cyclic = (): Record<string, unknown> => {
  const value: Record<string, unknown> = { top: 1 };
  value.self = value;
  return value;
};

describe('a spec that is not an object, for every function that takes one', () => {
  const specFunctions = {
    convOutputSize,
    transposedConvOutputSize,
    outputShape,
    transposedOutputShape,
    resolveConvSpec,
    resolveTransposedSpec,
    convDiagram,
    transposedConvDiagram,
  };
  for (const [name, run] of Object.entries(specFunctions)) {
    it(name, () => {
      for (const bad of [null, undefined, 7, 'abc', 3n, true, [5, 3], Symbol('spec')]) {
        expectRejects(() => run(bad as never), 'spec', bad, /must be an object/);
      }
    });
  }

  it('convolve and transposedConvolve options', () => {
    for (const bad of [null, 5, 'abc', 2n, [1]]) {
      for (const run of [convolve, transposedConvolve]) {
        expectRejects(() => run([[1]], [[1]], bad as never), 'options', bad, /must be an object/);
      }
    }
  });
});

describe('padding helpers', () => {
  it('modePadding rejects unknown modes and bad kernels or dilations', () => {
    expectRejects(() => modePadding('bogus' as never, 3, 1), 'padding', 'bogus', /'same'/);
    expectRejects(() => modePadding(undefined as never, 3, 1), 'padding', undefined, /'same'/);
    expectRejects(() => modePadding('same', Number.NaN, 1), 'kernel', Number.NaN, /integer/);
    expectRejects(() => modePadding('full', -3, 1), 'kernel', -3, /at least 1/);
    expectRejects(() => modePadding('same', 3n as never, 1), 'kernel', 3n, /integer, got 3n/);
    expectRejects(() => modePadding('valid', 3, 0), 'dilation', 0, /at least 1/);
    expectRejects(() => modePadding('full', 3, 1.5), 'dilation', 1.5, /integer/);
    expectRejects(() => modePadding('full', MAX, 3), 'dilation', 3, /limit of 9007199254740991/);
    expect(modePadding('full', 3, 2)).toEqual([4, 4]);
  });

  it('resolveAxisPadding validates kernel and dilation for a mode', () => {
    expectRejects(() => resolveAxisPadding('same', 2.5, 1), 'kernel', 2.5, /integer, got 2.5/);
    expectRejects(
      () => resolveAxisPadding('same', 3, Number.POSITIVE_INFINITY),
      'dilation',
      Number.POSITIVE_INFINITY,
      /integer/,
    );
    expectRejects(() => resolveAxisPadding('half' as never, 3, 1), 'padding', 'half', /'same'/);
    expectRejects(() => resolveAxisPadding([1, -1], 3, 1), 'padding', [1, -1], /at least 0/);
  });

  it('resolvePadding validates the kernel and dilation pairs a mode needs, by the caller’s value', () => {
    expectRejects(
      () => (resolvePadding as (p: unknown) => unknown)('same'),
      'kernel',
      undefined,
      /kernel/,
    );
    expectRejects(
      () => resolvePadding('same', [3, 3], undefined as never),
      'dilation',
      undefined,
      /dilation/,
    );
    expectRejects(
      () => resolvePadding('full', [3, Number.NaN], [1, 1]),
      'kernel',
      [3, Number.NaN],
      /integer/,
    );
    expectRejects(
      () => resolvePadding('full', [3, MAX], [1, 2]),
      'dilation',
      [1, 2],
      /limit of 9007199254740991/,
    );
    expectRejects(
      () => resolvePadding('bogus' as never, [3, 3], [1, 1]),
      'padding',
      'bogus',
      /padding/,
    );
  });
});

describe('BigInts, cycles and objects without a prototype', () => {
  it('are rejected by name and described without throwing', () => {
    for (const param of ['input', 'kernel', 'stride', 'dilation', 'padding']) {
      const spec = { input: 5, kernel: 3, [param]: 2n } as never;
      expectRejects(() => outputShape(spec), param, 2n, /2n/);
      const pair = { input: 5, kernel: 3, [param]: [1n, 1] } as never;
      expectRejects(() => convDiagram(pair), param, [1n, 1], /1n/);
    }
    const loop = cyclic();
    expectRejects(
      () => outputShape({ input: 5, kernel: 3, padding: loop as never }),
      'padding',
      loop,
      /padding/,
    );
    const bare = Object.create(null);
    expectRejects(() => convOutputSize({ input: bare, kernel: 3 }), 'input', bare, /integer/);
    const loopedRows: unknown[] = [[1]];
    loopedRows.push(loopedRows);
    expectRejects(() => matrixShape('input', loopedRows), 'input', loopedRows, /rectangular/);
    expectRejects(() => convolve([[1n]] as never, [[1]]), 'input', [[1n]], /finite numbers/);
  });

  it('Diagram methods reject BigInt and string indices', () => {
    const d = convDiagram({ input: 4, kernel: 3 });
    expectRejects(() => d.frame(1n as never), 'index', 1n, /from 0 to 3, got 1n/);
    expectRejects(() => d.window('1' as never), 'index', '1', /from 0 to 3/);
    expectRejects(() => d.cell(0, null as never), 'col', null, /from 0 to 3/);
    expectRejects(() => d.frameAt(undefined as never, 0), 'row', undefined, /from 0 to 1/);
    expectRejects(() => d.framesReading(cyclic() as never, 0), 'row', expect.anything(), /from 0/);
  });
});

describe('errors hold what the caller passed', () => {
  it('the whole pair, not the number that failed', () => {
    expectRejects(
      () => outputShape({ input: 3, kernel: [4, 9] }),
      'kernel',
      [4, 9],
      /effective size 4/,
    );
    expectRejects(
      () => transposedOutputShape({ input: [1, 3], kernel: 3, padding: [2, 0] }),
      'padding',
      [2, 0],
      /leaves no output/,
    );
    expectRejects(
      () => resolveTransposedSpec({ input: 3, kernel: 3, stride: [2, 1], outputPadding: [0, 1] }),
      'outputPadding',
      [0, 1],
      /on cols/,
    );
    const sides = { top: 0, right: 9, bottom: 0, left: 0 };
    expectRejects(
      () => transposedConvDiagram({ input: 3, kernel: 3, padding: sides }),
      'padding',
      sides,
      /on cols/,
    );
  });

  it('the mode, not the sides it resolved to', () => {
    expectRejects(
      () => transposedConvOutputSize({ input: 1, kernel: 3, padding: 'full' }),
      'padding',
      'full',
      /leaves no output/,
    );
  });

  it('the matrix given to convolve, not its shape', () => {
    const kernel = [[1, 2, 3]];
    expectRejects(
      () => convolve([[1, 2]], kernel),
      'kernel',
      kernel,
      /larger than the padded input/,
    );
    expectRejects(
      () => transposedConvolve([[1]], [[1, 2]], { stride: 2, outputPadding: [0, 2] }),
      'outputPadding',
      [0, 2],
      /smaller than max/,
    );
  });
});

describe('overflow: every resolved number is a safe integer', () => {
  it('sizes beyond 2^53 − 1 are refused, never rounded or infinite', () => {
    expectRejects(
      () => convOutputSize({ input: 1e308, kernel: 1, padding: 1e308 }),
      'input',
      1e308,
      /at most 9007199254740991/,
    );
    expectRejects(() => convOutputSize({ input: 2 ** 53, kernel: 1 }), 'input', 2 ** 53, /at most/);
    expect(convOutputSize({ input: MAX, kernel: 1 })).toBe(MAX);
  });

  it('a padded input past 2^53 − 1 names padding', () => {
    expectRejects(
      () => convOutputSize({ input: MAX, kernel: 1, padding: MAX }),
      'padding',
      MAX,
      /padded cells.*9007199254740991/,
    );
    expectRejects(
      () => outputShape({ input: MAX, kernel: 1, padding: [0, 1] }),
      'padding',
      [0, 1],
      /on cols/,
    );
  });

  it('a transposed output past 2^53 − 1 is refused', () => {
    const error = caught(() => transposedConvOutputSize({ input: MAX, kernel: 3, stride: MAX }));
    expect(error.message).toMatch(/9007199254740991/);
    expect(() => transposedOutputShape({ input: 3, kernel: MAX, dilation: MAX })).toThrow(
      ConvArithmeticError,
    );
  });

  it('a diagram whose drawn grid or frame count passes 2^53 − 1 is refused', () => {
    expectRejects(
      () => convDiagram({ input: 2 ** 30, kernel: 1, padding: [0, 2 ** 30] }),
      'input',
      2 ** 30,
      /drawn cells.*9007199254740991/,
    );
  });
});

describe('limits before work', () => {
  it(`a diagram frame lists at most MAX_FRAME_TAPS (${MAX_FRAME_TAPS}) kernel taps`, () => {
    expect(MAX_FRAME_TAPS).toBe(2 ** 16);
    expect(convDiagram({ input: 256, kernel: 256 }).frame(0).taps).toHaveLength(MAX_FRAME_TAPS);
    expectRejects(
      () => convDiagram({ input: 257, kernel: [256, 257] }),
      'kernel',
      [256, 257],
      new RegExp(`${MAX_FRAME_TAPS}`),
    );
    expectRejects(
      () => transposedConvDiagram({ input: 3, kernel: [1, 70_000] }),
      'kernel',
      [1, 70_000],
      /taps/,
    );
  });

  it('a 1e9 kernel is refused by name before anything of its size is built', () => {
    const started = performance.now();
    expectRejects(() => convDiagram({ input: 1e9, kernel: 1e9 }), 'kernel', 1e9, /taps/);
    expectRejects(() => transposedConvDiagram({ input: 1e9, kernel: 1e9 }), 'kernel', 1e9, /taps/);
    // A freeze guard, not a timing target: building 10^18 taps would never finish.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it(`convolve computes at most MAX_CONVOLVE_CELLS (${MAX_CONVOLVE_CELLS}) output cells`, () => {
    expect(MAX_CONVOLVE_CELLS).toBe(2 ** 20);
    const started = performance.now();
    expectRejects(
      () => convolve([[1]], [[1]], { padding: 30_000 }),
      'padding',
      30_000,
      new RegExp(`3600120001.*${MAX_CONVOLVE_CELLS}`),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    // Exactly at the limit is computed; one more row is not.
    const atLimit = { top: 511, bottom: 512, left: 511, right: 512 };
    expect(convolve([[1]], [[1]], { padding: atLimit })).toHaveLength(1024);
    expectRejects(
      () => convolve([[1]], [[1]], { padding: { ...atLimit, bottom: 513 } }),
      'padding',
      { ...atLimit, bottom: 513 },
      /output cells/,
    );
  });

  it('transposedConvolve names stride, dilation or kernel, whichever makes its output too large', () => {
    expectRejects(
      () =>
        transposedConvolve(
          [
            [1, 2],
            [3, 4],
          ],
          [[1]],
          { stride: 2000 },
        ),
      'stride',
      2000,
      /output cells/,
    );
    expectRejects(
      () =>
        transposedConvolve(
          [[1]],
          [
            [1, 1],
            [1, 1],
          ],
          { dilation: 2000 },
        ),
      'dilation',
      2000,
      /output cells/,
    );
  });

  it(`convolve does at most MAX_MULTIPLY_ADDS (${MAX_MULTIPLY_ADDS}) multiply-adds`, () => {
    expect(MAX_MULTIPLY_ADDS).toBe(2 ** 24);
    const square = (n: number) => Array.from({ length: n }, () => new Array<number>(n).fill(1));
    const [input, kernel] = [square(200), square(100)];
    // 101² outputs × 100² taps = 102,010,000 multiply-adds.
    expectRejects(() => convolve(input, kernel), 'kernel', kernel, /102010000 multiply-adds/);
    // 200² inputs × 100² taps scattered.
    expectRejects(() => transposedConvolve(input, kernel), 'kernel', kernel, /multiply-adds/);
  });
});
