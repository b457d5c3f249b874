// The code the playground prints: JSX of the public components, a CLI command the real CLI
// accepts, and PyTorch/Keras lines whose arguments give the same output size.
import { ConvArithmeticError, type PoolSpec, poolDiagram } from '@conv-arithmetic/core';
import {
  DEFAULT_PLAYGROUND_STATE,
  type PlaygroundState,
  playgroundCode,
} from '@conv-arithmetic/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../packages/export/src/cli/args';
import { figureSpecOf, resolveFigure } from '../../../packages/react/src/figure/spec';
import { playgroundProps } from '../../../packages/react/src/playground/analyse';
import { cliArgs } from '../../../packages/react/src/playground/snippets';
import { anyState } from './arbitraries';

const ODD_TRANSPOSED: PlaygroundState = {
  ...DEFAULT_PLAYGROUND_STATE,
  kind: 'transposed',
  input: [3, 3],
  outputPadding: [1, 1],
};

function codeOf(state: PlaygroundState) {
  try {
    return playgroundCode(state);
  } catch (error) {
    expect(error).toBeInstanceOf(ConvArithmeticError);
    return null;
  }
}

/** The numbers of a keyword argument: `3` → [3, 3], `(3, 5)` → [3, 5]; absent → fallback. */
function argument(line: string, name: string, fallback: number): [number, number] {
  const match = new RegExp(`[(, ]${name}=(\\(\\d+, \\d+\\)|\\d+)`).exec(line);
  if (!match?.[1]) return [fallback, fallback];
  const numbers = match[1].match(/\d+/g)?.map(Number) ?? [];
  return [numbers[0] ?? fallback, numbers[1] ?? numbers[0] ?? fallback];
}

/** What PyTorch computes for a printed line, per axis (its documented shape formulas). */
function pytorchOutput(line: string, input: [number, number]): [number, number] {
  const k = argument(line, 'kernel_size', 1);
  const d = argument(line, 'dilation', 1);
  if (/nn\.(Max|Avg)Pool2d/.test(line)) {
    // PyTorch's pooling_output_shape: the stride defaults to the kernel; in ceil mode a last
    // window that would start in the right padding is dropped.
    const s = argument(line, 'stride', 0).map((n, x) => n || k[x]!);
    const p = argument(line, 'padding', 0);
    const ceil = line.includes('ceil_mode=True');
    return [0, 1].map((x) => {
      const room = (input[x]! + 2 * p[x]! - d[x]! * (k[x]! - 1) - 1) / s[x]!;
      let o = (ceil ? Math.ceil(room) : Math.floor(room)) + 1;
      if (ceil && (o - 1) * s[x]! >= input[x]! + p[x]!) o--;
      return o;
    }) as [number, number];
  }
  const s = argument(line, 'stride', 1);
  if (line.includes('ConvTranspose2d')) {
    const p = argument(line, 'padding', 0);
    const a = argument(line, 'output_padding', 0);
    const full = [0, 1].map(
      (x) => (input[x]! - 1) * s[x]! - 2 * p[x]! + d[x]! * (k[x]! - 1) + a[x]! + 1,
    );
    const crop = /\[\.\.\., (\d+):(-\d+)?, (\d+):(-\d+)?\]/.exec(line);
    if (!crop) return [full[0]!, full[1]!];
    const cut = (before?: string, after?: string) => Number(before) + (after ? -Number(after) : 0);
    return [full[0]! - cut(crop[1], crop[2]), full[1]! - cut(crop[3], crop[4])];
  }
  // Uneven padding comes first as the padding layer of the mode: (left, right[, top, bottom]).
  const pad = /Pad[12]d\(\(([\d, ]+)\)\)/.exec(line);
  const [left, right, top, bottom] = pad
    ? [...pad[1]!.split(', ').map(Number), 0, 0]
    : [0, 0, 0, 0];
  const same = line.includes("padding='same'");
  const p = line.includes("padding='valid'") ? [0, 0] : argument(line, 'padding', 0);
  // Conv1d's sizes are the columns': its rows are the one-row input, untouched.
  if (line.includes('nn.Conv1d')) [k[0], d[0], s[0], p[0]] = [1, 1, 1, 0];
  return [0, 1].map((x) => {
    const reach = d[x]! * (k[x]! - 1);
    const sides = x === 0 ? top! + bottom! : left! + right!;
    const padded = input[x]! + sides + (same ? reach : 2 * p[x]!);
    return Math.floor((padded - reach - 1) / s[x]!) + 1;
  }) as [number, number];
}

