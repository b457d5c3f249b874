/// <reference path="./gifenc.d.ts" />
import { encodeGifWith, type FrameSource, type GifOptions, gifencApi } from './gifEncoder';

export type { FrameSource, GifOptions, RgbaFrame } from './gifEncoder';

/**
 * Encodes frames as one animated GIF89a (see encodeGifWith), loading gifenc on first use so
 * pages that never export never download it.
 *
 * @example
 * const bytes = await encodeGif(frames, { frameDuration: 1000, loop: true })
 */
export async function encodeGif(
  frames: FrameSource,
  options: GifOptions = {},
): Promise<Uint8Array> {
  return encodeGifWith(gifencApi(await import('gifenc')), frames, options);
}
