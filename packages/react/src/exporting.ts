// Entry point `@conv-arithmetic/react/export`: what exporters need to draw and encode files
// exactly as the components draw them, kept out of the main entry so pages stay light.
export type { GifOptions, RgbaFrame } from './export/encodeGif';
export { encodeGif } from './export/encodeGif';
export type { FigureLayers } from './export/figureLayers';
export { figureLayers } from './export/figureLayers';
export type { FigureSvgOptions } from './export/figureSvg';
export { figureSvgElement, svgDocument } from './export/figureSvg';
export type { PixelRect } from './export/pixelRect';
export { unionRect } from './export/pixelRect';
export { captionError, MAX_CAPTION_LENGTH } from './svg/captionLayout';
export { frameError } from './svg/frameError';
export { describeViewFrame } from './views/describeView';
export type { ViewSvgProps } from './views/ViewSvg';
export { ViewSvg } from './views/ViewSvg';
