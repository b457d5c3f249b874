import { convDiagram, type Diagram } from '@conv-arithmetic/core';
import { classicTheme, PlaybackControls, usePlayback } from '@conv-arithmetic/react';
import { useId, useMemo } from 'react';

const UNIT = 26;
const ROW_GAP = 2.2;

/** One layer of the stack: a dilated causal convolution of kernel 2 over the strip below it. */
interface Layer {
  dilation: number;
  diagram: Diagram;
}

/**
 * A WaveNet-style stack (van den Oord et al. 2016, Figure 3): dilated causal convolutions of
 * kernel 2 with dilation 1, 2, 4, 8, as one figure with one playback. Frame t lights the output at
 * time t and, layer by layer down to the input, every cell it depends on: the receptive field of
 * 16 steps that doubles at each layer. Each strip keeps its causal padding (d·(k−1) cells, zeros)
 * on the left; the taps come from the library's own diagrams (`padding: 'causal'`).
 */
export function CausalStack({
  length = 16,
  dilations = [1, 2, 4, 8],
}: {
  length?: number;
  dilations?: readonly number[];
}) {
  const theme = classicTheme;
  const ids = useId();
  const layers: Layer[] = useMemo(
    () =>
      dilations.map((dilation) => ({
        dilation,
        diagram: convDiagram({
          input: [1, length],
          kernel: [1, 2],
          dilation: [1, dilation],
          padding: 'causal',
        }),
      })),
    [dilations, length],
  );
  const playback = usePlayback({ frameCount: length, fps: 1, defaultPlaying: false });
  const t = playback.frame;
  const padLeft = Math.max(...dilations);

  // Strip 0 is the input, strip l the output of layer l; y grows downwards, so the input is last.
  const strips = layers.length + 1;
  const top = (strip: number) => (strips - 1 - strip) * (1 + ROW_GAP) * UNIT;
  const x = (time: number) => (time + padLeft) * UNIT;

  // The cells output t depends on, strip by strip, from the taps of each layer's frames.
  const lit: Set<number>[] = Array.from({ length: strips }, () => new Set<number>());
  const edges: [number, number, number][] = []; // [strip of the reader, its time, the read time]
  lit[strips - 1]?.add(t);
  for (let strip = strips - 1; strip > 0; strip--) {
    const layer = layers[strip - 1] as Layer;
    for (const time of lit[strip] ?? []) {
      if (time < 0) continue; // a padding cell is a zero, computed from nothing
      for (const tap of layer.diagram.frame(time).taps) {
        const read = tap.drawn[1] - layer.dilation; // drawn column → time (padding before = d)
        lit[strip - 1]?.add(read);
        edges.push([strip, time, read]);
      }
    }
  }
  const reads = [...(lit[0] ?? [])].filter((time) => time >= 0).length;
  // Kernel 2: each layer widens the receptive field by its dilation.
  const field = 1 + dilations.reduce((sum, d) => sum + d, 0);
  const words = `Time step ${t + 1} of ${length}: the output depends on ${reads} input step${reads === 1 ? '' : 's'}${reads < field ? ` (the rest of its receptive field of ${field} lies in the causal padding before the start)` : ''}, none after it.`;

  const width = x(length) + 90;
  const height = top(0) + UNIT + 16;
  const label = `WaveNet-style stack: dilated causal convolutions, kernel 2, dilation ${dilations.join(', ')}`;
  return (
    <figure style={{ margin: 0, display: 'inline-block', fontFamily: theme.font.family }}>
      <svg
        viewBox={`-100 -24 ${width + 100} ${height + 24}`}
        width={width + 100}
        style={{ maxWidth: '100%', height: 'auto', display: 'block' }}
        role="img"
        aria-labelledby={`${ids}-title`}
        aria-describedby={`${ids}-desc`}
        data-frame={t}
      >
        <title id={`${ids}-title`}>{label}</title>
        <desc id={`${ids}-desc`}>{words}</desc>
        <rect x={-100} y={-24} width={width + 100} height={height + 24} fill="#fff" />
        <g stroke={theme.colors.connector} strokeWidth={1.2} data-part="edges">
          {edges.map(([strip, time, read]) => (
            <line
              key={`${strip},${time},${read}`}
              x1={x(time) + UNIT / 2}
              y1={top(strip) + UNIT}
              x2={x(read) + UNIT / 2}
              y2={top(strip - 1)}
            />
          ))}
        </g>
        {Array.from({ length: strips }, (_, strip) => {
          // The causal padding a strip gets as the next layer's input: d·(k − 1) = d cells.
          const padding = strip < layers.length ? (layers[strip] as Layer).dilation : 0;
          const cells = [];
          for (let time = -padding; time < length; time++) {
            const isPadding = time < 0;
            const on = lit[strip]?.has(time);
            cells.push(
              <rect
                key={time}
                x={x(time)}
                y={top(strip)}
                width={UNIT}
                height={UNIT}
                fill={
                  isPadding
                    ? theme.colors.padding
                    : strip === strips - 1
                      ? theme.colors.output
                      : theme.colors.input
                }
                stroke={theme.colors.grid}
                strokeWidth={theme.stroke.thick}
                strokeDasharray={isPadding ? theme.stroke.paddingDash : undefined}
                data-strip={strip}
                data-time={time}
                data-lit={on ? 'true' : undefined}
              />,
            );
            if (on) {
              cells.push(
                <rect
                  key={`lit${time}`}
                  x={x(time)}
                  y={top(strip)}
                  width={UNIT}
                  height={UNIT}
                  fill={theme.colors.shade}
                  fillOpacity={theme.colors.shadeOpacity}
                />,
              );
            }
          }
          const name =
            strip === 0
              ? 'input'
              : strip === strips - 1
                ? `output (d=${(layers[strip - 1] as Layer).dilation})`
                : `hidden (d=${(layers[strip - 1] as Layer).dilation})`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: strips are identified by position
            <g key={strip} data-strip={strip}>
              {cells}
              <text
                x={x(-padLeft) - 8}
                y={top(strip) + UNIT / 2}
                textAnchor="end"
                dominantBaseline="central"
                fontSize={theme.font.labelSize}
                fill={theme.colors.text}
              >
                {name}
              </text>
            </g>
          );
        })}
      </svg>
      <PlaybackControls playback={playback} theme={theme} label={label} />
      <p
        aria-live={playback.playing ? 'off' : 'polite'}
        style={{ fontSize: 13, margin: '0.4em 0' }}
      >
        {words}
      </p>
    </figure>
  );
}
