// A picture of the gallery page for a person to look at (not a pixel-diff gate).
import { mkdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { endSession, openEntry, type Session, startSession } from './storybook';

const GALLERY_SCREENSHOT = 'test-results/gallery.png';

let session: Session | undefined;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

it(`writes the gallery page to ${GALLERY_SCREENSHOT}`, async () => {
  if (!session) throw new Error('no browser session');
  // Reduced motion: every diagram rests on its first frame, as in the paper's figures.
  const { page } = await openEntry(
    session,
    { id: 'gallery--docs', type: 'docs' },
    { reducedMotion: 'reduce', viewport: { width: 1100, height: 900 } },
  );
  try {
    await page.waitForFunction(
      () => document.querySelectorAll('#storybook-docs figure').length === 19,
    );
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: GALLERY_SCREENSHOT, fullPage: true });
    expect(statSync(GALLERY_SCREENSHOT).size).toBeGreaterThan(20_000);
  } finally {
    await page.context().close();
  }
});
