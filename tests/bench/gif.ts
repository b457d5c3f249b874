// GIF export rows: a 64×64 input's GIF written by the built CLI in a child process (peak RSS and
// wall time, from /usr/bin/time -v), and "Download GIF" of a 32×32 input in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../e2e/browser';
import { endSession, STATIC_DIR, startSession } from '../e2e/storybook';
import { ROOT } from './built';
import { type Row, row, skipped } from './row';
import { tempDir } from './temp';

const TIME = '/usr/bin/time';
const FIGURES = {
  node64: 'GIF of a 64×64 input, 3×3 kernel (Node, built packages): peak RSS',
  node64Time: 'GIF of a 64×64 input, 3×3 kernel (Node, built packages): wall time',
  browser32: 'Download GIF of a 32×32 input in Chromium: time',
};
const TARGETS = { node64: '< 300 MB', browser32: '< 10 s' };

/** Runs the built CLI under /usr/bin/time -v: peak RSS in MB and wall seconds. */
function nodeGif64(): Row[] {
  if (!existsSync(TIME)) return [skipped(FIGURES.node64, `skipped: no ${TIME}`, TARGETS.node64)];
  const { path, remove } = tempDir('gif64');
  try {
    const output = join(path, 'a.gif');
    const cli = join(ROOT, 'packages/export/bin/conv-arithmetic.mjs');
    const started = process.hrtime.bigint();
    const run = spawnSync(
      TIME,
      // The built packages, as a user's install runs them (no tsx, no source transforms).
      [
        '-v',
        process.execPath,
        '--import',
        join(ROOT, 'tests/bench/distRegister.mjs'),
        cli,
        'gif',
        '--input',
        '64',
        '--kernel',
        '3',
        '-o',
        output,
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const kilobytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
    if (run.status !== 0 || !Number.isFinite(kilobytes)) {
      throw new Error(`gif --input 64 failed (${run.status}): ${run.stderr.slice(-500)}`);
    }
    const detail = { bytes: statSync(output).size, frames: 62 * 62 };
    return [
      row(FIGURES.node64, [kilobytes / 1024], 'MB', {
        format: (v) => `${v.toFixed(0)} MB`,
        target: { text: TARGETS.node64, meets: (v) => v < 300 },
        detail,
      }),
      row(FIGURES.node64Time, [seconds], 's', { format: (v) => `${v.toFixed(0)} s`, detail }),
    ];
  } finally {
    remove();
  }
}

/** Clicks "Download GIF" on the Downloads story at input 32 and times the file's arrival. */
async function browserGif32(): Promise<Row> {
  if (!existsSync(CHROMIUM)) {
    return skipped(FIGURES.browser32, 'skipped: chromium not installed', TARGETS.browser32);
  }
  if (!existsSync(join(STATIC_DIR, 'iframe.html'))) {
    return skipped(FIGURES.browser32, 'skipped: run pnpm run build-storybook', TARGETS.browser32);
  }
  const session = await startSession();
  try {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(
      `${session.server.url}/iframe.html?id=components-convanimation--downloads&viewMode=story&args=input:32&globals=a11y.manual:!true`,
    );
    await page.waitForSelector('#storybook-root svg[role="img"]', { timeout: 20_000 });
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.getByRole('button', { name: 'Download GIF' }).click(),
    ]);
    const seconds = (Date.now() - started) / 1000;
    const bytes = statSync(await download.path()).size;
    await context.close();
    return row(FIGURES.browser32, [seconds], 's', {
      format: (v) => `${v.toFixed(1)} s`,
      target: { text: TARGETS.browser32, meets: (v) => v < 10 },
      detail: { bytes, frames: 30 * 30 },
    });
  } finally {
    await endSession(session);
  }
}

export async function gifRows(): Promise<Row[]> {
  return [...nodeGif64(), await browserGif32()];
}