/** The input and output sizes the diagram of a valid state draws, per axis. */
function sizesOf(state: PlaygroundState): { input: [number, number]; output: [number, number] } {
  const props = playgroundProps(state);
  if (state.kind === 'pool') {
    const { output } = poolDiagram(figureSpecOf('pool', props) as PoolSpec);
    return { input: [state.input[0], state.input[1]], output: [output.rows, output.cols] };
  }
  const { axes } = resolveFigure(state.kind, figureSpecOf(state.kind, props));
  return {
    input: [axes.rows.input, axes.cols.input],
    output: [axes.rows.output, axes.cols.output],
  };
}

describe('playgroundCode', () => {
  it('writes the odd transposed case as the issue does', () => {
    const code = playgroundCode(ODD_TRANSPOSED);
    expect(code.jsx).toBe(
      '<TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} outputPadding={1} />',
    );
    expect(code.pytorch.code).toBe(
      'nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1)',
    );
    expect(code.cli).toBe(
      'npx @conv-arithmetic/export gif --kind transposed --input 3 --kernel 3 --stride 2 --padding 1 --output-padding 1 -o transposed.gif',
    );
  });

  it("writes PyTorch's padding='same' only at stride 1, and Keras's where TensorFlow pads alike", () => {
    const same = { ...DEFAULT_PLAYGROUND_STATE, padding: 'same' as const };
    expect(playgroundCode({ ...same, stride: [1, 1] }).pytorch.code).toBe(
      "nn.Conv2d(1, 1, kernel_size=3, padding='same')",
    );
    const strided = playgroundCode(same);
    expect(strided.pytorch.code).toBe('nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)');
    expect(strided.pytorch.note).toMatch(/stride 1/);
    expect(strided.keras.code).toBe("layers.Conv2D(1, 3, strides=2, padding='same')");
    expect(playgroundCode({ ...DEFAULT_PLAYGROUND_STATE, padding: 0 }).keras.code).toBe(
      "layers.Conv2D(1, 3, strides=2, padding='valid')",
    );
  });

  it('says in a sentence why Keras has no equivalent', () => {
    const code = playgroundCode({ ...DEFAULT_PLAYGROUND_STATE, dilation: [2, 2], input: [9, 9] });
    expect(code.keras.code).toBeNull();
    expect(code.keras.note).toMatch(/strides > 1 with dilation_rate > 1/);
  });

  it('prints PyTorch lines that compute the output size the diagram shows', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const code = codeOf(state);
        if (!code?.pytorch.code) return;
        const { input, output } = sizesOf(state);
        expect(pytorchOutput(code.pytorch.code, input), code.pytorch.code).toEqual(output);
        if (code.pytorch.code.includes("'same'")) {
          expect(state.kind).not.toBe('transposed');
          expect(state.stride).toEqual([1, 1]);
        }
        expect(code.pytorch.code).not.toMatch(/ConvTranspose2d\([^)]*padding='/);
      }),
      { numRuns: 400 },
    );
  });

  it('prints CLI commands the real CLI parses into the same figure', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        if (!codeOf(state)) return;
        const command = parseCommand(cliArgs(state));
        if (command.name !== 'gif') throw new Error(`parsed as ${command.name}`);
        const { spec } = command;
        const pair = (size: unknown, fallback: number) =>
          size === undefined
            ? [fallback, fallback]
            : typeof size === 'number'
              ? [size, size]
              : size;
        expect(spec.kind).toBe(state.kind);
        expect(pair(spec.input, 0)).toEqual(state.input);
        expect(pair(spec.kernel, 0)).toEqual(state.kernel);
        const pool = state.kind === 'pool';
        // A pooling's stride defaults to its kernel, as in PyTorch.
        expect(pair(spec.stride ?? (pool ? spec.kernel : 1), 1)).toEqual(state.stride);
        if (pool) {
          expect(spec.mode).toBe(state.mode);
          expect(spec.ceilMode).toBe(state.ceilMode);
        }
        // An average pooling has no dilation: the command leaves it out.
        const dilation = pool && state.mode === 'average' ? [1, 1] : state.dilation;
        expect(pair(spec.dilation, state.kind === 'dilated' ? 2 : 1)).toEqual(dilation);
        expect(spec.padding ?? 0).toEqual(state.padding);
        if (state.kind === 'transposed') {
          expect(pair(spec.outputPadding, 0)).toEqual(state.outputPadding);
        }
        expect(spec.showValues).toBe(state.values);
        expect(spec.view ?? 'equivalent').toBe(state.kind === 'pool' ? 'equivalent' : state.view);
        expect(spec.layout ?? 'auto').toBe(state.layout);
        expect(spec.theme).toEqual([state.theme]);
        if (!pool) {
          expect(spec.inChannels ?? 1).toBe(state.inChannels);
          expect(spec.outChannels ?? 1).toBe(state.outChannels);
          expect(spec.groups ?? 1).toBe(state.groups);
        }
        const fills = state.kind === 'conv' || state.kind === 'dilated';
        expect(spec.paddingMode ?? 'zeros').toBe(fills ? state.paddingMode : 'zeros');
      }),
      { numRuns: 300 },
    );
  });
});

