import { ConvArithmeticError } from '@conv-arithmetic/core';
import { between, isPlainObject, type Rule, shown } from '../checks';
import { isPresetName, PRESET_NAMES } from './presets';
import { type ConvTheme, classicTheme } from './tokens';

// Theme values are written into CSS (custom properties in `style`) and SVG attributes, also on
// the server: only values whose grammar cannot close a declaration or load a URL get through.

// Every CSS named colour (CSS Color 4), plus transparent and currentColor.
const NAMED_COLOURS =
  ' aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen transparent currentcolor ';

// A colour function of three numbers and an optional alpha, comma- or space-separated: only
// digits, signs, dots, % and deg, so the value can neither end a declaration nor load a URL.
const N = String.raw`[-+]?(\d+\.?\d*|\.\d+)(%|deg)?`;
const COLOUR_FUNCTION = new RegExp(
  String.raw`^(rgb|hsl)a?\(\s*(${N}(\s*,\s*${N}){2,3}|${N}(\s+${N}){2}(\s*/\s*${N})?)\s*\)$`,
  'i',
);

/**
 * #rgb, #rgba, #rrggbb, #rrggbbaa; rgb()/rgba()/hsl()/hsla() of three numbers and an optional
 * alpha; or a CSS colour name.
 */
const isColour = (value: unknown) =>
  typeof value === 'string' &&
  value.length <= 80 &&
  (/^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.test(value) ||
    COLOUR_FUNCTION.test(value) ||
    (/^[a-z]+$/i.test(value) && NAMED_COLOURS.includes(` ${value.toLowerCase()} `)));

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
  'darkColors.shadeOpacity': between(0, 1),
  'stroke.paddingDash': DASH,
  'stroke.insertedDash': DASH,
  'font.family': [isFontFamily, 'a font-family list'],
  cellSize: between(1, 1000),
};
const NUMBER_RULE = between(0, 1000);
const COLOUR_RULE: Rule = [isColour, 'a CSS colour (#hex, rgb(), hsl() or a name)'];

/** Groups a complete theme may leave out. */
const OPTIONAL = new Set(['theme.darkColors']);
/** The tokens there are: the classic theme's, and an auto theme's dark colours. */
const SCHEMA = { ...classicTheme, darkColors: classicTheme.colors };

function check(path: string, value: unknown, complete: boolean, schema: object): string | null {
  if (!isPlainObject(value)) return `${path} must be an object, got ${shown(value)}`;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(schema, key)) return `${path}.${key} is not a theme token`;
  }
  for (const [key, model] of Object.entries(schema)) {
    const given = value[key];
    const at = `${path}.${key}`;
    if (given === undefined) {
      if (complete && !OPTIONAL.has(at)) return `${at} is missing`;
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
 * Why a theme cannot be used, or null: a preset's name, or tokens each a safe CSS colour,
 * length, number, font list or dash array. `complete` asks for every token (a ConvTheme), not
 * just some overrides.
 *
 * @example
 * themeError({ colors: { output: 'red;x:y' } })?.message // "theme.colors.output must be a CSS colour …"
 */
export function themeError(theme: unknown, complete = false): ConvArithmeticError | null {
  if (isPresetName(theme)) return null;
  const problem =
    typeof theme === 'string'
      ? `theme must be a theme object or a preset name (${PRESET_NAMES.map((name) => `'${name}'`).join(', ')}), got ${shown(theme)}`
      : check('theme', theme, complete, SCHEMA);
  return problem ? new ConvArithmeticError('theme', theme, problem) : null;
}

/** The theme itself when valid, else the classic preset: what CSS may safely be written from. */
export const safeTheme = (theme: ConvTheme): ConvTheme =>
  themeError(theme, true) ? classicTheme : theme;
