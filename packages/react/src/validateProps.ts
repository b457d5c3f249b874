import { ConvArithmeticError } from '@conv-arithmetic/core';
import { between, each, isPlainObject, type Rule, shown, typed } from './checks';
import { VIEWS } from './views/kind';

/** The largest `maxGridSize` accepted: 256 cells per side is already ~65,000 drawn polygons. */
export const GRID_SIZE_CEILING = 256;

const FORMATS: readonly unknown[] = ['gif', 'svg', 'png'];

/** Text, numbers, elements (anything React tags), or arrays of them: what React can render. */
const isNode = (value: unknown, depth = 0): boolean =>
  value == null ||
  ['string', 'number', 'boolean', 'bigint'].includes(typeof value) ||
  (typeof value === 'object' && '$$typeof' in value) ||
  (Array.isArray(value) && depth < 32 && value.every((item) => isNode(item, depth + 1)));

/**
 * The rule for each option prop, checked before anything is built. Spec props (input, kernel,
 * stride, padding, dilation, outputPadding) are the core's to check; frame ranges the playback's.
 * Speeds: the menu's (SPEEDS) or any other in range, which the menu then lists.
 */
const PROP_RULES: Record<string, Rule> = {
  ...each(
    'autoPlay loop controls showValues labels playing equation',
    typed('boolean', 'true or false'),
  ),
  ...each(
    'onFrameChange onPlayingChange onSpeedChange onHoverChange',
    typed('function', 'a function'),
  ),
  ...each('title label description className', typed('string', 'a string')),
  ...each('frame defaultFrame', typed('number', 'a number')),
  ...each('speed defaultSpeed', between(0.01, 100)),
  fps: between(0.001, 1000),
  frameDuration: between(1, 1e6),
  cellSize: between(1, 1000),
  maxGridSize: between(1, GRID_SIZE_CEILING, true),
  downloadName: [(value) => typeof value === 'string' && value !== '', 'a non-empty string'],
  layout: [(value) => value === 'perspective' || value === 'flat', "'perspective' or 'flat'"],
  reveal: [(value) => value === 'all' || value === 'progressive', "'all' or 'progressive'"],
  view: [(value) => VIEWS.includes(value), "'equivalent', 'scatter' or 'matrix'"],
  order: [(value) => value === 'gather' || value === 'scatter', "'gather' or 'scatter'"],
  fit: [(value) => value === 'width' || value === 'contain', "'width' or 'contain'"],
  style: [isPlainObject, 'an object of CSS properties'],
  download: [
    (value) =>
      typeof value === 'boolean' ||
      (Array.isArray(value) &&
        value.every((format, i) => FORMATS.includes(format) && value.indexOf(format) === i)),
    "true, false or an array of distinct 'gif', 'svg', 'png'",
  ],
  values: [
    (value) =>
      isPlainObject(value) &&
      Object.keys(value).every((key) => key === 'input' || key === 'kernel'),
    'an object with input and/or kernel matrices',
  ],
  caption: [isNode, 'a React node'],
};

/**
 * The first prop that breaks its rule, as the error naming it; null when all pass. Props left
 * `undefined` take their defaults.
 *
 * @example
 * propsError({ fps: 0 })?.message // "fps must be a number from 0.001 to 1000, got 0"
 */
export function propsError(props: object): ConvArithmeticError | null {
  for (const [name, value] of Object.entries(props)) {
    const rule = PROP_RULES[name];
    if (rule && value !== undefined && !rule[0](value)) {
      return new ConvArithmeticError(
        name,
        value,
        `${name} must be ${rule[1]}, got ${shown(value)}`,
      );
    }
  }
  return null;
}

/**
 * The props that pass their rules; one that fails reads as not given. For code that must keep
 * running while the alert shows (the playback clock would do arithmetic on a BigInt fps).
 *
 * @example
 * passingProps({ fps: 0n, loop: true }) // { loop: true }
 */
export const passingProps = <T extends object>(props: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(props).filter(([name, value]) => !propsError({ [name]: value })),
  ) as Partial<T>;
