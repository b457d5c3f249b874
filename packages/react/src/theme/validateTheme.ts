import { ConvArithmeticError } from '@conv-arithmetic/core';
import { isPlainObject, type Rule, range, shown } from '../checks';
import { type ConvTheme, classicTheme } from './tokens';

// Theme values are written into CSS (custom properties in `style`) and SVG attributes, also on
// the server: only values whose grammar cannot close a declaration or load a URL get through.

/** CSS Color 4's named colours, plus `transparent` and `currentcolor`. */
const NAMED = new Set(
  'transparent currentcolor aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'.split(
    ' ',
  ),
);

const NUMBER = String.raw`[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?(%|deg)?`;
/** #rgb, #rgba, #rrggbb, #rrggbbaa, or rgb()/rgba()/hsl()/hsla() of three or four numbers. */
const COLOUR_SYNTAX = new RegExp(
  String.raw`^(#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|(rgb|hsl)a?\(\s*${NUMBER}((\s*[,/]\s*|\s+)${NUMBER}){2,3}\s*\))$`,
  'i',
);

const isColour = (value: unknown) =>
  typeof value === 'string' &&
  value.length <= 80 &&
  (COLOUR_SYNTAX.test(value) || NAMED.has(value.toLowerCase()));

/** Comma-separated families, each quoted (no quotes or backslashes inside) or bare words. */
const isFontFamily = (value: unknown) =>
  typeof value === 'string' &&
  value.length <= 300 &&
  !/[;{}<>()\\`]|\p{Cc}/u.test(value) &&
  value.split(',').every((family) => /^\s*("[^"]+"|'[^']+'|[-\w ]+)\s*$/.test(family));

/** An SVG dash array: numbers separated by spaces or commas, or `none`. */
const isDash = (value: unknown) =>
  typeof value === 'string' &&
  value.length <= 100 &&
  /^(none|[\d.]+([\s,]+[\d.]+)*)$/.test(value.trim());

const px = (min: number, max: number): Rule => [
  range(min, max),
  `a number of px from ${min} to ${max}`,
];

/** Every token that is not a colour, by its path; the rest of `colors` are colours. */
const TOKEN_RULES: Record<string, Rule> = {
  'colors.shadeOpacity': [range(0, 1), 'a number from 0 to 1'],
  'stroke.thick': px(0, 100),
  'stroke.thin': px(0, 100),
  'stroke.connector': px(0, 100),
  'stroke.paddingDash': [isDash, 'an SVG dash array such as "4 3"'],
  'stroke.insertedDash': [isDash, 'an SVG dash array such as "4 3"'],
  'font.family': [isFontFamily, 'a font-family list such as \'"Fira Sans", sans-serif\''],
  'font.labelSize': px(1, 1000),
  'font.labelWeight': [range(1, 1000), 'a font weight from 1 to 1000'],
  'font.controlSize': px(1, 1000),
  cellSize: px(1, 1000),
};
const COLOUR_RULE: Rule = [
  isColour,
  'a CSS colour (#hex, rgb(), rgba(), hsl(), hsla() or a colour name)',
];

/** Shows a rejected theme value, unless it holds characters that should never reach a page. */
const shownToken = (value: unknown) =>
  typeof value === 'string' && !/^[\w#.,%\s-]*$/.test(value)
    ? 'a string with characters CSS does not allow here'
    : shown(value);

function check(path: string, value: unknown, complete: boolean, schema: object): string | null {
  if (!isPlainObject(value)) return `${path} must be an object, got ${shown(value)}`;
  for (const key of Object.keys(value)) {
    if (!(key in schema)) return `${path}.${key} is not a theme token`;
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
      const [test, must] = TOKEN_RULES[at.slice('theme.'.length)] ?? COLOUR_RULE;
      if (!test(given)) return `${at} must be ${must}, got ${shownToken(given)}`;
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
