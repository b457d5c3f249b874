import { type DependencyList, Fragment, type ReactElement, type ReactNode, useMemo } from 'react';

/**
 * `make()`'s elements, made again only when `signature` (what they draw, as text) or `deps`
 * change: a re-render that keeps them hands React the same element, and React skips the whole
 * subtree without comparing each part. For marks a step moves as a group (by a transform) and
 * whose own markup rarely changes.
 *
 * @example
 * const outlines = useStableSubtree(points.join(' '), [theme], () => points.map((p) => <polygon key={p} points={p} />))
 */
export function useStableSubtree(
  signature: string,
  deps: DependencyList,
  make: () => ReactNode,
): ReactElement {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature and deps stand for what make draws
  return useMemo(() => <Fragment key="stable">{make()}</Fragment>, [signature, ...deps]);
}
