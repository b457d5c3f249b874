// Property-based props in Chromium, against a production build of React and our packages: valid
// specs draw and play; every invalid prop renders an alert naming it, never a crash, a freeze or
// NaN in the markup; playback resumes after any valid → invalid → valid sequence on one root.
// Reproduce a failure with the seed fast-check prints: PROPS_FUZZ_SEED=<seed> (and, to run
// longer, PROPS_FUZZ_SCALE=<factor>).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import {
  badProp,
  badValuesByProp,
  invalidProps,
  outOfRangeFrame,
  type Props,
  type ValidCase,
  validOptions,
  validSpec,
  validValues,
} from './props.arbitraries';
import { bundleFuzzPage } from './props.bundle';
import type { FuzzKind, FuzzStep, StepReport } from './props.page';
import { type StaticServer, serveStatic } from './server';

const SEED = Number(process.env.PROPS_FUZZ_SEED ?? 20_261_123);
const SCALE = Number(process.env.PROPS_FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
/** fast-check settings: a fixed seed (printed with any counterexample) and a bounded shrink. */
const settings = <T>(numRuns: number): fc.Parameters<T> => ({
  seed: SEED,
  numRuns: runs(numRuns),
  // A property still running after this has frozen (or shrinks a freeze): fail, with what it has.
  interruptAfterTimeLimit: 45_000,
  markInterruptAsFailure: true,
});

/** Runs per invalid prop: about 1,500 invalid sets per component over its 34–36 props. */
const INVALID_RUNS_PER_PROP = 43;
/** A render that takes longer than this froze the page: limits come before work. */
const RENDER_LIMIT_MS = 500;
/** Recovery: fast frames, and time enough for several of them. */
const FAST = { frameDuration: 20 };
const ADVANCE_WITHIN_MS = 1500;
/** Off-screen: twenty frames' time in which nothing may move. */
const HOLD_STILL_MS = 400;

let dir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
/** Set when the renderer died (out of memory, say): the next run gets a fresh page. */
let crashed = false;
/** Requests the page made besides itself: a theme value that reached CSS as a URL. */
const strayRequests: string[] = [];

async function openPage(): Promise<Page> {
  if (!browser || !server) throw new Error('no browser');
  await page?.close().catch(() => {});
  crashed = false;
  const origin = server.url;
  const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  fresh.on('crash', () => {
    crashed = true;
  });
  fresh.on('request', (request) => {
    const url = request.url();
    if (url !== `${origin}/` && url !== `${origin}/page.js`) strayRequests.push(url);
  });
  await fresh.goto(origin);
  await fresh.waitForFunction(() => typeof window.fuzz?.run === 'function');
  page = fresh;
  return fresh;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'conv-props-fuzz-'));
  await bundleFuzzPage(dir);
  server = await serveStatic(dir);
  browser = await launchChromium();
  await openPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(strayRequests.splice(0)).toEqual([]);
});

async function run(kind: FuzzKind, steps: FuzzStep[]): Promise<StepReport[]> {
  // A run that killed the renderer fails as itself; the runs after it (shrinking included) start
  // on a fresh page, so a crash never passes for another counterexample.
  const current = page && !crashed && !page.isClosed() ? page : await openPage();
  // Theme values are the road from props to CSS: read computed styles where one is given.
  const checked = steps.map((step) => ({ ...step, checkCss: 'theme' in step.props }));
  try {
    return await current.evaluate(([k, s]) => window.fuzz.run(k, s), [kind, checked] as const);
  } catch (error) {
    // The crash event and the evaluate's rejection can arrive in either order.
    if (/crash/i.test(String(error))) crashed = true;
    if (crashed)
      throw new Error(`the page crashed (out of memory?) rendering ${fc.stringify(steps)}`);
    throw error;
  }
}

/** A prop name as a whole word: "frame" is not named by "defaultFrame". */
const names = (text: string, prop: string) =>
  new RegExp(`(^|[^A-Za-z])${prop}([^A-Za-z]|$)`).test(text);

/** What holds for every step, valid or not. */
function expectSound(report: StepReport, context: unknown) {
  const where = fc.stringify(context);
  expect(report.uncaught, `uncaught errors for ${where}`).toEqual([]);
  expect(report.boundaryHits, `error boundary hit for ${where}`).toEqual([]);
  expect(report.renderMs, `render time (ms) for ${where}`).toBeLessThan(RENDER_LIMIT_MS);
  expect(report.warnings, `warnings in a production build for ${where}`).toEqual([]);
  expect(report.cssUrls, `URLs reaching CSS for ${where}`).toEqual([]);
  expect(report.leaked, `an injected script ran for ${where}`).toBe(false);
  expect(report.nonFinite, `NaN or Infinity in the figure's markup for ${where}`).toBeNull();
}

