import { ConvArithmeticError } from '@conv-arithmetic/core';
import { between, isPlainObject, type Rule, shown } from '../checks';
import { type ConvTheme, classicTheme } from './tokens';

// Theme values are written into CSS (custom properties in `style`) and SVG attributes, also on
// the server: only values whose grammar cannot close a declaration or load a URL get through.

/**
 * #rgb, #rgba, #rrggbb, #rrggbbaa; rgb()/rgba()/hsl()/hsla() of numbers (digits, signs, `.`,
 * `%`, `deg`, separators: nothing that can end the value or load anything); or one of
 * the keywords transparent, currentColor, black, white, red, green, blue. (All 148 CSS names
 * would cost ~700 B of the 12 KB size budget: write the others as hex.)
 */
const COLOUR =
  /^(#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|(rgb|hsl)a?\([-+\d\s.,/%deg]+\)|transparent|currentcolor|black|white|red|green|blue)$/i;

const isColour = (value: unknown) =>
  typeof value === 'string' && value.length <= 80 && COLOUR.test(value);

/** Family names (letters, digits, spaces, hyphens), comma-separated, quotes paired. */
const isFontFamily = (value: unknown) =>
  typeof value === 'string' &&
  /^[-\p{L}\p{N}\s,"']{1,300}$/u.test(value) &&
  (value.split('"').length % 2) + (value.split("'").length % 2) === 2;

/** An SVG dash array: numbers separated by spaces or commas, or `none`. */
const isDash = (value: unknown) =>
  typeof value === 'string' &&
  value.length <= 100 &&
  /^(none|[\d.]+([\s,]+[\d.]+)*)$/.test(value.trim());

const DASH: Rule = [isDash, 'a dash array'];

/** Tokens with a rule of their own, by path; other numbers are 0–1000, other strings colours. */
const TOKEN_RULES: Record<string, Rule> = {
  'colors.shadeOpacity': between(0, 1),
  'stroke.paddingDash': DASH,
  'stroke.insertedDash': DASH,
  'font.family': [isFontFamily, 'a font-family list'],
  cellSize: between(1, 1000),
};
const NUMBER_RULE = between(0, 1000);
const COLOUR_RULE: Rule = [isColour, 'a CSS colour (#hex, rgb(), hsl() or a name)'];

function check(path: string, value: unknown, complete: boolean, schema: object): string | null {
  if (!isPlainObject(value)) return `${path} must be an object, got ${shown(value)}`;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(schema, key)) return `${path}.${key} is not a theme token`;
  }
  for (const [key, model] of Object.entries(schema)) {
    const given = value[key];
    const at = `${path}.${key}`;
    if (given === undefined) {
      if (complete) return `${at} is missing`;
    } else if (typeof model === 'object') {
      const problem = check(at, given, complete, model);
      if (problem) return problem;
    } else {
      const [test, must] =
        TOKEN_RULES[at.slice(6)] ?? (typeof model === 'number' ? NUMBER_RULE : COLOUR_RULE);
      if (!test(given)) return `${at} must be ${must}, got ${shown(given)}`;
    }
  }
  return null;
}

/**
 * Why a theme cannot be used, or null: every token a safe CSS colour, length, number, font
 * list or dash array. `complete` asks for every token (a ConvTheme), not just some overrides.
 *
 * @example
 * themeError({ colors: { output: 'red;x:y' } })?.message // "theme.colors.output must be a CSS colour …"
 */
export function themeError(theme: unknown, complete = false): ConvArithmeticError | null {
  const problem = check('theme', theme, complete, classicTheme);
  return problem ? new ConvArithmeticError('theme', theme, problem) : null;
}

/** The theme itself when valid, else the classic preset: what CSS may safely be written from. */
export const safeTheme = (theme: ConvTheme): ConvTheme =>
  themeError(theme, true) ? classicTheme : theme;
