// Shared set-up of the browser suites: the static Storybook, its index, and a page that records
// every page error and console error.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { type StaticServer, serveStatic } from './server';

export const STATIC_DIR = fileURLToPath(new URL('../../storybook-static', import.meta.url));

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

export function storybookEntries(): IndexEntry[] {
  const index = JSON.parse(readFileSync(`${STATIC_DIR}/index.json`, 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  return Object.values(index.entries);
}

export interface Session {
  browser: Browser;
  server: StaticServer;
}

export async function startSession(): Promise<Session> {
  const server = await serveStatic(STATIC_DIR);
  const browser = await launchChromium();
  return { browser, server };
}

export async function endSession(session: Session | undefined): Promise<void> {
  await session?.browser.close();
  await session?.server.close();
}

export interface RecordedPage {
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
}

/** Opens one story or docs page in the preview iframe and waits until our content is drawn. */
export async function openEntry(
  session: Session,
  entry: Pick<IndexEntry, 'id' | 'type'>,
  options: {
    reducedMotion?: 'reduce' | 'no-preference';
    viewport?: { width: number; height: number };
  } = {},
): Promise<RecordedPage> {
  const context = await session.browser.newContext({
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const mode = entry.type === 'docs' ? 'docs' : 'story';
  // The a11y addon's own automatic axe run would collide with ours: make it manual here.
  await page.goto(
    `${session.server.url}/iframe.html?id=${entry.id}&viewMode=${mode}&globals=a11y.manual:!true`,
  );
  const root = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
  await page.waitForSelector(`${root} svg[role="img"], ${root} [role="alert"]`, {
    timeout: 20_000,
  });
  return { page, pageErrors, consoleErrors };
}

/** Console errors that are not the one error an invalid diagram logs beside its alert. */
export async function unexpectedConsoleErrors(recorded: RecordedPage): Promise<string[]> {
  const alerts = await recorded.page.locator('[role="alert"]').count();
  const ours = recorded.consoleErrors.filter((text) => text.startsWith('conv-arithmetic:'));
  const others = recorded.consoleErrors.filter((text) => !text.startsWith('conv-arithmetic:'));
  return ours.length <= alerts ? others : recorded.consoleErrors;
}
