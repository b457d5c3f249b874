import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type GalleryEntry, paperGallery } from '@conv-arithmetic/core/gallery';
import { writeFileAtomic } from './files';
import { galleryPage } from './galleryPage';
import { type GifExportOptions, writeGif } from './gif';
import type { ExportSpec } from './spec';

export interface GalleryOptions extends GifExportOptions {
  /** Theme for every animation (default: the paper's colours). */
  theme?: ExportSpec['theme'];
  /** Labels and legend (default false: the seed's GIFs have none). */
  labels?: boolean | undefined;
  /** Called before each file is written: (file name, 1-based position, total). */
  onProgress?: ((file: string, position: number, total: number) => void) | undefined;
}

/** The export spec of one gallery entry: the numerical ones with their values, laid out flat. */
export function gallerySpec(
  entry: GalleryEntry,
  options: Pick<GalleryOptions, 'theme' | 'labels'> = {},
): ExportSpec {
  const kind =
    entry.kind !== 'conv' ? entry.kind : entry.section === 'dilated' ? 'dilated' : 'conv';
  return {
    ...entry.spec,
    kind,
    theme: options.theme,
    labels: options.labels ?? false,
    title: entry.caption,
    ...(entry.section === 'numerical' ? { showValues: true } : {}),
  };
}

/**
 * Writes the seed generator's 19 animations under its file names (the README's 15 GIFs and the
 * 4 numerical ones), plus an index.html laid out like the seed README. Returns the names written.
 */
export async function writeGallery(
  directory: string,
  options: GalleryOptions = {},
): Promise<string[]> {
  mkdirSync(directory, { recursive: true });
  const written: string[] = [];
  for (const [i, entry] of paperGallery.entries()) {
    const file = `${entry.name}.gif`;
    options.onProgress?.(file, i + 1, paperGallery.length);
    await writeGif(gallerySpec(entry, options), join(directory, file), options);
    written.push(file);
  }
  writeFileAtomic(join(directory, 'index.html'), galleryPage(paperGallery));
  written.push('index.html');
  return written;
}
