// Builds a staged site with its framework's own command and serves the result with its own
// server on 127.0.0.1, a process stopped by its PID.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { binOf, type Framework } from './stage';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * The environment of every build and server: telemetry off, and home, caches and temp files
 * inside `root` (the suite's temp dir), so that nothing is kept anywhere else.
 */
export function isolatedEnv(root: string): NodeJS.ProcessEnv {
  const home = join(root, 'home');
  const tmp = join(root, 'tmp');
  mkdirSync(home, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_CONFIG_HOME: join(home, '.config'),
    TMPDIR: tmp,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    CI: 'true',
  };
}

/** Every process started here and not yet ended: `stopAll` ends them by their PIDs. */
const running = new Set<ChildProcess>();

/** How long a build may take on a loaded 2-core machine before it counts as hung. */
const BUILD_LIMIT_MS = 180_000;

/**
 * Runs a command to its end in its own process group; resolves with its output, rejects with it
 * on failure, or when it runs past `limit` ms (then the group is stopped).
 */
function run(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  limit: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0] as string, command.slice(1), { cwd, env, detached: true });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      output += `\n(still running after ${limit / 1000} s: stopped)`;
      void stop(child);
    }, limit);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) resolve(output);
      else reject(new Error(`${command.slice(1).join(' ')} exited ${code}:\n${output}`));
    });
  });
}

const BUILD: Record<Framework, (dir: string) => string[]> = {
  next: (dir) => [...binOf(dir, 'next', 'next'), 'build'], // Turbopack, Next 16's default
  docusaurus: (dir) => [...binOf(dir, '@docusaurus/core', 'docusaurus'), 'build'],
  astro: (dir) => [...binOf(dir, 'astro', 'astro'), 'build'],
};

/** Builds the site in `dir` with its framework's build command; resolves with the log. */
export function buildSite(framework: Framework, dir: string, env: NodeJS.ProcessEnv) {
  return run(BUILD[framework](dir), dir, env, BUILD_LIMIT_MS);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/** Stops a server process by its PID (and the workers it started, in its process group). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve();
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  return exited;
}

/** Stops every build and server still running (a hook that timed out leaves them). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stop));
}

/** Each framework's own server for what it built, on 127.0.0.1 and `port`. */
const SERVE: Record<Framework, (dir: string, port: string) => string[]> = {
  next: (dir, port) => [...binOf(dir, 'next', 'next'), 'start', '-H', '127.0.0.1', '-p', port],
  docusaurus: (dir, port) => [
    ...binOf(dir, '@docusaurus/core', 'docusaurus'),
    'serve',
    '--host',
    '127.0.0.1',
    '--port',
    port,
    '--no-open',
  ],
  astro: (dir, port) => [
    ...binOf(dir, 'astro', 'astro'),
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    port,
  ],
};

/**
 * Serves a built site with its framework's server (`next start`, `docusaurus serve`, `astro
 * preview`) on 127.0.0.1; resolves once it answers. `close` stops it by its PID.
 */
export async function serveSite(
  framework: Framework,
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<Served> {
  const port = await freePort();
  const command = SERVE[framework](dir, String(port));
  const child = spawn(command[0] as string, command.slice(1), {
    cwd: dir,
    env,
    detached: true, // its own process group, stopped as one
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${framework} server exited ${child.exitCode}:\n${output}`);
    }
    try {
      await fetch(url);
      break; // answering
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop(child);
      throw new Error(`${framework} server did not answer in 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, close: () => stop(child) };
}
