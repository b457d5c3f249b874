import type { Point } from './projection';

const EPSILON = 1e-9;

/**
 * Where a line from `from` to `to` (a corner on the sheet) passes under the convex `sheet`, as
 * in the paper, whose connectors are drawn before the output sheet: the point where it first
 * enters the sheet (`to` when it only meets it there), or null when it starts under the sheet
 * and is hidden whole. Cyrus–Beck clipping against the sheet's edges, in either winding.
 *
 * @example
 * visibleEnd([0, 10], [5, 0], [[0, 0], [10, 0], [10, 5], [0, 5]]) // [2.5, 5]
 */
export function visibleEnd(from: Point, to: Point, sheet: readonly Point[]): Point | null {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  // Twice the signed area: its sign says which side of each edge is inside.
  let area = 0;
  sheet.forEach((a, i) => {
    const b = sheet[(i + 1) % sheet.length] as Point;
    area += a[0] * b[1] - b[0] * a[1];
  });
  const side = area >= 0 ? 1 : -1;
  let enter = 0;
  let leave = 1;
  for (let i = 0; i < sheet.length; i++) {
    const a = sheet[i] as Point;
    const b = sheet[(i + 1) % sheet.length] as Point;
    // Inward normal of edge a→b; inside where normal · (point − a) ≥ 0.
    const nx = -(b[1] - a[1]) * side;
    const ny = (b[0] - a[0]) * side;
    const start = nx * (from[0] - a[0]) + ny * (from[1] - a[1]);
    const rate = nx * dx + ny * dy;
    if (Math.abs(rate) < EPSILON) {
      if (start < 0) return to; // parallel and outside this edge: never under the sheet
    } else if (rate > 0) {
      enter = Math.max(enter, -start / rate);
    } else {
      leave = Math.min(leave, -start / rate);
    }
  }
  if (enter > leave - EPSILON) return to; // meets the sheet at most in a point
  if (enter <= EPSILON) return null;
  return [from[0] + enter * dx, from[1] + enter * dy];
}
