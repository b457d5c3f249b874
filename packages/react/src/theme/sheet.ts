import { classicTheme } from './tokens';

// The CSS of every HTML part of a figure (box, controls, alert, equation line, hidden text),
// static: it reads the custom properties of themeVariables(), so it never depends on a theme.
// The figure renders it itself (FigureStyles), which puts it in server HTML with no host setup.
// Flat CSS without quotes or `>`: React writes it as it is, on the server and in the browser.

/** The colour tokens, each a custom property `--ca-<token-in-kebab-case>`. */
export const COLOUR_TOKENS = Object.keys(classicTheme.colors).filter(
  (token) => token !== 'shadeOpacity',
) as readonly (keyof typeof classicTheme.colors)[];

/** `valueText` → `value-text`. */
export const kebab = (token: string) => token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** An auto theme's colours from one scheme's set (`--ca-light-…` or `--ca-dark-…`). */
const scheme = (name: 'light' | 'dark') =>
  `{color-scheme:${name};${COLOUR_TOKENS.map((t) => `--ca-${kebab(t)}:var(--ca-${name}-${kebab(t)})`).join(';')}}`;

const FOCUS = '{outline:3px solid var(--ca-focus);outline-offset:2px}';
const CONTROL =
  'border:1px solid var(--ca-control-border);border-radius:.35em;background:var(--ca-control-background);color:var(--ca-control-text)';
const TEXT = 'font-family:var(--ca-font);font-size:var(--ca-control-size)';

/**
 * The stylesheet text. An auto theme's figure (class `ca-auto`) is light, dark under
 * `prefers-color-scheme: dark`, and follows an ancestor's `data-theme` or `light`/`dark` class
 * (an explicit dark switch wins over an explicit light one when both are present).
 *
 * @example
 * figureSheet().includes('.ca-figure{') // true
 */
export const figureSheet = () =>
  [
    '.ca-figure{position:relative;display:inline-block;max-width:100%;margin:0;padding:.25em;border-radius:.4em;background:var(--ca-background);color:var(--ca-text);font-family:var(--ca-font)}',
    `.ca-figure:focus-visible${FOCUS}`,
    '.ca-figure figcaption{margin-top:.4em;font-size:var(--ca-control-size)}',
    '.ca-figure[data-fit=contain]{flex:none;max-width:none;transform-origin:center}',
    '.ca-fit{display:flex;align-items:center;justify-content:center;width:100%;height:100%;min-width:0;min-height:0;overflow:hidden}',
    `.ca-bar{display:flex;flex-wrap:wrap;align-items:center;gap:.4em;margin-top:.5em;${TEXT};color:var(--ca-control-text)}`,
    `.ca-button{display:inline-flex;align-items:center;justify-content:center;min-width:2.2em;min-height:2.2em;padding:0 .5em;${CONTROL};font:inherit;cursor:pointer}`,
    '.ca-button:hover{filter:brightness(.95)}',
    '.ca-button:disabled{cursor:progress}',
    // A step writes the count, the slider and the live region: each box is laid out on its own
    // (sized without its content, or absolutely placed with insets), never the page around it.
    '.ca-scrub{flex:1 1 8em;min-width:calc(6em + 4px)}',
    '.ca-scrubber{display:block;width:calc(100% - 4px);height:16px;margin:2px;contain:size layout;accent-color:var(--ca-output)}',
    `.ca-select{font:inherit;padding:.15em .3em;${CONTROL}}`,
    `.ca-button:focus-visible,.ca-scrubber:focus-visible,.ca-select:focus-visible${FOCUS}`,
    '.ca-counter{position:relative;display:inline-block;font-variant-numeric:tabular-nums;white-space:nowrap}',
    // The widest count, unseen, holds the width: the figure never shifts.
    '.ca-counter::before{content:attr(data-widest);visibility:hidden}',
    '.ca-counter span{position:absolute;inset:0;contain:size layout}',
    '.ca-sr{position:absolute;left:0;top:0;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
    `.ca-error{padding:.6em .8em;border:2px solid var(--ca-error-border);border-radius:.4em;background:var(--ca-error-background);color:var(--ca-error-text);${TEXT}}`,
    '.ca-error code{font-weight:700}',
    // As wide as the picture above it, never wider (width 0, min-width 100%): long windows wrap.
    `.ca-equation{width:0;min-width:100%;box-sizing:border-box;margin:.3em 0 0;padding:0 .3em;${TEXT};font-variant-numeric:tabular-nums;line-height:1.5;overflow-wrap:anywhere}`,
    '.ca-equation [data-marked]{text-decoration:underline dashed;text-underline-offset:.25em}',
    '.ca-equation [data-marked=inserted]{text-decoration-style:dotted}',
    `.ca-auto${scheme('light')}`,
    `@media (prefers-color-scheme:dark){.ca-auto${scheme('dark')}}`,
    `:is([data-theme=light],.light) .ca-auto${scheme('light')}`,
    `:is([data-theme=dark],.dark) .ca-auto${scheme('dark')}`,
  ].join('\n');