/** A valid step: a figure, no alert, a frame that exists. */
function expectDrawn(report: StepReport, c: ValidCase, context: unknown) {
  expectSound(report, context);
  const where = fc.stringify(context);
  expect(report.alerts, `alerts for valid ${where}`).toEqual([]);
  expect(report.drawn, `no figure for ${where}`).toBe(true);
  expect(report.frame).toBeGreaterThanOrEqual(0);
  expect(report.frame).toBeLessThan(c.frameCount);
  if (report.counter !== null) expect(report.counter).toMatch(new RegExp(` / ${c.frameCount}$`));
}

/** An invalid step: an alert naming the prop, and no figure. */
function expectRefused(report: StepReport, prop: string, context: unknown) {
  expectSound(report, context);
  const where = fc.stringify(context);
  expect(report.alerts.length, `no alert for ${where}`).toBeGreaterThan(0);
  expect(
    report.alerts.some((alert) => names(alert.text, prop)),
    `no alert naming ${prop} for ${where}: ${fc.stringify(report.alerts)}`,
  ).toBe(true);
  expect(report.drawn, `a figure drawn for ${where}`).toBe(false);
}

/** A valid case with a random selection of valid options and, sometimes, values. */
const validCase = (kind: FuzzKind) =>
  validSpec(kind).chain((c) =>
    fc
      .tuple(validOptions, fc.option(validValues(c), { nil: undefined }))
      .map(([options, values]) => ({
        ...c,
        props: { ...options, ...(values ? { values } : {}), ...c.props },
      })),
  );

/** Options that keep a figure playing at a fast pace (recovery checks). */
const playingOptions: fc.Arbitrary<Props> = fc.record(
  {
    controls: fc.boolean(),
    labels: fc.boolean(),
    layout: fc.constantFrom('perspective', 'flat'),
    cellSize: fc.integer({ min: 4, max: 24 }),
    title: fc.string({ maxLength: 10 }),
    showValues: fc.boolean(),
  },
  { requiredKeys: [] },
);
const playingCase = (kind: FuzzKind) =>
  fc
    .tuple(validSpec(kind, 2), playingOptions)
    .map(([c, options]) => ({ ...c, props: { ...options, ...c.props, ...FAST } }));

/** Values that make the spec itself unusable: the figure must give way to an alert. */
const specBreaker = (kind: FuzzKind): fc.Arbitrary<{ prop: string; value: unknown }> =>
  fc.record({
    prop: fc.constantFrom('input', 'kernel', 'stride', ...(kind === 'conv' ? [] : ['dilation'])),
    value: fc.constantFrom(0, -1, -7, 2.5, Number.NaN, Number.POSITIVE_INFINITY, [3, 0], 'abc'),
  });

const KINDS: FuzzKind[] = ['conv', 'transposed', 'dilated', 'pool'];

