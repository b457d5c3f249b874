import { encodeGif, type GifOptions, type RgbaFrame } from './encodeGif';
import type { FromGifWorker } from './gifWorkerProtocol';

/** Frames posted and not yet encoded, at most: the page draws ahead, but not without bound. */
const MAX_IN_FLIGHT = 4;
/** How long the worker may take to load before the page encodes by itself. */
const WORKER_START_MS = 5000;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./gifWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null; // a page whose policy forbids workers, say
  }
}

/** Whether the worker loaded: its first message, or an error or silence. */
function started(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), WORKER_START_MS);
    worker.onmessage = ({ data }: MessageEvent<FromGifWorker>) => {
      clearTimeout(timer);
      resolve(data.type === 'ready');
    };
    worker.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
  });
}

/** The frame's pixels as a buffer of their own, to hand over without a copy when possible. */
function transferable(frame: RgbaFrame): RgbaFrame & { data: Uint8Array | Uint8ClampedArray } {
  const { data } = frame;
  const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  return { ...frame, data: whole ? data : data.slice() };
}

function encodeIn(
  worker: Worker,
  frames: AsyncIterable<RgbaFrame>,
  options: Omit<GifOptions, 'sink'>,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    let failed = false;
    let wake: (() => void) | null = null;
    const fail = (error: Error) => {
      failed = true;
      wake?.();
      reject(error);
    };
    worker.onmessage = ({ data }: MessageEvent<FromGifWorker>) => {
      if (data.type === 'encoded') {
        inFlight--;
        wake?.();
        wake = null;
      } else if (data.type === 'done') resolve(data.bytes);
      else if (data.type === 'error') fail(new Error(data.message));
    };
    worker.onerror = (event) => fail(new Error(event.message || 'the GIF encoder stopped'));
    worker.postMessage({ type: 'start', options });
    (async () => {
      for await (const frame of frames) {
        while (inFlight >= MAX_IN_FLIGHT && !failed) {
          await new Promise<void>((resolve) => (wake = resolve));
        }
        if (failed) return;
        const own = transferable(frame);
        worker.postMessage({ type: 'frame', frame: own }, [own.data.buffer as ArrayBuffer]);
        inFlight++;
      }
      worker.postMessage({ type: 'end' });
    })().catch(fail);
  });
}

/**
 * encodeGif in a worker: the page draws frame n + 1 while the worker encodes frame n. Where no
 * worker can start (no Worker, a blocked script, a bundler that did not emit it) the page
 * encodes by itself.
 *
 * @example
 * const bytes = await encodeGifOffThread(rgbaFrames(model, theme, {}), { frameDuration: 1000 })
 */
export async function encodeGifOffThread(
  frames: AsyncIterable<RgbaFrame>,
  options: Omit<GifOptions, 'sink'> = {},
): Promise<Uint8Array> {
  const worker = startWorker();
  if (!worker) return encodeGif(frames, options);
  try {
    if (!(await started(worker))) return await encodeGif(frames, options);
    return await encodeIn(worker, frames, options);
  } finally {
    worker.terminate();
  }
}
