import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server and while React hydrates server HTML, true from then on (and at once in a
 * page rendered in the browser). What server HTML shows must not promise what only script can do:
 * the figure is a paused still, its controls disabled, until this is true.
 *
 * @example
 * const hydrated = useHydrated(); <button disabled={!hydrated}>Play</button>
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
