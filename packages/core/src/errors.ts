/**
 * The one error the core throws for bad input. `param` names the offending parameter and
 * `value` holds what was passed, so a UI can point at the exact prop.
 *
 * @example
 * try { convOutputSize({ input: 4, kernel: 0 }) }
 * catch (e) { if (e instanceof ConvArithmeticError) console.log(e.param, e.value) } // 'kernel', 0
 */
export class ConvArithmeticError extends Error {
  readonly param: string;
  readonly value: unknown;

  constructor(param: string, value: unknown, message: string) {
    super(message);
    this.name = 'ConvArithmeticError';
    this.param = param;
    this.value = value;
  }
}

/** Renders a value for an error message: arrays and objects as JSON, the rest as strings. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || value === undefined || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Throws unless `value` is an integer ≥ `min`; returns it typed as a number. */
export function requireInteger(
  param: string,
  value: unknown,
  min: number,
  shown: unknown = value,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ConvArithmeticError(
      param,
      shown,
      `${param} must be an integer, got ${describeValue(value)}`,
    );
  }
  if (value < min) {
    throw new ConvArithmeticError(
      param,
      shown,
      `${param} must be at least ${min}, got ${describeValue(value)}`,
    );
  }
  return value;
}

/** An omitted parameter takes its default; `null` is not omitted, so it fails validation. */
export const orDefault = (value: unknown, fallback: unknown): unknown =>
  value === undefined ? fallback : value;
