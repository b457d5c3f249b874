import { type PlaygroundState, stateToSearch } from '@conv-arithmetic/react';
import type { ReactNode } from 'react';

/**
 * A link that opens the Playground page with this state. The docs render in Storybook's preview
 * frame: the link targets the whole window and is relative to the site's own folder, so it works
 * wherever the site is published (e.g. under /conv-arithmetic/).
 */
export function PlaygroundLink({
  state,
  children,
}: {
  state: PlaygroundState;
  children: ReactNode;
}) {
  const href = `./?path=/docs/playground--docs&${stateToSearch(state).toString()}`;
  return (
    <a href={href} target="_top" data-playground-link="">
      {children}
    </a>
  );
}
