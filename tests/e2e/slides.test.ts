// Slides in Chromium: the slide story fits 1920×1080, 1280×720 and 1024×768 with every part
// inside; the figure keeps its size as the counter grows; composed themes and pinned stills.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, openEntry, type RecordedPage, type Session, startSession } from './storybook';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

async function open(
  id: string,
  viewport?: { width: number; height: number },
): Promise<RecordedPage> {
  if (!session) throw new Error('no browser session');
  return openEntry(session, { id, type: 'story' }, viewport ? { viewport } : {});
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Each part's box on screen (after the fit's scale), and the slide's. */
async function boxes(page: Page): Promise<{ slide: Box; parts: Record<string, Box> }> {
  return page.evaluate(() => {
    const box = (element: Element | null) => {
      if (!element) throw new Error('part missing');
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const figure = document.querySelector('[data-testid="slide"] figure');
    return {
      slide: box(document.querySelector('[data-testid="slide"]')),
      parts: {
        heading: box(document.querySelector('[data-testid="slide"] h2')),
        figure: box(figure),
        diagram: box(figure?.querySelector('svg[role="img"]') ?? null),
        legend: box(figure?.querySelector('[data-layer="legend"]') ?? null),
        controls: box(figure?.querySelector('[role="group"]') ?? null),
        caption: box(figure?.querySelector('figcaption') ?? null),
      },
    };
  });
}

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

describe('fit="contain": the slide story', () => {
  it.each([
    [1920, 1080],
    [1280, 720],
    [1024, 768],
  ])(
    'at %i×%i every part is inside the slide, and the slide inside the window',
    async (width, height) => {
      const { page } = await open('guides-examples--full-screen-slide', { width, height });
      try {
        await page.waitForFunction(() =>
          document.querySelector('[data-fit="contain"]')?.getAttribute('style')?.includes('scale('),
        );
        const { slide, parts } = await boxes(page);
        expect(inside(slide, { left: 0, top: 0, right: width, bottom: height })).toBe(true);
        for (const [name, part] of Object.entries(parts)) {
          expect(
            inside(part, slide),
            `${name} ${JSON.stringify(part)} in ${JSON.stringify(slide)}`,
          ).toBe(true);
        }
        // The figure is scaled to use the room: it reaches the slide's content box on one axis.
        const room = await page.evaluate(() => {
          const fit = document.querySelector('[data-part="fit"]')?.getBoundingClientRect();
          return fit ? { width: fit.width, height: fit.height } : null;
        });
        const figure = parts.figure as Box;
        const used = Math.max(
          (figure.right - figure.left) / (room?.width ?? 1),
          (figure.bottom - figure.top) / (room?.height ?? 1),
        );
        expect(used).toBeGreaterThan(0.98);
      } finally {
        await page.context().close();
      }
    },
  );

  it('a figure whose controls set its width keeps its size from frame 1 to 10 to 25', async () => {
    // 25 frames, 28 px cells: the control bar, counter included, is wider than the picture.
    const { page } = await open('components-convanimation--same-padding');
    try {
      const figure = page.locator('#storybook-root figure').first();
      const size = () =>
        figure.evaluate((element: HTMLElement) => [
          element.offsetWidth,
          element.offsetHeight,
          Number(element.getAttribute('data-frame')),
        ]);
      await figure.press('Home');
      const first = await size();
      for (let i = 0; i < 9; i++) await figure.press('ArrowRight');
      const tenth = await size();
      await figure.press('End');
      const last = await size();
      expect([first[2], tenth[2], last[2]]).toEqual([0, 9, 24]);
      expect(tenth.slice(0, 2)).toEqual(first.slice(0, 2));
      expect(last.slice(0, 2)).toEqual(first.slice(0, 2));
      // And the controls do set its width here: the picture is narrower than the figure.
      const svgWidth = await figure
        .locator('svg[role="img"]')
        .evaluate((svg) => svg.getBoundingClientRect().width);
      expect(svgWidth).toBeLessThan((first[0] as number) - 20);
    } finally {
      await page.context().close();
    }
  });
});

describe('composed themes and stills', () => {
  it('dark + slide + one colour renders those tokens', async () => {
    const { page } = await open('guides-slides--dark-slide');
    try {
      const drawn = await page.evaluate(() => ({
        background: document.querySelector('svg[role="img"] > rect')?.getAttribute('fill'),
        output: document.querySelector('[data-plane="output"]')?.getAttribute('fill'),
        padding: document.querySelector('[data-kind="padding"]')?.getAttribute('fill'),
        // The "input"/"output" labels: over the planes, in the figure's top sheet.
        label: document
          .querySelector('figure svg > g[font-size]:not([data-layer])')
          ?.getAttribute('font-size'),
        stroke: document.querySelector('[data-plane="output"]')?.getAttribute('stroke-width'),
      }));
      expect(drawn).toEqual({
        background: '#002B36',
        output: '#B58900',
        padding: '#002B36',
        label: '22',
        stroke: '3',
      });
    } finally {
      await page.context().close();
    }
  });

  it('a pinned figure reads paused, with a Play button, and does not move', async () => {
    const { page } = await open('guides-slides--still');
    try {
      const figure = page.locator('#storybook-root figure');
      expect(await figure.getAttribute('data-state')).toBe('paused');
      await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
      await page.waitForTimeout(1500);
      expect(await figure.getAttribute('data-frame')).toBe('4');
    } finally {
      await page.context().close();
    }
  });

  it('the stepping example: each step sets the frame, paused', async () => {
    const { page } = await open('guides-slides--stepping');
    try {
      const figure = page.locator('#storybook-root figure');
      expect(await figure.getAttribute('data-frame')).toBe('0');
      await page.getByRole('button', { name: 'Next step' }).click();
      await page.getByRole('button', { name: 'Next step' }).click();
      expect(await figure.getAttribute('data-frame')).toBe('2');
      expect(await figure.getAttribute('data-state')).toBe('paused');
      await page.getByRole('button', { name: 'Previous step' }).click();
      expect(await figure.getAttribute('data-frame')).toBe('1');
      expect(await page.getByText('Step 2 of 9').count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });
});
