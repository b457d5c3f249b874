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

// Flag values, each parsed or refused with a message that names the flag. Numbers are plain
// decimals only: no sign, exponent, hex/binary/octal prefix, spaces or empty text, so what the
// user typed is what the CLI draws (`Number('0b101')` is 5, `Number(' ')` is 0).
const DECIMAL_INTEGER = /^[0-9]+$/;
const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

export interface Bounds {
  min: number;
  max?: number | undefined;
  integer: boolean;
}

function describeBounds({ min, max, integer }: Bounds): string {
  const what = integer ? 'a whole number' : 'a decimal number';
  return max === undefined ? `${what} ≥ ${min}` : `${what} from ${min} to ${max}`;
}

/** A strictly decimal number within bounds, or a UsageError naming `--flag`. */
export function number(flag: string, text: string, command: string, bounds: Bounds): number {
  const value = Number(text);
  const { min, max, integer } = bounds;
  if (
    !(integer ? DECIMAL_INTEGER : DECIMAL).test(text) ||
    !Number.isSafeInteger(Math.trunc(value)) ||
    value < min ||
    (max !== undefined && value > max)
  ) {
    throw new UsageError(`--${flag} expects ${describeBounds(bounds)}, got '${text}'`, command);
  }
  return value;
}

/** One decimal integer of a size; range checks are the core's (it names the parameter). */
function sizePart(text: string): number | undefined {
  if (!DECIMAL_INTEGER.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** "5" → 5, "5x7" or "5,7" → [5, 7]. Range checks are the core's: it names the parameter. */
export function size(flag: string, text: string, command: string): number | [number, number] {
  const parts = text.split(/[x,×]/).map(sizePart);
  const [rows, cols] = parts;
  if (parts.length > 2 || rows === undefined || (parts.length === 2 && cols === undefined)) {
    throw new UsageError(
      `--${flag} expects N or ROWSxCOLS (whole numbers), got '${text}'`,
      command,
    );
  }
  return cols === undefined ? rows : [rows, cols];
}

const PADDING_FORMS = 'valid|same|full, N, ROWSxCOLS or TOP,RIGHT,BOTTOM,LEFT (whole numbers)';

/** valid | same | full | N | ROWSxCOLS | TOP,RIGHT,BOTTOM,LEFT, each strictly. */
export function padding(text: string, command: string): ExportSpec['padding'] {
  if (text === 'valid' || text === 'same' || text === 'full') return text;
  const refuse = () => new UsageError(`--padding expects ${PADDING_FORMS}, got '${text}'`, command);
  const sides = text.split(',');
  if (sides.length === 4) {
    const [top, right, bottom, left] = sides.map(sizePart);
    if (top === undefined || right === undefined || bottom === undefined || left === undefined) {
      throw refuse();
    }
    return { top, right, bottom, left };
  }
  try {
    return size('padding', text, command);
  } catch {
    throw refuse();
  }
}

/** A preset name; only the presets' own keys count (never `constructor`, `__proto__`, …). */
export function theme(text: string | undefined, command: string): ThemeName {
  if (text === undefined) return 'classic';
  if (!Object.hasOwn(THEMES, text)) {
    throw new UsageError(
      `--theme expects one of ${Object.keys(THEMES).join(', ')}, got '${text}'`,
      command,
    );
  }
  return text as ThemeName;
}
