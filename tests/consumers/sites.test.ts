// Course sites built with the frameworks authors use, from the packed tarballs: Next.js (App
// Router: a Server Component page with themes and defineTheme, an MDX page via @next/mdx),
// Docusaurus (an MDX doc page, dark toggle) and Astro (MDX posts, one `client:visible`, one with
// no directive). The sites are the committed projects under tests/consumers/sites (README's "Use
// it in…" files), staged in a temp dir and built concurrently, served on 127.0.0.1, and read in
// one Chromium with and without JavaScript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../e2e/browser';
import { buildSite, isolatedEnv, type Served, serveSite, stopAll } from './frameworks/build';
import { figureColours, figureFacts, layoutShift, watchLayoutShift } from './frameworks/inspect';
import { type Framework, stageSite } from './frameworks/stage';

interface SitePage {
  path: string;
  figures: number;
  /** The frame the server draws: `defaultFrame`, else 0. */
  still: number;
  /** Whether the page hydrates its figures (Astro without a directive does not). */
  hydrates: boolean;
}

const PAGES: Record<Framework, SitePage[]> = {
  next: [
    { path: '/', figures: 4, still: 0, hydrates: true },
    { path: '/notes', figures: 2, still: 0, hydrates: true },
  ],
  docusaurus: [{ path: '/', figures: 2, still: 0, hydrates: true }],
  astro: [
    { path: '/posts/strides/', figures: 2, still: 0, hydrates: true },
    { path: '/posts/padding/', figures: 1, still: 4, hydrates: false },
  ],
};
const FRAMEWORKS = Object.keys(PAGES) as Framework[];
const NAMES: Record<Framework, string> = {
  next: 'Next.js',
  docusaurus: 'Docusaurus',
  astro: 'Astro',
};

