import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// resvg's pixmaps and parsed trees live outside the JS heap, where V8 does not see them: with a
// small JS heap it seldom collects, and a long animation would pile up every frame's pixels.
// So the exporter collects itself once it has let go of enough native memory, then lets the event
// loop turn: Node runs the native finalizers that free those pixels only from there.
let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null; // a runtime without it: memory then follows V8's own schedule
    }
  }
  return collect;
}

/**
 * Counts native bytes let go; every `budget` bytes, collects garbage and waits one turn of the
 * event loop so the native memory is really freed.
 *
 * @example
 * const release = nativeReleaser(64 * 2 ** 20); for (const f of frames) { use(f); await release(f.data.byteLength) }
 */
export function nativeReleaser(budget: number): (bytes: number) => Promise<void> {
  let pending = 0;
  return async (bytes) => {
    pending += bytes;
    if (pending < budget) return;
    pending = 0;
    collector()?.();
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
}
