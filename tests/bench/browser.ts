// Browser rows: a production build of tests/bench/page in Debian's Chromium (headless, software
// rendering, the launch of the e2e suites). Scripting is timed in the page; style, layout, paint
// and raster come from a Chromium trace; page-wide CPU from CDP Performance.getMetrics.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../e2e/browser';
import { buildPage } from './bundle';
import type { BenchWindow, StepKind, StepSample } from './page/api';
import { median, type Row, row, skipped, whole } from './row';

const KINDS: readonly StepKind[] = ['conv', 'transposed', 'dilated'];
const WARM_UP_STEPS = 5;
const STEPS = 40;
const TRACED_STEPS = 20;
const MANY_WINDOWS = 3;
const MANY_WINDOW_MS = 3000;
const FIRST_PAINT_RUNS = 5;
const CHANNEL_RUNS = 3;

const msFormat = (v: number) => `${v.toFixed(3)} ms`;

/** Trace event names, grouped as DevTools' performance panel groups them. */
const RENDERING: Record<string, readonly string[]> = {
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize'],
  raster: ['RasterTask'],
};

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
}

/** Milliseconds spent in each RENDERING group over a trace. */
function renderingMs(trace: Buffer): Record<string, number> {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const totals: Record<string, number> = {};
  for (const [group, names] of Object.entries(RENDERING)) {
    totals[group] = traceEvents
      .filter((event) => event.ph === 'X' && names.includes(event.name))
      .reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
  }
  return totals;
}

const bench = (page: Page) => ({
  stepper: (kind: StepKind, size: number) =>
    page.evaluate(([k, s]) => (window as unknown as BenchWindow).bench.mountStepper(k, s), [
      kind,
      size,
    ] as const),
  steps: (count: number) =>
    page.evaluate(async (n) => {
      const samples: StepSample[] = [];
      for (let i = 0; i < n; i++)
        samples.push(await (window as unknown as BenchWindow).bench.step());
      return samples;
    }, count),
});

interface StepResult {
  scriptingMs: number;
  nodes: number;
  /** Per step, from the trace (64×64 only). */
  rendering?: Record<string, number>;
}