describe.each(KINDS)('%s: generated props in a production build', (kind) => {
  it('valid props draw a figure, no alert, no NaN, a frame that exists', async () => {
    await fc.assert(
      fc.asyncProperty(validCase(kind), async (c) => {
        const [report] = await run(kind, [{ props: c.props }]);
        if (!report) throw new Error('no report');
        expectDrawn(report, c, c.props);
      }),
      settings(450),
    );
  });

  // One property per prop, so a report names every prop that is not yet refused properly.
  it.each(invalidProps(kind))(
    'invalid %s renders an alert naming it: no crash, no freeze, no NaN',
    async (prop) => {
      const arbitrary = validCase(kind).chain((c) =>
        (badValuesByProp(kind, c).get(prop) as fc.Arbitrary<unknown>).map((value) => ({
          bad: { prop, value },
          props: { ...c.props, [prop]: value },
        })),
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ bad, props }) => {
          const [report] = await run(kind, [{ props }]);
          if (!report) throw new Error('no report');
          expectRefused(report, bad.prop, { kind, bad, props });
        }),
        settings(INVALID_RUNS_PER_PROP),
      );
    },
  );

  it('an out-of-range frame is clamped, never refused and never NaN', async () => {
    const arbitrary = validCase(kind).chain((c) =>
      outOfRangeFrame(c).map((bad) => ({ c, bad, props: { ...c.props, [bad.prop]: bad.value } })),
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ c, bad, props }) => {
        const [report] = await run(kind, [{ props }]);
        if (!report) throw new Error('no report');
        expectDrawn(report, c, { kind, bad, props });
      }),
      settings(120),
    );
  });

  it('playback resumes after the spec breaks and mends (valid → invalid… → valid)', async () => {
    const arbitrary = fc
      .tuple(playingCase(kind), fc.array(specBreaker(kind), { minLength: 1, maxLength: 3 }))
      .chain(([first, breakers]) =>
        fc.oneof(fc.constant(first), playingCase(kind)).map((last) => ({ first, breakers, last })),
      );
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ first, breakers, last }) => {
        const steps: FuzzStep[] = [
          { props: first.props },
          ...breakers.map((b) => ({ props: { ...first.props, [b.prop]: b.value } })),
          { props: last.props, expectAdvanceWithin: ADVANCE_WITHIN_MS },
        ];
        const reports = await run(kind, steps);
        const context = { kind, steps };
        const end = reports[reports.length - 1];
        if (!end) throw new Error('no report');
        for (const report of reports) expectSound(report, context);
        for (const report of reports.slice(1, -1)) {
          expect(report.alerts.length, `no alert mid-sequence ${fc.stringify(context)}`).toBe(1);
        }
        expect(end.state, `state after recovery ${fc.stringify(context)}`).toBe('playing');
        expect(end.advanced, `frame stuck after recovery ${fc.stringify(context)}`).toBe(true);
      }),
      settings(45),
    );
  });

  it('playback resumes after any invalid prop (valid → invalid → valid)', async () => {
    const arbitrary = playingCase(kind).chain((c) => badProp(kind, c).map((bad) => ({ c, bad })));
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ c, bad }) => {
        const steps: FuzzStep[] = [
          { props: c.props },
          { props: { ...c.props, [bad.prop]: bad.value } },
          { props: c.props, expectAdvanceWithin: ADVANCE_WITHIN_MS },
        ];
        const reports = await run(kind, steps);
        const context = { kind, bad, props: c.props };
        const end = reports[2];
        if (!end) throw new Error('no report');
        for (const report of reports) expectSound(report, context);
        expect(end.state, `state after recovery ${fc.stringify(context)}`).toBe('playing');
        expect(end.advanced, `frame stuck after recovery ${fc.stringify(context)}`).toBe(true);
      }),
      settings(25),
    );
  });

  it('mounted invalid then made valid: held still off-screen, playing once in view', async () => {
    const arbitrary = fc.tuple(playingCase(kind), specBreaker(kind));
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([c, breaker]) => {
        const steps: FuzzStep[] = [
          { props: { ...c.props, [breaker.prop]: breaker.value }, place: 'offscreen' },
          { props: c.props, expectAdvanceWithin: HOLD_STILL_MS },
          { props: c.props, place: 'onscreen', expectAdvanceWithin: ADVANCE_WITHIN_MS },
        ];
        const [invalid, offscreen, onscreen] = await run(kind, steps);
        if (!invalid || !offscreen || !onscreen) throw new Error('no report');
        const where = fc.stringify({ kind, steps });
        expect(invalid.alerts.length, `no alert for ${where}`).toBe(1);
        expect(offscreen.advanced, `ticking off-screen for ${where}`).toBe(false);
        expect(onscreen.advanced, `frame stuck in view for ${where}`).toBe(true);
      }),
      settings(2),
    );
  });

  it('switching frame between controlled and uncontrolled says nothing in production', async () => {
    await fc.assert(
      fc.asyncProperty(validSpec(kind), fc.integer({ min: 0, max: 100 }), async (c, frame) => {
        const props = { ...c.props, autoPlay: false };
        const reports = await run(kind, [
          { props },
          { props: { ...props, frame: frame % c.frameCount } },
          { props },
        ]);
        for (const report of reports) expectDrawn(report, c, { kind, props, frame });
      }),
      settings(20),
    );
  });
});

describe('sizes that would freeze the page', () => {
  it.each(KINDS)('%s: a huge input and kernel together are refused at once', async (kind) => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(8000, 1e5, 1e9, 2 ** 31), async (size) => {
        // A pooling also needs its mode; without it the alert would rightly name `mode`.
        const props = { input: size, kernel: size, ...(kind === 'pool' && { mode: 'max' }) };
        const [report] = await run(kind, [{ props }]);
        if (!report) throw new Error('no report');
        expectSound(report, { kind, props });
        expect(report.alerts.some((a) => names(a.text, 'input') || names(a.text, 'kernel'))).toBe(
          true,
        );
      }),
      { ...settings(4), endOnFailure: true },
    );
  });
});
