// The static site as published: served under a sub-path, it opens on Getting started, carries the
// project's name, loads nothing that is missing, and its sidebar search finds the words a course
// author types.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { type StaticServer, serveStatic } from './server';
import { STATIC_DIR } from './storybook';

const BASE = '/conv-arithmetic/';
let server: StaticServer | undefined;
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

beforeAll(async () => {
  server = await serveStatic(STATIC_DIR, BASE);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSite(path = ''): Promise<{ page: Page; failed: string[]; errors: string[] }> {
  if (!browser || !server) throw new Error('no browser session');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/${path}`);
  return { page, failed, errors };
}

/** The sidebar search's results for a query, each as its text ("Docs / heading" + page). */
async function search(page: Page, query: string): Promise<string[]> {
  const field = page.locator('#storybook-explorer-searchfield');
  await field.fill(query);
  const menu = page.locator(`#${await field.getAttribute('aria-controls')}`);
  await menu.locator('[role="option"]').first().waitFor({ timeout: 10_000 });
  return menu.locator('[role="option"]').allTextContents();
}

describe(`the site served under ${BASE}`, () => {
  it('opens on Getting started, named conv-arithmetic, with every file found', async () => {
    const { page, failed, errors } = await openSite();
    try {
      await page.waitForURL(/path=\/docs\/getting-started--docs/, { timeout: 20_000 });
      expect(new URL(page.url()).pathname).toBe(BASE);
      const preview = page.frameLocator('#storybook-preview-iframe');
      await preview.locator('#storybook-docs svg[role="img"]').first().waitFor({ timeout: 20_000 });
      await expect.poll(() => page.title()).toMatch(/conv-arithmetic$/);
      expect(await page.title()).not.toMatch(/Storybook/);
      expect(await page.locator('body').textContent()).toContain('conv-arithmetic');
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('finds the right page for the words a course author types', async () => {
    const { page } = await openSite('?path=/docs/getting-started--docs');
    try {
      // Each word finds, among its first results, the page (or heading) that answers it.
      const expected: Record<string, RegExp> = {
        transposed: /^Transposed convolution$|^Docs \/ Transposed convolution/,
        ConvTranspose2d: /ConvTranspose2d/,
        output_padding: /^Docs \/ output_padding: why it existsTransposed convolution$/,
        dilation:
          /^(Docs \/ )?Dilation(Paper gallery| 2Components)|Dilated convolution \(dilation\)/,
        stride: /^Docs \/ Stride/,
        padding: /^(Docs)?Padding$|^Docs \/ .*[Pp]adding/,
        same: /^Docs \/ Padding 'same' \(half\) and 'full'Arithmetic$/,
      };
      for (const [query, wanted] of Object.entries(expected)) {
        const results = (await search(page, query)).slice(0, 5);
        expect(
          results.some((result) => wanted.test(result)),
          `${query}: ${results.join(' | ')}`,
        ).toBe(true);
      }
    } finally {
      await page.context().close();
    }
  });

  it('opens the playground with the state of a shared link', async () => {
    const query = 'kind=transposed&input=3&kernel=3&stride=2&padding=1&output-padding=1';
    const { page, failed } = await openSite(`?path=/docs/playground--docs&${query}`);
    try {
      const preview = page.frameLocator('#storybook-preview-iframe');
      const formula = preview.locator('[data-playground-formula] output').first();
      await formula.waitFor({ timeout: 20_000 });
      expect(await formula.textContent()).toBe('o′ = 2(3 − 1) + 1 + 3 − 2·1 = 6');
      const link = await preview.locator('[data-playground-link] a').getAttribute('href');
      const shared = new URL(link ?? '');
      expect(shared.pathname).toBe(BASE);
      expect(shared.searchParams.get('path')).toBe('/docs/playground--docs');
      expect(shared.searchParams.get('output-padding')).toBe('1');
      expect(failed).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
