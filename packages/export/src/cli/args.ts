import { parseArgs } from 'node:util';
import type { ExportSpec, ThemeLayer } from '../spec';
import { caption, number, padding, size, theme, UsageError } from './values';

export { UsageError } from './values';

export const COMMANDS = ['gif', 'svg', 'png', 'gallery'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type Command =
  | { name: 'help'; topic?: CommandName | undefined }
  | { name: 'version' }
  | {
      name: 'gif';
      spec: ExportSpec;
      out: string;
      frameDuration: number;
      loop: boolean;
      scale: number;
    }
  | { name: 'svg'; spec: ExportSpec; out: string; frame: number }
  | { name: 'png'; spec: ExportSpec; out: string; frame: number; scale: number }
  | {
      name: 'gallery';
      out: string;
      theme: ThemeLayer[];
      labels: boolean;
      frameDuration: number;
      loop: boolean;
      scale: number;
    };

const SPEC_FLAGS = {
  kind: { type: 'string' },
  input: { type: 'string' },
  kernel: { type: 'string' },
  stride: { type: 'string' },
  padding: { type: 'string' },
  dilation: { type: 'string' },
  'output-padding': { type: 'string' },
  'padding-mode': { type: 'string' },
  'in-channels': { type: 'string' },
  'out-channels': { type: 'string' },
  groups: { type: 'string' },
  mode: { type: 'string' },
  'ceil-mode': { type: 'boolean' },
  reveal: { type: 'string' },
  theme: { type: 'string' },
  layout: { type: 'string' },
  view: { type: 'string' },
  values: { type: 'boolean' },
  'no-values': { type: 'boolean' },
  labels: { type: 'boolean' },
  'no-labels': { type: 'boolean' },
  'cell-size': { type: 'string' },
  caption: { type: 'string' },
} as const;

const COMMON = {
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FLAGS = {
  gif: {
    ...SPEC_FLAGS,
    ...COMMON,
    'frame-duration': { type: 'string' },
    'no-loop': { type: 'boolean' },
    scale: { type: 'string' },
  },
  svg: { ...SPEC_FLAGS, ...COMMON, frame: { type: 'string' } },
  png: { ...SPEC_FLAGS, ...COMMON, frame: { type: 'string' }, scale: { type: 'string' } },
  gallery: {
    ...COMMON,
    theme: { type: 'string' },
    labels: { type: 'boolean' },
    'frame-duration': { type: 'string' },
    'no-loop': { type: 'boolean' },
    scale: { type: 'string' },
  },
} as const;

type Values = Record<string, string | boolean | undefined>;

/** GIF stores a frame's delay in 16 bits of centiseconds: 65,535 cs is the longest. */
export const MAX_FRAME_DURATION_MS = 655_350;

type Parsed = Record<string, unknown>;

// Every flag's value is checked here, in this order, before anything is required or combined:
// `--input banana` is a bad --input, not a missing --kernel.
const VALUE_CHECKS: [flag: string, parse: (text: string, command: string) => unknown][] = [
  ['kind', kindOf],
  ['input', (t, c) => size('input', t, c)],
  ['kernel', (t, c) => size('kernel', t, c)],
  ['stride', (t, c) => size('stride', t, c)],
  ['padding', padding],
  ['dilation', (t, c) => size('dilation', t, c)],
  ['output-padding', (t, c) => size('output-padding', t, c)],
  ['padding-mode', paddingModeOf],
  ['in-channels', (t, c) => number('in-channels', t, c, { min: 1, integer: true })],
  ['out-channels', (t, c) => number('out-channels', t, c, { min: 1, integer: true })],
  ['groups', (t, c) => number('groups', t, c, { min: 1, integer: true })],
  ['mode', modeOf],
  ['reveal', revealOf],
  ['theme', theme],
  ['layout', layoutOf],
  ['view', viewOf],
  ['caption', caption],
  ['cell-size', (t, c) => number('cell-size', t, c, { min: 4, max: 1000, integer: false })],
  ['frame', (t, c) => number('frame', t, c, { min: 0, integer: true })],
  [
    'frame-duration',
    (t, c) =>
      number('frame-duration', t, c, { min: 10, max: MAX_FRAME_DURATION_MS, integer: false }),
  ],
  ['scale', (t, c) => number('scale', t, c, { min: 0.1, integer: false })],
  ['out', outOf],
];

function kindOf(text: string, command: string): NonNullable<ExportSpec['kind']> {
  if (text !== 'conv' && text !== 'transposed' && text !== 'dilated' && text !== 'pool') {
    throw new UsageError(
      `--kind expects conv, transposed, dilated or pool, got '${text}'`,
      command,
    );
  }
  return text;
}

function modeOf(text: string, command: string): NonNullable<ExportSpec['mode']> {
  if (text !== 'max' && text !== 'average') {
    throw new UsageError(`--mode expects max or average, got '${text}'`, command);
  }
  return text;
}

function paddingModeOf(text: string, command: string): NonNullable<ExportSpec['paddingMode']> {
  if (text !== 'zeros' && text !== 'reflect' && text !== 'replicate' && text !== 'circular') {
    throw new UsageError(
      `--padding-mode expects zeros, reflect, replicate or circular, got '${text}'`,
      command,
    );
  }
  return text;
}

/**
 * Channels suit every convolution but not a pooling; a padding mode only a direct one (PyTorch's
 * ConvTranspose2d pads with zeros); --groups must divide both channel counts.
 */
function requireChannelFlags(kind: ExportSpec['kind'], parsed: Parsed, command: string) {
  for (const flag of ['in-channels', 'out-channels', 'groups', 'padding-mode']) {
    if (parsed[flag] === undefined) continue;
    if (kind === 'pool') throw new UsageError(`--${flag} applies to convolutions only`, command);
    if (flag === 'padding-mode' && kind === 'transposed' && parsed[flag] !== 'zeros') {
      throw new UsageError(
        `--padding-mode applies to --kind conv and dilated only (a transposed convolution pads with zeros), got '${parsed[flag]}'`,
        command,
      );
    }
  }
  const groups = (parsed.groups as number | undefined) ?? 1;
  const channels = [parsed['in-channels'] ?? 1, parsed['out-channels'] ?? 1] as number[];
  if (channels.some((count) => count % groups !== 0)) {
    throw new UsageError(
      `--groups must divide --in-channels (${channels[0]}) and --out-channels (${channels[1]}), got ${groups}`,
      command,
    );
  }
}

function revealOf(text: string, command: string): NonNullable<ExportSpec['reveal']> {
  if (text !== 'all' && text !== 'progressive') {
    throw new UsageError(`--reveal expects all or progressive, got '${text}'`, command);
  }
  return text;
}

/** Pooling's flags need --kind pool, and --kind pool needs --mode. */
function requirePoolFlags(
  kind: ExportSpec['kind'],
  values: Values,
  parsed: Parsed,
  command: string,
) {
  const pool = kind === 'pool';
  if (pool && parsed.mode === undefined) {
    throw new UsageError('--mode max|average is required with --kind pool', command);
  }
  for (const flag of ['mode', 'ceil-mode']) {
    if (!pool && values[flag] !== undefined) {
      throw new UsageError(`--${flag} applies to --kind pool only`, command);
    }
  }
}

function layoutOf(text: string, command: string): NonNullable<ExportSpec['layout']> {
  if (text !== 'perspective' && text !== 'flat' && text !== '1d') {
    throw new UsageError(`--layout expects perspective, flat or 1d, got '${text}'`, command);
  }
  return text;
}

function viewOf(text: string, command: string): NonNullable<ExportSpec['view']> {
  if (text !== 'equivalent' && text !== 'scatter' && text !== 'matrix') {
    throw new UsageError(`--view expects equivalent, scatter or matrix, got '${text}'`, command);
  }
  return text;
}

function outOf(text: string, command: string): string {
  if (text === '') throw new UsageError('--out expects a path, got an empty one', command);
  return text;
}

function parseValues(values: Values, command: string): Parsed {
  const parsed: Parsed = {};
  for (const [flag, parse] of VALUE_CHECKS) {
    const text = values[flag];
    if (typeof text === 'string') parsed[flag] = parse(text, command);
  }
  return parsed;
}

function specOf(values: Values, parsed: Parsed, command: string): ExportSpec {
  for (const required of ['input', 'kernel']) {
    if (parsed[required] === undefined) throw new UsageError(`--${required} is required`, command);
  }
  const kind = (parsed.kind as ExportSpec['kind']) ?? 'conv';
  if (kind !== 'transposed' && parsed['output-padding'] !== undefined) {
    throw new UsageError('--output-padding applies to --kind transposed only', command);
  }
  requirePoolFlags(kind, values, parsed, command);
  requireChannelFlags(kind, parsed, command);
  return {
    kind,
    input: parsed.input as ExportSpec['input'],
    kernel: parsed.kernel as ExportSpec['kernel'],
    stride: parsed.stride as ExportSpec['stride'],
    dilation: parsed.dilation as ExportSpec['dilation'],
    outputPadding: parsed['output-padding'] as ExportSpec['outputPadding'],
    padding: parsed.padding as ExportSpec['padding'],
    ...(parsed['padding-mode'] !== undefined && {
      paddingMode: parsed['padding-mode'] as ExportSpec['paddingMode'],
    }),
    ...(parsed['in-channels'] !== undefined && { inChannels: parsed['in-channels'] as number }),
    ...(parsed['out-channels'] !== undefined && { outChannels: parsed['out-channels'] as number }),
    ...(parsed.groups !== undefined && { groups: parsed.groups as number }),
    ...(kind === 'pool' && {
      mode: parsed.mode as ExportSpec['mode'],
      ceilMode: values['ceil-mode'] === true,
    }),
    theme: (parsed.theme as ThemeLayer[] | undefined) ?? ['classic'],
    layout: parsed.layout as ExportSpec['layout'],
    reveal: parsed.reveal as ExportSpec['reveal'],
    view: parsed.view as ExportSpec['view'],
    // A pooling shows its numbers unless asked not to, as <PoolingAnimation>.
    showValues: values.values === true || (kind === 'pool' && values['no-values'] !== true),
    labels: labelsOf(values, command),
    cellSize: parsed['cell-size'] as number | undefined,
    caption: parsed.caption as string | undefined,
  };
}

function labelsOf(values: Values, command: string): boolean {
  if (values.labels === true && values['no-labels'] === true) {
    throw new UsageError('--labels and --no-labels contradict each other', command);
  }
  return values['no-labels'] !== true;
}

function out(parsed: Parsed, command: string): string {
  const path = parsed.out;
  if (typeof path !== 'string') throw new UsageError('-o/--out FILE is required', command);
  return path;
}

/**
 * Parses the command line into one command; every mistake is a UsageError that names the flag.
 *
 * @example
 * parseCommand(['gif', '--input', '5', '--kernel', '3', '-o', 'out.gif'])
 */
export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return {
      name: 'help',
      topic: COMMANDS.includes(topic as CommandName) ? (topic as CommandName) : undefined,
    };
  }
  if (first === '--version' || first === '-v') return { name: 'version' };
  if (!COMMANDS.includes(first as CommandName)) {
    throw new UsageError(`unknown command '${first}': expected one of ${COMMANDS.join(', ')}`);
  }
  const command = first as CommandName;
  let values: Values;
  try {
    values = parseArgs({
      args: [...rest],
      options: FLAGS[command],
      strict: true,
      allowPositionals: false,
    }).values as Values;
  } catch (error) {
    throw new UsageError(
      (error as Error).message.replace(/\. To specify a positional.*$/, ''),
      command,
    );
  }
  if (values.help) return { name: 'help', topic: command };
  const parsed = parseValues(values, command);
  const frameDuration = (parsed['frame-duration'] as number | undefined) ?? 1000;
  const scale = (parsed.scale as number | undefined) ?? 1;
  const frame = (parsed.frame as number | undefined) ?? 0;
  switch (command) {
    case 'gif':
      return {
        name: 'gif',
        spec: specOf(values, parsed, command),
        out: out(parsed, command),
        frameDuration,
        loop: values['no-loop'] !== true,
        scale,
      };
    case 'svg':
      return {
        name: 'svg',
        spec: specOf(values, parsed, command),
        out: out(parsed, command),
        frame,
      };
    case 'png':
      return {
        name: 'png',
        spec: specOf(values, parsed, command),
        out: out(parsed, command),
        frame,
        scale,
      };
    case 'gallery':
      return {
        name: 'gallery',
        out: (parsed.out as string | undefined) ?? 'gallery',
        theme: (parsed.theme as ThemeLayer[] | undefined) ?? ['classic'],
        labels: values.labels === true,
        frameDuration,
        loop: values['no-loop'] !== true,
        scale,
      };
  }
}
