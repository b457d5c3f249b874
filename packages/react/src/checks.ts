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

/** An object literal: not null, an array, a class instance or a React element. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * A value as an error message shows it: short, and never throwing (BigInt, cycles, functions).
 *
 * @example
 * shown(10n) // "10n"
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 60));
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 60)}…` : json;
  } catch {
    return 'an object JSON cannot show (a cycle or a BigInt)';
  }
}

/**
 * A string standing for a value's content, for memo keys: equal for equal plain data, and never
 * throwing on BigInt, cycles, NaN or functions (which JSON would drop or reject).
 *
 * @example
 * contentKey([5, 3n]) === contentKey([5, 3n]) // true
 */
export function contentKey(value: unknown): string {
  const seen = new Map<object, number>();
  try {
    return JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'object' && item !== null) {
        const index = seen.get(item);
        if (index !== undefined) return `\0ref${index}`;
        seen.set(item, seen.size);
        return item;
      }
      if (typeof item === 'number' && !Number.isFinite(item)) return `\0${item}`;
      if (typeof item === 'bigint' || typeof item === 'symbol') return `\0${String(item)}n`;
      return typeof item === 'function' ? '\0function' : item;
    });
  } catch {
    // A getter or proxy that throws: no stable content, so never reuse a previous result.
    return `\0unkeyable:${Math.random()}`;
  }
}
