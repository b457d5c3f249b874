// An MDX post that imports the components: compiled with @mdx-js/mdx, rendered to HTML with
// react-dom/server, then hydrated in Chromium with no hydration warning, and playing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumer, inChromium, runIn } from './helpers';

const dir = () => join(consumer('app'), 'mdx-post');

const POST = `import { ConvAnimation, ConvPlayground, TransposedConvAnimation } from '@conv-arithmetic/react'

# Transposed convolution

A stride-2 convolution over a 5×5 input gives 2×2:

<ConvAnimation input={5} kernel={3} stride={2} fps={5} caption="No padding, strides" />

Its transpose inserts a zero between input cells:

<TransposedConvAnimation input={2} kernel={3} stride={2} fps={5} caption="No padding, strides, transposed" />

Try it yourself:

<ConvPlayground defaultState={{ kind: 'transposed', input: [3, 3], outputPadding: [1, 1] }} />
`;

beforeAll(() => {
  mkdirSync(join(dir(), 'src'), { recursive: true });
  writeFileSync(join(dir(), 'src/post.mdx'), POST);
  // Server side: compile the post, render it (styles collected) into index.html.
  writeFileSync(
    join(dir(), 'render.mjs'),
    `import { compile } from '@mdx-js/mdx';
import { readFileSync, writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

const compiled = await compile(readFileSync('src/post.mdx', 'utf8'), { jsxImportSource: 'react' });
writeFileSync('src/post.js', String(compiled));
const { default: Post } = await import('./src/post.js');
const sheet = new ServerStyleSheet();
const html = renderToString(sheet.collectStyles(createElement(Post)));
writeFileSync('index.html', \`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Post</title>\${sheet.getStyleTags()}</head><body><article id="post">\${html}</article><script type="module" src="/src/hydrate.js"></script></body></html>\`);
process.stdout.write(String(html.length));
`,
  );
  writeFileSync(
    join(dir(), 'src/hydrate.js'),
    `import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import Post from './post.js';

hydrateRoot(document.getElementById('post'), createElement(Post), {
  onRecoverableError: (error) => console.error('recoverable: ' + error.message),
});
`,
  );
  writeFileSync(join(dir(), 'vite.config.js'), "export default { logLevel: 'warn' };\n");
});

describe('an MDX post', () => {
  it('compiles and renders to HTML on the server, first frames drawn', () => {
    const length = Number(runIn(dir(), 'node', ['render.mjs']).trim());
    expect(length).toBeGreaterThan(5000);
    runIn(dir(), join(consumer('app'), 'node_modules/.bin/vite'), ['build']);
  });

  it('hydrates in Chromium with no hydration warning, then plays', async () => {
    await inChromium(join(dir(), 'dist'), async (page, frames, messages) => {
      // The server's first frames are in the HTML before any script runs.
      expect(await page.locator('svg[data-frame]').count()).toBe(3);
      // The playground of the post works once hydrated: its kernel drives its formula.
      const formula = page.locator('[data-playground-formula] output').first();
      expect(await formula.textContent()).toBe('o′ = 2(3 − 1) + 1 + 3 − 2·1 = 6');
      await page.getByRole('spinbutton', { name: 'Kernel', exact: true }).fill('5');
      await expect.poll(() => formula.textContent()).toBe('o′ = 2(3 − 1) + 1 + 5 − 2·1 = 8');
      await expect
        // The post's two figures (the playground's, below the fold, waits until it is seen).
        .poll(async () => Math.min(...(await frames()).slice(0, 2)), { timeout: 4000 })
        .toBeGreaterThan(0);
      expect(await page.locator('h1').textContent()).toBe('Transposed convolution');
      expect(messages).toEqual([]);
    });
  });
});
