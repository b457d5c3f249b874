// The code the playground prints: JSX of the public components, a CLI command the real CLI
// accepts, and PyTorch/Keras lines whose arguments give the same output size.
import { ConvArithmeticError } from '@conv-arithmetic/core';
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
  const s = argument(line, 'stride', 1);
  const d = argument(line, 'dilation', 1);
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
  const pad = /ZeroPad2d\(\((\d+), (\d+), (\d+), (\d+)\)\)/.exec(line);
  const [left, right, top, bottom] = pad ? pad.slice(1).map(Number) : [0, 0, 0, 0];
  const same = line.includes("padding='same'");
  const p = line.includes("padding='valid'") ? [0, 0] : argument(line, 'padding', 0);
  return [0, 1].map((x) => {
    const reach = d[x]! * (k[x]! - 1);
    const sides = x === 0 ? top! + bottom! : left! + right!;
    const padded = input[x]! + sides + (same ? reach : 2 * p[x]!);
    return Math.floor((padded - reach - 1) / s[x]!) + 1;
  }) as [number, number];
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
        const props = playgroundProps(state);
        const { axes } = resolveFigure(state.kind, figureSpecOf(state.kind, props));
        const input: [number, number] = [axes.rows.input, axes.cols.input];
        expect(pytorchOutput(code.pytorch.code, input)).toEqual([
          axes.rows.output,
          axes.cols.output,
        ]);
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
        expect(pair(spec.stride, 1)).toEqual(state.stride);
        expect(pair(spec.dilation, state.kind === 'dilated' ? 2 : 1)).toEqual(state.dilation);
        expect(spec.padding ?? 0).toEqual(state.padding);
        if (state.kind === 'transposed') {
          expect(pair(spec.outputPadding, 0)).toEqual(state.outputPadding);
        }
        expect(spec.showValues).toBe(state.values);
        expect(spec.layout ?? 'auto').toBe(state.layout);
        // The CLI reads --theme as layers merged left to right: one preset is one layer.
        expect(spec.theme).toEqual([state.theme]);
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
  const pad = /ZeroPadding2D\(\(\((\d+), (\d+)\), \((\d+), (\d+)\)\)\)/.exec(line);
  const crop = /Cropping2D\(\(\((\d+), (\d+)\), \((\d+), (\d+)\)\)\)/.exec(line);
  const around = (match: RegExpExecArray | null, x: number) =>
    match ? Number(match[1 + 2 * x]) + Number(match[2 + 2 * x]) : 0;
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
    return same ? Math.ceil(i / s[x]!) : Math.floor((i - span) / s[x]!) + 1;
  }) as [number, number];
}

/** The kernel size, Keras's second positional argument: `3` or `(3, 5)`. */
function kerasKernel(line: string): [number, number] {
  const match = /(?:Conv2D|Conv2DTranspose)\(1, (\(\d+, \d+\)|\d+)/.exec(line);
  const numbers = match?.[1]?.match(/\d+/g)?.map(Number) ?? [];
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
        const props = playgroundProps(state);
        const { axes } = resolveFigure(state.kind, figureSpecOf(state.kind, props));
        const input: [number, number] = [axes.rows.input, axes.cols.input];
        expect(kerasOutput(code.keras.code, input), code.keras.code).toEqual([
          axes.rows.output,
          axes.cols.output,
        ]);
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
