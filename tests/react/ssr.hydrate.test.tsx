// Hydrating server HTML gives no warnings and then plays.
import { ConvAnimation, PoolingAnimation, TransposedConvAnimation } from '@conv-arithmetic/react';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { advance, shownFrame, stubReducedMotion, useFakeClock } from './helpers';

function page() {
  return (
    <main>
      <h1>Course notes</h1>
      <ConvAnimation input={5} kernel={3} padding={1} stride={2} caption="Padding, strides" />
      <TransposedConvAnimation input={2} kernel={3} stride={2} showValues />
      <PoolingAnimation mode="average" input={5} kernel={3} stride={1} reveal="progressive" />
    </main>
  );
}

describe('hydration', () => {
  it('hydrates the server HTML with no console warning or error, then animates', () => {
    useFakeClock();
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const container = document.createElement('div');
    container.innerHTML = renderToString(page());
    document.body.append(container);
    const serverSvg = container.querySelector('svg[data-frame]');
    let root: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      root = hydrateRoot(container, page(), { onRecoverableError: (e) => console.error(e) });
    });
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    // The server's nodes were adopted, not replaced.
    expect(container.querySelector('svg[data-frame]')).toBe(serverSvg);
    advance(1050);
    expect(shownFrame(container)).toBe(1);
    act(() => root?.unmount());
    container.remove();
  });

  it('with reduced motion, the server plays but the client pauses after hydrating, without a mismatch', () => {
    useFakeClock();
    stubReducedMotion(true);
    const error = vi.spyOn(console, 'error');
    const container = document.createElement('div');
    container.innerHTML = renderToString(<ConvAnimation input={5} kernel={3} />);
    document.body.append(container);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      root = hydrateRoot(container, <ConvAnimation input={5} kernel={3} />);
    });
    advance(3000);
    expect(shownFrame(container)).toBe(0);
    expect(container.querySelector('button[aria-label="Play"]')).not.toBeNull();
    expect(error).not.toHaveBeenCalled();
    act(() => root?.unmount());
    container.remove();
  });
});
