import type { GifOptions, RgbaFrame } from './gifEncoder';

/** What the page posts to the GIF worker: the options, then frames one by one, then the end. */
export type ToGifWorker =
  | { type: 'start'; options: Omit<GifOptions, 'sink'> }
  | { type: 'frame'; frame: RgbaFrame }
  | { type: 'end' };

/** What the GIF worker posts back: loaded, each frame encoded, then the file or an error. */
export type FromGifWorker =
  | { type: 'ready' }
  | { type: 'encoded' }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
