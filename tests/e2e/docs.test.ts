// Every docs page of the built Storybook reads as a page, not as markdown source: no table pipes,
// `**` or backticks left in its text, every internal link leads to a page that exists, and
// nothing is logged as an error. (Axe runs on every page in stories.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endSession,
  openEntry,
  type Session,
  startSession,
  storybookEntries,
  unexpectedConsoleErrors,
} from './storybook';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const entries = storybookEntries();
const ids = new Set(entries.map((e) => e.id));
const docsPages = entries.filter((e) => e.type === 'docs');

/** Markdown that survived rendering: the text of a page with its code removed. */
const RAW_MARKDOWN: ReadonlyArray<[what: string, pattern: RegExp]> = [
  ['a table delimiter row', /\|\s*:?-{3,}/],
  ['a table row', /^\s*\|.*\|\s*$/m],
  ['bold markers', /\*\*/],
  ['a backtick', /`/],
];

describe('docs pages', () => {
  it('include every guide page', () => {
    expect(docsPages.length).toBeGreaterThanOrEqual(6);
  });

  for (const entry of docsPages) {
    it(`${entry.id}: no raw markdown, no broken internal link, no console error`, async () => {
      if (!session) throw new Error('no browser session');
      const recorded = await openEntry(session, entry);
      const { page } = recorded;
      try {
        const text = await page.evaluate(() => {
          const docs = document.querySelector('#storybook-docs');
          if (!docs) return '';
          const copy = docs.cloneNode(true) as HTMLElement;
          // Code is meant to show backticks and pipes; Storybook's own blocks are not prose.
          for (const node of copy.querySelectorAll(
            'pre, code, textarea, .docblock-source, .docblock-argstable, svg',
          )) {
            node.remove();
          }
          document.body.append(copy);
          // biome-ignore lint/performance/useDomNodeTextContent: line breaks as rendered matter here
          const rendered = copy.innerText;
          copy.remove();
          return rendered;
        });
        expect(text.length).toBeGreaterThan(100);
        for (const [what, pattern] of RAW_MARKDOWN) {
          expect(pattern.exec(text)?.[0], `${what} in ${entry.id}`).toBeUndefined();
        }

        const links = await page.$$eval('#storybook-docs a[href]', (anchors) =>
          anchors.map((a) => ({
            href: a.getAttribute('href') ?? '',
            url: (a as HTMLAnchorElement).href,
          })),
        );
        const origin = new URL(page.url()).origin;
        for (const { href, url } of links) {
          const target = new URL(url);
          if (target.origin !== origin) continue;
          const path = target.searchParams.get('path');
          if (path) {
            const id = path.replace(/^\/(docs|story)\//, '');
            expect(ids.has(id), `${entry.id} links to ${href}: no such page`).toBe(true);
          } else if (href.startsWith('#')) {
            const anchor = decodeURIComponent(href.slice(1));
            expect(await page.locator(`[id="${anchor}"]`).count(), `${entry.id}: ${href}`).toBe(1);
          } else {
            const response = await page.request.get(url);
            expect(response.status(), `${entry.id} links to ${href}`).toBe(200);
          }
        }

        expect(recorded.pageErrors).toEqual([]);
        expect(await unexpectedConsoleErrors(recorded)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});

describe('the Paper gallery page', () => {
  it("shows each case's public JSX and its parameters, never the internal helper", async () => {
    if (!session) throw new Error('no browser session');
    const recorded = await openEntry(session, { id: 'paper-gallery--docs', type: 'docs' });
    const { page } = recorded;
    try {
      const buttons = page.locator('#storybook-docs button', { hasText: 'Show code' });
      await buttons.first().waitFor();
      const count = await buttons.count();
      expect(count).toBeGreaterThanOrEqual(14);
      // Each click turns one "Show code" into "Hide code".
      for (let i = 0; i < count; i++) await buttons.first().click();
      const sources = await page.locator('#storybook-docs pre.prismjs').allTextContents();
      const code = sources.join('\n');
      expect(code).not.toContain('GalleryFigure');
      expect(code).toContain(
        '<TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} outputPadding={1} />',
      );
      expect(code).toContain('<DilatedConvAnimation input={7} kernel={3} />');
      // The four numerical cases: pooling as <PoolingAnimation>, convolutions with their numbers.
      expect(code).toContain('<PoolingAnimation mode="max" input={5} kernel={3} stride={1} />');
      expect(code).toContain('<PoolingAnimation mode="average" input={5} kernel={3} stride={1} />');
      expect(code).toContain('<ConvAnimation input={5} kernel={3} showValues />');
      const text = (await page.locator('#storybook-docs').textContent()) ?? '';
      expect(text).toContain(
        'Figure 4.7: Padding, strides, transposed (odd); i′ = 3, k = 3, s = 2, p = 1, a = 1',
      );
      expect(text).toContain(
        'nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1)',
      );
      expect(text).toContain('nn.MaxPool2d(kernel_size=3, stride=1)');
    } finally {
      await page.context().close();
    }
  });
});

describe('the Gallery page', () => {
  it('writes nn.MaxPool2d under max pooling and opens it in the playground as a pooling', async () => {
    if (!session) throw new Error('no browser session');
    const recorded = await openEntry(session, { id: 'gallery--docs', type: 'docs' });
    const { page } = recorded;
    try {
      const max = page.locator('[data-gallery-case="numerical_max_pooling"]');
      await max.waitFor();
      expect(await max.locator('code').first().textContent()).toBe(
        'nn.MaxPool2d(kernel_size=3, stride=1)',
      );
      const href = (await max.locator('a[data-playground-link]').getAttribute('href')) ?? '';
      const search = new URL(href, 'https://site/').searchParams;
      expect([search.get('kind'), search.get('mode'), search.get('stride')]).toEqual([
        'pool',
        'max',
        '1',
      ]);
      const average = page.locator('[data-gallery-case="numerical_average_pooling"] code');
      expect(await average.first().textContent()).toBe('nn.AvgPool2d(kernel_size=3, stride=1)');
    } finally {
      await page.context().close();
    }
  });
});

describe('the Transposed convolution page', () => {
  it('shows the explainer live: three views in step, driven from the keyboard', async () => {
    if (!session) throw new Error('no browser session');
    const recorded = await openEntry(session, { id: 'transposed-convolution--docs', type: 'docs' });
    const { page } = recorded;
    try {
      const docs = page.locator('#storybook-docs');
      for (const name of ['Scatter view', 'Equivalent convolution', 'Matrix view']) {
        await docs.getByRole('group', { name }).waitFor();
      }
      const explainer = docs.locator('[data-order]').first();
      const frame = () => explainer.getAttribute('data-frame');
      const first = await frame();
      await explainer.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(frame).not.toBe(first);
      expect(await docs.textContent()).toContain('Three views of one transposed convolution');
      expect(recorded.pageErrors).toEqual([]);
      expect(await unexpectedConsoleErrors(recorded)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