/** What Keras computes for a printed line, per axis (TensorFlow's shape rules). */
function kerasOutput(line: string, input: [number, number]): [number, number] {
  const k = kerasKernel(line);
  const s = argument(line, 'strides', 1);
  const d = argument(line, 'dilation_rate', 1);
  const same = line.includes("padding='same'");
  const hasOutputPadding = / output_padding=/.test(line);
  const a = argument(line, 'output_padding', 0);
  // ZeroPadding1D((left, right)) pads the columns only: read it as ((0, 0), (left, right)).
  const pad =
    /ZeroPadding2D\(\(\((\d+), (\d+)\), \((\d+), (\d+)\)\)\)/.exec(line) ??
    /ZeroPadding1D\(\(()()(\d+), (\d+)\)\)/.exec(line);
  const causal = line.includes("padding='causal'");
  if (line.includes('Conv1D')) [s[0], d[0]] = [1, 1];
  const crop = /Cropping2D\(\(\((\d+), (\d+)\), \((\d+), (\d+)\)\)\)/.exec(line);
  const around = (match: RegExpExecArray | null, x: number) =>
    match ? Number(match[1 + 2 * x]) + Number(match[2 + 2 * x]) : 0;
  if (/(MaxPooling2D|AveragePooling2D)\(/.test(line)) {
    const pool = argument(line, 'pool_size', 0);
    const strides = argument(line, 'strides', 0).map((n, x) => n || pool[x]!);
    return [0, 1].map((x) =>
      same
        ? Math.ceil(input[x]! / strides[x]!)
        : Math.floor((input[x]! - pool[x]!) / strides[x]!) + 1,
    ) as [number, number];
  }
  return [0, 1].map((x) => {
    const span = d[x]! * (k[x]! - 1) + 1;
    const i = input[x]! + around(pad, x);
    if (line.includes('Conv2DTranspose')) {
      const length = hasOutputPadding
        ? (i - 1) * s[x]! + span - (same ? 2 * Math.floor(span / 2) : 0) + a[x]!
        : same
          ? i * s[x]!
          : i * s[x]! + Math.max(span - s[x]!, 0);
      return length - around(crop, x);
    }
    // 'causal' pads d·(k − 1) before: the output keeps the input's length at stride 1.
    if (causal) return Math.floor((i + span - 1 - span) / s[x]!) + 1;
    return same ? Math.ceil(i / s[x]!) : Math.floor((i - span) / s[x]!) + 1;
  }) as [number, number];
}

/** The kernel size, Keras's second positional argument: `3` or `(3, 5)`; Conv1D's: `[1, 3]`. */
function kerasKernel(line: string): [number, number] {
  const match = /(Conv[12]D|Conv2DTranspose)\(\d+, (\(\d+, \d+\)|\d+)/.exec(line);
  const numbers = match?.[2]?.match(/\d+/g)?.map(Number) ?? [];
  if (match?.[1] === 'Conv1D') return [1, numbers[0] ?? 0];
  return [numbers[0] ?? 0, numbers[1] ?? numbers[0] ?? 0];
}

describe('playgroundCode Keras lines', () => {
  it('compute the output size the diagram shows, or say why Keras has none', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const code = codeOf(state);
        if (!code) return;
        if (!code.keras.code) {
          expect(code.keras.note).toMatch(/^Keras has no equivalent: /);
          return;
        }
        const { input, output } = sizesOf(state);
        expect(kerasOutput(code.keras.code, input), code.keras.code).toEqual(output);
      }),
      { numRuns: 400 },
    );
  });
});

