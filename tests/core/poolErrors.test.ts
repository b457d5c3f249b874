// Bad pooling input never passes silently: pool, poolOutputSize and poolDiagram throw
// ConvArithmeticError naming the parameter and holding what the caller passed, limits included.
import {
  ConvArithmeticError,
  MAX_CONVOLVE_CELLS,
  MAX_FRAME_TAPS,
  MAX_MULTIPLY_ADDS,
  pool,
  poolDiagram,
  poolOutputSize,
} from '@conv-arithmetic/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junk } from './arbitraries';
import { expectRejects } from './rejects';

const INPUT = [
  [1, 2, 3, 4],
  [5, 6, 7, 8],
  [9, 10, 11, 12],
];
const MAX = Number.MAX_SAFE_INTEGER;

/** Every entry point, given one 2-D spec (pool gets a matrix of the spec's input size). */
const entryPoints = {
  pool: (spec: Record<string, unknown>) => pool(INPUT, spec as never),
  poolDiagram: (spec: Record<string, unknown>) => poolDiagram({ input: [3, 4], ...spec } as never),
};

describe('a spec or options that is not an object', () => {
  it('null, undefined, numbers, strings, BigInts, booleans, arrays and symbols', () => {
    for (const bad of [null, undefined, 7, 'abc', 3n, true, [5, 3], Symbol('spec')]) {
      expectRejects(() => poolOutputSize(bad as never), 'spec', bad, /must be an object/);
      expectRejects(() => poolDiagram(bad as never), 'spec', bad, /must be an object/);
      expectRejects(() => pool(INPUT, bad as never), 'options', bad, /must be an object/);
    }
  });
});

describe('mode', () => {
  it.each([undefined, null, 'min', 'avg', 'MAX', 0, 3n, Number.NaN, ['max'], { mode: 'max' }])(
    '%s is neither max nor average',
    (bad) => {
      for (const run of Object.values(entryPoints)) {
        expectRejects(() => run({ kernel: 2, mode: bad }), 'mode', bad, /'max' or 'average'/);
      }
    },
  );
});

describe('sizes', () => {
  const bads = [0, -2, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, 2n, [2, 2, 2]];
  for (const param of ['kernel', 'stride', 'dilation'] as const) {
    it(`${param}: non-integers, NaN, ±Infinity, BigInt, null and values < 1`, () => {
      for (const bad of bads) {
        expectRejects(
          () => poolOutputSize({ input: 5, kernel: 2, [param]: bad } as never),
          param,
          bad,
          /integer|at least 1|2n/,
        );
        for (const run of Object.values(entryPoints)) {
          expectRejects(
            () => run({ kernel: 2, mode: 'max', [param]: bad }),
            param,
            bad,
            /integer|at least 1|pair|2n/,
          );
        }
      }
    });
  }

  it('input: poolOutputSize and poolDiagram check the size, pool the matrix', () => {
    for (const bad of bads) {
      expectRejects(
        () => poolOutputSize({ input: bad, kernel: 2 } as never),
        'input',
        bad,
        /input/,
      );
      expectRejects(
        () => poolDiagram({ input: bad, kernel: 1, mode: 'max' } as never),
        'input',
        bad,
        /input/,
      );
    }
    for (const bad of [[], [[]], [[1, 2], [3]], [[1, Number.NaN]], [['1']], [[1n]], 'abc', null]) {
      expectRejects(
        () => pool(bad as never, { kernel: 1, mode: 'max' }),
        'input',
        bad,
        /non-empty, rectangular grid of finite numbers/,
      );
    }
  });

  it('padding: negative, fractional, NaN, BigInt, modes and sides objects (pooling pads symmetrically)', () => {
    for (const bad of [-1, 0.5, Number.NaN, 1n, 'same', { top: 1, right: 1, bottom: 1, left: 1 }]) {
      expectRejects(
        () => poolOutputSize({ input: 5, kernel: 3, padding: bad } as never),
        'padding',
        bad,
        /padding/,
      );
      for (const run of Object.values(entryPoints)) {
        expectRejects(
          () => run({ kernel: 3, mode: 'max', padding: bad }),
          'padding',
          bad,
          /padding/,
        );
      }
    }
  });

  it('ceilMode: anything but true, false or omitted', () => {
    for (const bad of [null, 1, 0, 'true', Number.NaN, 1n, {}]) {
      expectRejects(
        () => poolOutputSize({ input: 5, kernel: 2, ceilMode: bad } as never),
        'ceilMode',
        bad,
        /must be true or false/,
      );
      for (const run of Object.values(entryPoints)) {
        expectRejects(
          () => run({ kernel: 2, mode: 'max', ceilMode: bad }),
          'ceilMode',
          bad,
          /true or false/,
        );
      }
    }
  });
});

