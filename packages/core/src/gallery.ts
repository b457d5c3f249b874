import type { PoolSpec } from './poolSpec';
import type { ConvSpec, TransposedConvSpec } from './spec';

/**
 * One animation of the paper's gallery (vdumoulin/conv_arithmetic), under its GIF's name. The
 * `numerical` ones are drawn with their values (the paper's shared 5×5 input and 3×3 kernel).
 */
export type GalleryEntry =
  | {
      name: string;
      caption: string;
      section: 'convolution' | 'dilated';
      kind: 'conv';
      figure: string;
      spec: ConvSpec;
    }
  | {
      name: string;
      caption: string;
      section: 'transposed';
      kind: 'transposed';
      figure: string;
      spec: TransposedConvSpec;
    }
  | {
      name: string;
      caption: string;
      section: 'numerical';
      kind: 'conv';
      figure: string;
      spec: ConvSpec;
    }
  | {
      name: string;
      caption: string;
      section: 'numerical';
      kind: 'pool';
      figure: string;
      spec: PoolSpec;
    };

/**
 * Entry point `@conv-arithmetic/core/gallery`, apart from the main entry so that the arithmetic
 * stays small for those who do not need the paper's catalogue.
 *
 * The 19 animations of the seed's generator with their captions and paper figures: the 15 GIFs
 * of its README, then the 4 numerical ones of the paper's chapter 1 (captions from the paper).
 * Transposed specs use PyTorch's convention: `padding` is the direct convolution's, and the
 * paper's odd-case `a` is `outputPadding`.
 *
 * @example
 * paperGallery.find((g) => g.name === 'padding_strides_odd_transposed')?.spec
 * // { input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 }
 */
export const paperGallery: readonly GalleryEntry[] = [
  {
    name: 'no_padding_no_strides',
    caption: 'No padding, no strides',
    section: 'convolution',
    kind: 'conv',
    figure: '2.1',
    spec: { input: 4, kernel: 3 },
  },
  {
    name: 'arbitrary_padding_no_strides',
    caption: 'Arbitrary padding, no strides',
    section: 'convolution',
    kind: 'conv',
    figure: '2.2',
    spec: { input: 5, kernel: 4, padding: 2 },
  },
  {
    name: 'same_padding_no_strides',
    caption: 'Half padding, no strides',
    section: 'convolution',
    kind: 'conv',
    figure: '2.3',
    spec: { input: 5, kernel: 3, padding: 1 },
  },
  {
    name: 'full_padding_no_strides',
    caption: 'Full padding, no strides',
    section: 'convolution',
    kind: 'conv',
    figure: '2.4',
    spec: { input: 5, kernel: 3, padding: 2 },
  },
  {
    name: 'no_padding_strides',
    caption: 'No padding, strides',
    section: 'convolution',
    kind: 'conv',
    figure: '2.5',
    spec: { input: 5, kernel: 3, stride: 2 },
  },
  {
    name: 'padding_strides',
    caption: 'Padding, strides',
    section: 'convolution',
    kind: 'conv',
    figure: '2.6',
    spec: { input: 5, kernel: 3, stride: 2, padding: 1 },
  },
  {
    name: 'padding_strides_odd',
    caption: 'Padding, strides (odd)',
    section: 'convolution',
    kind: 'conv',
    figure: '2.7',
    spec: { input: 6, kernel: 3, stride: 2, padding: 1 },
  },
  {
    name: 'no_padding_no_strides_transposed',
    caption: 'No padding, no strides, transposed',
    section: 'transposed',
    kind: 'transposed',
    figure: '4.1',
    spec: { input: 2, kernel: 3 },
  },
  {
    name: 'arbitrary_padding_no_strides_transposed',
    caption: 'Arbitrary padding, no strides, transposed',
    section: 'transposed',
    kind: 'transposed',
    figure: '4.2',
    spec: { input: 6, kernel: 4, padding: 2 },
  },
  {
    name: 'same_padding_no_strides_transposed',
    caption: 'Half padding, no strides, transposed',
    section: 'transposed',
    kind: 'transposed',
    figure: '4.3',
    spec: { input: 5, kernel: 3, padding: 1 },
  },
  {
    name: 'full_padding_no_strides_transposed',
    caption: 'Full padding, no strides, transposed',
    section: 'transposed',
    kind: 'transposed',
    figure: '4.4',
    spec: { input: 7, kernel: 3, padding: 2 },
  },
  {
    name: 'no_padding_strides_transposed',
    caption: 'No padding, strides, transposed',
    section: 'transposed',
    kind: 'transposed',
    figure: '4.5',
    spec: { input: 2, kernel: 3, stride: 2 },
  },
  {
    name: 'padding_strides_transposed',
    caption: 'Padding, strides, transposed',
    section: 'transposed',
    kind: 'transposed',
    figure: '4.6',
    spec: { input: 3, kernel: 3, stride: 2, padding: 1 },
  },
  {
    name: 'padding_strides_odd_transposed',
    caption: 'Padding, strides, transposed (odd)',
    section: 'transposed',
    kind: 'transposed',
    figure: '4.7',
    spec: { input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 },
  },
  {
    name: 'dilation',
    caption: 'No padding, no stride, dilation',
    section: 'dilated',
    kind: 'conv',
    figure: '5.1',
    spec: { input: 7, kernel: 3, dilation: 2 },
  },
  {
    name: 'numerical_no_padding_no_strides',
    caption: 'Computing the output values of a discrete convolution',
    section: 'numerical',
    kind: 'conv',
    figure: '1.1',
    spec: { input: 5, kernel: 3 },
  },
  {
    name: 'numerical_padding_strides',
    caption:
      'Computing the output values of a discrete convolution for N = 2, i = 5, k = 3, s = 2 and p = 1',
    section: 'numerical',
    kind: 'conv',
    figure: '1.2',
    spec: { input: 5, kernel: 3, stride: 2, padding: 1 },
  },
  {
    name: 'numerical_average_pooling',
    caption:
      'Computing the output values of a 3 × 3 average pooling operation on a 5 × 5 input using 1 × 1 strides',
    section: 'numerical',
    kind: 'pool',
    figure: '1.5',
    spec: { input: 5, kernel: 3, stride: 1, mode: 'average' },
  },
  {
    name: 'numerical_max_pooling',
    caption:
      'Computing the output values of a 3 × 3 max pooling operation on a 5 × 5 input using 1 × 1 strides',
    section: 'numerical',
    kind: 'pool',
    figure: '1.6',
    spec: { input: 5, kernel: 3, stride: 1, mode: 'max' },
  },
];
