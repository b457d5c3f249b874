// Core rows: how fast the diagram model yields frames, and how little a huge diagram holds.
import { builtCore } from './built';
import { median, type Row, row, skipped, whole } from './row';

const SIDES = [64, 256, 512] as const;
const RUNS = 5;
const SAMPLE_MS = 100;

/** Taps per second over every frame of one diagram, median of RUNS runs after a warm-up. */
function tapsPerSecond(diagram: import('@conv-arithmetic/core').Diagram): number {
  // One sample walks every frame, as many times as it takes to fill SAMPLE_MS.
  const pass = () => {
    const start = process.hrtime.bigint();
    let taps = 0;
    let checksum = 0; // read every tap so no work can be skipped
    let seconds = 0;
    do {
      for (let i = 0; i < diagram.frameCount; i++) {
        const frame = diagram.frame(i);
        for (const tap of frame.taps) checksum += tap.drawn[0] + tap.kernel[1];
        taps += frame.taps.length;
      }
      seconds = Number(process.hrtime.bigint() - start) / 1e9;
    } while (seconds * 1000 < SAMPLE_MS);
    if (checksum < 0) throw new Error('unreachable');
    return taps / seconds;
  };
  pass();
  return median(Array.from({ length: RUNS }, pass));
}

const millions = (value: number) => `${Math.round(value / 1e6)} M taps/s`;
const TAPS_TARGET = { text: '≥ 20 M taps/s', meets: (v: number) => v >= 20e6 };

/** Bytes of heap each 512×512 diagram keeps alive (needs node --expose-gc). */
function retainedBytes(make: () => unknown): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  const COUNT = 200;
  const sample = () => {
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const held = Array.from({ length: COUNT }, make);
    gc();
    gc();
    const after = process.memoryUsage().heapUsed;
    if (held.length !== COUNT) throw new Error('unreachable');
    return (after - before) / COUNT;
  };
  sample();
  return median(Array.from({ length: RUNS }, sample));
}

export async function coreRows(): Promise<Row[]> {
  const core = await builtCore();
  const direct = SIDES.map((n) => tapsPerSecond(core.convDiagram({ input: n, kernel: 3 })));
  const transposed = SIDES.map((n) =>
    tapsPerSecond(core.transposedConvDiagram({ input: n, kernel: 3 })),
  );
  const bytes = retainedBytes(() => core.convDiagram({ input: 512, kernel: 3 }));
  const heapFigure = 'Heap retained by a 512×512 diagram';
  return [
    row('Core frame generation, 64² / 256² / 512² (direct)', direct, 'taps/s', {
      format: millions,
      target: TAPS_TARGET,
    }),
    row('Core frame generation, 64² / 256² / 512² (transposed)', transposed, 'taps/s', {
      format: millions,
      target: TAPS_TARGET,
    }),
    bytes === null
      ? skipped(heapFigure, 'n/a (run node with --expose-gc)', '< 1 MB')
      : row(heapFigure, [bytes], 'bytes', {
          format: (v) => `${whole(v)} bytes`,
          target: { text: '< 1 MB', meets: (v) => v < 1024 * 1024 },
        }),
  ];
}
