// The Playground docs page in Chromium: the keyboard drives it, the diagram, the formula and the
// PyTorch line follow the stride, an invalid combination shows the core's error and keeps the last
// valid diagram, and the page URL round-trips the whole state.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endSession,
  openEntry,
  type Session,
  startSession,
  unexpectedConsoleErrors,
} from './storybook';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const PLAYGROUND = { id: 'playground--docs', type: 'docs' } as const;

/** What the playground shows: the figure (name and extent, not the playing frame) and its text. */
async function shown(page: Page) {
  const root = page.locator('[data-conv-playground]');
  const svg = root.locator('[data-playground-diagram] svg[role="img"]');
  return {
    diagram: `${await svg.locator('title').first().textContent()} ${await svg.getAttribute('viewBox')}`,
    formula: await root.locator('[data-playground-formula] output').first().textContent(),
    pytorch: await root.locator('[data-playground-pytorch]').textContent(),
  };
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-conv-playground]').analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

describe('the Playground page', () => {
  it('follows the stride from the keyboard and round-trips its state through the URL', async () => {
    if (!session) throw new Error('no browser session');
    const recorded = await openEntry(session, PLAYGROUND);
    const { page } = recorded;
    try {
      const before = await shown(page);
      expect(before.formula).toBe('o = ⌊(5 + 2·1 − 3) / 2⌋ + 1 = 3');
      expect(before.pytorch).toBe('nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)');

      const stride = page.getByRole('spinbutton', { name: 'Stride', exact: true });
      await stride.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await shown(page)).formula).toBe('o = 5 + 2·1 − (3 − 1) = 5');
      const after = await shown(page);
      expect(after.pytorch).toBe('nn.Conv2d(1, 1, kernel_size=3, padding=1)');
      expect(after.diagram).not.toBe(before.diagram);

      // The whole state is in the address: a fresh page at it shows the same thing.
      const address = page.url();
      expect(new URL(address).searchParams.get('stride')).toBe('1');
      const again = await page.context().newPage();
      await again.goto(address);
      await again.locator('[data-playground-formula] output').first().waitFor();
      await expect.poll(async () => (await shown(again)).formula).toBe(after.formula);
      expect(await shown(again)).toEqual(after);
      expect(
        await again.getByRole('spinbutton', { name: 'Stride', exact: true }).inputValue(),
      ).toBe('1');

      expect(recorded.pageErrors).toEqual([]);
      expect(await unexpectedConsoleErrors(recorded)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows the core error as an alert and keeps the last valid diagram', async () => {
    if (!session) throw new Error('no browser session');
    const recorded = await openEntry(session, PLAYGROUND);
    const { page } = recorded;
    try {
      const valid = await shown(page);
      await page.getByRole('spinbutton', { name: 'Kernel', exact: true }).fill('9');
      const alert = page.locator('[data-playground-error] [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/kernel.*larger than the padded input/);
      expect(await shown(page)).toEqual(valid);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('spinbutton', { name: 'Kernel', exact: true }).fill('3');
      await alert.waitFor({ state: 'detached' });
      expect(recorded.pageErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('copies the PyTorch line, the JSX and the CLI command, and stays accessible in every form', async () => {
    if (!session) throw new Error('no browser session');
    const recorded = await openEntry(session, PLAYGROUND);
    const { page } = recorded;
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await page.getByRole('button', { name: 'Copy PyTorch line' }).click();
      await expect.poll(clipboard).toBe('nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)');
      await page.getByRole('button', { name: 'Copy CLI command' }).click();
      await expect
        .poll(clipboard)
        .toBe(
          'npx @conv-arithmetic/export gif --input 5 --kernel 3 --stride 2 --padding 1 -o conv.gif',
        );
      await page.getByRole('button', { name: 'Copy JSX' }).click();
      await expect
        .poll(clipboard)
        .toContain('<ConvAnimation input={5} kernel={3} stride={2} padding={1} />');

      // Every other control shown: values, per-side padding, split sizes, a transposed kind.
      await page.getByRole('checkbox', { name: 'Show values' }).check();
      await page.getByLabel('Padding form').selectOption('sides');
      await page.getByRole('checkbox', { name: 'Input: rows and cols differ' }).check();
      await page.getByLabel('Kind').selectOption('transposed');
      await page.getByRole('textbox', { name: 'Kernel values' }).waitFor();
      await page.getByRole('spinbutton', { name: 'Output padding' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(recorded.pageErrors).toEqual([]);
      expect(await unexpectedConsoleErrors(recorded)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('draws max pooling once chosen: the diagram, formula and PyTorch line follow', async () => {
    if (!session) throw new Error('no browser session');
    const recorded = await openEntry(session, PLAYGROUND);
    const { page } = recorded;
    try {
      const before = await shown(page);
      await page.getByLabel('Kind').selectOption('pool');
      await expect
        .poll(async () => (await shown(page)).pytorch)
        .toBe('nn.MaxPool2d(kernel_size=3, stride=2, padding=1)');
      const pooled = await shown(page);
      expect(pooled.diagram).not.toBe(before.diagram);
      expect(pooled.diagram).toMatch(/pool/i);
      expect(pooled.formula).toBe('o = ⌊(5 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3');
      expect(await page.getByRole('combobox', { name: 'Pooling mode' }).inputValue()).toBe('max');

      // Without padding it is the paper's Relationship 7 (Fig 1.6: stride 1 over 5×5).
      await page.getByRole('spinbutton', { name: 'Padding', exact: true }).fill('0');
      await page.getByRole('spinbutton', { name: 'Stride', exact: true }).fill('1');
      await expect.poll(async () => (await shown(page)).formula).toBe('o = ⌊(5 − 3) / 1⌋ + 1 = 3');
      expect((await shown(page)).pytorch).toBe('nn.MaxPool2d(kernel_size=3, stride=1)');
      const root = page.locator('[data-conv-playground]');
      expect(await root.textContent()).toContain('Relationship 7 of the paper');
      expect(await root.locator('[data-playground-keras]').textContent()).toBe(
        "layers.MaxPooling2D(pool_size=3, strides=1, padding='valid')",
      );
      expect(await root.locator('[data-playground-cli]').textContent()).toContain(
        '--kind pool --mode max',
      );
      const search = new URL(page.url()).searchParams;
      expect([search.get('kind'), search.get('mode')]).toEqual(['pool', 'max']);
      expect(await axeViolations(page)).toEqual([]);
      expect(recorded.pageErrors).toEqual([]);
      expect(await unexpectedConsoleErrors(recorded)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
