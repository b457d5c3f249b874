// Temp dirs of the bench's own under os.tmpdir(), removed when done and, should the run be cut
// short (a crash, or Ctrl-C through Playwright's handler, which exits the process), at exit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  path: string;
  remove(): void;
}

export function tempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), `conv-bench-${prefix}-`));
  const remove = () => {
    rmSync(path, { recursive: true, force: true });
    process.off('exit', remove);
  };
  process.on('exit', remove);
  return { path, remove };
}
