// Browser rows: a production build of tests/bench/page in Debian's Chromium (headless, software
// rendering, the launch of the e2e suites). Scripting is timed in the page; style, layout, paint
// and raster come from a Chromium trace; page-wide CPU from CDP Performance.getMetrics.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../e2e/browser';
import { buildPage } from './bundle';
import type { BenchWindow, ManyOptions, StepKind, StepSample } from './page/api';
import { median, type Row, row, skipped, whole } from './row';

const KINDS: readonly StepKind[] = ['conv', 'transposed', 'dilated'];
const SIZES = [5, 16, 32, 64] as const;
const WARM_UP_STEPS = 5;
const STEPS = 40;
const TRACED_STEPS = 20;
const MANY_WINDOWS = 3;
const MANY_WINDOW_MS = 3000;
const FIRST_PAINT_RUNS = 5;
const CHANNEL_RUNS = 3;

const msFormat = (v: number) => `${v.toFixed(3)} ms`;

/** Trace event names, grouped as DevTools' performance panel groups them. */
const RENDERING = {
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize'],
  raster: ['RasterTask'],
  compositing: ['Commit', 'UpdateLayer', 'CompositeLayers', 'UpdateLayerTree'],
} as const;
type RenderingGroup = keyof typeof RENDERING;

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  args?: { name?: string };
}

interface TraceTotals {
  /** ms in each RENDERING group, every thread. */
  groups: Record<RenderingGroup, number>;
  /** CPU ms of every thread of every process (top-level tasks' thread time), the tracer's own excepted. */
  cpu: number;
  /** CPU ms of the renderer processes' threads alone. */
  renderer: number;
}

/**
 * Totals of a Chromium trace: each RENDERING group's wall time, and the CPU the whole browser
 * spent, summed from the thread time of each thread's outermost events (nested ones skipped).
 */
export function traceTotals(trace: Buffer): TraceTotals {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const threadNames = new Map<string, string>();
  const rendererPids = new Set<number>();
  for (const event of traceEvents) {
    if (event.ph !== 'M') continue;
    if (event.name === 'thread_name')
      threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
    if (event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      rendererPids.add(event.pid);
  }
  const complete = traceEvents.filter((event) => event.ph === 'X');
  const groups = {} as Record<RenderingGroup, number>;
  for (const [group, names] of Object.entries(RENDERING) as [RenderingGroup, readonly string[]][]) {
    groups[group] =
      complete
        .filter((event) => names.includes(event.name))
        .reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of complete) {
    if (event.tdur === undefined) continue;
    const thread = `${event.pid}:${event.tid}`;
    if (threadNames.get(thread) === 'PerfettoTrace') continue; // the tracer itself
    const list = byThread.get(thread) ?? [];
    list.push(event);
    byThread.set(thread, list);
  }
  let cpu = 0;
  let renderer = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    let end = Number.NEGATIVE_INFINITY;
    for (const event of list) {
      if (event.ts < end) continue; // nested in the previous outermost event
      end = event.ts + (event.dur ?? 0);
      cpu += (event.tdur ?? 0) / 1000;
      if (rendererPids.has(event.pid)) renderer += (event.tdur ?? 0) / 1000;
    }
  }
  return { groups, cpu, renderer };
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
  mutations: number;
  /** Per step, from the trace: each rendering group's ms and the whole browser's CPU ms. */
  rendering: Record<RenderingGroup, number>;
  cpuMs: number;
}

