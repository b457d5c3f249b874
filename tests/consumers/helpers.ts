import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export const consumer = (name: 'app' | 'react18') => join(inject('consumerRoot'), name);

/** Runs a command in a consumer project; returns stdout, throws with stderr on failure. */
export function runIn(dir: string, command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`,
    );
  }
}

/** Writes a file into a consumer project and runs it with node. */
export function runScript(dir: string, file: string, source: string): string {
  writeFileSync(join(dir, file), source);
  return runIn(dir, 'node', [file]);
}
