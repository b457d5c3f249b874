// The paper's depth: connectors pass behind the output sheet. In an exported GIF frame the
// part of a connector under the sheet shows the sheet, the part outside shows the line.
import { renderGif, renderSvg } from '@conv-arithmetic/export';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeGif } from './decode';

type Point = [number, number];

const SPEC = { input: 5, kernel: 4, padding: 2 }; // arbitrary_padding_no_strides
const FRAME = 14;
const SCALE = 2;

function geometry(svg: string) {
  const { document } = new JSDOM(svg, { contentType: 'image/svg+xml' }).window;
  const [minX, minY] = (document.querySelector('svg')?.getAttribute('viewBox') ?? '')
    .split(' ')
    .map(Number) as [number, number];
  const lines = [...document.querySelectorAll('[data-part="connectors"] line')].map((line) => {
    const at = (name: string) => Number(line.getAttribute(name));
    return [
      [at('x1'), at('y1')],
      [at('x2'), at('y2')],
    ] as [Point, Point];
  });
  const corners = (
    document.querySelector('[data-part="current-output"]')?.getAttribute('points') ?? ''
  )
    .split(' ')
    .map((pair) => pair.split(',').map(Number) as Point);
  return { minX, minY, lines, corners };
}

/** The output cell corner a cut connector was heading for: on its line, beyond its end. */
function hiddenCorner([from, end]: [Point, Point], corners: Point[]): Point | null {
  const dx = end[0] - from[0];
  const dy = end[1] - from[1];
  return (
    corners.find((corner) => {
      const cross = dx * (corner[1] - from[1]) - dy * (corner[0] - from[0]);
      const along = dx * (corner[0] - end[0]) + dy * (corner[1] - end[1]);
      return Math.abs(cross) < 0.05 * Math.hypot(dx, dy) && along > 1;
    }) ?? null
  );
}

const lerp = (a: Point, b: Point, t: number): Point => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

describe('connectors behind the output sheet', () => {
  it(`arbitrary_padding_no_strides frame ${FRAME}: hidden under the sheet, drawn outside it`, async () => {
    const { minX, minY, lines, corners } = geometry(renderSvg(SPEC, FRAME));
    const gif = decodeGif(await renderGif(SPEC, { scale: SCALE }));
    const frame = gif.frames[FRAME] as Uint8ClampedArray;
    const pixel = ([x, y]: Point) => {
      const i = (Math.floor((y - minY) * SCALE) * gif.width + Math.floor((x - minX) * SCALE)) * 4;
      return [frame[i], frame[i + 1], frame[i + 2]] as [number, number, number];
    };
    const near = (rgb: number[], target: number[], tolerance: number) =>
      rgb.every((value, k) => Math.abs(value - (target[k] as number)) <= tolerance);
    const cut = lines
      .map((line) => ({ line, corner: hiddenCorner(line, corners) }))
      .filter((entry) => entry.corner !== null);
    expect(cut.length).toBeGreaterThan(0);
    for (const { line, corner } of cut) {
      const samples = Array.from({ length: 9 }, (_, k) => 0.1 + k * 0.1);
      // Under the sheet: the output colour (grid lines aside), never the black connector.
      const hidden = samples.map((t) => pixel(lerp(line[1], corner as Point, t)));
      const sheet = hidden.filter((rgb) => near(rgb, [0x2a, 0xa1, 0x98], 24));
      expect(sheet.length).toBeGreaterThanOrEqual(6);
      expect(hidden.some((rgb) => near(rgb, [0, 0, 0], 40))).toBe(false);
      // Outside the sheet the connector is drawn: dark pixels along it.
      const shown = samples.map((t) => pixel(lerp(line[0], line[1], t)));
      expect(shown.filter((rgb) => Math.max(...rgb) < 90).length).toBeGreaterThanOrEqual(6);
    }
  });
});
