import type { RgbaFrame } from '@conv-arithmetic/react/export';
import { Resvg } from '@resvg/resvg-js';
import { requireRasterSize } from './limits';

export interface RasterOptions {
  /** Pixels per SVG pixel (default 1). */
  scale?: number | undefined;
}

function render(svg: string, options: RasterOptions) {
  const scale = options.scale ?? 1;
  requireRasterSize(svg, scale);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    // Labels and numbers use the machine's sans-serif fonts. Loading them takes ~2.5 ms and
    // holds their data until the renderer is collected: skipped for drawings without text (the
    // frame overlays of an animation, rasterised thousands of times).
    font: { loadSystemFonts: svg.includes('<text'), defaultFontFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render();
}

/** An SVG document rasterised by resvg to PNG bytes. */
export function svgToPng(svg: string, options: RasterOptions = {}): Uint8Array {
  return render(svg, options).asPng();
}

/** An SVG document rasterised by resvg to RGBA pixels, flattened on white. */
export function svgToRgba(svg: string, options: RasterOptions = {}): RgbaFrame {
  const image = render(svg, options);
  const pixels = image.pixels;
  // resvg hands over a fresh buffer: flatten it in place rather than copy a frame's worth.
  const data = new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  // The diagram paints its own background; flatten any remaining transparency onto white.
  for (let i = 0; i < data.length; i += 4) {
    const alpha = (data[i + 3] as number) / 255;
    if (alpha === 1) continue;
    for (let c = 0; c < 3; c++)
      data[i + c] = Math.round((data[i + c] as number) * alpha + 255 * (1 - alpha));
    data[i + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}

/**
 * An SVG document rasterised by resvg to premultiplied RGBA, transparent where nothing is drawn
 * (a layer to composite).
 *
 * @example
 * svgToLayer(overlaySvg, { scale: 1 }).data // alpha kept
 */
export function svgToLayer(svg: string, options: RasterOptions = {}): RgbaFrame {
  const image = render(svg, options);
  const pixels = image.pixels;
  return {
    width: image.width,
    height: image.height,
    data: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength),
  };
}
