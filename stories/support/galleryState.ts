import type { Size2D } from '@conv-arithmetic/core';
import type { GalleryEntry } from '@conv-arithmetic/core/gallery';
import { DEFAULT_PLAYGROUND_STATE, type PlaygroundState } from '@conv-arithmetic/react';

const pairOf = (size: Size2D | undefined, fallback: number): [number, number] => {
  if (size === undefined) return [fallback, fallback];
  return typeof size === 'number' ? [size, size] : [size[0], size[1]];
};

/**
 * A case of the paper's gallery as a playground state (the figure's own numbers, the
 * playground's defaults for the look).
 *
 * @example
 * galleryState(paperGallery[0]).input // [4, 4]
 */
export function galleryState(entry: GalleryEntry): PlaygroundState {
  const dilated = entry.section === 'dilated';
  const outputPadding = entry.kind === 'transposed' ? entry.spec.outputPadding : undefined;
  const kernel = pairOf(entry.spec.kernel, 1);
  const base = {
    ...DEFAULT_PLAYGROUND_STATE,
    input: pairOf(entry.spec.input, 1),
    kernel,
    padding: entry.spec.padding ?? 0,
    dilation: pairOf(entry.spec.dilation, dilated ? 2 : 1),
    outputPadding: pairOf(outputPadding, 0),
    // The paper's numerical figures are drawn with their numbers.
    values: entry.section === 'numerical',
  };
  if (entry.kind === 'pool') {
    return {
      ...base,
      kind: 'pool',
      // A pooling's stride defaults to its kernel, as in PyTorch.
      stride: entry.spec.stride === undefined ? kernel : pairOf(entry.spec.stride, 1),
      mode: entry.spec.mode,
      ceilMode: entry.spec.ceilMode ?? false,
    };
  }
  return {
    ...base,
    kind: entry.kind === 'transposed' ? 'transposed' : dilated ? 'dilated' : 'conv',
    stride: pairOf(entry.spec.stride, 1),
  };
}

/**
 * The parameters of a case as the paper names them: i (i′ when transposed), k, s, p, d, a.
 *
 * @example
 * galleryParameters(paperGallery[5]) // 'i = 5, k = 3, s = 2, p = 1'
 */
export function galleryParameters(entry: GalleryEntry): string {
  const { input, kernel, stride, padding, dilation, outputPadding, kind } = galleryState(entry);
  const parts = [
    `${kind === 'transposed' ? 'i′' : 'i'} = ${input[0]}`,
    `k = ${kernel[0]}`,
    `s = ${stride[0]}`,
    `p = ${padding}`,
  ];
  if (dilation[0] > 1) parts.push(`d = ${dilation[0]}`);
  if (kind === 'pool') parts.push(`${galleryState(entry).mode} pooling`);
  if (kind === 'transposed') parts.push(`a = ${outputPadding[0]}`);
  return parts.join(', ');
}
