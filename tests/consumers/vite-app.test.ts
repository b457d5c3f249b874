// A Vite + React app renders all three components from the tarballs, with React 19 and 18:
// `vite build` succeeds, the built page plays in Chromium, and the controls work.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumer, inChromium, runIn } from './helpers';

const PROJECTS = ['app', 'react18'] as const;
const dir = (project: (typeof PROJECTS)[number]) => join(consumer(project), 'vite-app');

beforeAll(() => {
  for (const project of PROJECTS) {
    mkdirSync(join(dir(project), 'src'), { recursive: true });
    writeFileSync(
      join(dir(project), 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course page</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
    );
    writeFileSync(
      join(dir(project), 'src/main.tsx'),
      `import { createRoot } from 'react-dom/client';
import { version } from 'react';
import { ConvAnimation, DilatedConvAnimation, TransposedConvAnimation, darkTheme } from '@conv-arithmetic/react';

createRoot(document.getElementById('root')!).render(
  <main data-react={version}>
    <h1>Convolution arithmetic</h1>
    <ConvAnimation input={5} kernel={3} padding={1} stride={2} fps={5} />
    <TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} outputPadding={1} fps={5} theme={darkTheme} />
    <DilatedConvAnimation input={7} kernel={3} fps={5} showValues />
  </main>,
);
`,
    );
    writeFileSync(
      join(dir(project), 'vite.config.js'),
      "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()], logLevel: 'warn' };\n",
    );
  }
});

describe.each([
  ['app', '19'],
  ['react18', '18'],
] as const)('a Vite + React app (%s, React %s)', (project, major) => {
  it('vite build succeeds', () => {
    runIn(dir(project), join(consumer(project), 'node_modules/.bin/vite'), ['build']);
  });

  it('renders the three components in Chromium; frames advance; pause and step work', async () => {
    await inChromium(join(dir(project), 'dist'), async (page, frames, messages) => {
      await page.waitForSelector('figure svg[data-frame]');
      expect(await page.locator('main').getAttribute('data-react')).toMatch(
        new RegExp(`^${major}\\.`),
      );
      expect(await page.locator('figure').count()).toBe(3);
      await expect
        .poll(async () => Math.min(...(await frames())), { timeout: 4000 })
        .toBeGreaterThan(0);
      const first = page.locator('figure').first();
      await first.getByRole('button', { name: 'Pause' }).click();
      const paused = (await frames())[0];
      await first.getByRole('button', { name: 'Next frame' }).click();
      expect((await frames())[0]).toBe(((paused ?? 0) + 1) % 9);
      expect(messages).toEqual([]);
    });
  });
});
