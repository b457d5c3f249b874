// <TransposedConvExplainer> in Chromium: one playback steps the three views together; hovering a
// cell in one view lights its partners in the others; the scatter and matrix views of
// <TransposedConvAnimation view> load on first use and step.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGif } from '../export/decode';
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

const frames = (page: Page) =>
  page
    .locator('#storybook-root [data-panel] svg[data-frame]')
    .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('data-frame')));
const count = (page: Page, panel: string, part: string) =>
  page.locator(`#storybook-root [data-panel="${panel}"] [data-part="${part}"]`).count();

describe('the explainer in the browser', () => {
  it('stepping by button and keyboard moves all three views in step', async () => {
    const { page } = await open('components-transposedconvexplainer--gather');
    try {
      expect(await frames(page)).toEqual(['0', '0', '0']);
      await page.getByRole('button', { name: /next frame/i }).click();
      await expect.poll(() => frames(page)).toEqual(['1', '1', '1']);
      await page.locator('#storybook-root figure').focus();
      await page.keyboard.press('ArrowDown'); // one output row: 6 frames
      await expect.poll(() => frames(page)).toEqual(['7', '7', '7']);
      const row = page.locator('#storybook-root [data-part="current-row"]');
      expect(await row.getAttribute('data-index')).toBe('7');
      await expect
        .poll(() => page.locator('#storybook-root [data-part="live"]').textContent())
        .toMatch(/^Frame 8 of 36: output cell \(2, 2\)\./);
    } finally {
      await page.context().close();
    }
  });

  it('hovering an input cell in the scatter view lights its outputs in every view', async () => {
    const { page } = await open('components-transposedconvexplainer--gather');
    try {
      await page
        .locator(
          '#storybook-root [data-panel="scatter"] [data-plane="input"][data-row="1"][data-col="1"]',
        )
        .hover();
      // Fig 4.7: the centre input cell's 3×3 stamp lands whole inside the 6×6 output.
      await expect.poll(() => count(page, 'scatter', 'lit-output')).toBe(9);
      expect(await count(page, 'matrix', 'lit-output')).toBe(9);
      expect(await count(page, 'matrix', 'lit-input')).toBe(1);
      // The equivalent picture's highlight loads on first use.
      await expect.poll(() => count(page, 'equivalent', 'fed-output')).toBe(9);
      // Hovering an output cell of the matrix's y lights the input cells it reads.
      await page
        .locator(
          '#storybook-root [data-panel="matrix"] [data-plane="output"][data-row="0"][data-col="0"]',
        )
        .hover();
      await expect.poll(() => count(page, 'equivalent', 'receptive-field')).toBe(9);
      expect(await count(page, 'scatter', 'lit-input')).toBe(1);
      await page.mouse.move(0, 0);
      await expect.poll(() => count(page, 'scatter', 'lit-input')).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('scatter order walks the input cells: a stamp, its windows, a column of M', async () => {
    const { page } = await open('components-transposedconvexplainer--scatter');
    try {
      await page.getByRole('button', { name: /next frame/i }).click();
      await expect.poll(() => frames(page)).toContain('1');
      const column = page.locator('#storybook-root [data-part="current-column"]');
      expect(await column.getAttribute('data-index')).toBe('1');
      expect(await count(page, 'scatter', 'stamp')).toBe(await count(page, 'matrix', 'partner'));
      await expect.poll(() => count(page, 'equivalent', 'hovered-input')).toBe(1);
    } finally {
      await page.context().close();
    }
  });
});

describe('the views of <TransposedConvAnimation>', () => {
  it.each([
    ['components-transposedconvanimation--scatter-view', 'scatter'],
    ['components-transposedconvanimation--matrix-view', 'matrix'],
    ['components-convanimation--matrix', 'matrix'],
  ])('%s loads the %s view and plays it', async (id, view) => {
    const { page } = await open(id);
    try {
      const svg = page.locator(`#storybook-root svg[data-view="${view}"]`);
      await expect.poll(() => svg.count(), { timeout: 5000 }).toBe(1);
      await expect
        .poll(async () => Number(await svg.getAttribute('data-frame')), { timeout: 4000 })
        .toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });
});

describe('downloads of a view', () => {
  it('the scatter view downloads as a GIF of one frame per input cell and as its SVG', async () => {
    if (!session) throw new Error('no browser session');
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(
        `${session.server.url}/iframe.html?id=components-transposedconvanimation--scatter-view&viewMode=story&args=download:!true;autoPlay:!false&globals=a11y.manual:!true`,
      );
      await page.waitForSelector('#storybook-root svg[data-view="scatter"]', { timeout: 20_000 });
      const save = async (name: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.getByRole('button', { name }).click(),
        ]);
        return readFileSync(await download.path());
      };
      const gif = decodeGif(new Uint8Array(await save('Download GIF')));
      expect(gif.frames).toHaveLength(9);
      await page.getByRole('button', { name: 'Next frame' }).click();
      const svg = (await save('Download SVG')).toString('utf8');
      expect(svg).toContain('data-view="scatter" data-frame="1"');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