describe('playgroundCode with numbers', () => {
  const paper = {
    ...DEFAULT_PLAYGROUND_STATE,
    stride: [1, 1] as const,
    padding: 0,
    values: true,
    kernelValues: [
      [0, 1, 2],
      [2, 2, 0],
      [0, 1, 2],
    ],
  } satisfies PlaygroundState;

  it('writes the typed numbers as the values prop, and showValues without them', () => {
    expect(playgroundCode(paper).jsx).toBe(
      '<ConvAnimation input={5} kernel={3} values={{ kernel: [[0, 1, 2], [2, 2, 0], [0, 1, 2]] }} />',
    );
    expect(playgroundCode({ ...paper, kernelValues: null }).jsx).toBe(
      '<ConvAnimation input={5} kernel={3} showValues />',
    );
  });

  it('gives the CLI only what it takes (--values, not the numbers)', () => {
    expect(playgroundCode(paper).cli).toBe(
      'npx @conv-arithmetic/export gif --input 5 --kernel 3 --values -o conv.gif',
    );
  });

  it('refuses numbers whose shape does not match the kernel, naming values.kernel', () => {
    expect(() => playgroundCode({ ...paper, kernelValues: [[1, 2]] })).toThrow(/values\.kernel/);
  });
});

describe('playgroundCode for pooling', () => {
  const maxPool: PlaygroundState = {
    ...DEFAULT_PLAYGROUND_STATE,
    kind: 'pool',
    mode: 'max',
    stride: [1, 1],
    padding: 0,
    values: true,
  };

  it("writes the paper's Figure 1.6 as <PoolingAnimation>, nn.MaxPool2d, MaxPooling2D and the CLI", () => {
    const code = playgroundCode(maxPool);
    expect(code.jsx).toBe('<PoolingAnimation mode="max" input={5} kernel={3} stride={1} />');
    expect(code.jsxSnippet.split('\n')[0]).toBe(
      "import { PoolingAnimation } from '@conv-arithmetic/react';",
    );
    expect(code.pytorch.code).toBe('nn.MaxPool2d(kernel_size=3, stride=1)');
    expect(code.keras.code).toBe("layers.MaxPooling2D(pool_size=3, strides=1, padding='valid')");
    expect(code.cli).toBe(
      'npx @conv-arithmetic/export gif --kind pool --mode max --input 5 --kernel 3 --stride 1 -o pool.gif',
    );
  });

  it('leaves out the stride when it is the kernel, and states padding, dilation and ceil mode when set', () => {
    const side = { ...maxPool, stride: [3, 3] as const };
    expect(playgroundCode(side).pytorch.code).toBe('nn.MaxPool2d(kernel_size=3)');
    expect(playgroundCode(side).jsx).toBe('<PoolingAnimation mode="max" input={5} kernel={3} />');
    const set = { ...maxPool, stride: [2, 2] as const, padding: 1, dilation: [2, 2] as const };
    const code = playgroundCode({ ...set, ceilMode: true, input: [7, 7] });
    expect(code.pytorch.code).toBe(
      'nn.MaxPool2d(kernel_size=3, stride=2, padding=1, dilation=2, ceil_mode=True)',
    );
    expect(code.jsx).toBe(
      '<PoolingAnimation mode="max" input={7} kernel={3} stride={2} padding={1} dilation={2} ceilMode />',
    );
    expect(code.cli).toContain('--ceil-mode');
    expect(code.keras.note).toMatch(
      /^Keras has no equivalent: its pooling layers have no dilation/,
    );
  });

  it('writes AvgPool2d without dilation, and why Keras has none with padding', () => {
    const average = { ...maxPool, mode: 'average' as const, dilation: [2, 2] as const };
    expect(playgroundCode(average).pytorch.code).toBe('nn.AvgPool2d(kernel_size=3, stride=1)');
    expect(playgroundCode(average).jsx).toBe(
      '<PoolingAnimation mode="average" input={5} kernel={3} stride={1} />',
    );
    const padded = playgroundCode({ ...average, padding: 1 });
    expect(padded.pytorch.code).toBe('nn.AvgPool2d(kernel_size=3, stride=1, padding=1)');
    expect(padded.keras.code).toBeNull();
    expect(padded.keras.note).toMatch(/count_include_pad/);
  });

  it("writes Keras's 'same' for a max pooling TensorFlow pads alike", () => {
    const code = playgroundCode({ ...maxPool, padding: 1 });
    expect(code.keras.code).toBe("layers.MaxPooling2D(pool_size=3, strides=1, padding='same')");
  });

  it('says showValues={false} and --no-values when a pooling hides its numbers', () => {
    const code = playgroundCode({ ...maxPool, values: false });
    expect(code.jsx).toBe(
      '<PoolingAnimation mode="max" input={5} kernel={3} stride={1} showValues={false} />',
    );
    expect(code.cli).toContain('--no-values');
    const parsed = parseCommand(cliArgs({ ...maxPool, values: false }));
    if (parsed.name !== 'gif') throw new Error(`parsed as ${parsed.name}`);
    expect(parsed.spec.showValues).toBe(false);
  });

  it('refuses a pooling padded by more than half its kernel, naming padding', () => {
    expect(() => playgroundCode({ ...maxPool, padding: 2 })).toThrow(/padding/);
  });
});

