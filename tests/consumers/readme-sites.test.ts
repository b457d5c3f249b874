// README's "Use it in…" blocks are the framework sites' files: each block that names its file
// (```tsx app/page.tsx) is, byte for byte, that file of the site its section is about, which
// sites.test.ts builds from the packed tarballs. The sections show the files a user writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Framework, SITES, siteFiles } from './frameworks/stage';
import { type Fence, fences } from './readme/fences';

const README = readFileSync(join(SITES, '../../../README.md'), 'utf8');
const lines = README.split('\n');

/** The framework a README line's section is about: the nearest heading above that names one. */
function frameworkAt(line: number): Framework | undefined {
  for (let i = line - 1; i >= 0; i--) {
    const heading = /^#{2,4} (.*)$/.exec(lines[i] ?? '')?.[1];
    if (heading === undefined) continue;
    if (/Next\.js|^MDX$/.test(heading)) return 'next'; // the MDX section's files are Next's
    if (/Docusaurus/.test(heading)) return 'docusaurus';
    if (/Astro/.test(heading)) return 'astro';
    return undefined;
  }
  return undefined;
}

const named = fences(README).filter((block): block is Fence & { file: string } => !!block.file);

/** The files each section must show: the pages and the config a user writes. */
const REQUIRED: Record<Framework, string[]> = {
  next: ['app/page.tsx', 'next.config.mjs', 'mdx-components.tsx', 'app/notes/page.mdx'],
  docusaurus: ['docs/convolutions.mdx'],
  astro: ['astro.config.mjs', 'src/pages/posts/strides.mdx', 'src/pages/posts/padding.mdx'],
};

describe('README "Use it in…"', () => {
  it.each(Object.entries(REQUIRED))('shows the %s site files a user writes', (framework, files) => {
    const shown = named.filter((b) => frameworkAt(b.line) === framework).map((b) => b.file);
    expect(shown).toEqual(expect.arrayContaining(files));
  });

  it.each(named.map((b) => [`README.md:${b.line} ${b.file}`, b] as const))(
    '%s is the file the site builds',
    (_, block) => {
      const framework = frameworkAt(block.line);
      expect(framework, 'a block naming a file sits under a framework heading').toBeDefined();
      expect(siteFiles(framework as Framework)).toContain(block.file);
      const file = readFileSync(join(SITES, framework as string, block.file), 'utf8');
      expect(block.code).toBe(file);
    },
  );
});
