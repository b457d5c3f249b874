import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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
const temporaryBeside = (path: string) =>
  join(dirname(path), `.conv-${randomBytes(8).toString('hex')}.tmp`);

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = temporaryBeside(path);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Like writeFileAtomic, for data made piece by piece: `produce` hands each chunk to `write` as it
 * is made, so the whole file is never in memory. Complete or absent, as writeFileAtomic.
 *
 * @example
 * await writeFileAtomicStreaming('out.gif', (write) => encodeGif(frames, { sink: write }))
 */
export async function writeFileAtomicStreaming(
  path: string,
  produce: (write: (chunk: Uint8Array) => void) => Promise<unknown>,
): Promise<void> {
  const temporary = temporaryBeside(path);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx');
    const handle = fd;
    await produce((chunk) => {
      for (let at = 0; at < chunk.length; ) at += writeSync(handle, chunk, at);
    });
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}
