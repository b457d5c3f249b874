// One line of the benchmark table: what was measured, the numbers behind it and its target.

/** A measured figure: one or more values in the same unit, with the target they are held to. */
export interface Row {
  figure: string;
  /** The numbers behind the "measured" cell, in its order (empty when the row was skipped). */
  values: number[];
  unit: string;
  /** The "measured" cell as printed. */
  measured: string;
  /** The target as printed, or '—' when the figure has none. */
  target: string;
  /** Whether every value meets the target; null when there is no target or nothing was measured. */
  holds: boolean | null;
  /** Extra numbers worth keeping in results.json (breakdowns, run counts). */
  detail?: Record<string, unknown>;
}

export interface Target {
  text: string;
  meets(value: number): boolean;
}

export interface RowOptions {
  /** Formats one value with its unit (default: 3 significant digits and the unit). */
  format?: (value: number) => string;
  target?: Target;
  detail?: Record<string, unknown>;
}

/** A row from its values: formatted, joined with " / " and checked against the target. */
export function row(figure: string, values: number[], unit: string, options: RowOptions = {}): Row {
  const format = options.format ?? ((value: number) => `${significant(value)} ${unit}`);
  return {
    figure,
    values,
    unit,
    measured: values.map(format).join(' / '),
    target: options.target?.text ?? '—',
    holds: options.target ? values.every((value) => options.target?.meets(value)) : null,
    ...(options.detail ? { detail: options.detail } : {}),
  };
}

/** A row that could not be measured here, with the reason in place of the numbers. */
export function skipped(figure: string, reason: string, target = '—'): Row {
  return { figure, values: [], unit: '', measured: reason, target, holds: null };
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Three significant digits, without exponent notation: 0.318, 13.1, 1,272. */
export function significant(value: number): string {
  if (value === 0 || Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

/** Whole numbers with thousands separators: 2,983. */
export const whole = (value: number) => Math.round(value).toLocaleString('en-US');
