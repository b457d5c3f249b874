import { figureSheet } from './sheet';

const SHEET = figureSheet();

/**
 * The stylesheet of the figures' HTML parts, rendered by each figure so that server HTML is
 * styled with no host setup (no ServerStyleSheet, registry or CSS import). React 19 hoists a
 * <style> with href and precedence into <head>, once per page however many figures render it,
 * server HTML included; React 18 leaves it in place (the attributes are inert there).
 *
 * @example
 * <FigureStyles />
 */
export function FigureStyles() {
  return (
    <style href="conv-arithmetic" precedence="conv-arithmetic">
      {SHEET}
    </style>
  );
}
