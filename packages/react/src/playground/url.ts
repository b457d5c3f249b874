import { PLAYGROUND_PARAMS } from './params';
import { DEFAULT_PLAYGROUND_STATE, type PlaygroundState } from './state';

/**
 * The whole state as query parameters, named like the CLI's flags. Every parameter is written,
 * so a shared link means the same thing even if the defaults change.
 *
 * @example
 * stateToSearch(DEFAULT_PLAYGROUND_STATE).get('stride') // '2'
 */
export function stateToSearch(state: PlaygroundState): URLSearchParams {
  const search = new URLSearchParams();
  for (const param of PLAYGROUND_PARAMS) {
    search.set(param.name, param.format(state[param.key] as never));
  }
  return search;
}

/**
 * Reads a state from query parameters; what is absent or unreadable keeps `base`'s value.
 * Unrelated parameters (a docs site's own) are ignored.
 *
 * @example
 * searchToState(new URLSearchParams('kind=transposed&input=3')).input // [3, 3]
 */
export function searchToState(
  search: URLSearchParams,
  base: PlaygroundState = DEFAULT_PLAYGROUND_STATE,
): PlaygroundState {
  const state: Record<string, unknown> = { ...base };
  for (const param of PLAYGROUND_PARAMS) {
    const text = search.get(param.name);
    const value = text === null ? undefined : param.parse(text);
    if (value !== undefined) state[param.key] = value;
  }
  return state as unknown as PlaygroundState;
}

/**
 * `href` with the state's parameters set and every other parameter kept.
 *
 * @example
 * withState('https://site/docs?path=/docs/playground--docs', state)
 */
export function withState(href: string, state: PlaygroundState): string {
  const url = new URL(href);
  for (const [name, value] of stateToSearch(state)) url.searchParams.set(name, value);
  return url.toString();
}

/** Whether a query string carries any playground parameter. */
export const hasState = (search: URLSearchParams): boolean =>
  PLAYGROUND_PARAMS.some((param) => search.has(param.name));
