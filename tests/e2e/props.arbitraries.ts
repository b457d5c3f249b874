// Generators of the props suite: valid specs (small, so a set renders in milliseconds) and, per
// prop, values that must be refused. Values that cannot cross page.evaluate travel as markers
// (see props.page.tsx): { $bigint }, { $cyclic }, { $cyclicArray }, { $function }, { $symbol }.
import { poolOutputSize } from '@conv-arithmetic/core';
import fc from 'fast-check';
import type { FuzzKind } from './props.page';

export type Props = Record<string, unknown>;

/** A valid spec and the numbers the suite needs to judge what it drew. */
export interface ValidCase {
  props: Props;
  /** Output cells: the figure's frame count. */
  frameCount: number;
  /** Rows and cols of `input` (for values of the right shape). */
  inputShape: [number, number];
  kernelShape: [number, number];
  /** A pooling: no kernel weights in its values. */
  pooling?: boolean;
}

const pairOrNumber = (rows: number, cols: number): number | [number, number] =>
  rows === cols ? rows : [rows, cols];

/** One axis of a direct convolution, valid by construction: the input covers the kernel's span. */
const directAxis = (dilated: boolean) =>
  fc
    .record({
      kernel: fc.integer({ min: 1, max: 4 }),
      dilation: dilated ? fc.integer({ min: 1, max: 3 }) : fc.integer({ min: 1, max: 2 }),
      stride: fc.integer({ min: 1, max: 3 }),
      padding: fc.integer({ min: 0, max: 2 }),
      extra: fc.integer({ min: 0, max: 3 }),
    })
    .map((axis) => {
      const span = axis.dilation * (axis.kernel - 1) + 1;
      const input = span + axis.extra;
      const output = Math.floor((input + 2 * axis.padding - span) / axis.stride) + 1;
      return { ...axis, input, output };
    });

/** One axis of a transposed convolution (PyTorch's rules), drawable as the paper draws it. */
const transposedAxis = (stride: number, dilation: number) =>
  fc
    .record({
      input: fc.integer({ min: 1, max: 4 }),
      kernel: fc.integer({ min: 1, max: 4 }),
      paddingShare: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      outputPaddingShare: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    })
    .map((axis) => {
      const reach = dilation * (axis.kernel - 1);
      const padding = Math.floor(axis.paddingShare * (reach + 1));
      const outputPadding = Math.floor(axis.outputPaddingShare * Math.max(stride, dilation));
      const output = (axis.input - 1) * stride - 2 * padding + reach + outputPadding + 1;
      return { input: axis.input, kernel: axis.kernel, padding, outputPadding, output };
    });

/** One axis of a pooling, valid by construction: the kernel at least twice the padding. */
const poolAxis = (shared: {
  stride: number;
  padding: number;
  dilation: number;
  ceilMode: boolean;
}) =>
  fc
    .record({
      kernel: fc.integer({ min: Math.max(1, 2 * shared.padding), max: 4 }),
      extra: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ kernel, extra }) => {
      const spec = { ...shared, kernel, input: shared.dilation * (kernel - 1) + 1 + extra };
      return { ...spec, output: poolOutputSize(spec) };
    });

/** A valid pooling: max (dilation 1–2) or average (no dilation), floor or ceil mode. */
function validPool(minFrames: number): fc.Arbitrary<ValidCase> {
  return fc
    .record({
      mode: fc.constantFrom('max', 'average'),
      ceilMode: fc.boolean(),
      dilation: fc.integer({ min: 1, max: 2 }),
      stride: fc.integer({ min: 1, max: 3 }),
      padding: fc.integer({ min: 0, max: 1 }),
      square: fc.boolean(),
    })
    .chain(({ mode, square, ...rest }) => {
      // Stride, padding and dilation are given as numbers: both axes share them.
      const shared = { ...rest, dilation: mode === 'max' ? rest.dilation : 1 };
      return fc.tuple(poolAxis(shared), poolAxis(shared)).map(([rows, second]) => {
        const cols = square ? rows : second;
        return {
          props: {
            mode,
            ...(shared.ceilMode ? { ceilMode: true } : {}),
            input: pairOrNumber(rows.input, cols.input),
            kernel: pairOrNumber(rows.kernel, cols.kernel),
            stride: shared.stride,
            padding: shared.padding,
            ...(mode === 'max' ? { dilation: shared.dilation } : {}),
          },
          frameCount: rows.output * cols.output,
          inputShape: [rows.input, cols.input] as [number, number],
          kernelShape: [rows.kernel, cols.kernel] as [number, number],
          pooling: true,
        };
      });
    })
    .filter((c) => c.frameCount >= minFrames);
}

/**
 * A valid spec of `kind`, both axes alike (square) or not. With `minFrames`, only specs with at
 * least that many frames (recovery needs a frame to move to).
 */