async function stepCost(
  browser: Browser,
  page: Page,
  url: string,
  kind: StepKind,
  size: number,
  traced: boolean,
): Promise<StepResult> {
  await page.goto(url);
  const driver = bench(page);
  await driver.stepper(kind, size);
  await driver.steps(WARM_UP_STEPS);
  const samples = await driver.steps(STEPS);
  const result: StepResult = {
    scriptingMs: median(samples.map((s) => s.ms)),
    nodes: median(samples.map((s) => s.nodes)),
  };
  if (traced) {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await driver.steps(TRACED_STEPS);
    const totals = renderingMs(await browser.stopTracing());
    if (!(totals.paint && totals.paint > 0)) throw new Error('the trace holds no Paint events');
    result.rendering = Object.fromEntries(
      Object.entries(totals).map(([group, ms]) => [group, ms / TRACED_STEPS]),
    );
  }
  return result;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** 50 diagrams, 45 off-screen: main-thread ms per s, JS ms per s, frames the 45 advanced. */
async function manyDiagrams(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => (window as unknown as BenchWindow).bench.mountMany());
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.waitForTimeout(1000); // mounting is measured by the first-paint row
    const changes = (group: 'visible' | 'offscreen') =>
      page.evaluate((g) => (window as unknown as BenchWindow).bench.frameChanges(g), group);
    const cpu: number[] = [];
    const js: number[] = [];
    for (let i = 0; i < MANY_WINDOWS; i++) {
      const before = await metrics(cdp);
      await page.waitForTimeout(MANY_WINDOW_MS);
      const after = await metrics(cdp);
      const seconds = (after.Timestamp ?? 0) - (before.Timestamp ?? 0);
      cpu.push((((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000) / seconds);
      js.push((((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000) / seconds);
    }
    const offscreenAdvanced = await changes('offscreen');
    // The visible five must have played, or the off-screen zero would prove nothing.
    const visibleAdvanced = await changes('visible');
    if (visibleAdvanced === 0) throw new Error('the 5 visible diagrams did not advance');
    return { cpu: median(cpu), js: median(js), offscreenAdvanced, visibleAdvanced };
  } finally {
    await cdp.detach();
  }
}

async function firstPaint(page: Page, url: string, count: 1 | 50): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < FIRST_PAINT_RUNS; i++) {
    await page.goto(url);
    runs.push(
      await page.evaluate((n) => (window as unknown as BenchWindow).bench.firstPaint(n), count),
    );
  }
  return median(runs);
}

const ORIGIN = 'http://bench.localhost';

/**
 * Serves the built page from memory at ORIGIN, cross-origin isolated (COOP + COEP) so that
 * performance.now() is precise to a few µs rather than coarsened to 0.1 ms.
 */
async function servePage(context: BrowserContext, directory: string): Promise<string> {
  const types: Record<string, string> = { html: 'text/html', js: 'text/javascript' };
  await context.route(`${ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    const type = types[name.split('.').pop() ?? ''];
    if (!type || name.includes('/')) return route.fulfill({ status: 404 });
    return route.fulfill({
      body: readFileSync(join(directory, name)),
      contentType: `${type}; charset=utf-8`,
      headers: {
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    });
  });
  return `${ORIGIN}/index.html`;
}

const FIGURES = {
  step32: 'Step, 32×32 input, scripting (conv / transposed / dilated)',
  step64: 'Step, 64×64 input, scripting (conv / transposed / dilated)',
  render64: 'Step, 64×64 input, style + layout + paint + raster (conv / transposed / dilated)',
  nodes64: 'DOM nodes touched per step, 64×64 (conv / transposed / dilated)',
  many: '50 diagrams, 45 off-screen: main-thread CPU per s (of which JS)',
  offscreen: 'Frames advanced by the 45 off-screen diagrams',
  firstPaint: 'First painted frame, 1 / 50 diagrams',
  explainer16:
    'Step of the transposed explainer (3 views), 16×16 output, scripting (gather / scatter)',
  channels16:
    'Step, 16×16 input, C_in = C_out = 8, scripting, as a multiple of the one-channel step',
} as const;

const TARGETS: Partial<Record<keyof typeof FIGURES, string>> = {
  step32: '≤ 1 ms',
  explainer16: '≤ 1 ms',
  offscreen: '0',
  channels16: '≤ 2×',
};

export async function browserRows(): Promise<Row[]> {
  if (!existsSync(CHROMIUM)) {
    return Object.entries(FIGURES).map(([key, figure]) =>
      skipped(
        figure,
        'skipped: chromium not installed (run pnpm test:setup)',
        TARGETS[key as keyof typeof FIGURES],
      ),
    );
  }
  const built = await buildPage();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const url = await servePage(context, built.directory);
    const page = await context.newPage();
    await page.goto(url);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const steps: Record<number, StepResult[]> = { 32: [], 64: [] };
    for (const size of [32, 64] as const) {
      for (const kind of KINDS) {
        steps[size]?.push(await stepCost(browser, page, url, kind, size, size === 64));
      }
    }
    const explainer: StepResult[] = [];
    for (const kind of ['explainer-gather', 'explainer-scatter'] as const) {
      explainer.push(await stepCost(browser, page, url, kind, 16, false));
    }
    // Interleaved runs, so a slower stretch of the shared machine weighs on both alike.
    const channelRuns: { one: number; eight: number; nodes: [number, number] }[] = [];
    for (let run = 0; run < CHANNEL_RUNS; run++) {
      const one = await stepCost(browser, page, url, 'conv', 16, false);
      const eight = await stepCost(browser, page, url, 'channels-8', 16, false);
      channelRuns.push({
        one: one.scriptingMs,
        eight: eight.scriptingMs,
        nodes: [one.nodes, eight.nodes],
      });
    }
    const oneChannel = median(channelRuns.map((r) => r.one));
    const eightChannels = median(channelRuns.map((r) => r.eight));
    const many = await manyDiagrams(page, url);
    const paints = [await firstPaint(page, url, 1), await firstPaint(page, url, 50)];
    if (pageErrors.length > 0) throw pageErrors[0];
    const s32 = steps[32] ?? [];
    const s64 = steps[64] ?? [];
    const renderingTotal = (s: StepResult) => sum(Object.values(s.rendering ?? {}));
    return [
      row(
        FIGURES.step32,
        s32.map((s) => s.scriptingMs),
        'ms',
        {
          format: msFormat,
          target: { text: TARGETS.step32 ?? '', meets: (v) => v <= 1 },
          detail: { steps: STEPS, crossOriginIsolated: isolated },
        },
      ),
      row(
        FIGURES.step64,
        s64.map((s) => s.scriptingMs),
        'ms',
        { format: msFormat, detail: { steps: STEPS } },
      ),
      row(FIGURES.render64, s64.map(renderingTotal), 'ms', {
        format: msFormat,
        detail: {
          steps: TRACED_STEPS,
          perStep: Object.fromEntries(KINDS.map((kind, i) => [kind, s64[i]?.rendering])),
        },
      }),
      row(
        FIGURES.nodes64,
        s64.map((s) => s.nodes),
        'nodes',
        { format: (v) => `${whole(v)} nodes`, detail: { at32x32: s32.map((s) => s.nodes) } },
      ),
      row(
        FIGURES.explainer16,
        explainer.map((s) => s.scriptingMs),
        'ms',
        {
          format: msFormat,
          target: { text: TARGETS.explainer16 ?? '', meets: (v) => v <= 1 },
          detail: { steps: STEPS, nodes: explainer.map((s) => s.nodes) },
        },
      ),
      row(FIGURES.channels16, [eightChannels / oneChannel], '×', {
        format: (v) => `${v.toFixed(2)}× (${msFormat(eightChannels)} / ${msFormat(oneChannel)})`,
        target: { text: TARGETS.channels16 ?? '', meets: (v) => v <= 2 },
        detail: { steps: STEPS, runs: channelRuns },
      }),
      row(FIGURES.many, [many.cpu, many.js], 'ms/s', {
        format: (v) => `${v.toFixed(1)} ms/s`,
        detail: { windows: MANY_WINDOWS, windowMs: MANY_WINDOW_MS },
      }),
      row(FIGURES.offscreen, [many.offscreenAdvanced], 'frames', {
        format: (v) => `${whole(v)} frames`,
        target: { text: '0', meets: (v) => v === 0 },
        detail: { visibleAdvanced: many.visibleAdvanced },
      }),
      row(FIGURES.firstPaint, paints, 'ms', {
        format: (v) => `${v.toFixed(1)} ms`,
        detail: { runs: FIRST_PAINT_RUNS },
      }),
    ];
  } finally {
    await browser?.close();
    built.remove();
  }
}
