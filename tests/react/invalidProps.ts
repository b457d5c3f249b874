// Invalid values for each prop of the animation components, for the case tests and the
// fast-check properties (jsdom and server rendering).
import fc from 'fast-check';

/** An array that contains itself and an object that refers to itself: JSON cannot write them. */
export function cyclicArray(): unknown[] {
  const array: unknown[] = [3];
  array.push(array);
  return array;
}
export function cyclicObject(): Record<string, unknown> {
  const object: Record<string, unknown> = { top: 1 };
  object.right = object;
  return object;
}

const anything = fc.anything({ withBigInt: true, withNullPrototype: true });
const notA = (type: string) => anything.filter((v) => typeof v !== type && v !== undefined);
const hostile = fc.oneof(
  fc.bigInt(),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(null),
  fc.string(),
  fc.constant(cyclicArray()),
  fc.constant(cyclicObject()),
);
/** Numbers outside [min, max] (or not integers, when asked), and values that are not numbers. */
const outside = (min: number, max: number, integer = false) =>
  fc.oneof(
    fc.double().filter((x) => !(x >= min && x <= max && (!integer || Number.isInteger(x)))),
    notA('number'),
  );
/** A string CSS must never see: one that would close a declaration or load a URL. */
const unsafeCss = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(';x:y', 'url(/leak)', '}', '<', '"', '\\'))
  .map(([text, tail]) => text + tail);

export const INVALID: Record<string, fc.Arbitrary<unknown>> = {
  input: hostile,
  kernel: hostile,
  stride: hostile,
  padding: hostile,
  dilation: hostile,
  autoPlay: notA('boolean'),
  loop: notA('boolean'),
  controls: notA('boolean'),
  showValues: notA('boolean'),
  labels: notA('boolean'),
  playing: notA('boolean'),
  onFrameChange: notA('function'),
  onPlayingChange: notA('function'),
  onSpeedChange: notA('function'),
  title: notA('string'),
  className: notA('string'),
  downloadName: fc.oneof(notA('string'), fc.constant('')),
  frame: notA('number'),
  defaultFrame: notA('number'),
  fps: outside(0.001, 1000),
  frameDuration: outside(1, 1e6),
  speed: outside(0.01, 100),
  defaultSpeed: outside(0.01, 100),
  cellSize: outside(1, 1000),
  maxGridSize: outside(1, 256, true),
  layout: anything.filter((v) => v !== 'perspective' && v !== 'flat' && v !== undefined),
  reveal: anything.filter((v) => v !== 'all' && v !== 'progressive' && v !== undefined),
  equation: notA('boolean'),
  style: fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer()), fc.constant(null)),
  download: fc.oneof(
    fc.string(),
    fc.integer(),
    fc.constant(['gif', 'gif']),
    fc.array(
      fc.string().filter((s) => !['gif', 'svg', 'png'].includes(s)),
      { minLength: 1, maxLength: 3 },
    ),
  ),
  values: fc.oneof(
    fc.string(),
    fc.integer(),
    fc.array(fc.integer()),
    fc.constant({ inputs: [[1]] }),
    fc.record({ input: anything.filter((v) => v !== undefined) }),
    fc.constant({ input: [[1n]] }),
    fc.constant({ input: cyclicArray() }),
  ),
  theme: fc.oneof(
    fc.string(),
    fc.constant(cyclicObject()),
    fc.record({ colors: fc.record({ errorBackground: unsafeCss }) }),
    fc.record({ colors: fc.record({ output: unsafeCss }) }),
    fc.record({ font: fc.record({ family: unsafeCss }) }),
    fc.record({ cellSize: outside(1, 1000) }),
    fc.record({ stroke: fc.record({ paddingDash: unsafeCss }) }),
  ),
  caption: fc.oneof(fc.constant({ text: 'x' }), fc.constant(cyclicObject())),
};

/** One prop name with an invalid value for it. */
export const invalidProp = fc
  .constantFrom(...Object.keys(INVALID))
  .chain((name) => (INVALID[name] as fc.Arbitrary<unknown>).map((value) => ({ name, value })));

/** An attribute whose value holds NaN or Infinity (text in an alert may quote what was passed). */
export const NON_FINITE_ATTRIBUTE = /="[^"]*\b(NaN|Infinity)\b[^"]*"/;
