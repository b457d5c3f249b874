import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** Fake clocks including requestAnimationFrame, which drives playback. */
export function useFakeClock(): void {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'performance',
      'Date',
    ],
  });
}

/** Advances fake time inside act(), so React commits the frames it caused. */
export function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** The frame a figure shows, read from the DOM. */
export function shownFrame(container: HTMLElement): number {
  const svg = container.querySelector('svg[data-frame]');
  return Number(svg?.getAttribute('data-frame'));
}

/** A matchMedia stub answering `reduce` for prefers-reduced-motion. */
export function stubReducedMotion(reduce: boolean): void {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: reduce && query.includes('prefers-reduced-motion'),
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}

/** An IntersectionObserver stub whose entries the test pushes by hand. */
export function stubIntersectionObserver() {
  const observers: { callback: IntersectionObserverCallback; elements: Element[] }[] = [];
  class StubObserver {
    private readonly record: { callback: IntersectionObserverCallback; elements: Element[] };
    constructor(callback: IntersectionObserverCallback) {
      this.record = { callback, elements: [] };
      observers.push(this.record);
    }
    observe(element: Element) {
      this.record.elements.push(element);
    }
    unobserve() {}
    disconnect() {
      this.record.elements = [];
    }
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', StubObserver);
  return {
    setVisible(visible: boolean) {
      act(() => {
        for (const o of observers) {
          const entries = o.elements.map(
            (target) => ({ target, isIntersecting: visible }) as IntersectionObserverEntry,
          );
          if (entries.length) o.callback(entries, {} as IntersectionObserver);
        }
      });
    },
    count: () => observers.filter((o) => o.elements.length > 0).length,
  };
}
