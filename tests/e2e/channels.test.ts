// Several maps, depthwise, the 1-D causal strip, the WaveNet-style stack and padding modes, for
// real, in Chromium: each story draws what it claims, steps from the keyboard, says it in the
// live region, and has zero axe violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endSession,
  openEntry,
  type RecordedPage,
  type Session,
  startSession,
  unexpectedConsoleErrors,
} from './storybook';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const root = '#storybook-root';
const story = (name: string) => `components-channels-and-padding-modes--${name}`;

/** Opens a story, runs `check` on it, then asserts a clean page with zero axe violations. */
async function withStory(id: string, check: (page: Page) => Promise<void>): Promise<void> {
  if (!session) throw new Error('no browser session');
  const recorded: RecordedPage = await openEntry(session, { id, type: 'story' });
  try {
    await check(recorded.page);
    const results = await new AxeBuilder({ page: recorded.page }).include(root).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(recorded.pageErrors).toEqual([]);
    expect(await unexpectedConsoleErrors(recorded)).toEqual([]);
  } finally {
    await recorded.page.context().close();
  }
}

/** Pauses the first figure on frame 0, as a reader does with Home. */
async function pauseAtStart(page: Page) {
  const figure = page.locator(`${root} figure`).first();
  await figure.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => figure.getAttribute('data-state')).toBe('paused');
}

const numbers = async (page: Page, selector: string) =>
  (await page.locator(`${root} ${selector}`).allTextContents()).map((t) =>
    Number(t.replace('→', '').trim()),
  );

describe('channel stories', () => {
  it("the paper's Figure 1.3: 2 → 3 maps, each map's partial sum adding up to the output", async () => {
    await withStory(story('paper-figure-13'), async (page) => {
      await page.locator(`${root} svg[data-channels="2→3"]`).waitFor();
      await pauseAtStart(page);
      expect(await page.locator(`${root} [data-layer="input"][data-channel]`).count()).toBe(2);
      expect(await page.locator(`${root} [data-layer="output"][data-channel]`).count()).toBe(3);
      for (let step = 0; step < 6; step++) {
        const partials = await numbers(page, '[data-part="partials"] text');
        expect(partials).toHaveLength(2);
        const line = (await page.locator(`${root} [data-part="equation"]`).textContent()) ?? '';
        const total = Number(/= ([\d.]+)/.exec(line)?.[1]);
        expect(partials[0]! + partials[1]!).toBeCloseTo(total);
        await page.keyboard.press('ArrowRight');
      }
      // Frame 5 is output map 2 (4 cells a map), cell (1, 2): the live region says so.
      await page.keyboard.press('Home');
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.locator(`${root} [data-part="live"]`).textContent())
        .toMatch(/^Frame 6 of 12: output map 2, cell \(1, 2\), .*total/);
    });
  });

  it('depthwise: one lit input map per output map, the others veiled', async () => {
    await withStory(story('depthwise'), async (page) => {
      await page.locator(`${root} svg[data-channels="3→3"]`).waitFor();
      await pauseAtStart(page);
      await page.keyboard.press('End');
      const current = page.locator(`${root} [data-part="current-output"]`);
      await expect.poll(() => current.getAttribute('data-channel')).toBe('2');
      expect(await numbers(page, '[data-part="partials"] text')).toHaveLength(1);
      const veil =
        (await page.locator(`${root} [data-part="other-groups"]`).getAttribute('d')) ?? '';
      expect(veil.match(/Z/g)).toHaveLength(2);
      expect(await page.locator(`${root} [data-part="live"]`).textContent()).toMatch(
        /reads input map 3 alone/,
      );
    });
  });

  it('pointwise and two groups draw and step cleanly', async () => {
    await withStory(story('pointwise'), async (page) => {
      await page.locator(`${root} svg[data-channels="3→2"]`).waitFor();
      await pauseAtStart(page);
      expect(await numbers(page, '[data-part="partials"] text')).toHaveLength(3);
    });
    await withStory(story('two-groups'), async (page) => {
      await page.locator(`${root} svg[data-channels="4→4"]`).waitFor();
    });
  });
});

describe('1-D and causal', () => {
  it('the causal strip: output strip above, padding on the left only, output t over input t', async () => {
    await withStory(story('causal-1-d'), async (page) => {
      await pauseAtStart(page);
      const kinds = await page
        .locator(`${root} [data-plane="input"]`)
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-kind')));
      expect(kinds).toEqual([...Array(4).fill('padding'), ...Array(10).fill('input')]);
      const box = (selector: string) => page.locator(`${root} ${selector}`).boundingBox();
      const output = await box('[data-plane="output"][data-col="3"]');
      const input = await box('[data-plane="input"][data-col="7"]');
      expect(output && input && output.y + output.height <= input.y).toBe(true);
      expect(Math.abs((output?.x ?? 0) - (input?.x ?? 1))).toBeLessThan(1);
    });
  });

  it('the WaveNet-style stack: one playback, the receptive field doubling layer by layer', async () => {
    await withStory(story('wave-net-stack'), async (page) => {
      const figure = page.locator(`${root} svg[data-frame]`).first();
      await page.locator(`${root} button[aria-label="Next frame"]`).click();
      await expect.poll(() => figure.getAttribute('data-frame')).toBe('1');
      await page.locator(`${root} input[type="range"]`).fill('16'); // 1-based, as people count
      await expect.poll(() => figure.getAttribute('data-frame')).toBe('15');
      // Output 16 of 16 depends on all 16 input steps: 1 + 1 + 2 + 4 + 8.
      const lit = await page.locator(`${root} rect[data-strip="0"][data-lit="true"]`).count();
      expect(lit).toBe(16);
      expect(await page.locator(`${root} figure p[aria-live]`).textContent()).toMatch(
        /depends on 16 input steps, none after it/,
      );
    });
  });
});

describe('padding modes', () => {
  it('reflect prints the copies; replicate and circular draw cleanly', async () => {
    await withStory(story('reflect-padding'), async (page) => {
      await pauseAtStart(page);
      const values = await page
        .locator(`${root} [data-layer="input-values"] text`)
        .allTextContents();
      // 8×8 drawn (4 + 2·2): row 0 mirrors row 2 of the input, so drawn (0, 2) = drawn (4, 2).
      expect(values).toHaveLength(64);
      expect(values[2]).toBe(values[4 * 8 + 2]);
      expect(await page.locator(`${root} [data-legend="padding"]`).textContent()).toBe(
        'padding (reflect)',
      );
    });
    await withStory(story('replicate-padding'), async (page) => {
      await page.locator(`${root} [data-layer="input-values"]`).waitFor();
    });
    await withStory(story('circular-padding'), async (page) => {
      await page.locator(`${root} [data-layer="input-values"]`).waitFor();
    });
  });
});
