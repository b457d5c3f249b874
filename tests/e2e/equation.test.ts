// The equation line and progressive reveal, for real, in Chromium: what the line says and how it
// looks, that it follows the frame and reaches the live region, and output cells appearing as
// they are computed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, openEntry, type RecordedPage, type Session, startSession } from './storybook';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

async function open(id: string): Promise<RecordedPage> {
  if (!session) throw new Error('no browser session');
  return openEntry(session, { id, type: 'story' });
}

const root = '#storybook-root';
const equation = (page: Page) => page.locator(`${root} [data-part="equation"]`).first();
const live = (page: Page) => page.locator(`${root} [data-part="live"]`).first();

/** Pauses the first figure and puts it on frame 0. */
async function pauseAtStart(page: Page) {
  await page.locator(`${root} figure`).first().focus();
  await page.keyboard.press('Home');
  await expect
    .poll(() => page.locator(`${root} figure`).first().getAttribute('data-state'))
    .toBe('paused');
}

describe('the equation line', () => {
  it('numerical_max_pooling: max(…) = 3 for frame 1, the next frame on →, in the live region', async () => {
    const { page } = await open('paper-gallery--numerical-max-pooling');
    try {
      await pauseAtStart(page);
      await expect
        .poll(() => equation(page).textContent())
        .toBe('max(3, 3, 2, 0, 0, 1, 3, 1, 2) = 3');
      expect(await live(page).textContent()).toContain('max(3, 3, 2, 0, 0, 1, 3, 1, 2) = 3.');
      expect(await live(page).getAttribute('aria-live')).toBe('polite');
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => equation(page).textContent())
        .toBe('max(3, 2, 1, 0, 1, 3, 1, 2, 2) = 3');
      await page.keyboard.press('End');
      await expect
        .poll(() => equation(page).textContent())
        .toBe('max(2, 2, 3, 0, 2, 2, 0, 0, 1) = 3');
      // Legible: the theme's control size, visible, and no wider than the figure.
      const box = await equation(page).boundingBox();
      const figure = await page.locator(`${root} figure`).first().boundingBox();
      expect(box?.height).toBeGreaterThan(10);
      expect(box && figure && box.width <= figure.width).toBe(true);
      expect(await equation(page).evaluate((el) => getComputedStyle(el).fontSize)).toBe('14px');
    } finally {
      await page.context().close();
    }
  });

  it('numerical_average_pooling and numerical_padding_strides write their arithmetic', async () => {
    const average = await open('paper-gallery--numerical-average-pooling');
    try {
      await pauseAtStart(average.page);
      await expect
        .poll(() => equation(average.page).textContent())
        .toBe('(3 + 3 + 2 + 0 + 0 + 1 + 3 + 1 + 2) / 9 = 1.7');
    } finally {
      await average.page.context().close();
    }
    const conv = await open('paper-gallery--numerical-padding-strides');
    try {
      await pauseAtStart(conv.page);
      const line = equation(conv.page);
      await expect
        .poll(() => line.textContent())
        .toBe('0·0 + 0·1 + 0·2 + 0·2 + 3·2 + 3·0 + 0·0 + 0·1 + 0·2 = 6');
      // The five terms over padding are underlined, dashed; the others are not.
      const styles = await line
        .locator('[data-marked]')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).textDecorationStyle));
      expect(styles).toEqual(['dashed', 'dashed', 'dashed', 'dashed', 'dashed']);
      expect(await live(conv.page).textContent()).toContain('0 (padding) × 0 + 0 (padding) × 1');
    } finally {
      await conv.page.context().close();
    }
  });
});

describe('reveal="progressive"', () => {
  it('fills output cells only once computed, and the scrubber takes them back', async () => {
    const { page } = await open('components-convanimation--progressive-reveal');
    try {
      await pauseAtStart(page);
      const revealed = () => page.locator(`${root} [data-part="revealed"] text`).allTextContents();
      const pending = () => page.locator(`${root} [data-part="pending"] polygon`).count();
      await expect.poll(revealed).toEqual(['6.0']);
      expect(await pending()).toBe(8);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await expect.poll(revealed).toEqual(['6.0', '17.0', '3.0', '8.0', '17.0']);
      expect(await pending()).toBe(4);
      await page.keyboard.press('End');
      await expect.poll(revealed).toHaveLength(9);
      expect(await pending()).toBe(0);
      await page.keyboard.press('Home');
      await expect.poll(revealed).toEqual(['6.0']);
    } finally {
      await page.context().close();
    }
  });

  it('while playing, the cells shown are always those computed so far', async () => {
    const { page } = await open('components-poolinganimation--progressive-reveal');
    try {
      const state = () =>
        page
          .locator(`${root} figure`)
          .first()
          .evaluate((figure) => ({
            frame: Number(figure.getAttribute('data-frame')),
            revealed: figure.querySelectorAll('[data-part="revealed"] text').length,
            pending: figure.querySelectorAll('[data-part="pending"] polygon').length,
          }));
      const start = await state();
      expect(start.revealed).toBe(start.frame + 1);
      expect(start.pending).toBe(8 - start.frame);
      await expect.poll(async () => (await state()).frame, { timeout: 3500 }).not.toBe(start.frame);
      const later = await state();
      expect(later.revealed).toBe(later.frame + 1);
      expect(later.pending).toBe(8 - later.frame);
    } finally {
      await page.context().close();
    }
  });
});
