// Diagrams nobody can see do not tick: scrolled off-screen, or in a hidden tab.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, openEntry, type Session, startSession } from './storybook';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const frames = (page: Page, group: string) =>
  page
    .locator(`[data-testid="${group}"] svg[data-frame]`)
    .evaluateAll((svgs) => svgs.map((svg) => Number(svg.getAttribute('data-frame'))));

describe('visibility', () => {
  it('of 50 diagrams, the 45 off-screen ones do not advance until scrolled into view', async () => {
    if (!session) throw new Error('no browser session');
    const { page } = await openEntry(session, {
      id: 'guides-examples--many-diagrams',
      type: 'story',
    });
    try {
      await page.waitForTimeout(1500); // 4 fps: about 6 frames on screen
      const visible = await frames(page, 'visible');
      const hidden = await frames(page, 'offscreen');
      expect(visible).toHaveLength(5);
      expect(hidden).toHaveLength(45);
      expect(Math.min(...visible)).toBeGreaterThan(0);
      expect(hidden.filter((f) => f !== 0)).toEqual([]);
      await page.locator('[data-testid="offscreen"]').scrollIntoViewIfNeeded();
      await expect
        .poll(async () => Math.max(...(await frames(page, 'offscreen'))), { timeout: 3000 })
        .toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });

  it('a hidden tab does not advance; it resumes when shown', async () => {
    if (!session) throw new Error('no browser session');
    const { page } = await openEntry(session, {
      id: 'paper-gallery--padding-strides',
      type: 'story',
    });
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => (h ? 'hidden' : 'visible'),
        });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    const frame = () =>
      page
        .locator('svg[data-frame]')
        .first()
        .evaluate((svg) => Number(svg.getAttribute('data-frame')));
    try {
      await setHidden(true);
      const before = await frame();
      await page.waitForTimeout(2500);
      expect(await frame()).toBe(before);
      await setHidden(false);
      await expect.poll(frame, { timeout: 3000 }).not.toBe(before);
    } finally {
      await page.context().close();
    }
  });
});
