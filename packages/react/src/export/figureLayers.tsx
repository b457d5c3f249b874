import type { ReactElement, ReactNode } from 'react';
import type { FigureModel } from '../figure/model';
import { DiagramSvg } from '../svg/DiagramSvg';
import { FrameOverlay } from '../svg/FrameOverlay';
import { frameBox, type SvgBox } from '../svg/frameBox';
import { pictureLayout } from '../svg/pictureLayout';
import { round } from '../svg/projection';
import { schemeTheme } from '../theme/paint';
import type { ConvTheme } from '../theme/tokens';
import { matrixGeometry, matrixOf } from '../views/MatrixSvg';
import { scatterGeometry } from '../views/ScatterSvg';
import { captionFooter } from './captionFooter';
import { type FigureSvgOptions, figureSvgElement } from './figureSvg';

import type { PixelRect } from './pixelRect';

/**
 * A figure split for animation: what lies under the frame overlay and what lies over it are
 * drawn once, and per frame only the overlay, cropped to the pixels it can touch. Source-over
 * compositing is associative, so under + overlay + over equals the whole frame's raster (up to
 * rounding at antialiased edges).
 */
export interface FigureLayers {
  /** The size the SVG documents declare (the picture at scale 1, maybe fractional). */
  readonly size: { width: number; height: number };
  /** The static picture under the overlay (opaque): background and planes. */
  readonly below: ReactElement;
  /** The static picture over the overlay (transparent elsewhere): numbers, labels, legend. */
  readonly above: ReactElement;
  /**
   * The pixels frame `frame`'s overlay can touch when the picture is drawn over width × height
   * pixels (within the canvas of that size rounded up).
   */
  crop(frame: number, width: number, height: number): PixelRect;
  /**
   * Frame `frame`'s overlay alone, cut to `crop` of the picture rasterised at width × height:
   * rasterise it at its own size (crop.width × crop.height, scale 1).
   */
  overlay(frame: number, crop: PixelRect, width: number, height: number): ReactElement;
}

/**
 * An overlay cut to `crop` of the picture rasterised at width × height: drawn through a nested
 * <svg> of the picture's pixel size that stretches `viewBox` over it as a rasteriser stretches
 * the whole picture, so the overlay's pixels land exactly where they would in the whole frame.
 */
function CroppedOverlay(props: {
  title: string;
  crop: PixelRect;
  width: number;
  height: number;
  viewBox: string;
  children: ReactNode;
}) {
  const { title, crop, width, height, viewBox, children } = props;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${crop.width} ${crop.height}`}
      width={crop.width}
      height={crop.height}
    >
      <title>{title}</title>
      <svg
        x={-crop.left}
        y={-crop.top}
        width={width}
        height={height}
        viewBox={viewBox}
        preserveAspectRatio="none"
      >
        <title>{title}</title>
        {children}
      </svg>
    </svg>
  );
}

/**
 * The layers of a figure, for exporters that rasterise many frames.
 *
 * @example
 * const layers = figureLayers(model, classicTheme); const crop = layers.crop(3, 1, 400, 300)
 */
export function figureLayers(
  model: FigureModel,
  themeGiven: ConvTheme,
  options: FigureSvgOptions = {},
): FigureLayers {
  // Files hold real colours: an auto theme draws its light scheme unless resolved before.
  const theme = schemeTheme(themeGiven);
  if (model.view !== 'equivalent') return wholeFrameLayers(model, theme, options);
  const { diagram } = model;
  const labels = options.labels ?? true;
  const kind = model.layout ?? 'perspective';
  const unit = options.cellSize ?? theme.cellSize;
  const footer = captionFooter(options.caption, theme);
  const { layout } = pictureLayout(diagram, kind, unit, labels, theme, footer);
  // DiagramSvg's viewBox. A rasteriser stretches it over whole pixels (resvg rounds the size
  // up and scales each axis to fit): the overlay is drawn through a nested <svg> of the
  // picture's pixel size that stretches the same way, so it gets exactly that transform.
  const viewBox = [
    round(layout.minX),
    round(layout.minY),
    round(layout.width),
    round(layout.height),
  ];
  const [originX, originY, viewWidth, viewHeight] = viewBox as [number, number, number, number];
  const toPixels = (box: SvgBox, width: number, height: number) => {
    const scaleX = width / viewWidth;
    const scaleY = height / viewHeight;
    return {
      minX: (box.minX - originX) * scaleX,
      maxX: (box.maxX - originX) * scaleX,
      minY: (box.minY - originY) * scaleY,
      maxY: (box.maxY - originY) * scaleY,
    };
  };
  const part = (layers: 'below' | 'above') => (
    <DiagramSvg
      diagram={diagram}
      frame={0}
      theme={theme}
      layout={kind}
      cellSize={options.cellSize}
      numbers={model.numbers}
      labels={labels}
      footer={footer}
      title={model.title}
      reveal={model.reveal}
      layers={layers}
    />
  );
  return {
    size: { width: viewWidth, height: viewHeight },
    below: part('below'),
    above: part('above'),
    crop(frame, width, height) {
      const progressive = model.reveal === 'progressive';
      const box = toPixels(frameBox(diagram, layout, theme, frame, progressive), width, height);
      const left = Math.max(0, Math.floor(box.minX));
      const top = Math.max(0, Math.floor(box.minY));
      const right = Math.min(Math.ceil(width), Math.ceil(box.maxX));
      const bottom = Math.min(Math.ceil(height), Math.ceil(box.maxY));
      return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
    },
    overlay(frame, crop, width, height) {
      return (
        <CroppedOverlay
          title={model.title}
          crop={crop}
          width={width}
          height={height}
          viewBox={viewBox.join(' ')}
        >
          <FrameOverlay
            diagram={diagram}
            frame={frame}
            layout={layout}
            theme={theme}
            numbers={model.numbers}
            progressive={model.reveal === 'progressive'}
          />
        </CroppedOverlay>
      );
    },
  };
}

/**
 * The scatter and matrix views change all over the picture (running sums, a whole row): each
 * frame's overlay is the whole frame, drawn over a background and under nothing.
 */
function wholeFrameLayers(
  model: FigureModel,
  theme: ConvTheme,
  options: FigureSvgOptions,
): FigureLayers {
  const unit = options.cellSize ?? theme.cellSize;
  const labels = options.labels ?? true;
  const g =
    model.view === 'scatter'
      ? scatterGeometry(model, unit, labels, theme)
      : matrixGeometry(matrixOf(model), unit, labels, theme);
  const size = { width: round(g.width), height: round(g.height) };
  const blank = (fill: string) => (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size.width} ${size.height}`}
      width={size.width}
      height={size.height}
    >
      <title>{model.title}</title>
      <rect width={size.width} height={size.height} fill={fill} />
    </svg>
  );
  return {
    size,
    below: blank(theme.colors.background),
    above: blank('none'),
    crop: (_frame, width, height) => ({
      left: 0,
      top: 0,
      width: Math.max(1, Math.ceil(width)),
      height: Math.max(1, Math.ceil(height)),
    }),
    // The whole frame, stretched over the picture's pixels as the static layers are.
    overlay: (frame, crop, width, height) => (
      <CroppedOverlay
        title={model.title}
        crop={crop}
        width={width}
        height={height}
        viewBox={`0 0 ${size.width} ${size.height}`}
      >
        {figureSvgElement(model, frame, theme, options)}
      </CroppedOverlay>
    ),
  };
}
