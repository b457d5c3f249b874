import { useEffect, useRef } from 'react';

/**
 * Why a requested frame cannot be shown as given, or null when it can. Out of range and
 * non-integer frames are clamped, not refused: a scrubber or a parent's arithmetic may overshoot.
 *
 * @example
 * frameRangeProblem('frame', 99, 9) // 'frame={99} is outside 0–8 (9 frames) or not a whole number; showing frame 8.'
 * frameRangeProblem('frame', 3, 9) // null
 */
export function frameRangeProblem(name: string, value: unknown, frameCount: number): string | null {
  // Without frames (an invalid spec) the alert says what is wrong; there is nothing to clamp to.
  if (frameCount <= 0) return null;
  const last = frameCount - 1;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= last) {
    return null;
  }
  const number = typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;
  const shown = Math.min(Math.max(0, number), last);
  return `${name}={${String(value)}} is outside 0–${last} (${frameCount} frames) or not a whole number; showing frame ${shown}.`;
}

/**
 * In development, says once that `frame`/`defaultFrame` was clamped: once per distinct problem,
 * never once per render or per tick. Production builds drop the check and its text.
 *
 * @example
 * useFrameRangeWarning('frame', props.frame, diagram.frameCount)
 */
export function useFrameRangeWarning(name: string, value: unknown, frameCount: number): void {
  const problem =
    process.env.NODE_ENV !== 'production' ? frameRangeProblem(name, value, frameCount) : null;
  const warned = useRef<string | null>(null);
  useEffect(() => {
    if (process.env.NODE_ENV === 'production' || problem === null) return;
    if (warned.current === problem) return;
    warned.current = problem;
    console.warn(`conv-arithmetic: ${problem}`);
  }, [problem]);
}
