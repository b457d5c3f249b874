import { useRef } from 'react';

/**
 * `value`, or while it is undefined the last value it had (`initial` before any): a mark whose
 * slot a frame leaves empty stays where it was, hidden, so a step changes one attribute rather
 * than removing the mark and adding it back later.
 *
 * @example
 * const [row, col] = useKept(arrival?.input, [0, 0])
 */
export function useKept<T>(value: T | undefined, initial: T): T {
  const kept = useRef(value ?? initial);
  if (value !== undefined) kept.current = value;
  return kept.current;
}
