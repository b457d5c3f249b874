// Every story and docs page of the built Storybook renders in Chromium with no page error, no
// unexpected console error, and zero axe violations.
import AxeBuilder from '@axe-core/playwright';
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

describe('the built Storybook', () => {
  it('holds the component, gallery and guide pages', () => {
    const ids = entries.map((e) => e.id);
    const gallery = entries.filter((e) => e.id.startsWith('paper-gallery--') && e.type === 'story');
    expect(gallery).toHaveLength(19);
    for (const page of [
      'gallery--docs',
      'getting-started--docs',
      'playground--docs',
      'arithmetic--docs',
      'transposed-convolution--docs',
      'theming-for-slides--docs',
      'playback-and-the-headless-hook--docs',
      'accessibility--docs',
    ]) {
      expect(ids).toContain(page);
    }
    for (const component of [
      'convanimation',
      'transposedconvanimation',
      'dilatedconvanimation',
      'poolinganimation',
      'transposedconvexplainer',
    ]) {
      expect(ids).toContain(`components-${component}--docs`);
    }
  });

  for (const entry of entries) {
    it(`${entry.type} ${entry.id}: renders cleanly with 0 axe violations`, async () => {
      if (!session) throw new Error('no browser session');
      const recorded = await openEntry(session, entry);
      try {
        const scope = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
        const axe = new AxeBuilder({ page: recorded.page }).include(scope);
        if (entry.type === 'docs') {
          // Storybook's own doc blocks (props tables, toolbars) are not ours to fix.
          axe.exclude('.docblock-argstable').exclude('.docs-story > div:last-child');
        }
        const results = await axe.analyze();
        const violations = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(recorded.pageErrors).toEqual([]);
        expect(await unexpectedConsoleErrors(recorded)).toEqual([]);
        expect(violations).toEqual([]);
      } finally {
        await recorded.page.context().close();
      }
    });
  }
});
