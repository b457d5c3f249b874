import type { Diagram } from '@conv-arithmetic/core';

/**
 * The group an output channel belongs to, and the input channels it reads (PyTorch's grouping:
 * channels split into `groups` consecutive blocks).
 *
 * @example
 * groupOf({ inChannels: 4, outChannels: 4, groups: 4 }, 2) // { group: 2, first: 2, count: 1 }
 */
export function groupOf(
  diagram: Pick<Diagram, 'inChannels' | 'outChannels' | 'groups'>,
  outChannel: number,
): { group: number; first: number; count: number } {
  const count = diagram.inChannels / diagram.groups;
  const group = Math.floor(outChannel / (diagram.outChannels / diagram.groups));
  return { group, first: group * count, count };
}