describe("PyTorch's rules", () => {
  it('padding at most half the (un-dilated) kernel, floor(k/2), per axis', () => {
    expectRejects(
      () => poolOutputSize({ input: 5, kernel: 3, padding: 2 }),
      'padding',
      2,
      /^padding must be at most half the kernel \(1\), got 2$/,
    );
    // Dilation does not widen the allowance, as in PyTorch (kW / 2 >= padW).
    expectRejects(
      () => poolOutputSize({ input: 9, kernel: 3, dilation: 2, padding: 2 }),
      'padding',
      2,
      /half the kernel \(1\)/,
    );
    expect(poolOutputSize({ input: 5, kernel: 4, padding: 2 })).toBe(2);
    expect(poolOutputSize({ input: 5, kernel: 3, padding: 1 })).toBe(2);
    expectRejects(
      () => poolDiagram({ input: 6, kernel: [3, 2], padding: [1, 2], mode: 'max' }),
      'padding',
      [1, 2],
      /half the kernel \(1\) on cols/,
    );
    expectRejects(
      () => pool(INPUT, { kernel: 1, padding: 1, mode: 'average' }),
      'padding',
      1,
      /half the kernel \(0\) on rows/,
    );
  });

  it('average pooling has no dilation', () => {
    for (const dilation of [2, [1, 2], [2, 1]] as const) {
      expectRejects(
        () => pool(INPUT, { kernel: 2, mode: 'average', dilation }),
        'dilation',
        dilation,
        /^dilation must be 1 for average pooling, which has no dilation, got/,
      );
      expectRejects(
        () => poolDiagram({ input: 6, kernel: 2, mode: 'average', dilation }),
        'dilation',
        dilation,
        /average pooling/,
      );
    }
    expect(pool(INPUT, { kernel: 2, mode: 'average', dilation: [1, 1] })).toEqual([[3.5, 5.5]]);
    // Taps at rows 0 and 2, cols 0 and 2: max(1, 3, 9, 11).
    expect(pool(INPUT, { kernel: 2, mode: 'max', dilation: 2 })).toEqual([[11]]);
  });

  it('a window larger than the padded input (by the stride or more, in ceil mode)', () => {
    expectRejects(
      () => poolOutputSize({ input: 2, kernel: 3, stride: 1 }),
      'kernel',
      3,
      /^kernel \(effective size 3\) is larger than the padded input \(2\)$/,
    );
    // Ceil mode allows a window wider than the padded input by up to stride − 1 cells.
    expect(poolOutputSize({ input: 2, kernel: 3, stride: 2, ceilMode: true })).toBe(1);
    expectRejects(
      () => poolOutputSize({ input: 2, kernel: 4, stride: 2, ceilMode: true }),
      'kernel',
      4,
      /^kernel \(effective size 4\) is larger than the padded input \(2\) by the stride or more$/,
    );
    // At stride 1, ceil mode is floor mode.
    expectRejects(
      () => poolOutputSize({ input: 2, kernel: 3, stride: 1, ceilMode: true }),
      'kernel',
      3,
      /^kernel \(effective size 3\) is larger than the padded input \(2\)$/,
    );
    expectRejects(
      () => pool([[1, 2]], { kernel: [1, 2], dilation: [1, 3], mode: 'max' }),
      'kernel',
      [1, 2],
      /effective size 4\) is larger than the padded input \(2\) on cols/,
    );
    expectRejects(
      () => poolDiagram({ input: [2, 9], kernel: 3, mode: 'max', ceilMode: true, stride: 1 }),
      'kernel',
      3,
      /on rows/,
    );
  });
});

