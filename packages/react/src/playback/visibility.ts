'use client';
import { type RefObject, useEffect, useState, useSyncExternalStore } from 'react';

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

/** False while the browser tab is hidden; true on the server. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState !== 'hidden',
    () => true,
  );
}

/**
 * False while the element is scrolled out of view. Where IntersectionObserver does not exist the
 * element counts as visible, so a diagram never freezes for lack of an API.
 *
 * The ref is read after every commit, so when the component swaps the element it points at (an
 * error alert giving way to the diagram, say) the observer moves to the element on the page now.
 * A report about an element is never applied to another one, and until an element's first
 * report arrives (browsers send it within a frame) it counts as off-screen.
 *
 * @example
 * const ref = useRef<HTMLDivElement>(null)
 * const onScreen = useOnScreen(ref) // false while scrolled away
 * return <div ref={ref}>{onScreen ? 'ticking' : 'holding still'}</div>
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [element, setElement] = useState<Element | null>(null);
  const [report, setReport] = useState<{ target: Element; visible: boolean } | null>(null);

  // No dependency list on purpose: a ref object says nothing when React repoints it, so compare
  // after each commit (one read and one comparison; a state update only on a real change).
  useEffect(() => {
    if (ref.current !== element) setElement(ref.current);
  });

  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setReport({ target: entry.target, visible: entry.isIntersecting });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  if (report !== null && report.target === element) return report.visible;
  // Until the browser's first report about this element (it comes within a frame), hold still:
  // a diagram mounted far below the fold never ticks. With no element or no API, nothing to wait for.
  return element === null || typeof IntersectionObserver === 'undefined';
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True when the user asks for reduced motion; false on the server and where unsupported. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => typeof window.matchMedia === 'function' && window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}
