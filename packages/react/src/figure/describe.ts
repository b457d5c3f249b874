import type { Diagram, Frame } from '@conv-arithmetic/core';

const size = (g: { rows: number; cols: number }) => `${g.rows}×${g.cols}`;
const pair = (p: readonly [number, number]) => (p[0] === p[1] ? String(p[0]) : `${p[0]}×${p[1]}`);

/** A default accessible name, e.g. "Convolution: 5×5 input, 3×3 kernel, stride 2 → 3×3 output". */
export function describeDiagram(
  diagram: Diagram,
  spec: { padding?: unknown; outputPadding?: unknown; mode?: unknown; ceilMode?: unknown },
): string {
  const dilated = diagram.dilation[0] > 1 || diagram.dilation[1] > 1;
  const pooling = diagram.kind === 'pool';
  const name = pooling
    ? `${spec.mode === 'max' ? 'Max' : 'Average'} pooling`
    : diagram.kind === 'transposed'
      ? 'Transposed convolution'
      : dilated
        ? 'Dilated convolution'
        : 'Convolution';
  const parts = [
    `${size(diagram.source)} input`,
    `${size(diagram.kernel)} ${pooling ? 'window' : 'kernel'}`,
  ];
  const stride: readonly [number, number] =
    diagram.kind === 'transposed' ? diagram.spacing : diagram.stride;
  if (stride[0] > 1 || stride[1] > 1) parts.push(`stride ${pair(stride)}`);
  if (spec.padding !== undefined && spec.padding !== 0 && spec.padding !== 'valid') {
    parts.push(
      // Only the sides: a padding object may carry other keys (even cycles) the core ignores.
      `padding ${typeof spec.padding === 'object' ? JSON.stringify(spec.padding, ['top', 'right', 'bottom', 'left']) : String(spec.padding)}`,
    );
  }
  if (dilated) parts.push(`dilation ${pair(diagram.dilation)}`);
  if (spec.outputPadding) parts.push(`output padding ${String(spec.outputPadding)}`);
  if (pooling && spec.ceilMode) parts.push('ceil mode');
  const { inChannels: c, outChannels: m, groups: g, paddingMode: fill } = diagram;
  if (fill !== 'zeros') parts.push(`${fill} padding`);
  if (c > 1 || m > 1) parts.unshift(`${c} → ${m} channels`);
  if (g > 1) parts.push(`${g} groups`);
  return `${name}: ${parts.join(', ')} → ${size(diagram.output)} output`;
}

/**
 * The live region's words for one frame: which output cell, computed from which input cells
 * (1-based, as people count), and how many padding cells or inserted zeros the window covers.
 * For a pooling, `mode` says how: "is the maximum of …" or "is the average of …".
 */
export function describeFrame(diagram: Diagram, frame: Frame, mode?: 'max' | 'average'): string {
  const sources: string[] = [];
  let padding = 0;
  let inserted = 0;
  for (const tap of frame.taps) {
    const cell = diagram.cell(tap.drawn[0], tap.drawn[1]);
    if (cell.kind === 'input') sources.push(`(${cell.source[0] + 1}, ${cell.source[1] + 1})`);
    else if (cell.kind === 'padding') padding++;
    else inserted++;
  }
  const shown =
    sources.length > 12 ? [...sources.slice(0, 12), `${sources.length - 12} more`] : sources;
  const extras = [
    padding > 0 ? `${padding} padding cell${padding === 1 ? '' : 's'}` : '',
    inserted > 0 ? `${inserted} inserted zero${inserted === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const from =
    shown.length > 0
      ? `input cell${sources.length === 1 ? '' : 's'} ${shown.join(', ')}${extras.length ? `, plus ${extras.join(' and ')}` : ''}`
      : `only ${extras.join(' and ')}`;
  const [row, col] = frame.output;
  const how =
    diagram.kind !== 'pool'
      ? 'is computed from'
      : `is the ${mode === 'max' ? 'maximum' : 'average'} of the window's`;
  return `Frame ${frame.index + 1} of ${diagram.frameCount}: output cell (${row + 1}, ${col + 1}) ${how} ${from}.`;
}
