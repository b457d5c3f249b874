/// <reference path="./gifenc.d.ts" />
// A dedicated module worker that encodes the frames the page posts, while the page draws the
// next ones. No dynamic import() here: bundlers build workers as one file (Vite: iife).
import * as gifencModule from 'gifenc';
import { encodeGifWith, gifencApi, type RgbaFrame } from './gifEncoder';
import type { FromGifWorker, ToGifWorker } from './gifWorkerProtocol';

interface WorkerScope {
  postMessage(message: FromGifWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToGifWorker>) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

/** Frames as they arrive, handed to the encoder as it asks; each later ask acknowledges one. */
function frameQueue() {
  const waiting: RgbaFrame[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  let handedOut = false;
  async function* frames(): AsyncGenerator<RgbaFrame> {
    for (;;) {
      if (handedOut) scope.postMessage({ type: 'encoded' });
      while (waiting.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
      const frame = waiting.shift();
      if (!frame) return;
      handedOut = true;
      yield frame;
    }
  }
  const notify = () => {
    wake?.();
    wake = null;
  };
  return {
    frames,
    push(frame: RgbaFrame) {
      waiting.push(frame);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
  };
}

const queue = frameQueue();
scope.onmessage = ({ data }) => {
  if (data.type === 'frame') queue.push(data.frame);
  else if (data.type === 'end') queue.end();
  else {
    encodeGifWith(gifencApi(gifencModule), queue.frames(), data.options).then(
      (bytes) => scope.postMessage({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]),
      (error: unknown) =>
        scope.postMessage({
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  }
};
scope.postMessage({ type: 'ready' });
