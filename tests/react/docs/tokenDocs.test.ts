// The Theming page's token table is read from tokens.ts: it must list every token of every preset,
// each with a type that fits its value and a meaning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classicTheme, darkTheme, highContrastTheme, slideTheme } from '@conv-arithmetic/react';
import { describe, expect, it } from 'vitest';
import { parseTokenDocs, tokenPaths, tokenValue } from '../../../stories/support/tokenDocs';

const source = readFileSync(
  join(import.meta.dirname, '../../../packages/react/src/theme/tokens.ts'),
  'utf8',
);
const tokens = parseTokenDocs(source);

describe('parseTokenDocs(tokens.ts)', () => {
  it('lists exactly the tokens of every preset, in declaration order', () => {
    for (const preset of [classicTheme, darkTheme, highContrastTheme, slideTheme]) {
      expect(tokens.map((t) => t.path)).toEqual(tokenPaths(preset));
    }
  });

  it('gives every token a doc comment and a type that fits each preset value', () => {
    for (const token of tokens) {
      expect(token.doc, token.path).not.toBe('');
      for (const preset of [classicTheme, darkTheme, highContrastTheme, slideTheme]) {
        expect(typeof tokenValue(preset, token.path), token.path).toBe(token.type);
      }
    }
  });

  it('reads multi-line doc comments and nested groups', () => {
    const parsed = parseTokenDocs(
      [
        'export interface ConvTheme {',
        '  /**',
        '   * Two',
        '   * lines.',
        '   */',
        '  colors: {',
        '    /** Ink. */',
        '    ink: string;',
        '    bare: number;',
        '  };',
        '  /** Px. */',
        '  cellSize: number;',
        '}',
        'export const other = { nope: 1 };',
      ].join('\n'),
    );
    expect(parsed).toEqual([
      { path: 'colors.ink', type: 'string', doc: 'Ink.' },
      { path: 'colors.bare', type: 'number', doc: '' },
      { path: 'cellSize', type: 'number', doc: 'Px.' },
    ]);
  });

  it('refuses a source without the interface', () => {
    expect(() => parseTokenDocs('export const x = 1;')).toThrow(/ConvTheme/);
  });
});
