// Temp dirs of a test file's own, under os.tmpdir(), each removed after the test that made it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Registers an afterEach that removes every dir the returned function made during the test.
 *
 * @example
 * const tmp = tempDirs('conv-cli-');
 * it('writes', () => { const dir = tmp(); ... });
 */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
