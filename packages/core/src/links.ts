import type { DirectAxis } from './axis';

/** One link of an axis: input index `input` meets an output index through kernel tap `tap`. */
export type Link = readonly [input: number, tap: number];

/**
 * The input indices output `o` of a direct (or dilated) axis reads, with the tap reading each,
 * input ascending: p = o·s − p_before + a·d, padding left out.
 */
export function gatherLinks(axis: DirectAxis, o: number): Link[] {
  const links: Link[] = [];
  for (let a = 0; a < axis.kernel; a++) {
    const p = o * axis.stride - axis.before + a * axis.dilation;
    if (p >= 0 && p < axis.input) links.push([p, a]);
  }
  return links;
}

/**
 * The input indices whose stamps reach output `o` of a transposed axis, with the tap each lands
 * with, input ascending: o = i·s − p_before + a·d, so a larger tap means a smaller i.
 */
export function scatterLinks(axis: DirectAxis, o: number): Link[] {
  const links: Link[] = [];
  for (let a = axis.kernel - 1; a >= 0; a--) {
    const t = o + axis.before - a * axis.dilation;
    if (t >= 0 && t % axis.stride === 0 && t / axis.stride < axis.input) {
      links.push([t / axis.stride, a]);
    }
  }
  return links;
}

/**
 * The output indices input `i` of a transposed axis stamps, with the tap landing on each, output
 * ascending; stamps in the cropped border are left out.
 */
export function stampLinks(axis: DirectAxis, i: number): Link[] {
  const links: Link[] = [];
  for (let a = 0; a < axis.kernel; a++) {
    const o = i * axis.stride - axis.before + a * axis.dilation;
    if (o >= 0 && o < axis.output) links.push([o, a]);
  }
  return links;
}
