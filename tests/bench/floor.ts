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
import type { FloorMode, FloorSettle, FloorWindow } from './page/floorApi';
import { available, cpuBetween, cpuSnapshot } from './procCpu';
import { median, type Row, row, skipped } from './row';
import { COUNTED, perStep, type TraceSplit, traceSplit } from './traceSplit';

const WARM_UP_STEPS = 5;
const TRACED_STEPS = 30;
const UNTRACED_STEPS = 60;
const REPS = 3;
const TOP_EVENTS = 12;

interface FloorCase {
  title: string;
  /** A mode of the floor page, or a figure of the bench page. */
  floor?: FloorMode;
  /** How the floor page's steps wait (default: two frames, as the browser rows do). */
  settle?: FloorSettle;
  figure?: { kind: StepKind; size: number };
  /** CSS added before the figure mounts, and a script run once it has. */
  change?: { css: string; script?: string };
}

/**
 * The counter, the slider and the live region made relayout boundaries, so that a step lays out
 * those boxes and the overlay's SVG rather than the document from its root. Chromium 156 takes a
 * box as a boundary only if it has size and layout containment (or a fixed size and clipped
 * overflow), is not a flex or grid item nor a grid's absolutely positioned child, and, when
 * absolutely positioned, has no auto insets. So: the figure positioned and the live region at its
 * corner; the count one text node (its runs then match the width the unseen widest count holds)
 * lying absolutely over the counter, contained; the range input in a block wrapper that is the
 * flex item, contained with the height Chromium gives it (16px).
 */
const CONTAINED: NonNullable<FloorCase['change']> = {
  css: [
    '.ca-figure{position:relative}.ca-figure .ca-sr{left:0;top:0}',
    '.ca-counter{display:inline-block!important;position:relative}',
    '.ca-counter span{position:absolute;inset:0;contain:size layout}',
    '.ca-scrub{flex:1 1 8em;min-width:calc(6em + 4px)}',
    '.ca-scrub .ca-scrubber{display:block;width:calc(100% - 4px);height:16px;contain:size layout}',
  ].join(''),
  script: `for (const input of document.querySelectorAll('.ca-scrubber')) {
    const wrapper = document.createElement('span');
    wrapper.className = 'ca-scrub';
    input.replaceWith(wrapper);
    wrapper.append(input);
  }
  for (const count of document.querySelectorAll('.ca-counter span')) {
    const text = document.createTextNode(count.textContent);
    count.replaceChildren(text);
    const figure = count.closest('figure');
    new MutationObserver(() => {
      text.data = 'frame ' + (Number(figure.dataset.frame) + 1) + ' / ' + figure.querySelector('.ca-scrubber').max;
    }).observe(figure, { attributes: true, attributeFilter: ['data-frame'] });
  }`,
};

const CASES: readonly FloorCase[] = [
  { title: 'no click, two frames awaited', floor: 'idle' },
  { title: 'a click that changes nothing', floor: 'nothing' },
  { title: 'a click that changes one text node', floor: 'text' },
  { title: 'a click that changes one text node in a live region', floor: 'live-text' },
  {
    title: 'a click that changes one text node in a box with contain: strict',
    floor: 'contained-text',
  },
  { title: 'a click that sets a range input', floor: 'range' },
  { title: 'a click that moves one div by transform', floor: 'transform' },
  {
    title: 'a click that changes nothing, one frame then 50 ms awaited',
    floor: 'nothing',
    settle: 'timeout',
  },
  {
    title: 'a click that changes one text node, one frame then 50 ms awaited',
    floor: 'text',
    settle: 'timeout',
  },
  {
    title: 'a click that moves one div by transform, one frame then 50 ms awaited',
    floor: 'transform',
    settle: 'timeout',
  },
  { title: 'a click that sets an SVG g transform attribute', floor: 'svg-attribute' },
  { title: 'a click that sets an SVG g CSS transform', floor: 'svg-style' },
  { title: 'a click that sets an SVG polygon points', floor: 'svg-points' },
  { title: 'the figure, conv 5×5', figure: { kind: 'conv', size: 5 } },
  { title: 'the figure, conv 64×64', figure: { kind: 'conv', size: 64 } },
  {
    title: 'the figure, conv 5×5, counter, slider and live region contained (page changed)',
    figure: { kind: 'conv', size: 5 },
    change: CONTAINED,
  },
  {
    title: 'the figure, conv 64×64, counter, slider and live region contained (page changed)',
    figure: { kind: 'conv', size: 64 },
    change: CONTAINED,
  },
];

/**
 * Threads grouped as the report reads them, from a trace's names (`Renderer/CrRendererMain`) or
 * /proc's (`renderer/CrRendererMain`, thread names cut at 15 characters).
 */
