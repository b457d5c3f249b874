// The GIF exporter keeps the static picture under the overlay as runs of one colour per row:
// any rectangle copied out of the runs must be the picture's own pixels there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyRect, runLengthPicture } from '../../packages/export/src/runLength';

/** A picture of flat horizontal stretches (as cells and grid lines are), from few colours. */
const picture = fc
  .record({
    width: fc.integer({ min: 1, max: 40 }),
    height: fc.integer({ min: 1, max: 12 }),
    colours: fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 4 }),
    seed: fc.array(fc.nat(), { minLength: 1, maxLength: 64 }),
  })
  .map(({ width, height, colours, seed }) => {
    const data = new Uint8Array(width * height * 4);
    const view = new DataView(data.buffer);
    for (let p = 0; p < width * height; p++) {
      // Runs of 1–4 pixels of one colour, wrapping over row ends.
      const run = seed[Math.floor(p / 3) % seed.length] as number;
      view.setUint32(p * 4, colours[run % colours.length] as number, true);
    }
    return { width, height, data };
  });

const rectIn = (width: number, height: number) =>
  fc.record({ left: fc.nat(width - 1), top: fc.nat(height - 1) }).chain(({ left, top }) =>
    fc.record({
      left: fc.constant(left),
      top: fc.constant(top),
      width: fc.integer({ min: 1, max: width - left }),
      height: fc.integer({ min: 1, max: height - top }),
    }),
  );

function cut(
  source: { width: number; data: Uint8Array },
  rect: { left: number; top: number; width: number; height: number },
) {
  const out = new Uint8Array(rect.width * rect.height * 4);
  for (let y = 0; y < rect.height; y++) {
    const from = ((rect.top + y) * source.width + rect.left) * 4;
    out.set(source.data.subarray(from, from + rect.width * 4), y * rect.width * 4);
  }
  return out;
}

describe('run-length picture', () => {
  it('copies any rectangle exactly as the picture holds it', () => {
    fc.assert(
      fc.property(
        picture.chain((p) => fc.tuple(fc.constant(p), rectIn(p.width, p.height))),
        ([source, rect]) => {
          const runs = runLengthPicture(source);
          const target = new Uint8Array(rect.width * rect.height * 4);
          copyRect(runs, rect, target);
          expect(target).toEqual(cut(source, rect));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps one run per stretch of one colour in a row', () => {
    const data = new Uint8Array(5 * 2 * 4);
    const view = new DataView(data.buffer);
    const row = [1, 1, 2, 2, 2, 3, 3, 3, 3, 3].map((v) => 0xff000000 + v);
    row.forEach((word, p) => {
      view.setUint32(p * 4, word, true);
    });
    const runs = runLengthPicture({ width: 5, height: 2, data });
    expect([...runs.rowStart]).toEqual([0, 2, 3]);
    expect([...runs.runEnd]).toEqual([2, 5, 5]);
  });

  it('refuses a target it could not write in place', () => {
    const runs = runLengthPicture({ width: 1, height: 1, data: new Uint8Array(4) });
    const unaligned = new Uint8Array(new ArrayBuffer(8), 1, 4);
    expect(() => copyRect(runs, { left: 0, top: 0, width: 1, height: 1 }, unaligned)).toThrow(
      /aligned/,
    );
  });
});