describe('playgroundCode with a view', () => {
  it('writes the view as a prop and a --view flag, only when it is not the paper picture', () => {
    const scatter = playgroundCode({ ...ODD_TRANSPOSED, view: 'scatter' });
    expect(scatter.jsx).toBe(
      '<TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} outputPadding={1} view="scatter" />',
    );
    expect(scatter.cli).toContain('--output-padding 1 --view scatter -o transposed.gif');
    const matrix = playgroundCode({ ...DEFAULT_PLAYGROUND_STATE, view: 'matrix' });
    expect(matrix.jsx).toBe(
      '<ConvAnimation input={5} kernel={3} stride={2} padding={1} view="matrix" />',
    );
    expect(playgroundCode(DEFAULT_PLAYGROUND_STATE).jsx).not.toContain('view');
    const parsed = parseCommand(cliArgs({ ...DEFAULT_PLAYGROUND_STATE, view: 'matrix' }));
    if (parsed.name !== 'gif') throw new Error(`parsed as ${parsed.name}`);
    expect(parsed.spec.view).toBe('matrix');
  });

  it("refuses a direct convolution's scatter view with the components' error, naming view", () => {
    expect(() => playgroundCode({ ...DEFAULT_PLAYGROUND_STATE, view: 'scatter' })).toThrow(
      /scatter/,
    );
  });

  it('leaves the view out of a pooling, which is drawn one way', () => {
    const pool = { ...DEFAULT_PLAYGROUND_STATE, kind: 'pool' as const, view: 'matrix' as const };
    expect(playgroundCode(pool).jsx).not.toContain('view');
    expect(playgroundCode(pool).cli).not.toContain('--view');
  });
});

describe('playgroundCode with channels, groups, padding modes and 1-D', () => {
  const base: PlaygroundState = { ...DEFAULT_PLAYGROUND_STATE, stride: [1, 1] };

  it('writes the issue’s line for 2 → 3 maps with reflect padding', () => {
    const code = playgroundCode({
      ...base,
      inChannels: 2,
      outChannels: 3,
      paddingMode: 'reflect',
    });
    expect(code.pytorch.code).toBe(
      "nn.Conv2d(2, 3, kernel_size=3, groups=1, padding=1, padding_mode='reflect')",
    );
    expect(code.jsx).toBe(
      '<ConvAnimation input={5} kernel={3} padding={1} inChannels={2} outChannels={3} paddingMode="reflect" />',
    );
    expect(code.keras.code).toBeNull();
    expect(code.keras.note).toMatch(/^Keras has no equivalent: .*zeros only/);
  });

  it('writes depthwise as groups = in_channels, in PyTorch and Keras', () => {
    const code = playgroundCode({ ...base, inChannels: 3, outChannels: 3, groups: 3 });
    expect(code.pytorch.code).toBe('nn.Conv2d(3, 3, kernel_size=3, groups=3, padding=1)');
    expect(code.keras.code).toBe("layers.Conv2D(3, 3, padding='same', groups=3)");
    expect(code.jsx).toContain('inChannels={3} outChannels={3} groups={3}');
  });

  it('writes a one-row causal input as Conv1d after ZeroPad1d, and Keras’s padding=causal', () => {
    const code = playgroundCode({
      ...base,
      input: [1, 10],
      kernel: [1, 3],
      dilation: [1, 2],
      padding: 'causal',
    });
    expect(code.pytorch.code).toBe(
      'nn.Sequential(nn.ZeroPad1d((4, 0)), nn.Conv1d(1, 1, kernel_size=3, dilation=2))',
    );
    expect(code.keras.code).toBe("layers.Conv1D(1, 3, padding='causal', dilation_rate=2)");
  });

  it('pads unevenly with the layer of the padding mode', () => {
    const code = playgroundCode({
      ...base,
      padding: { top: 1, right: 0, bottom: 0, left: 2 },
      paddingMode: 'replicate',
    });
    expect(code.pytorch.code).toBe(
      'nn.Sequential(nn.ReplicationPad2d((2, 0, 1, 0)), nn.Conv2d(1, 1, kernel_size=3))',
    );
  });

  it('offers only the groups that divide both channel counts', async () => {
    const { PLAYGROUND_PARAMS } = await import('../../../packages/react/src/playground/params');
    const groups = PLAYGROUND_PARAMS.find((param) => param.key === 'groups');
    if (groups?.control.type !== 'select') throw new Error('groups is not a menu');
    expect(groups.control.available?.({ ...base, inChannels: 4, outChannels: 6 })).toEqual([
      '1',
      '2',
    ]);
  });
});
