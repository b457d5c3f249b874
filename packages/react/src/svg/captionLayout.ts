import { ConvArithmeticError } from '@conv-arithmetic/core';
import type { ConvTheme } from '../theme/tokens';

/** A caption set under the picture: its lines, and the room they take. */
export interface CaptionLayout {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  height: number;
}

/** The longest caption an SVG carries. */
export const MAX_CAPTION_LENGTH = 500;

/**
 * Why a caption cannot be drawn in an SVG, or null: it must be text (no control characters,
 * which XML cannot hold) of at most 500 characters.
 *
 * @example
 * captionError('Padding 1, stride 2') // null
 */
export function captionError(caption: unknown): ConvArithmeticError | null {
  const problem =
    typeof caption !== 'string'
      ? 'a string'
      : caption.length > MAX_CAPTION_LENGTH
        ? `at most ${MAX_CAPTION_LENGTH} characters`
        : // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is refused
          /[\u0000-\u001F\u007F]/.test(caption)
          ? 'text without control characters (line breaks come from wrapping)'
          : null;
  return problem ? new ConvArithmeticError('caption', caption, `caption must be ${problem}`) : null;
}

/**
 * The caption's lines, wrapped at word breaks to `width` px (text widths estimated at 0.56 em a
 * character: there is no DOM to measure), in the controls' type size.
 *
 * @example
 * layoutCaption('No padding, no strides', classicTheme, 300).lines // ['No padding, no strides']
 */
export function layoutCaption(caption: string, theme: ConvTheme, width: number): CaptionLayout {
  const fontSize = theme.font.controlSize;
  const lineHeight = fontSize * 1.35;
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of caption.split(' ').filter(Boolean)) {
    // A word longer than a line is cut, so nothing leaves the picture.
    for (let start = 0; start < word.length; start += perLine) {
      const piece = word.slice(start, start + perLine);
      const joined = line ? `${line} ${piece}` : piece;
      if (joined.length <= perLine) line = joined;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return { lines, fontSize, lineHeight, height: lines.length * lineHeight + fontSize * 0.6 };
}
