// Reads the theme tokens' names, types and doc comments out of tokens.ts, so the Theming page
// lists exactly what the source declares.

/** One token of `ConvTheme`: its path (`colors.input`), TypeScript type and doc comment. */
export interface TokenDoc {
  path: string;
  type: string;
  doc: string;
}

/**
 * The tokens of the `ConvTheme` interface in the source of tokens.ts, in declaration order.
 *
 * @example
 * parseTokenDocs('export interface ConvTheme {\n  /** Px. *\/\n  cellSize: number;\n}')
 * // [{ path: 'cellSize', type: 'number', doc: 'Px.' }]
 */
export function parseTokenDocs(source: string): TokenDoc[] {
  const start = source.indexOf('export interface ConvTheme {');
  if (start < 0) throw new Error('tokens.ts declares no ConvTheme interface');
  const tokens: TokenDoc[] = [];
  const groups: string[] = [];
  let comment: string[] | null = null;
  let doc = '';
  for (const line of source.slice(start).split('\n').slice(1)) {
    const text = line.trim();
    if (comment) {
      comment.push(text.replace(/\*\/$/, '').replace(/^\*\s?/, ''));
      if (text.endsWith('*/')) [doc, comment] = [comment.join(' ').trim(), null];
      continue;
    }
    if (text.startsWith('/**')) {
      const body = text.slice(3);
      if (body.endsWith('*/')) doc = body.slice(0, -2).trim();
      else comment = [body.trim()];
      continue;
    }
    const group = /^(\w+): \{$/.exec(text);
    if (group?.[1]) {
      groups.push(group[1]);
      doc = '';
      continue;
    }
    if (text === '};' || text === '}') {
      if (groups.length === 0) break;
      groups.pop();
      continue;
    }
    const token = /^(\w+): ([^;]+);$/.exec(text);
    if (token?.[1] && token[2]) {
      tokens.push({ path: [...groups, token[1]].join('.'), type: token[2], doc });
      doc = '';
    }
  }
  return tokens;
}

/** The value at a dotted path of a theme, e.g. `colors.input`. */
export function tokenValue(theme: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], theme);
}

/** Every dotted leaf path of a theme object, for checking the table covers the presets. */
export function tokenPaths(theme: object, prefix = ''): string[] {
  return Object.entries(theme).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? tokenPaths(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}
