/**
 * Playback rates offered by the speed menu; a `speed` prop may also be any other number from
 * 0.01 to 100, which the menu then lists in order.
 *
 * @example
 * SPEEDS.includes(2) // true
 */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