let root: string;
let browser: Browser;
/** darkTheme's background, as the packed package has it. */
let darkBackground: string;
const sites = new Map<Framework, PromiseSettledResult<Served>>();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'conv-sites-'));
  const env = isolatedEnv(root);
  const tarballs = inject('tarballs');
  const dirs = FRAMEWORKS.map((framework) => stageSite(framework, root, tarballs));
  darkBackground = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const { darkTheme } = await import('@conv-arithmetic/react'); console.log(darkTheme.colors.background);",
    ],
    { cwd: dirs[0], encoding: 'utf8' },
  ).trim();
  // Concurrently: the builds wait mostly on one another's I/O; one browser for every check.
  const [launched, ...served] = await Promise.allSettled([
    launchChromium(),
    ...FRAMEWORKS.map(async (framework, i) => {
      const dir = dirs[i] as string;
      const start = performance.now();
      await buildSite(framework, dir, env);
      console.log(`${framework} built in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      return serveSite(framework, dir, env);
    }),
  ]);
  for (const [i, framework] of FRAMEWORKS.entries()) {
    sites.set(framework, served[i] as PromiseSettledResult<Served>);
  }
  if (launched.status === 'rejected') throw launched.reason;
  browser = launched.value;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const site of sites.values()) if (site.status === 'fulfilled') await site.value.close();
  await stopAll(); // whatever a timed-out hook left running
  if (root) rmSync(root, { recursive: true, force: true });
});

function site(framework: Framework): Served {
  const result = sites.get(framework);
  if (!result) throw new Error(`${framework} was not built`);
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/** Opens a page in a fresh context; `messages` gathers page errors, console errors, warnings. */
async function open(
  url: string,
  options: { javaScript: boolean; colorScheme?: 'light' | 'dark' },
): Promise<{ page: Page; messages: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(5000); // a missing part fails fast, not after 30 s
  await watchLayoutShift(context);
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) messages.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, messages, close: () => context.close() };
}

/** The still every reader gets before (or without) hydration. */
async function expectStill(page: Page, expected: SitePage) {
  const facts = await figureFacts(page);
  expect(facts.length, 'figures on the page').toBe(expected.figures);
  for (const [i, figure] of facts.entries()) {
    const at = `figure ${i + 1}`;
    expect.soft(figure.state, `${at}: marked paused`).toBe('paused');
    expect.soft(figure.frame, `${at}: the frame drawn`).toBe(expected.still);
    expect.soft(figure.enabledControls, `${at}: enabled controls that do nothing`).toEqual([]);
    expect.soft(figure.unstyled, `${at}: parts the server HTML leaves unstyled`).toEqual([]);
    expect.soft(figure.sentences.length, `${at}: its frame sentence`).toBe(1);
    for (const sentence of figure.sentences) {
      expect.soft(sentence.hidden, `${at}: "${sentence.text}" is visible`).toBe(true);
    }
  }
}

/** The frame figure `index` shows, NaN while there is none (no waiting: polls ask again). */
const frameOf = (page: Page, index: number) =>
  page.evaluate(
    (at) =>
      Number(
        document
          .querySelectorAll('figure[data-state]')
          [at]?.querySelector('svg[data-frame]')
          ?.getAttribute('data-frame') ?? Number.NaN,
      ),
    index,
  );

describe.each(FRAMEWORKS.map((f) => [NAMES[f], f] as const))('a %s site', (_, framework) => {
  it('builds from the packed tarballs and serves on 127.0.0.1', () => {
    expect(site(framework).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  describe.each(PAGES[framework])('$path', (expected) => {
    it('without JavaScript: a styled still, paused, no enabled control, the sentence hidden', async () => {
      const { page, messages, close } = await open(`${site(framework).url}${expected.path}`, {
        javaScript: false,
      });
      try {
        await expectStill(page, expected);
        expect(messages).toEqual([]);
      } finally {
        await close();
      }
    });

    if (!expected.hydrates) {
      it('with JavaScript (no client directive): the same still, no enabled control', async () => {
        const { page, messages, close } = await open(`${site(framework).url}${expected.path}`, {
          javaScript: true,
        });
        try {
          await page.waitForTimeout(500); // time a playing figure would advance in
          await expectStill(page, expected);
          expect(await layoutShift(page)).toBeLessThan(0.01);
          expect(messages).toEqual([]);
        } finally {
          await close();
        }
      });
      return;
    }

    it('with JavaScript: hydrates with no error or warning, no layout shift, plays; Pause and Next frame work', async () => {
      const { page, messages, close } = await open(`${site(framework).url}${expected.path}`, {
        javaScript: true,
      });
      try {
        const first = page.locator('figure[data-state]').first();
        await expect
          .poll(() => frameOf(page, 0), { timeout: 15_000 })
          .toSatisfy((frame: number) => !Number.isNaN(frame) && frame !== expected.still);
        expect(await first.getAttribute('data-state')).toBe('playing');
        await page.waitForTimeout(300); // a late shift would come now
        expect(await layoutShift(page), 'layout shift').toBeLessThan(0.01);
        const facts = await figureFacts(page);
        for (const figure of facts) {
          expect.soft(figure.unstyled).toEqual([]);
          for (const s of figure.sentences) expect.soft(s.hidden, `"${s.text}"`).toBe(true);
        }
        await first.getByRole('button', { name: 'Pause' }).click();
        await expect.poll(() => first.getAttribute('data-state')).toBe('paused');
        const paused = await frameOf(page, 0);
        await first.getByRole('button', { name: 'Next frame' }).click();
        const next = await frameOf(page, 0);
        expect(next === paused + 1 || (next === 0 && paused > 0), `${paused} → ${next}`).toBe(true);
        expect(messages).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});

describe('the Next.js Server Component page', () => {
  it("renders themes as plain values: darkTheme's background, defineTheme's output colour", async () => {
    const { page, messages, close } = await open(`${site('next').url}/`, { javaScript: false });
    try {
      expect(await page.locator('main p').first().textContent()).toBe(
        `Dark figures sit on ${darkBackground}.`,
      );
      // The third figure's provider theme: defineTheme(slideTheme, { output: '#B58900' }).
      const { paint } = await figureColours(page, 2);
      expect(paint.some((colour) => colour.includes('rgb(181, 137, 0)'))).toBe(true);
      expect(messages).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the Docusaurus dark toggle', () => {
  it('darkens figures with theme="auto" and lightens them back (the site switch wins over the OS)', async () => {
    // The reader's OS prefers dark; the site says light until its toggle says dark.
    const { page, messages, close } = await open(`${site('docusaurus').url}/`, {
      javaScript: true,
      colorScheme: 'dark',
    });
    try {
      const html = page.locator('html');
      const first = page.locator('figure[data-state]').first();
      await expect.poll(() => frameOf(page, 0), { timeout: 15_000 }).toBeGreaterThan(0);
      await first.getByRole('button', { name: 'Pause' }).click(); // the same frame in each mode
      expect(await html.getAttribute('data-theme')).toBe('light');
      const light = await figureColours(page, 0);
      expect(light.backgroundLuminance, 'light page: a light figure').toBeGreaterThan(0.5);
      const toggle = page.getByRole('button', { name: /dark and light mode/i });
      const switchTo = async (mode: 'dark' | 'light') => {
        for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== mode; i++) {
          await toggle.click();
        }
        expect(await html.getAttribute('data-theme')).toBe(mode);
      };
      await switchTo('dark');
      const dark = await figureColours(page, 0);
      expect(dark.backgroundLuminance, 'dark page: a dark figure').toBeLessThan(0.2);
      expect(dark.paint).not.toEqual(light.paint);
      await switchTo('light');
      expect(await figureColours(page, 0)).toEqual(light);
      expect(messages).toEqual([]);
    } finally {
      await close();
    }
  });
});
