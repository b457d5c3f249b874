import {
  DEFAULT_PLAYGROUND_STATE,
  type PlaygroundState,
  searchToState,
  stateToSearch,
} from '@conv-arithmetic/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMatrix, parseMatrix } from '../../../packages/react/src/playground/text';
import { withState } from '../../../packages/react/src/playground/url';
import { anyState } from './arbitraries';

describe('stateToSearch / searchToState', () => {
  it('round-trips every state through the query string', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const text = stateToSearch(state).toString();
        expect(searchToState(new URLSearchParams(text))).toEqual(state);
      }),
    );
  });

  it('round-trips through a docs page URL and keeps its own parameters', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const href = withState('https://example.org/site/?path=/docs/playground--docs', state);
        const url = new URL(href);
        expect(url.searchParams.get('path')).toBe('/docs/playground--docs');
        expect(searchToState(url.searchParams)).toEqual(state);
      }),
    );
  });

  it('names parameters like the CLI flags and writes sizes as N or ROWSxCOLS', () => {
    const state: PlaygroundState = {
      ...DEFAULT_PLAYGROUND_STATE,
      kind: 'transposed',
      input: [3, 4],
      padding: { top: 1, right: 2, bottom: 0, left: 1 },
      outputPadding: [1, 1],
    };
    const search = stateToSearch(state);
    expect(search.get('kind')).toBe('transposed');
    expect(search.get('input')).toBe('3x4');
    expect(search.get('padding')).toBe('1,2,0,1');
    expect(search.get('output-padding')).toBe('1');
  });

  it('keeps the base value of anything absent or unreadable', () => {
    const read = searchToState(
      new URLSearchParams('kind=bogus&input=5x&stride=-1&padding=1,2&theme=__proto__&values=yes'),
    );
    expect(read).toEqual(DEFAULT_PLAYGROUND_STATE);
    expect(searchToState(new URLSearchParams('stride=1x2')).stride).toEqual([1, 2]);
  });
});

describe('parseMatrix / formatMatrix', () => {
  it('reads rows by ; or new lines and numbers by , or spaces', () => {
    expect(parseMatrix('0 1 2; 2 2 0')).toEqual([
      [0, 1, 2],
      [2, 2, 0],
    ]);
    expect(parseMatrix('1,-2.5\n3,4')).toEqual([
      [1, -2.5],
      [3, 4],
    ]);
    expect(parseMatrix('  ')).toBeNull();
    expect(parseMatrix('1 x')).toBeUndefined();
    expect(parseMatrix('1e3')).toBeUndefined();
    expect(
      formatMatrix([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('1,2;3,4');
    expect(formatMatrix(null)).toBe('');
  });
});