async function stepCost(
  browser: Browser,
  page: Page,
  url: string,
  kind: StepKind,
  size: number,
): Promise<StepResult> {
  await page.goto(url);
  const driver = bench(page);
  await driver.stepper(kind, size);
  await driver.steps(WARM_UP_STEPS);
  const samples = await driver.steps(STEPS);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await driver.steps(TRACED_STEPS);
  const totals = traceTotals(await browser.stopTracing());
  if (!(totals.groups.paint > 0)) throw new Error('the trace holds no Paint events');
  return {
    scriptingMs: median(samples.map((s) => s.ms)),
    nodes: median(samples.map((s) => s.nodes)),
    mutations: median(samples.map((s) => s.mutations)),
    rendering: Object.fromEntries(
      Object.entries(totals.groups).map(([group, ms]) => [group, ms / TRACED_STEPS]),
    ) as Record<RenderingGroup, number>,
    cpuMs: totals.cpu / TRACED_STEPS,
  };
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** A viewport tall enough for all 50 small diagrams (8 a row at cellSize 12). */
const ALL_IN_VIEW = { width: 1280, height: 1300 };
const DEFAULT_VIEW = { width: 1280, height: 720 };

interface ManyResult {
  /** Renderer processes' CPU ms per second, and the whole browser's. */
  renderer: number;
  cpu: number;
  /** Main-thread task and JS ms per second (CDP Performance.getMetrics). */
  mainThread: number;
  js: number;
  offscreenAdvanced: number;
  visibleAdvanced: number;
}

/** 50 playing diagrams, `inView` of them visible, at `fps`: CPU per second from traces. */
async function manyDiagrams(
  browser: Browser,
  page: Page,
  url: string,
  options: ManyOptions,
): Promise<ManyResult> {
  await page.setViewportSize(options.inView === 50 ? ALL_IN_VIEW : DEFAULT_VIEW);
  await page.goto(url);
  await page.evaluate((o) => (window as unknown as BenchWindow).bench.mountMany(o), options);
  const inView = await page.evaluate(() => (window as unknown as BenchWindow).bench.inViewCount());
  if (inView !== options.inView) {
    throw new Error(
      `the many-diagram page shows ${inView} diagrams in view, not ${options.inView}`,
    );
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.waitForTimeout(1000); // mounting is measured by the first-paint row
    const changes = (group: 'visible' | 'offscreen') =>
      page.evaluate((g) => (window as unknown as BenchWindow).bench.frameChanges(g), group);
    const renderer: number[] = [];
    const cpu: number[] = [];
    const mainThread: number[] = [];
    const js: number[] = [];
    for (let i = 0; i < MANY_WINDOWS; i++) {
      const before = await metrics(cdp);
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.waitForTimeout(MANY_WINDOW_MS);
      const totals = traceTotals(await browser.stopTracing());
      const after = await metrics(cdp);
      const seconds = (after.Timestamp ?? 0) - (before.Timestamp ?? 0);
      renderer.push(totals.renderer / seconds);
      cpu.push(totals.cpu / seconds);
      mainThread.push((((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000) / seconds);
      js.push((((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000) / seconds);
    }
    const offscreenAdvanced = await changes('offscreen');
    // The visible ones must have played, or the off-screen zero would prove nothing.
    const visibleAdvanced = await changes('visible');
    if (visibleAdvanced === 0) throw new Error('the visible diagrams did not advance');
    return {
      renderer: median(renderer),
      cpu: median(cpu),
      mainThread: median(mainThread),
      js: median(js),
      offscreenAdvanced,
      visibleAdvanced,
    };
  } finally {
    await cdp.detach();
    await page.setViewportSize(DEFAULT_VIEW);
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

export const ORIGIN = 'http://bench.localhost';

/**
 * Serves the built page from memory at ORIGIN, cross-origin isolated (COOP + COEP) so that
 * performance.now() is precise to a few µs rather than coarsened to 0.1 ms.
 */
export async function servePage(context: BrowserContext, directory: string): Promise<string> {
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

/** Per-step rows, one per measure and input size, the three kinds side by side. */
const STEP_MEASURES = {
  cpu: {
    title: 'whole-browser CPU',
    target: { text: '≤ 2 ms', meets: (v: number) => v <= 2 },
    of: (s: StepResult) => s.cpuMs,
  },
  scripting: {
    title: 'scripting (render + commit)',
    target: { text: '≤ 0.3 ms', meets: (v: number) => v <= 0.3 },
    of: (s: StepResult) => s.scriptingMs,
  },
  layout: {
    title: 'layout',
    // Counter, slider and live region hold their size: a step may not lay anything out.
    target: { text: '0 ms (< 0.005)', meets: (v: number) => v < 0.005 },
    of: (s: StepResult) => s.rendering.layout,
  },
  raster: {
    title: 'raster',
    target: undefined,
    of: (s: StepResult) => s.rendering.raster,
  },
  rest: {
    title: 'style + paint + compositing',
    target: undefined,
    of: (s: StepResult) => s.rendering.style + s.rendering.paint + s.rendering.compositing,
  },
  mutations: {
    title: 'DOM mutations',
    target: { text: '≤ 12', meets: (v: number) => v <= 12 },
    of: (s: StepResult) => s.mutations,
  },
} as const;

const stepFigure = (measure: keyof typeof STEP_MEASURES, size: number) =>
  `Step, ${size}×${size} input: ${STEP_MEASURES[measure].title} (conv / transposed / dilated)`;

const MANY_CASES: readonly ManyOptions[] = [
  { inView: 5, fps: 1 },
  { inView: 5, fps: 4 },
  { inView: 50, fps: 1 },
  { inView: 50, fps: 4 },
];

const manyFigure = ({ inView, fps }: ManyOptions) =>
  `50 diagrams, ${inView} in view, ${fps} fps: renderer CPU per s (whole browser)`;

const MANY_TARGET = { text: '≤ 10 ms/s (renderer)', meets: (v: number) => v <= 10 };

const FIGURES = {
  offscreen: 'Frames advanced by the 45 off-screen diagrams',
  firstPaint: 'First painted frame, 1 / 50 diagrams',
  explainer16:
    'Step of the transposed explainer (3 views), 16×16 output, scripting (gather / scatter)',
  channels16:
    'Step, 16×16 input, C_in = C_out = 8, scripting, as a multiple of the one-channel step',
} as const;

/** Every row's figure and target, for the rows printed when Chromium is missing. */
function allFigures(): [string, string | undefined][] {
  const steps = SIZES.flatMap((size) =>
    (Object.keys(STEP_MEASURES) as (keyof typeof STEP_MEASURES)[]).map(
      (measure): [string, string | undefined] => [
        stepFigure(measure, size),
        STEP_MEASURES[measure].target?.text,
      ],
    ),
  );
  return [
    ...steps,
    [FIGURES.explainer16, '≤ 1 ms'],
    [FIGURES.channels16, '≤ 2×'],
    ...MANY_CASES.map((c): [string, string | undefined] => [
      manyFigure(c),
      c.inView === 50 && c.fps === 1 ? MANY_TARGET.text : undefined,
    ]),
    [FIGURES.offscreen, '0'],
    [FIGURES.firstPaint, undefined],
  ];
}

export async function browserRows(): Promise<Row[]> {
  if (!existsSync(CHROMIUM)) {
    return allFigures().map(([figure, target]) =>
      skipped(figure, 'skipped: chromium not installed (run pnpm test:setup)', target),
    );
  }
  const built = await buildPage();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: DEFAULT_VIEW });
    const url = await servePage(context, built.directory);
    const page = await context.newPage();
    await page.goto(url);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const steps = new Map<number, StepResult[]>();
    for (const size of SIZES) {
      const results: StepResult[] = [];
      for (const kind of KINDS) results.push(await stepCost(browser, page, url, kind, size));
      steps.set(size, results);
    }
    const explainer: StepResult[] = [];
    for (const kind of ['explainer-gather', 'explainer-scatter'] as const) {
      explainer.push(await stepCost(browser, page, url, kind, 16));
    }
    // Interleaved runs, so a slower stretch of the shared machine weighs on both alike.
    const channelRuns: { one: number; eight: number; nodes: [number, number] }[] = [];
    for (let run = 0; run < CHANNEL_RUNS; run++) {
      const one = await stepCost(browser, page, url, 'conv', 16);
      const eight = await stepCost(browser, page, url, 'channels-8', 16);
      channelRuns.push({
        one: one.scriptingMs,
        eight: eight.scriptingMs,
        nodes: [one.nodes, eight.nodes],
      });
    }
    const oneChannel = median(channelRuns.map((r) => r.one));
    const eightChannels = median(channelRuns.map((r) => r.eight));
    const many: ManyResult[] = [];
    for (const options of MANY_CASES) many.push(await manyDiagrams(browser, page, url, options));
    const paints = [await firstPaint(page, url, 1), await firstPaint(page, url, 50)];
    if (pageErrors.length > 0) throw pageErrors[0];
    const stepRows = SIZES.flatMap((size) =>
      (Object.keys(STEP_MEASURES) as (keyof typeof STEP_MEASURES)[]).map((measure) => {
        const { of, target } = STEP_MEASURES[measure];
        const results = steps.get(size) ?? [];
        return row(
          stepFigure(measure, size),
          results.map(of),
          measure === 'mutations' ? 'mutations' : 'ms',
          {
            format: measure === 'mutations' ? (v) => whole(v) : msFormat,
            ...(target ? { target } : {}),
            ...(measure === 'cpu'
              ? {
                  detail: {
                    steps: STEPS,
                    tracedSteps: TRACED_STEPS,
                    crossOriginIsolated: isolated,
                    perStep: Object.fromEntries(
                      KINDS.map((kind, i) => [kind, results[i]?.rendering]),
                    ),
                    nodes: results.map((s) => s.nodes),
                  },
                }
              : {}),
          },
        );
      }),
    );
    const offscreen = many.find((m, i) => MANY_CASES[i]?.inView === 5 && m !== undefined);
    return [
      ...stepRows,
      row(
        FIGURES.explainer16,
        explainer.map((s) => s.scriptingMs),
        'ms',
        {
          format: msFormat,
          target: { text: '≤ 1 ms', meets: (v) => v <= 1 },
          detail: {
            steps: STEPS,
            mutations: explainer.map((s) => s.mutations),
            cpuMs: explainer.map((s) => s.cpuMs),
          },
        },
      ),
      row(FIGURES.channels16, [eightChannels / oneChannel], '×', {
        format: (v) => `${v.toFixed(2)}× (${msFormat(eightChannels)} / ${msFormat(oneChannel)})`,
        target: { text: '≤ 2×', meets: (v) => v <= 2 },
        detail: { steps: STEPS, runs: channelRuns },
      }),
      ...MANY_CASES.map((options, i) => {
        const result = many[i] as ManyResult;
        const held = options.inView === 50 && options.fps === 1;
        return {
          ...row(manyFigure(options), [result.renderer, result.cpu], 'ms/s', {
            format: (v) => `${v.toFixed(1)} ms/s`,
            detail: {
              windows: MANY_WINDOWS,
              windowMs: MANY_WINDOW_MS,
              mainThread: result.mainThread,
              js: result.js,
              visibleAdvanced: result.visibleAdvanced,
            },
          }),
          // The target holds the renderer's time; the whole browser's is printed beside it.
          target: held ? MANY_TARGET.text : '—',
          holds: held ? MANY_TARGET.meets(result.renderer) : null,
        };
      }),
      row(FIGURES.offscreen, [offscreen?.offscreenAdvanced ?? 0], 'frames', {
        format: (v) => `${whole(v)} frames`,
        target: { text: '0', meets: (v) => v === 0 },
        detail: { visibleAdvanced: offscreen?.visibleAdvanced },
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
