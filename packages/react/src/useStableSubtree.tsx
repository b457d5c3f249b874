import { type DependencyList, Fragment, type ReactElement, type ReactNode, useRef } from 'react';

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * `make()`'s elements, made again only when `parts` (what they draw: positions, keys, labels) or
 * `deps` change: a re-render that keeps them hands React the same element, and React skips the
 * whole subtree without comparing each part. For marks a step moves as a group (by a transform)
 * and whose own markup rarely changes. The parts are compared one by one, not joined into text:
 * a step allocates no signature.
 *
 * @example
 * const outlines = useStableSubtree(points, [theme], () => points.map((p) => <polygon key={p} points={p} />))
 */
export function useStableSubtree(
  parts: readonly (string | number)[],
  deps: DependencyList,
  make: () => ReactNode,
): ReactElement {
  const held = useRef<{ parts: readonly unknown[]; deps: DependencyList; element: ReactElement }>(
    null,
  );
  const last = held.current;
  if (last && same(last.parts, parts) && same(last.deps, deps)) return last.element;
  const element = <Fragment key="stable">{make()}</Fragment>;
  held.current = { parts, deps, element };
  return element;
}
