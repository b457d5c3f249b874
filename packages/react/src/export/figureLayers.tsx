import type { ReactElement } from 'react';
import type { FigureModel } from '../figure/model';
import { DiagramSvg } from '../svg/DiagramSvg';
import { FrameOverlay } from '../svg/FrameOverlay';
import { frameBox } from '../svg/frameBox';
import { pictureLayout } from '../svg/pictureLayout';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import type { FigureSvgOptions } from './figureSvg';

/** A rectangle of the raster, in whole pixels. */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A figure split for animation: what lies under the frame overlay and what lies over it are
 * drawn once, and per frame only the overlay, cropped to the pixels it can touch. Source-over
 * compositing is associative, so under + overlay + over equals the whole frame's raster (up to
 * rounding at antialiased edges).
 */
export interface FigureLayers {
  /** The static picture under the overlay (opaque): background and planes. */
  readonly below: ReactElement;
  /** The static picture over the overlay (transparent elsewhere): numbers, labels, legend. */
  readonly above: ReactElement;
  /** The raster pixels frame `frame`'s overlay can touch at `scale`, within width × height. */
  crop(frame: number, scale: number, width: number, height: number): PixelRect;
  /** Frame `frame`'s overlay alone, its viewBox the crop: rasterise it at crop.width × crop.height. */
  overlay(frame: number, crop: PixelRect, scale: number): ReactElement;
}

/**
 * The layers of a figure, for exporters that rasterise many frames.
 *
 * @example
 * const layers = figureLayers(model, classicTheme); const crop = layers.crop(3, 1, 400, 300)
 */
export function figureLayers(
  model: FigureModel,
  theme: ConvTheme,
  options: FigureSvgOptions = {},
): FigureLayers {
  const { diagram } = model;
  const labels = options.labels ?? true;
  const kind = model.layout ?? 'perspective';
  const unit = options.cellSize ?? theme.cellSize;
  const { layout } = pictureLayout(diagram, kind, unit, labels, theme);
  // DiagramSvg's viewBox origin: raster pixel (0, 0) at scale s is this SVG point.
  const originX = round(layout.minX);
  const originY = round(layout.minY);
  const part = (layers: 'below' | 'above') => (
    <DiagramSvg
      diagram={diagram}
      frame={0}
      theme={theme}
      layout={kind}
      cellSize={options.cellSize}
      numbers={model.numbers}
      labels={labels}
      title={model.title}
      layers={layers}
    />
  );
  return {
    below: part('below'),
    above: part('above'),
    crop(frame, scale, width, height) {
      const box = frameBox(diagram, layout, theme, frame);
      const left = Math.max(0, Math.floor((box.minX - originX) * scale));
      const top = Math.max(0, Math.floor((box.minY - originY) * scale));
      const right = Math.min(width, Math.ceil((box.maxX - originX) * scale));
      const bottom = Math.min(height, Math.ceil((box.maxY - originY) * scale));
      return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
    },
    overlay(frame, crop, scale) {
      const width = crop.width / scale;
      const height = crop.height / scale;
      return (
        <svg
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`${originX + crop.left / scale} ${originY + crop.top / scale} ${width} ${height}`}
          width={width}
          height={height}
        >
          <FrameOverlay
            diagram={diagram}
            frame={frame}
            layout={layout}
            theme={theme}
            numbers={model.numbers}
          />
        </svg>
      );
    },
  };
}
