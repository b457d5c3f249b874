/**
 * The one error the core throws for bad input. `param` names the offending parameter and
 * `value` holds what the caller passed for it (the whole pair, mode or object, not the one number
 * that failed), so a UI can point at the exact prop.
 *
 * @example
 * try { convOutputSize({ input: 4, kernel: 0 }) }
 * catch (e) { if (e instanceof ConvArithmeticError) console.log(e.param, e.value) } // 'kernel', 0
 */
export class ConvArithmeticError extends Error {
  declare readonly param: string;
  declare readonly value: unknown;

  constructor(param: string, value: unknown, message: string) {
    super(message);
    this.name = 'ConvArithmeticError';
    this.param = param;
    this.value = value;
  }
}

/**
 * Renders a value for an error message: numbers as strings, BigInts with their `n`, the rest as
 * JSON; never throws (cycles, BigInts inside objects and prototype-less objects included).
 */
export function describeValue(value: unknown): string {
  try {
    return typeof value === 'bigint'
      ? `${value}n`
      : typeof value === 'number'
        ? `${value}`
        : (JSON.stringify(value) ?? String(value));
  } catch {
    return typeof value; // a cycle, a BigInt inside, or an object that cannot become a string
  }
}

/** The error for `value` breaking `param`'s rule: "<param> must be <rule>, got <value>". */
export const mustBe = (param: string, value: unknown, rule: string): ConvArithmeticError =>
  new ConvArithmeticError(param, value, `${param} must be ${rule}, got ${describeValue(value)}`);

/** The largest size, padding or count the core accepts: beyond it doubles skip integers. */
export const MAX_SAFE = 2 ** 53 - 1; // Number.MAX_SAFE_INTEGER

/** Throws unless `value` is a safe integer ≥ `min`; returns it typed as a number. */
export function requireInteger(param: string, value: unknown, min: number): number {
  const rule = !Number.isInteger(value)
    ? 'an integer'
    : (value as number) < min
      ? `at least ${min}`
      : (value as number) > MAX_SAFE && `at most ${MAX_SAFE}`;
  if (rule) throw mustBe(param, value, rule);
  return value as number;
}

/** Throws unless `value` is a plain object (not null, not an array); returns it typed as a record. */
export function requireObject(param: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || !value || Array.isArray(value)) {
    throw mustBe(param, value, 'an object');
  }
  return value as Record<string, unknown>;
}

/**
 * Runs `work` and makes any ConvArithmeticError it throws about one of `passed`'s keys hold the
 * caller's own value for it: axis code sees one number of a pair, a mode's resolved sides or a
 * matrix's shape, but the caller should see what they wrote.
 */
export function blame<T>(passed: object, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ConvArithmeticError && error.param in passed) {
      (error as { value: unknown }).value = (passed as Record<string, unknown>)[error.param];
    }
    throw error;
  }
}

/** An omitted parameter takes its default; `null` is not omitted, so it fails validation. */
export const orDefault = (value: unknown, fallback: unknown): unknown =>
  value === undefined ? fallback : value;
