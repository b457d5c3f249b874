// Builds the GIF worker as a chunk of its own and points the page's `new Worker(new URL(…))` at
// it. The ES build keeps the `new Worker(new URL('./x.js', import.meta.url))` form that Vite and
// webpack recognise, so a user's bundler bundles the worker in turn.
import { dirname, relative } from 'node:path/posix';
import { fileURLToPath } from 'node:url';

const WORKER_URL = /new URL\((['"])\.\/gifWorker\.ts\1, import\.meta\.url\)/;
const WORKER_SOURCE = fileURLToPath(new URL('./src/export/gifWorker.ts', import.meta.url));

/** @returns {import('rollup').Plugin} */
export function workerUrl() {
  return {
    name: 'worker-url',
    transform(code) {
      if (!WORKER_URL.test(code)) return null;
      const ref = this.emitFile({ type: 'chunk', id: WORKER_SOURCE, name: 'gifWorker' });
      return { code: code.replace(WORKER_URL, `import.meta.ROLLUP_FILE_URL_${ref}`), map: null };
    },
    // Relative to the chunk that asks: with one file per module, that may sit in a folder.
    resolveFileUrl({ chunkId, fileName, format }) {
      const path = relative(dirname(chunkId), fileName);
      return format === 'es'
        ? `new URL('${path.startsWith('.') ? path : `./${path}`}', import.meta.url)`
        : null;
    },
  };
}
