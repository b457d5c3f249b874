// The opt-in download buttons produce real files in the browser.
import { readFileSync } from 'node:fs';
import { convDiagram } from '@conv-arithmetic/core';
import { renderSvg } from '@conv-arithmetic/export';
import { classicTheme } from '@conv-arithmetic/react';
import { parseGIF } from 'gifuct-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellCentre, decodeGif, over, pixel, rgbOf } from '../export/decode';
import { endSession, openEntry, type Session, startSession } from './storybook';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const STORY_SPEC = { input: 4, kernel: 3 } as const;

/** Each frame shows its own kernel window and output cell (overlays drawn where they belong). */
function expectWindowAtEveryFrame(gif: ReturnType<typeof decodeGif>) {
  const { colors } = classicTheme;
  const near = (actual: string, expected: [number, number, number]) => {
    const got = rgbOf(actual);
    for (let i = 0; i < 3; i++) {
      expect(Math.abs((got[i] as number) - expected[i]!)).toBeLessThanOrEqual(4);
    }
  };
  for (let frame = 0; frame < gif.frames.length; frame++) {
    const svg = renderSvg(STORY_SPEC, frame);
    const image = gif.frames[frame] as Uint8ClampedArray;
    const at = (selector: string) => pixel(image, gif.width, cellCentre(svg, selector));
    const { output, taps } = convDiagram(STORY_SPEC).frame(frame);
    const [row, col] = output;
    near(at(`output:${row}:${col}`), over(colors.shade, colors.shadeOpacity, colors.output));
    near(at(`output:${1 - row}:${1 - col}`), rgbOf(colors.output));
    for (const tap of taps) {
      const cell = `input:${tap.drawn[0]}:${tap.drawn[1]}`;
      near(at(cell), over(colors.shade, colors.shadeOpacity, colors.input));
    }
    // The input cell no window of this frame covers.
    const outside = `input:${row === 0 ? 3 : 0}:${col === 0 ? 3 : 0}`;
    near(at(outside), rgbOf(colors.input));
  }
}

describe('download buttons', () => {
  it('Download GIF, SVG and PNG save the diagram: every frame, the current frame, a PNG', async () => {
    if (!session) throw new Error('no browser session');
    const { page, pageErrors } = await openEntry(session, {
      id: 'components-convanimation--downloads',
      type: 'story',
    });
    try {
      const save = async (name: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
        const path = await download.path();
        return { name: download.suggestedFilename(), bytes: readFileSync(path) };
      };
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const gif = await save('Download GIF');
      expect(gif.name).toBe('convolution-4x4-input-3x3-kernel-2x2-output.gif');
      // Encoded in a worker while the page draws (the bundler emitted and loaded it).
      expect(workers.some((url) => /gifWorker/.test(url))).toBe(true);
      const decoded = decodeGif(new Uint8Array(gif.bytes));
      expect(decoded.frames).toHaveLength(4);
      expect(decoded.loopCount).toBe(0);
      expectWindowAtEveryFrame(decoded);
      await page.getByRole('button', { name: 'Next frame' }).click();
      const svg = await save('Download SVG');
      expect(svg.bytes.toString('utf8')).toContain('data-frame="1"');
      expect(svg.bytes.toString('utf8')).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
      );
      const png = await save('Download PNG');
      expect([...png.bytes.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('PoolingAnimation downloads: 9 GIF frames; the SVG holds the values computed so far', async () => {
    if (!session) throw new Error('no browser session');
    const { page, pageErrors } = await openEntry(session, {
      id: 'components-poolinganimation--downloads',
      type: 'story',
    });
    try {
      const save = async (name: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
        return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
      };
      const gif = await save('Download GIF');
      expect(gif.name).toBe('max-pooling-5x5-input-3x3-window-3x3-output.gif');
      expect(decodeGif(new Uint8Array(gif.bytes)).frames).toHaveLength(9);
      await page.getByRole('button', { name: 'Next frame' }).click();
      await page.getByRole('button', { name: 'Next frame' }).click();
      const svg = (await save('Download SVG')).bytes.toString('utf8');
      expect(svg).toContain('data-frame="2"');
      const revealed = /data-part="revealed"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
      expect([...revealed.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual([
        '3.0',
        '3.0',
        '3.0',
      ]);
      expect(svg).toContain('max(2, 1, 0, 1, 3, 1, 2, 2, 3) = 3');
      const png = await save('Download PNG');
      expect([...png.bytes.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('Download GIF of a 32×32 input completes with every frame (frames streamed, not held)', async () => {
    if (!session) throw new Error('no browser session');
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(
        `${session.server.url}/iframe.html?id=components-convanimation--downloads&viewMode=story&args=input:32&globals=a11y.manual:!true`,
      );
      await page.waitForSelector('#storybook-root svg[role="img"]', { timeout: 20_000 });
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Download GIF' }).click(),
      ]);
      const seconds = (Date.now() - started) / 1000;
      console.info(`32×32 GIF download: ${seconds.toFixed(1)} s`);
      expect(download.suggestedFilename()).toBe(
        'convolution-32x32-input-3x3-kernel-30x30-output.gif',
      );
      // Counted, not composited: 900 decoded frames of this size would not fit in the test's heap.
      const bytes = readFileSync(await download.path());
      const gif = parseGIF(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      );
      expect(gif.frames.filter((frame) => 'image' in frame)).toHaveLength(900);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('Download GIF encodes on the page where no worker can start', async () => {
    if (!session) throw new Error('no browser session');
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      // A page whose policy forbids workers, say.
      Reflect.deleteProperty(globalThis, 'Worker');
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(
        `${session.server.url}/iframe.html?id=components-convanimation--downloads&viewMode=story&globals=a11y.manual:!true`,
      );
      await page.waitForSelector('#storybook-root svg[role="img"]', { timeout: 20_000 });
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Download GIF' }).click(),
      ]);
      const decoded = decodeGif(new Uint8Array(readFileSync(await download.path())));
      expect(decoded.frames).toHaveLength(4);
      expectWindowAtEveryFrame(decoded);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