describe('limits, checked from the numbers before any work', () => {
  it('sizes beyond 2^53 − 1 are refused, never rounded', () => {
    expectRejects(() => poolOutputSize({ input: 2 ** 53, kernel: 1 }), 'input', 2 ** 53, /at most/);
    expectRejects(
      () => poolOutputSize({ input: MAX, kernel: 2, padding: 1 }),
      'padding',
      1,
      /padded cells/,
    );
    // d·(k−1) + 1 = 2^53 + 1 cannot be told from 2^53.
    expectRejects(
      () => poolOutputSize({ input: 5, kernel: 3, dilation: 2 ** 52, stride: MAX, ceilMode: true }),
      'dilation',
      2 ** 52,
      /cells in a window, over the limit/,
    );
    expect(poolOutputSize({ input: MAX, kernel: 1 })).toBe(MAX);
    // (2^53 − 3) / 2 leaves a remainder: floor 2^52 − 1, ceil one more.
    expect(poolOutputSize({ input: MAX, kernel: 2 })).toBe(2 ** 52 - 1);
    expect(poolOutputSize({ input: MAX, kernel: 2, ceilMode: true })).toBe(2 ** 52);
  });

  it('a diagram whose drawn grid passes 2^53 − 1 is refused', () => {
    expectRejects(
      () => poolDiagram({ input: 2 ** 30, kernel: 2, mode: 'max' }),
      'input',
      2 ** 30,
      /drawn cells/,
    );
  });

  it(`a diagram frame lists at most MAX_FRAME_TAPS (${MAX_FRAME_TAPS}) taps`, () => {
    const started = performance.now();
    expectRejects(
      () => poolDiagram({ input: 300, kernel: [257, 257], mode: 'max' }),
      'kernel',
      [257, 257],
      /66049 kernel taps per frame/,
    );
    expectRejects(
      () => poolDiagram({ input: 1e9, kernel: 1e9, mode: 'max' }),
      'kernel',
      1e9,
      /taps/,
    );
    // A freeze guard, not a timing target: building 10^18 taps would never finish.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(poolDiagram({ input: 300, kernel: 256, mode: 'max' }).frame(0).taps).toHaveLength(
      MAX_FRAME_TAPS,
    );
  });

  it(`pool computes at most MAX_CONVOLVE_CELLS (${MAX_CONVOLVE_CELLS}) output cells`, () => {
    const square = (n: number) => Array.from({ length: n }, () => new Array<number>(n).fill(1));
    const side = square(1024); // exactly the limit
    expect(pool(side, { kernel: 1, mode: 'max' })).toHaveLength(1024);
    // Padding 1 with a 2×2 window at stride 1 makes 1025² outputs from 1024² inputs.
    expectRejects(
      () => pool(side, { kernel: 2, stride: 1, padding: 1, mode: 'max' }),
      'padding',
      1,
      new RegExp(`1050625 output cells, over the limit of ${MAX_CONVOLVE_CELLS}`),
    );
    const over = [...side, new Array<number>(1024).fill(1)];
    expectRejects(() => pool(over, { kernel: 1, mode: 'average' }), 'input', over, /output cells/);
  });

  it(`pool reads at most MAX_MULTIPLY_ADDS (${MAX_MULTIPLY_ADDS}) window cells`, () => {
    const input = Array.from({ length: 200 }, () => new Array<number>(200).fill(1));
    // 101² outputs × 100² window cells = 102,010,000 reads.
    expectRejects(
      () => pool(input, { kernel: 100, stride: 1, mode: 'max' }),
      'kernel',
      100,
      /102010000 window reads/,
    );
  });
});

describe('diagram methods', () => {
  it('reject indices outside the frames and the drawn grid, overhang included', () => {
    // Input 6, kernel 3, stride 2, padding 1, ceil: 4×4 frames on a 9×9 grid (one overhang cell).
    const d = poolDiagram({
      input: 6,
      kernel: 3,
      stride: 2,
      padding: 1,
      mode: 'max',
      ceilMode: true,
    });
    expectRejects(() => d.frame(16), 'index', 16, /from 0 to 15, got 16/);
    expectRejects(() => d.window(-1), 'index', -1, /from 0 to 15/);
    expectRejects(() => d.frameAt(0, 4), 'col', 4, /from 0 to 3/);
    expectRejects(() => d.cell(9, 0), 'row', 9, /from 0 to 8/);
    expectRejects(() => d.framesReading(0, 1n as never), 'col', 1n, /from 0 to 8, got 1n/);
    expect(d.cell(8, 8)).toEqual({ kind: 'padding' });
  });
});

describe('property: anything in any field throws ConvArithmeticError or works', () => {
  const fields = ['input', 'kernel', 'stride', 'padding', 'dilation', 'mode', 'ceilMode'] as const;
  it('for poolOutputSize, poolDiagram and pool, naming a field and holding its value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), junk, fc.boolean(), (name, value, max) => {
        const spec: Record<string, unknown> = {
          input: 6,
          kernel: 3,
          padding: 1,
          mode: max ? 'max' : 'average',
          [name]: value,
        };
        const runs = [
          () => poolOutputSize(spec as never),
          () => poolDiagram(spec as never).frame(0),
          () => pool(INPUT, spec as never), // its `input` field is not an option: ignored
        ];
        for (const run of name === 'input' ? runs.slice(0, 2) : runs) {
          try {
            run();
          } catch (error) {
            expect(error).toBeInstanceOf(ConvArithmeticError);
            const { param, value: held } = error as ConvArithmeticError;
            expect(fields).toContain(param);
            expect(Object.is(held, spec[param])).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
