import { parseArgs } from 'node:util';
import type { ExportSpec, ThemeName } from '../spec';
import { number, padding, size, theme, UsageError } from './values';

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
      theme: ThemeName;
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
  theme: { type: 'string' },
  layout: { type: 'string' },
  values: { type: 'boolean' },
  'no-labels': { type: 'boolean' },
  'cell-size': { type: 'string' },
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

function specOf(values: Values, command: string): ExportSpec {
  const text = (flag: string) => values[flag] as string | undefined;
  const kind = text('kind') ?? 'conv';
  if (kind !== 'conv' && kind !== 'transposed' && kind !== 'dilated') {
    throw new UsageError(`--kind expects conv, transposed or dilated, got '${kind}'`, command);
  }
  for (const required of ['input', 'kernel']) {
    if (text(required) === undefined) throw new UsageError(`--${required} is required`, command);
  }
  const layout = text('layout');
  if (layout !== undefined && layout !== 'perspective' && layout !== 'flat') {
    throw new UsageError(`--layout expects perspective or flat, got '${layout}'`, command);
  }
  if (kind !== 'transposed' && text('output-padding') !== undefined) {
    throw new UsageError('--output-padding applies to --kind transposed only', command);
  }
  const optionalSize = (flag: string) => {
    const value = text(flag);
    return value === undefined ? undefined : size(flag, value, command);
  };
  const cellSize = text('cell-size');
  const paddingText = text('padding');
  return {
    kind,
    input: size('input', text('input') as string, command),
    kernel: size('kernel', text('kernel') as string, command),
    stride: optionalSize('stride'),
    dilation: optionalSize('dilation'),
    outputPadding: optionalSize('output-padding'),
    padding: paddingText === undefined ? undefined : padding(paddingText, command),
    theme: theme(text('theme'), command),
    layout,
    showValues: values.values === true,
    labels: values['no-labels'] !== true,
    cellSize:
      cellSize === undefined
        ? undefined
        : number('cell-size', cellSize, command, { min: 4, integer: false }),
  };
}

function out(values: Values, command: string): string {
  const path = values.out;
  if (typeof path !== 'string' || path === '')
    throw new UsageError('-o/--out FILE is required', command);
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
  const text = (flag: string) => values[flag] as string | undefined;
  const frameDuration =
    text('frame-duration') === undefined
      ? 1000
      : number('frame-duration', text('frame-duration') as string, command, {
          min: 10,
          integer: false,
        });
  const scale =
    text('scale') === undefined
      ? 1
      : number('scale', text('scale') as string, command, { min: 0.1, integer: false });
  const frame =
    text('frame') === undefined
      ? 0
      : number('frame', text('frame') as string, command, { min: 0, integer: true });
  switch (command) {
    case 'gif':
      return {
        name: 'gif',
        spec: specOf(values, command),
        out: out(values, command),
        frameDuration,
        loop: values['no-loop'] !== true,
        scale,
      };
    case 'svg':
      return { name: 'svg', spec: specOf(values, command), out: out(values, command), frame };
    case 'png':
      return {
        name: 'png',
        spec: specOf(values, command),
        out: out(values, command),
        frame,
        scale,
      };
    case 'gallery':
      return {
        name: 'gallery',
        out: text('out') ?? 'gallery',
        theme: theme(text('theme'), command),
        labels: values.labels === true,
        frameDuration,
        loop: values['no-loop'] !== true,
        scale,
      };
  }
}
