import type { Pair } from '@conv-arithmetic/core';
import { DEFAULT_DILATION } from '../figure/spec';
import { PLAYGROUND_THEMES, type PlaygroundState } from './state';
import {
  formatMatrix,
  formatPadding,
  formatPair,
  parseMatrix,
  parsePadding,
  parsePair,
} from './text';

/** How a parameter is edited: a menu, a `[rows, cols]` pair of numbers, padding, or a switch. */
export type ParamControl =
  | {
      type: 'select';
      options: readonly string[];
      labels?: Readonly<Record<string, string>>;
      /** The options that suit this state, when not all of them do. */
      available?: (state: PlaygroundState) => readonly string[];
    }
  | { type: 'pair'; min: number }
  | { type: 'padding' }
  | { type: 'checkbox' }
  | { type: 'matrix' };

/**
 * One parameter of the playground: how it is labelled and edited, written in the URL and on the
 * CLI (`name` is both the query parameter and the flag), and passed as a JSX prop. A new feature
 * (a view, pooling, channels) adds its parameters as rows of `PLAYGROUND_PARAMS`.
 */
export interface PlaygroundParam<K extends keyof PlaygroundState = keyof PlaygroundState> {
  key: K;
  name: string;
  label: string;
  control: ParamControl;
  format(value: PlaygroundState[K]): string;
  parse(text: string): PlaygroundState[K] | undefined;
  /** Whether the parameter means anything for this state (output padding: transposed only). */
  applies(state: PlaygroundState): boolean;
  /** Whether the library would use this value anyway, so snippets can leave it out. */
  isLibraryDefault(state: PlaygroundState): boolean;
  /** The JSX prop it becomes, or null when it is not a prop of its own. */
  prop: string | null;
  /** Whether the CLI takes it (as `--name`). */
  cli: boolean;
}

const always = () => true;
const same = (a: Pair, b: Pair) => a[0] === b[0] && a[1] === b[1];

function pairParam<K extends 'input' | 'kernel' | 'stride' | 'dilation' | 'outputPadding'>(
  key: K,
  name: string,
  label: string,
  min: number,
  libraryDefault: (state: PlaygroundState) => Pair | null,
  applies: (state: PlaygroundState) => boolean = always,
): PlaygroundParam<K> {
  return {
    key,
    name,
    label,
    control: { type: 'pair', min },
    format: formatPair as (value: PlaygroundState[K]) => string,
    parse: parsePair as (text: string) => PlaygroundState[K] | undefined,
    applies,
    isLibraryDefault: (state) => {
      const fallback = libraryDefault(state);
      return fallback !== null && same(state[key], fallback);
    },
    prop: key,
    cli: true,
  };
}

function choice<K extends 'kind' | 'mode' | 'view' | 'layout' | 'theme' | 'paddingMode'>(
  key: K,
  label: string,
  options: readonly PlaygroundState[K][],
  libraryDefault: PlaygroundState[K] | null,
  prop: string | null,
  labels?: Readonly<Record<string, string>>,
  applies: (state: PlaygroundState) => boolean = always,
  name: string = key,
): PlaygroundParam<K> {
  return {
    key,
    name,
    label,
    control: { type: 'select', options, ...(labels && { labels }) },
    format: String,
    parse: (text) => options.find((option) => option === text),
    applies,
    isLibraryDefault: (state) => state[key] === libraryDefault,
    prop,
    cli: true,
  };
}

/** Numbers of the input or kernel: the JSX `values` prop; the CLI prints its default numbers. */
function matrixParam<K extends 'inputValues' | 'kernelValues'>(
  key: K,
  name: string,
  label: string,
  applies: (state: PlaygroundState) => boolean = always,
): PlaygroundParam<K> {
  return {
    key,
    name,
    label,
    control: { type: 'matrix' },
    format: formatMatrix,
    parse: parseMatrix as (text: string) => PlaygroundState[K] | undefined,
    applies: (state) => state.values && applies(state),
    isLibraryDefault: (state) => state[key] === null,
    prop: null,
    cli: false,
  };
}

const isTransposed = (state: PlaygroundState) => state.kind === 'transposed';

/** The channel counts the menus offer: enough for depthwise and grouped stacks that still read. */
const COUNTS = ['1', '2', '3', '4', '6', '8'] as const;

/** A channel count or the groups: a menu of small numbers, written as the number. */
function countParam<K extends 'inChannels' | 'outChannels' | 'groups'>(
  key: K,
  name: string,
  label: string,
): PlaygroundParam<K> {
  return {
    key,
    name,
    label,
    control: { type: 'select', options: COUNTS },
    format: String as (value: PlaygroundState[K]) => string,
    parse: (text) =>
      (COUNTS as readonly string[]).includes(text)
        ? (Number(text) as PlaygroundState[K])
        : undefined,
    // A pooling works map by map: it has no channels to mix.
    applies: (state) => !isPool(state),
    isLibraryDefault: (state) => state[key] === 1,
    prop: key,
    cli: true,
  };
}

/** The groups that divide both channel counts, as the groups menu offers them. */
const commonDivisors = (state: PlaygroundState): readonly string[] =>
  COUNTS.filter(
    (count) => state.inChannels % Number(count) === 0 && state.outChannels % Number(count) === 0,
  );

const VIEWS = ['equivalent', 'scatter', 'matrix'] as const;

