/** How an exported frame is drawn: cell size, labels and a caption under the picture. */
export interface FigureSvgOptions {
  cellSize?: number | undefined;
  labels?: boolean | undefined;
  /** Text drawn under the picture (at most 500 characters). */
  caption?: string | undefined;
}
