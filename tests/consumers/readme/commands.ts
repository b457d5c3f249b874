// The `conv-arithmetic` command lines of a Markdown file's shell blocks, split into words.
import type { Fence } from './fences';

/** One command line of a shell block that runs our command. */
export interface CommandLine {
  /** 1-based line in the Markdown file. */
  line: number;
  /** `conv-arithmetic …` (installed), or `npx @conv-arithmetic/export …` (no install). */
  via: 'installed' | 'npx';
  /** The command's arguments, after `conv-arithmetic` or after `npx @conv-arithmetic/export`. */
  args: string[];
  /** Why the line cannot be run as written (shell syntax beyond plain words), if it cannot. */
  problem?: string;
}

const SHELL_BLOCKS = new Set(['sh', 'bash', 'shell', 'console']);

/**
 * The words of one shell line: whitespace-separated, '…' and "…" quoted, a word starting with
 * `#` begins a comment, `<name>` is kept as a placeholder word. Throws on what a one-command
 * example should not need (`&&`, `|`, `;`, redirections, `$`): the suite could not run it as
 * written.
 *
 * @example
 * shellWords("conv-arithmetic gallery --out 'my gallery'  # 15 GIFs")
 * // ['conv-arithmetic', 'gallery', '--out', 'my gallery']
 */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === '#' && word === undefined) {
      break;
    } else if (char === "'" || char === '"') {
      const close = text.indexOf(char, i + 1);
      if (close < 0) throw new Error(`unclosed quote in: ${text}`);
      word = (word ?? '') + text.slice(i + 1, close);
      i = close;
    } else if (word === undefined && /^<[a-z-]+>(\s|$)/.test(text.slice(i))) {
      const close = text.indexOf('>', i);
      word = text.slice(i, close + 1);
      i = close;
    } else if ('&|;<>$`\\'.includes(char)) {
      throw new Error(`'${char}' in a command example the suite runs word by word: ${text}`);
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * Every line of the shell blocks in `blocks` that runs `conv-arithmetic` or
 * `npx @conv-arithmetic/export`; other lines (installs, pnpm scripts) are not ours to run.
 *
 * @example
 * commandLines([{ lang: 'sh', line: 3, code: 'conv-arithmetic --help\n' }])
 * // [{ line: 4, via: 'installed', args: ['--help'] }]
 */
export function commandLines(blocks: readonly Fence[]): CommandLine[] {
  const found: CommandLine[] = [];
  for (const block of blocks) {
    if (!SHELL_BLOCKS.has(block.lang)) continue;
    block.code.split('\n').forEach((text, index) => {
      const trimmed = text.trim();
      const line = block.line + 1 + index;
      const via = trimmed.startsWith('npx @conv-arithmetic/export')
        ? 'npx'
        : /^conv-arithmetic(\s|$)/.test(trimmed)
          ? 'installed'
          : undefined;
      if (!via) return;
      try {
        found.push({ line, via, args: shellWords(trimmed).slice(via === 'npx' ? 2 : 1) });
      } catch (error) {
        found.push({ line, via, args: [], problem: (error as Error).message });
      }
    });
  }
  return found;
}
