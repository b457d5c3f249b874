// `BENCH_GROUPS=floor`: where the whole-browser CPU of a step goes, and what the step loop costs
// on its own. The loop of the browser rows (click a button, await two animation frames) runs on a
// trivial page (page/floor.ts) whose click changes nothing, one text node, one text node in a live
// region, or one div's transform, and on the bench page's figure; each is traced as the browser
// rows trace a step (traceTotals' categories and count), and split per process and thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../e2e/browser';
import { servePage, TRACE_CATEGORIES, traceTotals } from './browser';
import { buildPage } from './bundle';
import type { BenchWindow, StepKind } from './page/api';
import type { FloorMode, FloorWindow } from './page/floorApi';
import { median, type Row, row, skipped } from './row';
import { COUNTED, perStep, type TraceSplit, traceSplit } from './traceSplit';

const WARM_UP_STEPS = 5;
const TRACED_STEPS = 30;
const REPS = 3;
const TOP_EVENTS = 12;

interface FloorCase {
  title: string;
  /** A mode of the floor page, or a figure of the bench page. */
  floor?: FloorMode;
  figure?: { kind: StepKind; size: number };
}

const CASES: readonly FloorCase[] = [
  { title: 'no click, two frames awaited', floor: 'idle' },
  { title: 'a click that changes nothing', floor: 'nothing' },
  { title: 'a click that changes one text node', floor: 'text' },
  { title: 'a click that changes one text node in a live region', floor: 'live-text' },
  { title: 'a click that moves one div by transform', floor: 'transform' },
  { title: 'the figure, conv 5×5', figure: { kind: 'conv', size: 5 } },
  { title: 'the figure, conv 64×64', figure: { kind: 'conv', size: 64 } },
];

/** Threads grouped as the report reads them: renderer main, compositor, workers, browser, GPU. */
const THREAD_GROUPS: readonly [string, RegExp][] = [
  ['renderer main', /^Renderer\/CrRendererMain$/],
  ['renderer compositor', /^Renderer\/Compositor$/],
  // Software raster runs on the renderer's thread pool, beside V8's background compilers.
  [
    'renderer workers (raster, JIT)',
    /^Renderer\/(CompositorTileWorker|ThreadPoolForegroundWorker)$/,
  ],
  ['browser', /^Browser\//],
  ['viz / GPU process', /^GPU Process\//],
];

function threadGroups(threads: Record<string, number>): Record<string, number> {
  const groups: Record<string, number> = {};
  for (const [thread, ms] of Object.entries(threads)) {
    const name = THREAD_GROUPS.find(([, test]) => test.test(thread))?.[0] ?? 'other';
    groups[name] = (groups[name] ?? 0) + ms;
  }
  return groups;
}

interface CaseResult {
  cpu: number;
  split: TraceSplit;
}

async function traceCase(
  browser: Browser,
  page: Page,
  urls: { bench: string; floor: string },
  c: FloorCase,
): Promise<CaseResult> {
  let steps: (n: number) => Promise<unknown>;
  if (c.floor) {
    await page.goto(urls.floor);
    await page.evaluate((m) => (window as unknown as FloorWindow).floor.setup(m), c.floor);
    steps = (n) => page.evaluate((k) => (window as unknown as FloorWindow).floor.steps(k), n);
  } else {
    const { kind, size } = c.figure as { kind: StepKind; size: number };
    await page.goto(urls.bench);
    await page.evaluate(([k, s]) => (window as unknown as BenchWindow).bench.mountStepper(k, s), [
      kind,
      size,
    ] as const);
    steps = (n) =>
      page.evaluate(async (k) => {
        for (let i = 0; i < k; i++) await (window as unknown as BenchWindow).bench.step();
      }, n);
  }
  await steps(WARM_UP_STEPS);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await steps(TRACED_STEPS);
  const trace = await browser.stopTracing();
  const split = traceSplit(trace);
  const { cpu } = traceTotals(trace);
  // Both count the same events: a difference means one of them is wrong.
  if (Math.abs(cpu - split.cpu) > 0.01) {
    throw new Error(`floor: traceSplit counts ${split.cpu} ms, traceTotals ${cpu} ms`);
  }
  return { cpu: cpu / TRACED_STEPS, split };
}

/** Builds the floor page next to the bench page, so one origin serves both. */
async function buildFloorPage(directory: string): Promise<void> {
  await build({
    entryPoints: [new URL('./page/floor.ts', import.meta.url).pathname],
    outfile: join(directory, 'floor.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'error',
  });
  writeFileSync(
    join(directory, 'floor.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench floor</title></head>' +
      '<body style="margin:0"><div id="root"></div><script src="floor.js"></script></body></html>',
  );
}

const figureOf = (c: FloorCase) => `Floor of a step: ${c.title}: whole-browser CPU per step`;
const splitFigure = (c: FloorCase) => `Floor of a step: ${c.title}: CPU per step by thread`;

export async function floorRows(): Promise<Row[]> {
  if (!CHROMIUM || !(await import('node:fs')).existsSync(CHROMIUM)) {
    return CASES.map((c) =>
      skipped(figureOf(c), 'skipped: chromium not installed (run pnpm test:setup)'),
    );
  }
  const built = await buildPage();
  let browser: Browser | undefined;
  try {
    await buildFloorPage(built.directory);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const bench = await servePage(context, built.directory);
    const urls = { bench, floor: bench.replace(/index\.html$/, 'floor.html') };
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const results = CASES.map((): CaseResult[] => []);
    // Interleaved repetitions: a slower stretch of the shared machine weighs on every case alike.
    for (let rep = 0; rep < REPS; rep++) {
      for (const [i, c] of CASES.entries())
        results[i]?.push(await traceCase(browser, page, urls, c));
    }
    if (pageErrors.length > 0) throw pageErrors[0];
    return CASES.flatMap((c, i) => {
      const reps = results[i] as CaseResult[];
      const cpu = median(reps.map((r) => r.cpu));
      // The repetition whose total is the median stands for the case in the split.
      const typical = reps.reduce((best, r) =>
        Math.abs(r.cpu - cpu) < Math.abs(best.cpu - cpu) ? r : best,
      );
      const groups = perStep(threadGroups(typical.split.threads), TRACED_STEPS);
      const detail = {
        reps: reps.map((r) => r.cpu),
        tracedSteps: TRACED_STEPS,
        threads: perStep(typical.split.threads, TRACED_STEPS),
        topEvents: perStep(typical.split.events, TRACED_STEPS, TOP_EVENTS),
        countsPerStep: perStep(typical.split.counts, TRACED_STEPS),
        layouts: typical.split.layouts.slice(0, 3),
      };
      const counts = COUNTED.filter((name) => (typical.split.counts[name] ?? 0) > 0)
        .map((name) => `${name} ${((typical.split.counts[name] ?? 0) / TRACED_STEPS).toFixed(2)}`)
        .join(', ');
      const splitRow: Row = {
        figure: splitFigure(c),
        values: Object.values(groups),
        unit: 'ms',
        measured: `${Object.entries(groups)
          .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
          .join(' · ')}; per step: ${counts}`,
        target: '—',
        holds: null,
        detail,
      };
      return [
        row(figureOf(c), [cpu], 'ms', {
          format: (v) => `${v.toFixed(2)} ms`,
          target: { text: '≤ 2 ms', meets: (v) => v <= 2 },
        }),
        splitRow,
      ];
    });
  } finally {
    await browser?.close();
    built.remove();
  }
}