/** A menu that offers only the options that suit the state. */
function onlyOffering<K extends keyof PlaygroundState>(
  param: PlaygroundParam<K>,
  available: (state: PlaygroundState) => readonly string[],
): PlaygroundParam<K> {
  const { control } = param;
  return control.type === 'select' ? { ...param, control: { ...control, available } } : param;
}
const isPool = (state: PlaygroundState) => state.kind === 'pool';

/**
 * Every parameter of the playground, in the order of its controls.
 *
 * @example
 * PLAYGROUND_PARAMS.map((p) => p.name) // ['kind', 'mode', 'input', 'kernel', 'stride', 'padding', …]
 */
export const PLAYGROUND_PARAMS: readonly PlaygroundParam[] = [
  /* @__PURE__ */ choice('kind', 'Kind', ['conv', 'transposed', 'dilated', 'pool'], 'conv', null, {
    conv: 'direct',
    transposed: 'transposed',
    dilated: 'dilated',
    pool: 'pooling',
  }),
  // A pooling's mode is a required prop: always stated.
  /* @__PURE__ */ choice(
    'mode',
    'Pooling mode',
    ['max', 'average'],
    null,
    'mode',
    { max: 'max', average: 'average' },
    isPool,
  ),
  /* @__PURE__ */ pairParam('input', 'input', 'Input', 1, () => null),
  /* @__PURE__ */ pairParam('kernel', 'kernel', 'Kernel', 1, () => null),
  // A pooling's windows sit side by side unless told otherwise, as in PyTorch.
  /* @__PURE__ */ pairParam('stride', 'stride', 'Stride', 1, (state) =>
    isPool(state) ? state.kernel : [1, 1],
  ),
  {
    key: 'padding',
    name: 'padding',
    label: 'Padding',
    control: { type: 'padding' },
    format: formatPadding,
    parse: parsePadding,
    applies: always,
    isLibraryDefault: (state) => state.padding === 0,
    prop: 'padding',
    cli: true,
  } satisfies PlaygroundParam<'padding'>,
  /* @__PURE__ */ pairParam(
    'dilation',
    'dilation',
    'Dilation',
    1,
    (state) => (state.kind === 'dilated' ? [DEFAULT_DILATION, DEFAULT_DILATION] : [1, 1]),
    // PyTorch's AvgPool2d has no dilation.
    (state) => !(isPool(state) && state.mode === 'average'),
  ),
  /* @__PURE__ */ countParam('inChannels', 'in-channels', 'Input channels'),
  /* @__PURE__ */ countParam('outChannels', 'out-channels', 'Output channels'),
  /* @__PURE__ */ onlyOffering(
    /* @__PURE__ */ countParam('groups', 'groups', 'Groups'),
    commonDivisors,
  ),
  // ConvTranspose2d pads with zeros only; a pooling pads with −∞ or zeros by its mode.
  /* @__PURE__ */ choice(
    'paddingMode',
    'Padding mode',
    ['zeros', 'reflect', 'replicate', 'circular'],
    'zeros',
    'paddingMode',
    undefined,
    (state) => state.kind === 'conv' || state.kind === 'dilated',
    'padding-mode',
  ),
  /* @__PURE__ */ pairParam(
    'outputPadding',
    'output-padding',
    'Output padding',
    0,
    () => [0, 0],
    isTransposed,
  ),
  {
    key: 'ceilMode',
    name: 'ceil-mode',
    label: 'Ceil mode',
    control: { type: 'checkbox' },
    format: (value) => (value ? 'true' : 'false'),
    parse: (text) => (text === 'true' ? true : text === 'false' ? false : undefined),
    applies: isPool,
    isLibraryDefault: (state) => !state.ceilMode,
    prop: 'ceilMode',
    cli: true,
  } satisfies PlaygroundParam<'ceilMode'>,
  {
    key: 'values',
    name: 'values',
    label: 'Show values',
    control: { type: 'checkbox' },
    format: (value) => (value ? 'true' : 'false'),
    parse: (text) => (text === 'true' ? true : text === 'false' ? false : undefined),
    applies: always,
    // <PoolingAnimation> shows its numbers unless told not to.
    isLibraryDefault: (state) => state.values === isPool(state),
    prop: 'showValues',
    cli: true,
  } satisfies PlaygroundParam<'values'>,
  /* @__PURE__ */ matrixParam('inputValues', 'input-values', 'Input values'),
  // A pooling has no kernel weights.
  /* @__PURE__ */ matrixParam(
    'kernelValues',
    'kernel-values',
    'Kernel values',
    (state) => !isPool(state),
  ),
  /* @__PURE__ */ onlyOffering(
    /* @__PURE__ */ choice(
      'view',
      'View',
      VIEWS,
      'equivalent',
      'view',
      { equivalent: 'equivalent convolution', scatter: 'scatter', matrix: 'matrix' },
      // A pooling is drawn one way.
      (state) => !isPool(state),
    ),
    // Scattering the kernel is how a transposed convolution works: a direct one only gathers.
    (state) => (isTransposed(state) ? VIEWS : ['equivalent', 'matrix']),
  ),
  // `auto` draws a one-row input as a 1-D strip; `1d` asks for it (the output above the input).
  /* @__PURE__ */ choice(
    'layout',
    'Layout',
    ['auto', 'perspective', 'flat', '1d'],
    'auto',
    'layout',
  ),
  /* @__PURE__ */ choice('theme', 'Theme', PLAYGROUND_THEMES, 'classic', 'theme'),
] as readonly PlaygroundParam[];
