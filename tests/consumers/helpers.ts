import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../e2e/browser';
import { serveStatic } from '../e2e/server';

/** The strict compiler options a consumer's tsconfig uses, for one module resolution. */
export const strictCompilerOptions = (resolution: 'bundler' | 'node16') => ({
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  jsx: 'react-jsx',
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  module: resolution === 'bundler' ? 'ESNext' : 'Node16',
  moduleResolution: resolution === 'bundler' ? 'Bundler' : 'Node16',
});

export const consumer = (name: 'app' | 'react18') => join(inject('consumerRoot'), name);

/** Runs a command in a consumer project; returns stdout, throws with stderr on failure. */
export function runIn(dir: string, command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`,
    );
  }
}

/** Writes a file into a consumer project and runs it with node. */
export function runScript(dir: string, file: string, source: string): string {
  writeFileSync(join(dir, file), source);
  return runIn(dir, 'node', [file]);
}

/**
 * Serves a built site, opens it in Chromium, and hands the page, the frames every diagram shows,
 * and every page error, console error and console warning to `check`.
 */
export async function inChromium(
  site: string,
  check: (page: Page, frames: () => Promise<number[]>, messages: string[]) => Promise<void>,
): Promise<void> {
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    await page.goto(`${server.url}/`);
    const frames = () =>
      page
        .locator('svg[data-frame]')
        .evaluateAll((svgs) => svgs.map((s) => Number(s.getAttribute('data-frame'))));
    await check(page, frames, messages);
  } finally {
    await browser.close();
    await server.close();
  }
}
