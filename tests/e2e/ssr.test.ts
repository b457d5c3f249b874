// A server-rendered page with no host setup, in Chromium: styled before any script runs, a still
// with disabled controls when JavaScript is off, no layout shift when it hydrates, and autoTheme
// following the site's switch and the reader's scheme with CSS alone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { build, type Plugin } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { type StaticServer, serveStatic } from './server';

const PAGE = fileURLToPath(new URL('./ssr.page.tsx', import.meta.url));
const built = (name: string) =>
  fileURLToPath(new URL(`../../packages/${name}/dist/index.js`, import.meta.url));
/** The built packages, as a consumer gets them (the workspace's exports point at src/). */
const builtPackages: Plugin = {
  name: 'built-packages',
  setup(b) {
    b.onResolve({ filter: /^@conv-arithmetic\/(core|react)$/ }, (args) => ({
      path: built(args.path.slice('@conv-arithmetic/'.length)),
    }));
  },
};

let dir = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'conv-ssr-'));
  const common = {
    bundle: true,
    jsx: 'automatic' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [builtPackages],
    logLevel: 'silent' as const,
  };
  await build({
    ...common,
    entryPoints: [PAGE],
    outfile: join(dir, 'page.js'),
    format: 'iife',
    platform: 'browser',
  });
  // The server's copy of the page: the same source, rendered in Node without a document.
  await build({
    ...common,
    stdin: {
      contents: `import { createElement } from 'react';
        import { renderToString } from 'react-dom/server';
        import { CoursePage } from ${JSON.stringify(PAGE)};
        export const body = renderToString(createElement(CoursePage));`,
      resolveDir: dirname(PAGE),
      loader: 'tsx',
    },
    outfile: join(dir, 'server.mjs'),
    format: 'esm',
    platform: 'node',
  });
  const { body } = (await import(join(dir, 'server.mjs'))) as { body: string };
  // Layout shifts are recorded from the first paint; the page script comes last, as sites do.
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>' +
      '<script>window.shifts=[];new PerformanceObserver(l=>{for(const e of l.getEntries())' +
      'if(!e.hadRecentInput)window.shifts.push(e.value)}).observe({type:"layout-shift",buffered:true})</script>' +
      `</head><body><div id="root">${body}</div><script src="/page.js"></script></body></html>`,
  );
  server = await serveStatic(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  if (!browser || !server) throw new Error('no browser or server');
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${server.url}/index.html`);
  return page;
}

const computed = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);

describe('server HTML in Chromium, JavaScript off', () => {
  it('is styled, paused, and offers no control that does nothing', async () => {
    const page = await open({ javaScriptEnabled: false });
    try {
      expect(await page.locator('figure').count()).toBe(2);
      for (const state of await page
        .locator('figure')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-state')))) {
        expect(state).toBe('paused');
      }
      const enabled = await page.locator('button:enabled, input:enabled, select:enabled').count();
      expect(enabled).toBe(0);
      // The frame sentence and the speed label are there for screen readers only.
      const live = await page.locator('[data-part="live"]').first().boundingBox();
      expect(live?.width).toBeLessThanOrEqual(1);
      expect(await page.getByText('Speed').first().boundingBox()).toMatchObject({ width: 1 });
      // The figure box and the buttons are styled: the dark figure... here the auto one, light.
      expect(await computed(page, '#auto figure', 'background-color')).toBe('rgb(255, 255, 255)');
      expect(await computed(page, 'button', 'border-top-style')).toBe('solid');
      expect(await computed(page, 'button', 'min-width')).not.toBe('0px');
    } finally {
      await page.context().close();
    }
  });
});

describe('the same page, hydrated', () => {
  it('hydrates without shifting the layout (CLS < 0.01), then plays', async () => {
    const page = await open();
    try {
      await page.waitForFunction(() => window.hydrated === true);
      await expect
        .poll(() => page.locator('figure').nth(1).getAttribute('data-state'))
        .toBe('playing');
      expect(await page.locator('button:disabled').count()).toBe(0);
      await page.waitForTimeout(1200);
      const shift = await page.evaluate(() =>
        (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
      );
      console.log(`layout shift after hydration: ${shift.toFixed(4)}`);
      expect(shift).toBeLessThan(0.01);
    } finally {
      await page.context().close();
    }
  });

  it('has no axe violations, light or dark', async () => {
    const page = await open();
    try {
      await page.waitForFunction(() => window.hydrated === true);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        const results = await new AxeBuilder({ page }).include('figure').analyze();
        expect(results.violations.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('autoTheme follows the page with CSS alone', () => {
  const DARK = 'rgb(0, 43, 54)';
  const LIGHT = 'rgb(255, 255, 255)';
  /** The auto figure's box, its picture's background and its grid lines, as drawn. */
  const colours = (page: Page) =>
    Promise.all([
      computed(page, '#auto figure', 'background-color'),
      computed(page, '#auto svg[data-frame] > rect', 'fill'),
      computed(page, '#auto [data-kind="input"]', 'stroke'),
    ]);

  it('switches on data-theme, a dark class and prefers-color-scheme, with no DOM change', async () => {
    const page = await open();
    try {
      await page.waitForFunction(() => window.hydrated === true);
      // Any re-render of the (paused) figure would show as a mutation of its subtree.
      await page.evaluate(() => {
        const w = window as unknown as { mutations: number };
        w.mutations = 0;
        new MutationObserver((list) => {
          w.mutations += list.length;
        }).observe(document.querySelector('#auto figure') as Node, {
          subtree: true,
          attributes: true,
          childList: true,
          characterData: true,
        });
      });
      const light = await colours(page);
      expect(light).toEqual([LIGHT, LIGHT, 'rgb(0, 43, 54)']);
      const set = (script: string) => page.evaluate(script);

      await set('document.documentElement.dataset.theme = "dark"');
      const dark = await colours(page);
      expect(dark).toEqual([DARK, DARK, 'rgb(147, 161, 161)']);

      await set('delete document.documentElement.dataset.theme; document.body.className = "dark"');
      expect(await colours(page)).toEqual(dark);

      await set('document.body.className = ""');
      expect(await colours(page)).toEqual(light);

      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await colours(page)).toEqual(dark);

      // The site's explicit light switch wins over the reader's dark preference.
      await set('document.documentElement.dataset.theme = "light"');
      expect(await colours(page)).toEqual(light);

      const mutations = await page.evaluate(
        () => (window as unknown as { mutations: number }).mutations,
      );
      expect(mutations).toBe(0);
      // Other themes keep their colours whatever the page says.
      await set('document.documentElement.dataset.theme = "dark"');
      expect(await computed(page, 'figure >> nth=1', 'background-color')).toBe(LIGHT);
    } finally {
      await page.context().close();
    }
  });

  it('a download holds the colours the figure shows, as real colours', async () => {
    const page = await open();
    try {
      await page.waitForFunction(() => window.hydrated === true);
      const saved = async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('#auto').getByRole('button', { name: 'Download SVG' }).click(),
        ]);
        return readFileSync((await download.path()) as string, 'utf8');
      };
      const light = await saved();
      await page.evaluate('document.documentElement.dataset.theme = "dark"');
      const dark = await saved();
      for (const file of [light, dark]) expect(file).not.toContain('var(');
      // The picture's background, its first rect.
      const background = (file: string) => file.match(/<rect [^>]*fill="([^"]+)"/)?.[1];
      expect(background(light)).toBe('#FFFFFF');
      expect(background(dark)).toBe('#002B36');
    } finally {
      await page.context().close();
    }
  });
});