export function validSpec(kind: FuzzKind, minFrames = 1): fc.Arbitrary<ValidCase> {
  if (kind === 'pool') return validPool(minFrames);
  const square = fc.boolean();
  if (kind === 'transposed') {
    // Stride and dilation are shared (numbers); each axis has its own sizes and padding.
    return fc
      .record({ stride: fc.integer({ min: 1, max: 3 }), dilation: fc.integer({ min: 1, max: 2 }) })
      .chain(({ stride, dilation }) =>
        fc
          .tuple(transposedAxis(stride, dilation), transposedAxis(stride, dilation), square)
          .map(([rows, second, same]) => ({ stride, dilation, rows, cols: same ? rows : second })),
      )
      .filter(({ rows, cols }) => rows.output >= 1 && cols.output >= 1)
      .map(({ stride, dilation, rows, cols }) => ({
        props: {
          input: pairOrNumber(rows.input, cols.input),
          kernel: pairOrNumber(rows.kernel, cols.kernel),
          stride,
          dilation,
          padding: pairOrNumber(rows.padding, cols.padding),
          outputPadding: pairOrNumber(rows.outputPadding, cols.outputPadding),
        },
        frameCount: rows.output * cols.output,
        inputShape: [rows.input, cols.input] as [number, number],
        kernelShape: [rows.kernel, cols.kernel] as [number, number],
      }))
      .filter((c) => c.frameCount >= minFrames);
  }
  const dilated = kind === 'dilated';
  return fc
    .tuple(directAxis(dilated), directAxis(dilated), square, fc.boolean())
    .map(([rows, second, same, defaultDilation]) => {
      // Stride, dilation and padding are given as numbers: both axes share them.
      const cols = {
        ...(same ? rows : second),
        stride: rows.stride,
        dilation: rows.dilation,
        padding: rows.padding,
      };
      const span = cols.dilation * (cols.kernel - 1) + 1;
      cols.input = Math.max(cols.input, span);
      cols.output = Math.floor((cols.input + 2 * cols.padding - span) / cols.stride) + 1;
      // A dilated figure defaults its dilation to 2: sometimes leave it out.
      const leaveOut = dilated && defaultDilation && rows.dilation === 2;
      const props: Props = {
        input: pairOrNumber(rows.input, cols.input),
        kernel: pairOrNumber(rows.kernel, cols.kernel),
        stride: rows.stride,
        padding: rows.padding,
        ...(leaveOut ? {} : { dilation: rows.dilation }),
      };
      return {
        props,
        frameCount: rows.output * cols.output,
        inputShape: [rows.input, cols.input] as [number, number],
        kernelShape: [rows.kernel, cols.kernel] as [number, number],
      };
    })
    .filter((c) => c.frameCount >= minFrames);
}

const colour = fc.constantFrom('#268BD2', 'rebeccapurple', 'rgb(10, 20, 30)', '#fff');
const speedValue = fc.constantFrom(0.25, 0.5, 1, 2, 4);

/** Valid options every component takes, any subset of them. */
export const validOptions: fc.Arbitrary<Props> = fc.record(
  {
    autoPlay: fc.boolean(),
    loop: fc.boolean(),
    fps: fc.double({ min: 0.5, max: 60, noNaN: true }),
    frameDuration: fc.integer({ min: 20, max: 2000 }),
    controls: fc.boolean(),
    showValues: fc.boolean(),
    cellSize: fc.integer({ min: 4, max: 40 }),
    layout: fc.constantFrom('perspective', 'flat'),
    labels: fc.boolean(),
    title: fc.string({ maxLength: 20 }),
    caption: fc.string({ maxLength: 20 }),
    theme: fc.record({
      colors: fc.record({ input: colour, output: colour }, { requiredKeys: [] }),
    }),
    className: fc.constantFrom('a', 'fig b'),
    speed: speedValue,
    defaultSpeed: speedValue,
    download: fc.oneof(fc.boolean(), fc.subarray(['gif', 'svg', 'png'] as const, { minLength: 1 })),
    downloadName: fc.constantFrom('figure', 'conv-5x5'),
    maxGridSize: fc.integer({ min: 40, max: 128 }),
    reveal: fc.constantFrom('all', 'progressive'),
    equation: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Values of the right shape for `values`, finite and modest. */
export const validValues = (c: ValidCase): fc.Arbitrary<Props> => {
  const matrix = ([rows, cols]: [number, number]) =>
    fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    });
  if (c.pooling) return fc.record({ input: matrix(c.inputShape) }, { requiredKeys: [] });
  return fc.record(
    { input: matrix(c.inputShape), kernel: matrix(c.kernelShape) },
    { requiredKeys: [] },
  );
};

