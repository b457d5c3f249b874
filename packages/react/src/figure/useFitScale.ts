import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * For `fit="contain"`: the scale at which `content` (measured untransformed) fits inside the
 * box element's width and height, updated as either resizes. Null until measured (on the
 * server, and while `enabled` is false): the figure is then drawn at its own size.
 *
 * @example
 * const { box, scale } = useFitScale(true, figureRef) // <div ref={box}><figure ref={figureRef} …
 */
export function useFitScale(
  enabled: boolean,
  content: RefObject<HTMLElement | null>,
): { box: RefObject<HTMLDivElement | null>; scale: number | null } {
  const box = useRef<HTMLDivElement | null>(null);
  const [scale, setScale] = useState<number | null>(null);
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!enabled || !outer || !inner) return;
    const measure = () => {
      // offset sizes ignore transforms: scaling the figure never feeds back into its measure.
      const width = inner.offsetWidth;
      const height = inner.offsetHeight;
      if (width === 0 || height === 0) return;
      const next = Math.min(outer.clientWidth / width, outer.clientHeight / height);
      setScale((previous) =>
        previous !== null && Math.abs(previous - next) < 1e-3 ? previous : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [enabled, content]);
  return { box, scale: enabled ? scale : null };
}
