// Builds the GIF worker as a chunk of its own and points the page's `new Worker(new URL(…))` at
// it. The ES build keeps the `new Worker(new URL('./x.js', import.meta.url))` form that Vite and
// webpack recognise, so a user's bundler bundles the worker in turn.
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
    resolveFileUrl({ fileName, format }) {
      return format === 'es' ? `new URL('./${fileName}', import.meta.url)` : null;
    },
  };
}
