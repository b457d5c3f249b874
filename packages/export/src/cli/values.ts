import { readFileSync, statSync } from 'node:fs';
import { defineTheme, type ThemeOverrides } from '@conv-arithmetic/react';
import { captionError } from '@conv-arithmetic/react/export';
import type { ExportSpec } from '../spec';
import { THEMES, type ThemeLayer, type ThemeName } from '../spec';

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

const PADDING_FORMS =
  'valid|same|full|causal, N, ROWSxCOLS or TOP,RIGHT,BOTTOM,LEFT (whole numbers)';

/** valid | same | full | causal | N | ROWSxCOLS | TOP,RIGHT,BOTTOM,LEFT, each strictly. */
export function padding(text: string, command: string): ExportSpec['padding'] {
  if (text === 'valid' || text === 'same' || text === 'full' || text === 'causal') return text;
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

/** The largest theme file read (a theme is a few hundred bytes). */
const MAX_THEME_FILE_BYTES = 64 * 1024;

function themeFile(path: string, command: string): ThemeOverrides {
  const refuse = (why: string) => new UsageError(`--theme file '${path}' ${why}`, command);
  let text: string;
  try {
    if (statSync(path).size > MAX_THEME_FILE_BYTES) throw refuse('is larger than 64 KiB');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let tokens: unknown;
  try {
    tokens = JSON.parse(text);
  } catch (error) {
    throw refuse(`is not JSON: ${(error as Error).message}`);
  }
  try {
    defineTheme(tokens as ThemeOverrides); // checks every token, naming the first bad one
  } catch (error) {
    throw refuse(`has ${(error as Error).message}`);
  }
  return tokens as ThemeOverrides;
}

/**
 * Theme layers, comma-separated, merged left to right: preset names (only the presets' own
 * keys count, never `constructor`, `__proto__`, …) and `.json` files of token overrides.
 */
export function theme(text: string, command: string): ThemeLayer[] {
  return text.split(',').map((part) => {
    if (Object.hasOwn(THEMES, part)) return part as ThemeName;
    if (/\.json$/i.test(part)) return themeFile(part, command);
    throw new UsageError(
      `--theme expects one of ${Object.keys(THEMES).join(', ')} or a .json file of theme tokens (comma-separated layers), got '${part}'`,
      command,
    );
  });
}

/** Text for the caption: at most 500 characters, no control characters. */
export function caption(text: string, command: string): string {
  const error = captionError(text);
  if (error) throw new UsageError(`--${error.message}, got ${text.length} characters`, command);
  return text;
}