const THREAD_GROUPS: readonly [string, RegExp][] = [
  ['renderer main', /^renderer\/CrRendererMain$/i],
  ['renderer compositor', /^renderer\/Compositor$/i],
  // Software raster runs on the renderer's thread pool, beside V8's background compilers.
  ['renderer workers (raster, JIT)', /^renderer\/(CompositorTileW|ThreadPoolForeg)/i],
  ['browser', /^browser\//i],
  ['GPU process (viz)', /^gpu[ -]process\//i],
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
  /** Whole-browser CPU ms per step, from the trace. */
  cpu: number;
  split: TraceSplit;
  /** Whole-browser CPU ms per step of untraced steps, from /proc (NaN where unavailable). */
  procCpu: number;
  /** Those ms per step, per `process type/thread`. */
  procThreads: Record<string, number>;
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
    const settle = c.settle ?? 'frames';
    steps = (n) =>
      page.evaluate(([k, w]) => (window as unknown as FloorWindow).floor.steps(k, w), [
        n,
        settle,
      ] as const);
  } else {
    const { kind, size } = c.figure as { kind: StepKind; size: number };
    await page.goto(urls.bench);
    if (c.change) await page.addStyleTag({ content: c.change.css });
    await page.evaluate(([k, s]) => (window as unknown as BenchWindow).bench.mountStepper(k, s), [
      kind,
      size,
    ] as const);
    if (c.change?.script) await page.evaluate(c.change.script);
    steps = (n) =>
      page.evaluate(async (k) => {
        for (let i = 0; i < k; i++) await (window as unknown as BenchWindow).bench.step();
      }, n);
  }
  await steps(WARM_UP_STEPS);
  let procCpu = Number.NaN;
  let procThreads: Record<string, number> = {};
  if (available()) {
    const before = cpuSnapshot();
    await steps(UNTRACED_STEPS);
    procThreads = perStep(cpuBetween(before, cpuSnapshot()), UNTRACED_STEPS);
    procCpu = Object.values(procThreads).reduce((total, ms) => total + ms, 0);
  }
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await steps(TRACED_STEPS);
  const trace = await browser.stopTracing();
  const split = traceSplit(trace);
  const { cpu } = traceTotals(trace);
  // Both count the same events: a difference means one of them is wrong.
  if (Math.abs(cpu - split.cpu) > 0.01) {
    throw new Error(`floor: traceSplit counts ${split.cpu} ms, traceTotals ${cpu} ms`);
  }
  return { cpu: cpu / TRACED_STEPS, split, procCpu, procThreads };
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

const figureOf = (c: FloorCase) =>
  `Floor of a step: ${c.title}: whole-browser CPU per step (traced / untraced, from /proc)`;
const splitFigure = (c: FloorCase) =>
  `Floor of a step: ${c.title}: CPU per step by thread (untraced) and trace events per step`;

const msList = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
    .join(' · ');

/** A case's two rows: its total, traced and untraced, and where the untraced total went. */
function caseRows(c: FloorCase, reps: CaseResult[]): Row[] {
  const cpu = median(reps.map((r) => r.cpu));
  const procCpu = median(reps.map((r) => r.procCpu));
  // The repetition whose untraced total is the median stands for the case in the split.
  const typical = reps.reduce((best, r) =>
    Math.abs(r.procCpu - procCpu) < Math.abs(best.procCpu - procCpu) ? r : best,
  );
  const traced = perStep(threadGroups(typical.split.threads), TRACED_STEPS);
  const untraced = perStep(threadGroups(typical.procThreads), 1);
  const counts = COUNTED.filter((name) => (typical.split.counts[name] ?? 0) > 0)
    .map((name) => `${name} ${((typical.split.counts[name] ?? 0) / TRACED_STEPS).toFixed(2)}`)
    .join(', ');
  const measured = Number.isNaN(procCpu)
    ? `traced: ${msList(traced)}`
    : `${msList(untraced)}; traced: ${msList(traced)}`;
  return [
    row(figureOf(c), Number.isNaN(procCpu) ? [cpu] : [cpu, procCpu], 'ms', {
      format: (v) => `${v.toFixed(2)} ms`,
      target: { text: '≤ 2 ms', meets: (v) => v <= 2 },
      detail: { traced: reps.map((r) => r.cpu), untraced: reps.map((r) => r.procCpu) },
    }),
    {
      figure: splitFigure(c),
      values: Object.values(untraced),
      unit: 'ms',
      measured: `${measured}; trace events: ${counts || 'none'}`,
      target: '—',
      holds: null,
      detail: {
        tracedSteps: TRACED_STEPS,
        untracedSteps: UNTRACED_STEPS,
        procThreads: perStep(typical.procThreads, 1),
        traceThreads: perStep(typical.split.threads, TRACED_STEPS),
        topEvents: perStep(typical.split.events, TRACED_STEPS, TOP_EVENTS),
        countsPerStep: perStep(typical.split.counts, TRACED_STEPS),
        layouts: typical.split.layouts.slice(0, 3),
      },
    },
  ];
}

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
    return CASES.flatMap((c, i) => caseRows(c, results[i] as CaseResult[]));
  } finally {
    await browser?.close();
    built.remove();
  }
}
