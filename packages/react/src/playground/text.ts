import type { Matrix, Padding, Pair } from '@conv-arithmetic/core';

// The text forms of sizes and padding, shared by the URL and the CLI: N or ROWSxCOLS;
// valid | same | full | N | ROWSxCOLS | TOP,RIGHT,BOTTOM,LEFT. Whole decimal numbers only.

const WHOLE = /^[0-9]{1,9}$/;

const whole = (text: string | undefined): number | undefined =>
  text !== undefined && WHOLE.test(text) ? Number(text) : undefined;

/**
 * A size as text: `5` when both axes agree, else `5x7`.
 *
 * @example
 * formatPair([5, 7]) // '5x7'
 */
export const formatPair = ([rows, cols]: Pair): string =>
  rows === cols ? `${rows}` : `${rows}x${cols}`;

/**
 * Reads `5` or `5x7`; undefined for anything else.
 *
 * @example
 * parsePair('5x7') // [5, 7]
 */
export function parsePair(text: string): Pair | undefined {
  const parts = text.split('x');
  if (parts.length > 2) return undefined;
  const rows = whole(parts[0]);
  const cols = parts.length === 2 ? whole(parts[1]) : rows;
  return rows === undefined || cols === undefined ? undefined : [rows, cols];
}

/**
 * Padding as text, in the CLI's forms.
 *
 * @example
 * formatPadding({ top: 1, right: 2, bottom: 1, left: 0 }) // '1,2,1,0'
 */
export function formatPadding(padding: Padding): string {
  if (typeof padding === 'string' || typeof padding === 'number') return `${padding}`;
  if ('top' in padding) return `${padding.top},${padding.right},${padding.bottom},${padding.left}`;
  return `${padding[0]}x${padding[1]}`;
}

/**
 * Reads padding in the CLI's forms; undefined for anything else.
 *
 * @example
 * parsePadding('same') // 'same'
 * parsePadding('1x2') // [1, 2]
 */
export function parsePadding(text: string): Padding | undefined {
  if (text === 'valid' || text === 'same' || text === 'full') return text;
  const sides = text.split(',');
  if (sides.length === 4) {
    const [top, right, bottom, left] = sides.map(whole);
    if (top === undefined || right === undefined || bottom === undefined || left === undefined) {
      return undefined;
    }
    return { top, right, bottom, left };
  }
  const parts = text.split('x');
  if (parts.length === 1) return whole(parts[0]);
  const pair = parsePair(text);
  return pair && [pair[0], pair[1]];
}

/**
 * A matrix as text: rows separated by `;`, numbers by `,`; null (the library's defaults) as ''.
 *
 * @example
 * formatMatrix([[1, 2], [3, 4]]) // '1,2;3,4'
 */
export const formatMatrix = (matrix: Matrix | null): string =>
  matrix ? matrix.map((row) => row.join(',')).join(';') : '';

const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

/**
 * Reads a matrix (rows by `;` or new lines, numbers by `,` or spaces); '' is null. Ragged rows are
 * kept as typed: the components name the shape that is wrong. Undefined for anything else.
 *
 * @example
 * parseMatrix('0 1 2; 2 2 0') // [[0, 1, 2], [2, 2, 0]]
 */
export function parseMatrix(text: string): Matrix | null | undefined {
  if (text.trim() === '') return null;
  const rows = text
    .trim()
    .split(/\s*[;\n]\s*/)
    .map((row) => row.split(/\s*,\s*|\s+/));
  if (rows.some((row) => row.some((cell) => !NUMBER.test(cell)))) return undefined;
  return rows.map((row) => row.map(Number));
}
