import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a file so that it is either complete or absent: into a temporary name beside it, then
 * renamed (atomic on one file system). A failure leaves no half-written file behind. The
 * temporary name is short and fixed in length (`.conv-<16 hex>.tmp`, 26 bytes), so any name the
 * file system accepts for `path` works: it never pushes past the 255-byte file-name limit.
 *
 * @example
 * writeFileAtomic('out/frame.svg', renderSvg({ input: 5, kernel: 3 }))
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = join(dirname(path), `.conv-${randomBytes(8).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