const bigint = fc.bigInt({ min: -5n, max: 50n }).map((value) => ({ $bigint: String(value) }));
const cyclic = fc.constant({ $cyclic: true });
const cyclicArray = fc.constant({ $cyclicArray: true });
const fn = fc.constant({ $function: true });
const symbol = fc.constant({ $symbol: 'x' });
const nonInteger = fc
  .double({ min: -1e6, max: 1e6, noNaN: true })
  .filter((x) => !Number.isInteger(x));
const nonFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
const junkString = fc.constantFrom('', '5', '3px', 'abc', '0x10', ' 2 ', 'NaN');
const junkObject = fc.constantFrom({}, { rows: 3 }, { value: 3 }, { length: 2 });

/** Not a number at all: the wrong type. */
const notNumber = fc.oneof(
  junkString,
  bigint,
  cyclic,
  cyclicArray,
  fn,
  symbol,
  junkObject,
  fc.constant(true),
  fc.constant([]),
);

/** A size (input, kernel, stride, dilation): a positive integer or a pair of them. */
const badSize = (options: { huge: boolean; nullable: boolean }) =>
  fc.oneof(
    nonFinite,
    fc.constant(0),
    fc.integer({ min: -1_000_000, max: -1 }),
    nonInteger,
    notNumber,
    fc.constantFrom([3, Number.NaN], [3], [3, 3, 3], [0, 3], [3, -1], [3, 2.5], ['3', 3]),
    ...(options.huge ? [fc.constantFrom(1e9, 1e15, 2 ** 53, 1e308, [3, 1e9])] : []),
    ...(options.nullable ? [fc.constant(null)] : []),
  );

/** A count that must be positive and finite (fps, frameDuration, speed, cellSize). */
const badPositive = fc.oneof(
  nonFinite,
  fc.constant(0),
  fc.constant(-0),
  fc.double({ min: -1e6, max: -1e-3, noNaN: true }),
  notNumber,
);

const injection = fc.constantFrom(
  'red;background-image:url(/leak-a)',
  'url(/leak-b)',
  'red}</style><script>window.leaked=1</script>',
  'expression(alert(1))',
  'red; } * { display: none',
  '"><img src=/leak-c>',
  'var(--x, url(/leak-d))',
  'image-set("/leak-e" 1x)',
);
const themeColourKey = fc.constantFrom(
  'input',
  'output',
  'background',
  'errorBackground',
  'errorText',
  'text',
  'controlBackground',
  'focus',
);

const badTheme = fc.oneof(
  fc.tuple(themeColourKey, injection).map(([key, value]) => ({ colors: { [key]: value } })),
  fc.tuple(themeColourKey, fc.oneof(notNumber, fc.constant(5))).map(([key, value]) => ({
    colors: { [key]: value },
  })),
  fc.oneof(nonFinite, fc.constant(0), fc.constant(-4), junkString).map((cellSize) => ({
    cellSize,
  })),
  injection.map((family) => ({ font: { family } })),
  nonFinite.map((thick) => ({ stroke: { thick } })),
  fc.constantFrom(5, true),
  bigint,
  cyclic,
  fc.constant({ colors: 'red' }),
);

const matrixOf = ([rows, cols]: [number, number], cell: fc.Arbitrary<unknown>) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });

/** Values that must be refused for a given valid spec. */
const badValues = (c: ValidCase) =>
  fc.oneof(
    fc.constantFrom('abc', 5, true, [[1]], [], { input: 'x' }, { input: [[1, 2], [3]] }),
    fc.constant({ input: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]] }),
    matrixOf(c.inputShape, fc.oneof(nonFinite, junkString, bigint)).map((input) => ({ input })),
    matrixOf(c.kernelShape, fc.oneof(nonFinite, bigint)).map((kernel) => ({ kernel })),
    // Finite but overflowing: the output sums reach Infinity.
    fc
      .tuple(
        matrixOf(c.inputShape, fc.constant(1e308)),
        matrixOf(c.kernelShape, fc.constant(1e308)),
      )
      .map(([input, kernel]) => ({ input, kernel })),
    bigint,
    cyclic,
    cyclicArray.map((input) => ({ input })),
  );

const badBoolean = fc.oneof(
  fc.constantFrom('yes', 'false', 1, 0, {}, []),
  bigint,
  cyclic,
  fn,
  symbol,
);
const badString = fc.oneof(fc.constantFrom(5, {}, [], true), bigint, cyclic, fn, symbol);
const badCallback = fc.oneof(fc.constantFrom('handler', 5, {}, true, []), bigint);

/** One prop and a value of it that must be refused. */
export type BadProp = { prop: string; value: unknown };

/**
 * Per prop, values that must be refused over a valid case (an alert naming that prop). Numbers
 * that only miss the frame range are separate: they clamp (see `outOfRangeFrame`).
 */
