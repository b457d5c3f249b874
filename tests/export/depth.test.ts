// The paper's depth: connectors pass behind the output sheet. In an exported GIF frame, points
// of a connector that lie over the sheet show the sheet; points outside it show the line.
import { renderGif, renderSvg } from '@conv-arithmetic/export';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeGif } from './decode';

type Point = [number, number];

const SPEC = { input: 5, kernel: 4, padding: 2 }; // arbitrary_padding_no_strides
const FRAME = 14;
const SCALE = 2;

const pointsOf = (text: string | null) =>
  (text ?? '').split(' ').map((pair) => pair.split(',').map(Number) as Point);

function geometry(svg: string) {
  const { document } = new JSDOM(svg, { contentType: 'image/svg+xml' }).window;
  const [minX, minY] = (document.querySelector('svg')?.getAttribute('viewBox') ?? '')
    .split(' ')
    .map(Number) as [number, number];
  // One path of four "M x1,y1 L x2,y2" segments.
  const d = document.querySelector('[data-part="connectors"] path')?.getAttribute('d') ?? '';
  const lines = [...d.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map(
    ([, x1, y1, x2, y2]) =>
      [
        [Number(x1), Number(y1)],
        [Number(x2), Number(y2)],
      ] as [Point, Point],
  );
  const cells = [...document.querySelectorAll('[data-plane="output"]')].map((cell) =>
    pointsOf(cell.getAttribute('points')),
  );
  const current = pointsOf(
    document.querySelector('[data-part="current-output"]')?.getAttribute('points') ?? null,
  );
  return { minX, minY, lines, cells, current };
}

/** Inside a convex polygon, at least `margin` px from each edge. */
function within(point: Point, polygon: Point[], margin: number): boolean {
  const signs = polygon.map((a, i) => {
    const b = polygon[(i + 1) % polygon.length] as Point;
    const cross = (b[0] - a[0]) * (point[1] - a[1]) - (b[1] - a[1]) * (point[0] - a[0]);
    return cross / Math.hypot(b[0] - a[0], b[1] - a[1]);
  });
  return signs.every((d) => d > margin) || signs.every((d) => d < -margin);
}

describe('connectors behind the output sheet', () => {
  it(`arbitrary_padding_no_strides frame ${FRAME}: hidden over the sheet, drawn outside it`, async () => {
    const { minX, minY, lines, cells, current } = geometry(renderSvg(SPEC, FRAME));
    expect(lines).toHaveLength(4);
    const gif = decodeGif(await renderGif(SPEC, { scale: SCALE }));
    const frame = gif.frames[FRAME] as Uint8ClampedArray;
    const pixel = ([x, y]: Point) => {
      const i = (Math.floor((y - minY) * SCALE) * gif.width + Math.floor((x - minX) * SCALE)) * 4;
      return [frame[i], frame[i + 1], frame[i + 2]] as number[];
    };
    // The line is 1.4 px wide here: its darkest pixel within one pixel of the point.
    const darkNear = ([x, y]: Point) =>
      [-1, 0, 1].some((dx) =>
        [-1, 0, 1].some((dy) => Math.max(...pixel([x + dx / SCALE, y + dy / SCALE])) < 90),
      );
    const cyan = (rgb: number[]) =>
      rgb.every((value, k) => Math.abs(value - ([0x2a, 0xa1, 0x98][k] as number)) <= 24);
    let over = 0;
    let outside = 0;
    for (const [from, to] of lines) {
      for (let k = 1; k < 40; k++) {
        const point: Point = [
          from[0] + ((to[0] - from[0]) * k) / 40,
          from[1] + ((to[1] - from[1]) * k) / 40,
        ];
        // Away from cell edges (grid lines) and from the sheet's border.
        const cell = cells.find((polygon) => within(point, polygon, 3));
        const onSheet = cells.some((polygon) => within(point, polygon, -1));
        if (within(point, current, -3)) continue; // the shaded current cell, where it ends
        if (cell) {
          over++;
          expect(cyan(pixel(point)), `sheet at ${point}`).toBe(true);
        } else if (!onSheet) {
          outside++;
          expect(darkNear(point), `line at ${point}`).toBe(true);
        }
      }
    }
    // This frame has connectors crossing the sheet, and plenty of line outside it.
    expect(over).toBeGreaterThan(5);
    expect(outside).toBeGreaterThan(40);
  });
});
