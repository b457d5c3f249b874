import { ConvArithmeticError } from '@conv-arithmetic/core';
import { isPlainObject, type Rule, range, shown } from '../checks';
import { SPEEDS } from '../controls/speeds';
import type { DownloadFormat } from '../export/browserDownload';

/** The largest `maxGridSize` accepted: 256 cells per side is already ~65,000 drawn polygons. */
export const GRID_SIZE_CEILING = 256;

const FORMATS: readonly DownloadFormat[] = ['gif', 'svg', 'png'];

const BOOLEAN: Rule = [(value) => typeof value === 'boolean', 'true or false'];
const FUNCTION: Rule = [(value) => typeof value === 'function', 'a function'];
const STRING: Rule = [(value) => typeof value === 'string', 'a string'];
const NUMBER: Rule = [(value) => typeof value === 'number', 'a number'];
const SPEED: Rule = [
  (value) => (SPEEDS as readonly unknown[]).includes(value) || range(0.01, 100)(value),
  `one of ${SPEEDS.join(', ')} or another number from 0.01 to 100`,
];

/** Text, numbers, elements (anything React tags), or arrays of them: what React can render. */
const isNode = (value: unknown, depth = 0): boolean =>
  value == null ||
  ['string', 'number', 'boolean', 'bigint'].includes(typeof value) ||
  (typeof value === 'object' && '$$typeof' in value) ||
  (Array.isArray(value) && depth < 32 && value.every((item) => isNode(item, depth + 1)));

/**
 * The rule for each option prop, checked before anything is built. Spec props (input, kernel,
 * stride, padding, dilation, outputPadding) are the core's to check; frame ranges the playback's.
 */
const PROP_RULES: Record<string, Rule> = {
  autoPlay: BOOLEAN,
  loop: BOOLEAN,
  controls: BOOLEAN,
  showValues: BOOLEAN,
  labels: BOOLEAN,
  playing: BOOLEAN,
  onFrameChange: FUNCTION,
  onPlayingChange: FUNCTION,
  onSpeedChange: FUNCTION,
  onHoverChange: FUNCTION,
  title: STRING,
  label: STRING,
  description: STRING,
  className: STRING,
  downloadName: [(value) => typeof value === 'string' && value.length > 0, 'a non-empty string'],
  frame: NUMBER,
  defaultFrame: NUMBER,
  fps: [range(0.001, 1000), 'a number of frames per second from 0.001 to 1000'],
  frameDuration: [range(1, 1e6), 'a number of milliseconds from 1 to 1000000'],
  speed: SPEED,
  defaultSpeed: SPEED,
  cellSize: [range(1, 1000), 'a number of px from 1 to 1000'],
  maxGridSize: [
    range(1, GRID_SIZE_CEILING, true),
    `an integer from 1 to ${GRID_SIZE_CEILING} (cells per side)`,
  ],
  layout: [(value) => value === 'perspective' || value === 'flat', "'perspective' or 'flat'"],
  style: [
    (value) =>
      isPlainObject(value) &&
      Object.values(value).every(
        (item) => item == null || typeof item === 'string' || range(-1e9, 1e9)(item),
      ),
    'an object of CSS properties with string or finite number values',
  ],
  download: [
    (value) =>
      typeof value === 'boolean' ||
      (Array.isArray(value) &&
        value.every((format, i) => FORMATS.includes(format) && value.indexOf(format) === i)),
    `true, false, or an array of distinct formats from ${FORMATS.map((f) => `'${f}'`).join(', ')}`,
  ],
  values: [
    (value) =>
      isPlainObject(value) &&
      Object.keys(value).every((key) => key === 'input' || key === 'kernel'),
    'an object with `input` and/or `kernel` matrices',
  ],
  caption: [isNode, 'a React node (text, elements or arrays of them)'],
};

/**
 * The first prop that breaks its rule, as the error naming it; null when all pass. Props left
 * `undefined` take their defaults.
 *
 * @example
 * propsError({ fps: 0 })?.message // "fps must be a number of frames per second from 0.001 to 1000, got 0"
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
