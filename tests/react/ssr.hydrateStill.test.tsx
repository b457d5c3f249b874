// Server HTML is a paused still with disabled controls; hydrating it enables them and plays,
// with no hydration warning (React adopts the hoisted stylesheet).
import { ConvAnimation } from '@conv-arithmetic/react';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { advance, shownFrame, useFakeClock } from './helpers';

const controlsOf = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>(
    'button, input, select',
  ),
];

describe('a still until hydrated', () => {
  it('the server HTML is paused and disabled; hydrated, it is enabled and plays', () => {
    useFakeClock();
    const error = vi.spyOn(console, 'error');
    const figure = <ConvAnimation input={5} kernel={3} defaultFrame={2} download={['svg']} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(figure);
    document.body.append(container);
    const root = () => container.querySelector('figure') as HTMLElement;
    expect(root().dataset.state).toBe('paused');
    expect(controlsOf(container)).toHaveLength(7);
    expect(controlsOf(container).every((control) => control.disabled)).toBe(true);

    let app: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      app = hydrateRoot(container, figure, { onRecoverableError: (e) => console.error(e) });
    });
    expect(error).not.toHaveBeenCalled();
    expect(root().dataset.state).toBe('playing');
    expect(controlsOf(container).some((control) => control.disabled)).toBe(false);
    expect(container.querySelector('button[aria-label="Pause"]')).not.toBeNull();
    expect(shownFrame(container)).toBe(2);
    advance(1050);
    expect(shownFrame(container)).toBe(3);
    // One stylesheet, the server's, adopted by React rather than added again.
    expect(document.querySelectorAll('style[data-href="conv-arithmetic"]')).toHaveLength(1);
    act(() => app?.unmount());
    container.remove();
  });
});
