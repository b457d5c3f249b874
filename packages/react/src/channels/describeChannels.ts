import type { Diagram } from '@conv-arithmetic/core';
import { formatOutput, formatValue } from '../svg/cellStyle';
import type { ChannelNumbers } from './channelNumbers';
import { groupOf } from './groups';

const list = (items: string[]) =>
  items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The live region's words for one frame of a multi-channel figure: which output map and cell,
 * which input maps its kernel slices read and, with numbers, each map's partial sum and the total.
 *
 * @example
 * describeChannelFrame(diagram, 0, null)
 * // "Frame 1 of 75: output map 1, cell (1, 1), is the sum over input maps 1 and 2 of a 3×3 kernel slice each."
 */
export function describeChannelFrame(
  diagram: Diagram,
  frame: number,
  numbers: ChannelNumbers | null,
  partials: readonly { channel: number; sum: number }[],
): string {
  const current = diagram.frame(frame);
  const { first, count } = groupOf(diagram, current.outChannel);
  const maps = Array.from({ length: count }, (_, i) => String(first + i + 1));
  const [row, col] = current.output;
  const head = `Frame ${frame + 1} of ${diagram.frameCount}: output map ${current.outChannel + 1}, cell (${row + 1}, ${col + 1}),`;
  const kernel = `${diagram.kernel.rows}×${diagram.kernel.cols}`;
  const reads =
    count === 1
      ? `reads input map ${maps[0]} alone through its ${kernel} kernel`
      : `is the sum over input maps ${list(maps)} of a ${kernel} kernel slice each`;
  if (!numbers) return `${head} ${reads}.`;
  const value = numbers.output[current.outChannel]?.[row]?.[col] ?? 0;
  const shares = partials.map((p) => `map ${p.channel + 1} gives ${formatValue(p.sum)}`);
  return `${head} ${reads}: ${list(shares)}, total ${formatOutput(value)}.`;
}
