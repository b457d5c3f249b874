// The README suite's readers: a claim it cannot read must fail loudly, never pass unchecked.
import { describe, expect, it } from 'vitest';
import { instrument, REPORT } from './claims';
import { commandLines, shellWords } from './commands';
import { fences } from './fences';
import { LiteralError, leadingLiteral } from './literal';

describe('leadingLiteral(comment)', () => {
  it.each([
    ['3   (Fig 2.6)', 3],
    ['-4', -4],
    ["'kernel'", 'kernel'],
    ['"kernel (effective size 3)"', 'kernel (effective size 3)'],
    ['[3, 3]', [3, 3]],
    [
      '[[12, 12, 17], [10, 17, 19]]',
      [
        [12, 12, 17],
        [10, 17, 19],
      ],
    ],
    ['{ rows: 8, cols: 8 }: the grid as drawn', { rows: 8, cols: 8 }],
    ["{ kind: 'input', source: [0, 0] }", { kind: 'input', source: [0, 0] }],
    ['36, one frame per output cell', 36],
    ['true', true],
    ['null; never set', null],
    ['{ a: 1, }', { a: 1 }],
  ])('%s reads as a value', (comment, value) => {
    expect(leadingLiteral(comment)).toStrictEqual({ value });
  });

  it('undefined and NaN read as themselves', () => {
    expect(leadingLiteral('undefined')).toStrictEqual({ value: undefined });
    expect(leadingLiteral('NaN')?.value).toBeNaN();
  });

  it('a `__proto__` key is a key, as in JSON', () => {
    const read = leadingLiteral('{ __proto__: 1 }')?.value as object;
    expect(Object.keys(read)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });

  it.each([
    'the exact adjoint of convolve',
    'every frame whose taps read (1, 1)',
    'trueish',
    'toString',
    '',
  ])('prose (%j) is not a claim', (comment) => {
    expect(leadingLiteral(comment)).toBeUndefined();
  });

  it.each(['[[12, 12, 17], …]', '[1 2]', '{ a }', '{ a: f() }', '5×5', '[1, 2'])(
    '%j starts like a value but is not one: an error',
    (comment) => {
      expect(() => leadingLiteral(comment)).toThrow(LiteralError);
    },
  );
});

describe('instrument(source)', () => {
  it('rewrites each claimed expression in place and keeps every line', () => {
    const source = [
      "import { f } from 'x';",
      'f(2); // 4',
      'if (ok) f(3); // 9 (three)',
      'f(',
      '  1,',
      '); // [[1, 2], [3]]',
      'const z = 1; // the one',
      'g() // the exact adjoint',
      '',
    ].join('\n');
    const { source: rewritten, claims } = instrument(source, 'a.ts');
    expect(claims).toEqual([
      { id: 0, line: 2, expression: 'f(2)', expected: 4 },
      { id: 1, line: 3, expression: 'f(3)', expected: 9 },
      { id: 2, line: 6, expression: 'f(\n  1,\n)', expected: [[1, 2], [3]] },
    ]);
    expect(rewritten.split('\n')).toHaveLength(source.split('\n').length);
    expect(rewritten).toContain(`${REPORT}(0, (f(2))); // 4`);
    expect(rewritten).toContain(`if (ok) ${REPORT}(1, (f(3))); // 9 (three)`);
    expect(rewritten).toContain('g() // the exact adjoint');
  });

  it('finds claims inside blocks (a catch clause)', () => {
    const source = "try { f(); } catch (e) {\n  if (e) {\n    e.param; // 'kernel'\n  }\n}\n";
    expect(instrument(source, 'b.ts').claims).toEqual([
      { id: 0, line: 3, expression: 'e.param', expected: 'kernel' },
    ]);
  });

  it.each([
    ['const z = f(); // 3\n', 'after a declaration'],
    ['try {\n  f();\n} catch {} // 3\n', 'after a block'],
  ])('a value comment %j (%s) is an error naming its line', (source) => {
    expect(() => instrument(source, 'c.ts')).toThrow(/^line \d+: a result comment must follow/);
  });

  it('a malformed value is an error naming its line', () => {
    expect(() => instrument('f();\nf(); // [1, …]\n', 'd.ts')).toThrow(/^line 2: not a literal/);
  });
});

describe('fences(markdown)', () => {
  it('finds each block with its language and opening line; ~~~ and longer fences too', () => {
    const markdown = [
      '# title',
      '```ts',
      'a();',
      '```',
      'text',
      '~~~~sh',
      'echo ```',
      '~~~~',
      '```',
      'plain',
      '```',
      '```tsx app/page.tsx',
      'page();',
      '```',
    ].join('\n');
    expect(fences(markdown)).toEqual([
      { lang: 'ts', line: 2, code: 'a();\n' },
      { lang: 'sh', line: 6, code: 'echo ```\n' },
      { lang: '', line: 9, code: 'plain\n' },
      { lang: 'tsx', line: 12, code: 'page();\n', file: 'app/page.tsx' },
    ]);
  });
});

describe('commandLines(blocks)', () => {
  it('takes our command lines, split into words, and leaves other lines', () => {
    const code = [
      'npm i -g @conv-arithmetic/export',
      "conv-arithmetic gallery --out 'my gallery'   # 15 GIFs",
      'npx @conv-arithmetic/export gif --input 5 --kernel 3 -o out.gif',
      'conv-arithmetic <command> --help',
      'conv-arithmetic gif --input 5 --kernel 3 -o out.gif && open out.gif',
      '',
    ].join('\n');
    expect(commandLines([{ lang: 'sh', line: 10, code }])).toEqual([
      { line: 12, via: 'installed', args: ['gallery', '--out', 'my gallery'] },
      { line: 13, via: 'npx', args: ['gif', '--input', '5', '--kernel', '3', '-o', 'out.gif'] },
      { line: 14, via: 'installed', args: ['<command>', '--help'] },
      {
        line: 15,
        via: 'installed',
        args: [],
        problem: expect.stringContaining("'&'"),
      },
    ]);
    expect(commandLines([{ lang: 'ts', line: 1, code: 'conv-arithmetic --help\n' }])).toEqual([]);
  });

  it('shellWords keeps quoted words whole and stops at a comment', () => {
    expect(shellWords('a "b c" d#e # f')).toEqual(['a', 'b c', 'd#e']);
  });
});
