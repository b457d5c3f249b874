import type { ExportSpec } from '../spec';
import { THEMES, type ThemeName } from '../spec';

/** A problem with the command line itself: the CLI prints it with usage and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

// Flag values, each parsed or refused with a message that names the flag.

export function number(
  flag: string,
  text: string,
  command: string,
  { min, integer }: { min: number; integer: boolean },
): number {
  const value = Number(text);
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    value < min
  ) {
    throw new UsageError(
      `--${flag} expects ${integer ? 'an integer' : 'a number'} ≥ ${min}, got '${text}'`,
      command,
    );
  }
  return value;
}

/** "5" → 5, "5x7" or "5,7" → [5, 7]. Range checks are the core's: it names the parameter. */
export function size(flag: string, text: string, command: string): number | [number, number] {
  const parts = text.split(/[x,×]/);
  const numbers = parts.map(Number);
  if (
    (parts.length !== 1 && parts.length !== 2) ||
    parts.some((p) => p.trim() === '') ||
    numbers.some((n) => Number.isNaN(n))
  ) {
    throw new UsageError(`--${flag} expects N or ROWSxCOLS, got '${text}'`, command);
  }
  return numbers.length === 1
    ? (numbers[0] as number)
    : [numbers[0] as number, numbers[1] as number];
}

/** valid | same | full | N | ROWSxCOLS | TOP,RIGHT,BOTTOM,LEFT */
export function padding(text: string, command: string): ExportSpec['padding'] {
  if (text === 'valid' || text === 'same' || text === 'full') return text;
  const sides = text.split(',');
  if (sides.length === 4) {
    const [top, right, bottom, left] = sides.map(Number) as [number, number, number, number];
    if ([top, right, bottom, left].some((n) => Number.isNaN(n))) {
      throw new UsageError(
        `--padding expects valid|same|full, N, ROWSxCOLS or T,R,B,L, got '${text}'`,
        command,
      );
    }
    return { top, right, bottom, left };
  }
  try {
    return size('padding', text, command);
  } catch {
    throw new UsageError(
      `--padding expects valid|same|full, N, ROWSxCOLS or T,R,B,L, got '${text}'`,
      command,
    );
  }
}

export function theme(text: string | undefined, command: string): ThemeName {
  if (text === undefined) return 'classic';
  if (!(text in THEMES)) {
    throw new UsageError(
      `--theme expects one of ${Object.keys(THEMES).join(', ')}, got '${text}'`,
      command,
    );
  }
  return text as ThemeName;
}
