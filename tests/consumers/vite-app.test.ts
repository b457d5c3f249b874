// A Vite + React app renders all three components from the tarballs: `vite build` succeeds and
// the built page plays in Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumer, inChromium, runIn } from './helpers';

const dir = () => join(consumer('app'), 'vite-app');

beforeAll(() => {
  mkdirSync(join(dir(), 'src'), { recursive: true });
  writeFileSync(
    join(dir(), 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course page</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(dir(), 'src/main.tsx'),
    `import { createRoot } from 'react-dom/client';
import { ConvAnimation, DilatedConvAnimation, TransposedConvAnimation, darkTheme } from '@conv-arithmetic/react';

createRoot(document.getElementById('root')!).render(
  <main>
    <h1>Convolution arithmetic</h1>
    <ConvAnimation input={5} kernel={3} padding={1} stride={2} fps={5} />
    <TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} outputPadding={1} fps={5} theme={darkTheme} />
    <DilatedConvAnimation input={7} kernel={3} fps={5} showValues />
  </main>,
);
`,
  );
  writeFileSync(
    join(dir(), 'vite.config.js'),
    "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()], logLevel: 'warn' };\n",
  );
});

describe('a Vite + React app', () => {
  it('vite build succeeds', () => {
    runIn(dir(), join(consumer('app'), 'node_modules/.bin/vite'), ['build']);
  });

  it('the built page renders the three components and their frames advance in Chromium', async () => {
    await inChromium(join(dir(), 'dist'), async (page, frames, messages) => {
      await page.waitForSelector('figure svg[data-frame]');
      expect(await page.locator('figure').count()).toBe(3);
      await expect
        .poll(async () => Math.min(...(await frames())), { timeout: 4000 })
        .toBeGreaterThan(0);
      expect(messages).toEqual([]);
    });
  });
});
