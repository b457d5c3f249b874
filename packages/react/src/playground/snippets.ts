import type { Matrix, Padding, Pair } from '@conv-arithmetic/core';
import { PLAYGROUND_PARAMS } from './params';
import type { PlaygroundState, PlaygroundThemeName } from './state';

const COMPONENTS = {
  conv: 'ConvAnimation',
  transposed: 'TransposedConvAnimation',
  dilated: 'DilatedConvAnimation',
  pool: 'PoolingAnimation',
} as const;

/** The exported preset of each theme name. */
export const THEME_EXPORTS: Record<PlaygroundThemeName, string> = {
  classic: 'classicTheme',
  dark: 'darkTheme',
  'high-contrast': 'highContrastTheme',
  slide: 'slideTheme',
};

const pairValue = ([rows, cols]: Pair) => (rows === cols ? `{${rows}}` : `{[${rows}, ${cols}]}`);

function paddingValue(padding: Padding): string {
  if (typeof padding === 'string') return `"${padding}"`;
  if (typeof padding === 'number') return `{${padding}}`;
  if ('top' in padding) {
    const { top, right, bottom, left } = padding;
    return `{{ top: ${top}, right: ${right}, bottom: ${bottom}, left: ${left} }}`;
  }
  return `{[${padding[0]}, ${padding[1]}]}`;
}

const matrixValue = (matrix: Matrix) =>
  `[${matrix.map((row) => `[${row.join(', ')}]`).join(', ')}]`;

/**
 * `showValues`, or the `values` prop when numbers were given (it implies showValues); a pooling
 * shows its numbers by default, so only `showValues={false}` is news there.
 */
function valuesAttribute(state: PlaygroundState): string {
  if (!state.values) return 'showValues={false}';
  const given = [
    state.inputValues && `input: ${matrixValue(state.inputValues)}`,
    state.kernelValues && state.kind !== 'pool' && `kernel: ${matrixValue(state.kernelValues)}`,
  ].filter(Boolean);
  return given.length ? `values={{ ${given.join(', ')} }}` : 'showValues';
}

function attribute(prop: string, key: keyof PlaygroundState, state: PlaygroundState): string {
  switch (key) {
    case 'padding':
      return `${prop}=${paddingValue(state.padding)}`;
    case 'values':
      return valuesAttribute(state);
    case 'ceilMode':
      return prop;
    case 'mode':
    case 'view':
    case 'layout':
    case 'paddingMode':
      return `${prop}="${state[key]}"`;
    case 'inChannels':
    case 'outChannels':
    case 'groups':
      return `${prop}={${state[key]}}`;
    case 'theme':
      return `${prop}={${THEME_EXPORTS[state.theme]}}`;
    default:
      return `${prop}=${pairValue(state[key] as Pair)}`;
  }
}

/** The parameters a snippet must state: those that apply and differ from the library's default. */
const stated = (state: PlaygroundState) =>
  PLAYGROUND_PARAMS.filter((param) => param.applies(state) && !param.isLibraryDefault(state));

/**
 * The public component that draws a state, as a JSX element.
 *
 * @example
 * jsxElement({ ...DEFAULT_PLAYGROUND_STATE, kind: 'transposed', input: [3, 3], padding: 1, outputPadding: [1, 1] })
 * // '<TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} outputPadding={1} />'
 */
export function jsxElement(state: PlaygroundState): string {
  const attributes = stated(state).flatMap((param) =>
    param.prop ? [attribute(param.prop, param.key, state)] : [],
  );
  return `<${[COMPONENTS[state.kind], ...attributes].join(' ')} />`;
}

/**
 * The element with the import it needs: what a user pastes into a page.
 *
 * @example
 * jsxSnippet(DEFAULT_PLAYGROUND_STATE).split('\n')[0]
 * // "import { ConvAnimation } from '@conv-arithmetic/react';"
 */
export function jsxSnippet(state: PlaygroundState): string {
  const names: string[] = [COMPONENTS[state.kind]];
  if (state.theme !== 'classic') names.push(THEME_EXPORTS[state.theme]);
  return `import { ${names.join(', ')} } from '@conv-arithmetic/react';\n\n${jsxElement(state)}`;
}

/**
 * The `conv-arithmetic gif` arguments that export a state as a GIF (the CLI's own flags).
 *
 * @example
 * cliArgs(DEFAULT_PLAYGROUND_STATE).join(' ')
 * // 'gif --input 5 --kernel 3 --stride 2 --padding 1 -o conv.gif'
 */
export function cliArgs(state: PlaygroundState): string[] {
  const args = ['gif'];
  for (const param of stated(state).filter((p) => p.cli)) {
    // A pooling shows its numbers unless told not to, on the CLI as in React.
    if (param.key === 'values' && !state.values) args.push('--no-values');
    else if (param.control.type === 'checkbox') args.push(`--${param.name}`);
    else args.push(`--${param.name}`, param.format(state[param.key] as never));
  }
  return [...args, '-o', `${state.kind}.gif`];
}

/**
 * The shell command that exports a state as a GIF with the `conv-arithmetic` CLI.
 *
 * @example
 * cliCommand(DEFAULT_PLAYGROUND_STATE)
 * // 'npx @conv-arithmetic/export gif --input 5 --kernel 3 --stride 2 --padding 1 -o conv.gif'
 */
export const cliCommand = (state: PlaygroundState): string =>
  `npx @conv-arithmetic/export ${cliArgs(state).join(' ')}`;