export function badValuesByProp(kind: FuzzKind, c: ValidCase): Map<string, fc.Arbitrary<unknown>> {
  const props = new Map<string, fc.Arbitrary<unknown>>();
  const of = (prop: string, values: fc.Arbitrary<unknown>) => props.set(prop, values);
  of('input', badSize({ huge: true, nullable: true }));
  of('kernel', badSize({ huge: true, nullable: true }));
  of('stride', badSize({ huge: false, nullable: false }));
  of('dilation', badSize({ huge: false, nullable: false }));
  of(
    'padding',
    fc.oneof(
      nonFinite,
      fc.integer({ min: -1000, max: -1 }),
      nonInteger,
      fc.constantFrom('bogus', 'SAME', 'same ', '', '1'),
      fc.constantFrom(
        [1, Number.NaN],
        [1, 2, 3],
        [-1, 0],
        { top: 1 },
        { top: Number.NaN, right: 0, bottom: 0, left: 0 },
        { top: -1, right: 0, bottom: 0, left: 0 },
        { top: 1.5, right: 0, bottom: 0, left: 0 },
      ),
      fc.constantFrom(1e9, 30000),
      bigint,
      cyclic,
      fn,
    ),
  );
  of('fps', badPositive);
  of('frameDuration', badPositive);
  of('speed', badPositive);
  of('defaultSpeed', badPositive);
  of('cellSize', badPositive);
  of(
    'maxGridSize',
    fc.oneof(
      nonFinite.filter((x) => x !== Number.POSITIVE_INFINITY),
      fc.constant(0),
      fc.integer({ min: -100, max: -1 }),
      nonInteger,
      notNumber,
    ),
  );
  of('values', badValues(c));
  of('theme', badTheme);
  of(
    'download',
    fc.oneof(
      fc.constantFrom('gif', 'svg', 'true', 5, {}, ['exe'], ['GIF'], [1], [{}], [null], ['gif', 5]),
      bigint,
      cyclicArray,
      bigint.map((b) => [b]),
    ),
  );
  of('downloadName', badString);
  of('title', fc.oneof(fc.constant({ text: 'x' }), badString));
  of('layout', fc.oneof(fc.constantFrom('bogus', 'FLAT', 5, {}), bigint));
  of('labels', badBoolean);
  of('controls', badBoolean);
  of('showValues', badBoolean);
  of('loop', badBoolean);
  of('autoPlay', badBoolean);
  of('playing', badBoolean);
  of('equation', badBoolean);
  of('reveal', fc.oneof(fc.constantFrom('some', 'ALL', 'progressively', 5, true, {}), bigint));
  of('caption', fc.oneof(fc.constant({ a: 1 }), cyclic, fn));
  of('style', fc.oneof(fc.constantFrom('color: red', 5, true, []), bigint));
  of('className', fc.oneof(fc.constantFrom(5, {}, []), bigint, cyclic));
  of('onFrameChange', badCallback);
  of('onPlayingChange', badCallback);
  of('onSpeedChange', badCallback);
  of('frame', fc.oneof(junkString, bigint, cyclic, junkObject, fc.constant(true)));
  of('defaultFrame', fc.oneof(junkString, bigint, cyclic, junkObject, fc.constant(true)));
  if (kind === 'pool') {
    of('mode', fc.oneof(fc.constantFrom('min', 'MAX', 'avg', '', 5, true, {}), bigint, cyclic));
    of('ceilMode', badBoolean);
  }
  if (kind === 'transposed') {
    of(
      'outputPadding',
      fc.oneof(
        nonFinite,
        fc.integer({ min: -1000, max: -1 }),
        nonInteger,
        notNumber,
        fc.constantFrom(1e9, [0, Number.NaN]),
      ),
    );
  }
  return props;
}

/** Every prop `badValuesByProp` covers for `kind`, by name. */
export function invalidProps(kind: FuzzKind): string[] {
  const any: ValidCase = { props: {}, frameCount: 1, inputShape: [1, 1], kernelShape: [1, 1] };
  return [...badValuesByProp(kind, any).keys()];
}

/** One invalid prop, any of them, over a valid case. */
export function badProp(kind: FuzzKind, c: ValidCase): fc.Arbitrary<BadProp> {
  const each = [...badValuesByProp(kind, c)].map(([prop, values]) =>
    values.map((value) => ({ prop, value })),
  );
  return fc.oneof(...each);
}

/** A frame that is a number but not one of the figure's: clamped, never refused. */
export const outOfRangeFrame = (c: ValidCase) =>
  fc.record({
    prop: fc.constantFrom('frame', 'defaultFrame'),
    value: fc.oneof(
      fc.integer({ min: c.frameCount, max: c.frameCount + 1000 }),
      fc.integer({ min: -1000, max: -1 }),
      nonFinite,
      nonInteger,
      fc.constant(1e308),
    ),
  });
