/** A point in SVG pixels. */
export type Point = readonly [x: number, y: number];

/** Maps a grid corner (row, col counted from the top-left, in cell units) to SVG pixels. */
export type Projection = (row: number, col: number) => Point;

/**
 * The paper's oblique projection (TikZ `yslant=0.5, xslant=-0.7`, as fitted to its GIFs):
 * with x to the right and y up, x′ = x − 0.7·y and y′ = 0.5·x + 0.65·y. The grid's top-left
 * lands on the left corner, top-right on the top, bottom-right on the right.
 * `lift` raises the whole plane (in cell units, screen-vertically); `shift` moves it right.
 */
export function obliqueProjection(rows: number, unit: number, lift = 0, shift = 0): Projection {
  return (row, col) => {
    const y = rows - row;
    return [(col - 0.7 * y + shift) * unit, -(0.5 * col + 0.65 * y + lift) * unit];
  };
}

/** No slant: the numerical figures' flat grids, `top`/`left` in cell units. */
export function flatProjection(unit: number, top = 0, left = 0): Projection {
  return (row, col) => [(col + left) * unit, (row + top) * unit];
}

const AT_ZERO: Point = [0, 0];

/**
 * The four corners of cell (row, col), clockwise from its top-left, as an SVG points string;
 * with `origin` (a rounded point), relative to it: rounded corners minus the origin.
 */
export function cellPoints(
  project: Projection,
  row: number,
  col: number,
  rows = 1,
  cols = 1,
  origin: Point = AT_ZERO,
): string {
  const [ox, oy] = origin;
  // Built by hand, not mapped and joined: the planes call this for every cell.
  const corner = ([x, y]: Point) => `${round(round(x) - ox)},${round(round(y) - oy)}`;
  return `${corner(project(row, col))} ${corner(project(row, col + cols))} ${corner(project(row + rows, col + cols))} ${corner(project(row + rows, col))}`;
}

/** Two decimals keep the SVG short and identical between server and client renders. */
export const round = (n: number) => Math.round(n * 100) / 100;
