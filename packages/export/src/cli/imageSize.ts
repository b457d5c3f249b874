import { paperGallery } from '@conv-arithmetic/core/gallery';
import { gallerySpec } from '../gallery';
import { fitsRaster, scaledSize, sizeProblem, svgSize } from '../limits';
import { renderSvg } from '../render';
import type { ExportSpec } from '../spec';
import type { Command } from './args';
import { UsageError } from './values';

type Rasterising = Extract<Command, { name: 'gif' | 'png' | 'gallery' }>;

/** The flag to blame when an image is too large. */
function culprit(spec: ExportSpec, fitsAtScaleOne: boolean, scaleGiven: boolean): string {
  if (fitsAtScaleOne && scaleGiven) return 'scale';
  if (spec.cellSize !== undefined) return 'cell-size';
  return scaleGiven ? 'scale' : 'input';
}

/**
 * Refuses, before anything is rasterised, an image larger than the exporter draws: the drawing's
 * size comes from one frame's SVG (cheap: no pixels), times the scale.
 */
export function checkImageSize(command: Rasterising): void {
  const specs =
    command.name === 'gallery'
      ? paperGallery.map((entry) => gallerySpec(entry, command))
      : [command.spec];
  const frame = command.name === 'png' ? command.frame : 0;
  for (const spec of specs) {
    const base = svgSize(renderSvg(spec, frame));
    if (base === null) continue;
    const pixels = scaledSize(base, command.scale);
    if (fitsRaster(pixels)) continue;
    const flag = culprit(spec, fitsRaster(scaledSize(base, 1)), command.scale !== 1);
    throw new UsageError(`--${flag}: ${sizeProblem(pixels)}`, command.name);
  }
}
