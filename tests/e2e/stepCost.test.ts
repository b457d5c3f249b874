// A step in Chromium changes the DOM in a handful of places, whatever the grid's size, and never
// inside the planes: the production bench page (tests/bench/page), driven as `pnpm bench` does.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePage } from '../bench/browser';
import { type BuiltPage, buildPage } from '../bench/bundle';
import type { BenchWindow, StepKind, StepSample } from '../bench/page/api';
import { launchChromium } from './browser';

const MAX_MUTATIONS = 12;

let built: BuiltPage | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let url = '';

beforeAll(async () => {
  built = await buildPage();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  url = await servePage(context, built.directory);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  built?.remove();
});

async function steps(kind: StepKind, size: number, count: number): Promise<StepSample[]> {
  if (!page) throw new Error('no page');
  await page.goto(url);
  await page.evaluate(([k, s]) => (window as unknown as BenchWindow).bench.mountStepper(k, s), [
    kind,
    size,
  ] as const);
  return page.evaluate(async (n) => {
    const samples: StepSample[] = [];
    for (let i = 0; i < n; i++) samples.push(await (window as unknown as BenchWindow).bench.step());
    return samples;
  }, count);
}

describe(`DOM mutations per step ≤ ${MAX_MUTATIONS}, none in the planes`, () => {
  for (const kind of ['conv', 'transposed', 'dilated'] as const) {
    for (const size of [5, 16, 64]) {
      it(`${kind}, ${size}×${size} input`, async () => {
        const samples = await steps(kind, size, 12);
        for (const [i, sample] of samples.entries()) {
          expect(sample.mutations, `step ${i + 1}`).toBeGreaterThan(0);
          expect(sample.mutations, `step ${i + 1}`).toBeLessThanOrEqual(MAX_MUTATIONS);
          expect(sample.planeMutations, `step ${i + 1}`).toBe(0);
        }
      });
    }
  }
});
