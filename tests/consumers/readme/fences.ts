// The fenced code blocks of a Markdown file, with the line each one starts on.

/** One fenced block: its info-string language, its lines, and where it sits in the file. */
export interface Fence {
  lang: string;
  /** 1-based line of the opening fence; the code starts on the next line. */
  line: number;
  code: string;
  /** The file the block is, when its info string names one after the language (```tsx app/page.tsx). */
  file?: string;
}

const OPENING = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)(?:\s+([^\s`]+))?/;

/**
 * Every fenced block of `markdown`, in order (CommonMark fences: ``` or ~~~, closed by a fence of
 * the same character at least as long). An unclosed fence runs to the end of the file, as in
 * CommonMark.
 *
 * @example
 * fences('text\n```ts\nconst a = 1;\n```\n') // [{ lang: 'ts', line: 2, code: 'const a = 1;\n' }]
 * fences('```mdx docs/intro.mdx\n# Hi\n```\n') // [{ lang: 'mdx', line: 1, code: '# Hi\n', file: 'docs/intro.mdx' }]
 */
export function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const found: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = OPENING.exec(lines[i] ?? '');
    if (!opening) continue;
    const marker = opening[1] ?? '```';
    const closing = new RegExp(`^ {0,3}${marker[0]}{${marker.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !closing.test(lines[end] ?? '')) end++;
    const body = lines.slice(i + 1, end);
    found.push({
      lang: (opening[2] ?? '').toLowerCase(),
      line: i + 1,
      code: body.length === 0 ? '' : `${body.join('\n')}\n`,
      ...(opening[3] ? { file: opening[3] } : {}),
    });
    i = end;
  }
  return found;
}
