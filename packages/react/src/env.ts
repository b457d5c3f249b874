// Bundlers replace `process.env.NODE_ENV` in the consumer's build (Vite, webpack, esbuild, Next),
// the way React and styled-components rely on. This file keeps the expression literal, so DEV
// folds to `false` in production and minifiers drop every `if (DEV)` branch with its strings.
declare const process: { env: { NODE_ENV?: string | undefined } };

/**
 * True outside production builds. Guard developer-only warnings with `if (DEV)` (not a function
 * call) so production bundles strip them; code split across chunks may write the expression
 * itself, `process.env.NODE_ENV !== 'production'`, which every bundler folds.
 *
 * @example
 * if (DEV) console.warn('conv-arithmetic: frame changed from controlled to uncontrolled');
 */
export const DEV: boolean = process.env.NODE_ENV !== 'production';

/**
 * The same as DEV, for code that must ask at run time. Prefer `if (DEV)`: a call is not
 * stripped from production bundles.
 *
 * @example
 * if (isDevelopment()) console.info('conv-arithmetic: debug');
 */
export function isDevelopment(): boolean {
  return DEV;
}
