// Playback, pause, keyboard and hover, for real, in Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, openEntry, type RecordedPage, type Session, startSession } from './storybook';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

async function open(id: string, options?: Parameters<typeof openEntry>[2]): Promise<RecordedPage> {
  if (!session) throw new Error('no browser session');
  return openEntry(session, { id, type: 'story' }, options);
}

const counter = (page: Page) =>
  page.locator('#storybook-root figure').first().locator('text=/frame \\d+ \\/ \\d+/');
const current = (page: Page) =>
  page
    .locator('#storybook-root [data-part="current-output"]')
    .first()
    .evaluate((el) => `${el.getAttribute('data-row')},${el.getAttribute('data-col')}`);
const frameOf = (page: Page) =>
  page
    .locator('#storybook-root svg[data-frame]')
    .first()
    .evaluate((el) => Number(el.getAttribute('data-frame')));

describe('playback in the browser', () => {
  it('advances: the counter and the highlighted output cell change every second', async () => {
    const { page } = await open('paper-gallery--padding-strides');
    try {
      await expect.poll(() => counter(page).textContent()).toBe('frame 1 / 9');
      expect(await current(page)).toBe('0,0');
      await expect.poll(() => counter(page).textContent(), { timeout: 3000 }).toBe('frame 2 / 9');
      expect(await current(page)).toBe('0,1');
    } finally {
      await page.context().close();
    }
  });

  it('pause stops it; play resumes', async () => {
    const { page } = await open('paper-gallery--no-padding-no-strides');
    try {
      await page.getByRole('button', { name: 'Pause' }).click();
      const paused = await frameOf(page);
      await page.waitForTimeout(2200);
      expect(await frameOf(page)).toBe(paused);
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => frameOf(page), { timeout: 3000 }).not.toBe(paused);
    } finally {
      await page.context().close();
    }
  });

  it('keyboard: Tab to the figure, Space pauses, arrows step, End and Home jump', async () => {
    const { page } = await open('paper-gallery--same-padding-no-strides');
    try {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.tagName);
      expect(focused).toBe('FIGURE');
      // A visible focus style: the ring is drawn.
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline).toBe('solid');
      await page.keyboard.press(' ');
      await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
      const start = await frameOf(page);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await frameOf(page)).toBe((start + 2) % 25);
      await page.keyboard.press('End');
      expect(await frameOf(page)).toBe(24);
      expect(await current(page)).toBe('4,4');
      await page.keyboard.press('Home');
      expect(await frameOf(page)).toBe(0);
      await page.keyboard.press('ArrowDown');
      expect(await current(page)).toBe('1,0');
    } finally {
      await page.context().close();
    }
  });

  it('hover an output cell: its receptive field lights up; hover an input cell: what it feeds', async () => {
    const { page } = await open('paper-gallery--no-padding-no-strides', {
      reducedMotion: 'reduce',
    });
    try {
      await page.locator('[data-plane="output"][data-row="1"][data-col="1"]').hover();
      await expect.poll(() => page.locator('[data-part="receptive-field"]').count()).toBe(9);
      // The centre of input cell (1, 1) of the 4×4 input feeds all four outputs of the 2×2 map.
      await page.locator('[data-plane="input"][data-row="1"][data-col="1"]').hover();
      await expect.poll(() => page.locator('[data-part="fed-output"]').count()).toBe(4);
      await expect.poll(() => page.locator('[data-part="receptive-field"]').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('prefers-reduced-motion: nothing moves until the user presses play', async () => {
    const { page } = await open('paper-gallery--padding-strides', { reducedMotion: 'reduce' });
    try {
      await page.waitForTimeout(1500);
      expect(await frameOf(page)).toBe(0);
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => frameOf(page), { timeout: 3000 }).toBe(1);
    } finally {
      await page.context().close();
    }
  });
});
