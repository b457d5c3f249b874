// Node rows: server rendering the three components, writing the whole gallery, and the size of the
// 15 GIFs it writes next to the seed's originals.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtExport, builtReact } from './built';
import { median, type Row, row } from './row';
import { tempDir } from './temp';

/** Where the seed's 15 GIFs are looked for: SEED_GIFS_DIR, else the shared reference copy. */
export const SEED_GIFS_DIR = process.env.SEED_GIFS_DIR ?? '/work/shared/reference/seed-gifs';

const RENDER_RUNS = 20;
const GALLERY_RUNS = 3;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** renderToString of the README's three examples, one after another: median ms per run. */
async function renderToStringMs(): Promise<number> {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { ConvAnimation, TransposedConvAnimation, DilatedConvAnimation } = await builtReact();
  const elements = [
    createElement(ConvAnimation, { input: 5, kernel: 3, padding: 1, stride: 2 }),
    createElement(TransposedConvAnimation, {
      input: 3,
      kernel: 3,
      stride: 2,
      padding: 1,
      outputPadding: 1,
    }),
    createElement(DilatedConvAnimation, { input: 7, kernel: 3 }),
  ];
  const once = () => {
    const start = process.hrtime.bigint();
    for (const element of elements) {
      const html = renderToString(element);
      // A render that fell back to the alert would be fast and wrong.
      if (!html.includes('<svg') || html.includes('role="alert"')) {
        throw new Error(`renderToString did not draw a diagram: ${html.slice(0, 200)}`);
      }
    }
    return ms(start);
  };
  for (let i = 0; i < 3; i++) once();
  return median(Array.from({ length: RENDER_RUNS }, once));
}

/** Total bytes of the named GIFs in a directory, or null when any is missing. */
function gifBytes(directory: string, names: readonly string[]): number | null {
  let total = 0;
  for (const name of names) {
    const path = join(directory, name);
    if (!existsSync(path)) return null;
    total += statSync(path).size;
  }
  return total;
}

/** writeGallery into a temp dir of its own, GALLERY_RUNS times: median seconds, our GIF bytes. */
async function gallery(): Promise<{ seconds: number; names: string[]; bytes: number }> {
  const { writeGallery } = await builtExport();
  const times: number[] = [];
  let names: string[] = [];
  let bytes = 0;
  for (let i = 0; i < GALLERY_RUNS; i++) {
    const { path: directory, remove } = tempDir('gallery');
    try {
      const start = process.hrtime.bigint();
      const written = await writeGallery(directory);
      times.push(ms(start) / 1000);
      // The seed has GIFs of the README's 15 only (its numerical animations are PDF frames).
      names = written.filter((file) => file.endsWith('.gif') && !file.startsWith('numerical_'));
      if (names.length !== 15 || readdirSync(directory).length !== 20) {
        throw new Error(`writeGallery wrote ${readdirSync(directory).join(', ')}`);
      }
      bytes = gifBytes(directory, names) ?? 0;
    } finally {
      remove();
    }
  }
  return { seconds: median(times), names, bytes };
}

export async function nodeRows(): Promise<Row[]> {
  const render = await renderToStringMs();
  const written = await gallery();
  const seed = gifBytes(SEED_GIFS_DIR, written.names);
  const gifsFigure = "The 15 GIFs it replaces: ours / the seed's";
  return [
    row('renderToString of the three components (Node)', [render], 'ms', {
      format: (v) => `${v.toFixed(2)} ms`,
      detail: { runs: RENDER_RUNS },
    }),
    row('Write the whole gallery (19 GIFs + index.html)', [written.seconds], 's', {
      format: (v) => `${v.toFixed(2)} s`,
      target: { text: '< 20 s', meets: (v) => v < 20 },
      detail: { runs: GALLERY_RUNS },
    }),
    seed === null
      ? {
          ...row(gifsFigure, [written.bytes], 'bytes', { format: megabytes }),
          measured: `${megabytes(written.bytes)} / n/a (seed GIFs not found in ${SEED_GIFS_DIR})`,
        }
      : row(gifsFigure, [written.bytes, seed], 'bytes', {
          format: megabytes,
          detail: { seedDirectory: SEED_GIFS_DIR },
        }),
  ];
}
