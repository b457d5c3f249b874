/** A test a value passes, and the words for what it must be ("a boolean"). */
export type Rule = readonly [test: (value: unknown) => boolean, must: string];

/** A number from `min` to `max` (NaN, ±Infinity and non-numbers fail), optionally an integer. */
export const range =
  (min: number, max: number, integer = false) =>
  (value: unknown): boolean =>
    typeof value === 'number' &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value));

/** The rule "a number from min to max" (or "an integer …"). */
export const between = (min: number, max: number, integer = false): Rule => [
  range(min, max, integer),
  `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
];

/** One rule for each of several space-separated names. */
export const each = (names: string, rule: Rule): Record<string, Rule> =>
  Object.fromEntries(names.split(' ').map((name) => [name, rule]));

/** The rule "typeof value is `type`". */
export const typed = (type: string, must: string): Rule => [(value) => typeof value === type, must];

/** An object literal: not null, an array, a class instance or a React element. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * A value as an error message shows it: short, and never throwing (BigInt, cycles, functions).
 * Strings with characters beyond words and simple punctuation are not echoed: the message is
 * rendered into the page, and a rejected theme value must not reach it in any form.
 *
 * @example
 * shown(10n) // "10n"
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    return /^[\w#.,%\s-]{0,60}$/.test(value) ? JSON.stringify(value) : 'a string it cannot show';
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 60)}…` : json;
  } catch {
    return 'an object with a cycle or a BigInt';
  }
}

/**
 * A string standing for a value's content, for memo keys: equal for equal plain data, and never
 * throwing. BigInt, NaN, ±Infinity, functions and symbols get keys of their own (JSON would
 * drop them or write null); a cycle gets a fresh key, so nothing stale is reused.
 *
 * @example
 * contentKey([5, 3n]) === contentKey([5, 3n]) // true
 */
export function contentKey(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'object' || typeof item === 'string' || Number.isFinite(item)
        ? item
        : `\0${typeof item}${String(item)}`,
    );
  } catch {
    return `\0${Math.random()}`;
  }
}
