import type {
  DirectAxis,
  Padding,
  PaddingFill,
  Resolved,
  TransposedAxis,
} from '@conv-arithmetic/core';

/** A framework's line for a configuration, or why there is none; `note` explains a choice. */
export interface FrameworkLine {
  code: string | null;
  note: string | null;
}

/** `3` when both axes agree, else `(3, 5)`: how PyTorch and Keras take a 2-D size. */
const tuple = (rows: number, cols: number): string =>
  rows === cols ? `${rows}` : `(${rows}, ${cols})`;

const sides = <A extends DirectAxis>({ rows, cols }: Resolved<A>) => ({
  top: rows.before,
  bottom: rows.after,
  left: cols.before,
  right: cols.after,
});

const symmetric = <A extends DirectAxis>(r: Resolved<A>) =>
  r.rows.before === r.rows.after && r.cols.before === r.cols.after;

function args(pairs: ReadonlyArray<[name: string, value: string, omit: boolean]>): string {
  return pairs
    .filter(([, , omit]) => !omit)
    .map(([name, value]) => (name ? `${name}=${value}` : value))
    .join(', ');
}

/** A convolution's channels and padding fill, as the framework lines take them. */
export interface ChannelArgs {
  inChannels: number;
  outChannels: number;
  groups: number;
  paddingMode: PaddingFill;
}

/** One map in, one out, zero padding: what a spec without channel props means. */
export const ONE_CHANNEL: ChannelArgs = {
  inChannels: 1,
  outChannels: 1,
  groups: 1,
  paddingMode: 'zeros',
};

/** A one-row input and kernel, nothing on the rows: PyTorch's Conv1d says it plainly. */
const isOneD = ({ rows }: Resolved<DirectAxis>) =>
  rows.input === 1 &&
  rows.kernel === 1 &&
  rows.before + rows.after === 0 &&
  rows.stride === 1 &&
  rows.dilation === 1;

/** PyTorch's padding layer of each padding_mode, for padding Conv2d cannot take itself. */
const PAD_LAYERS: Record<PaddingFill, string> = {
  zeros: 'ZeroPad',
  reflect: 'ReflectionPad',
  replicate: 'ReplicationPad',
  circular: 'CircularPad',
};

/**
 * The PyTorch module for a direct (or dilated) convolution: `nn.Conv1d` for a one-row input,
 * else `nn.Conv2d`, with its channels, groups and padding_mode; `padding='same'` only where
 * PyTorch takes it (stride 1); padding that differs between sides (causal, say) as the padding
 * layer of the mode before it (`nn.ZeroPad2d`, `nn.ReflectionPad1d`, …).
 *
 * @example
 * pytorchConv(resolveConvSpec({ input: 5, kernel: 3, stride: 2, padding: 1 }), 1).code
 * // 'nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)'
 * pytorchConv(resolveConvSpec({ input: 5, kernel: 3, padding: 1 }), 1, { inChannels: 2, outChannels: 3, groups: 1, paddingMode: 'reflect' }).code
 * // "nn.Conv2d(2, 3, kernel_size=3, groups=1, padding=1, padding_mode='reflect')"
 */
export function pytorchConv(
  r: Resolved<DirectAxis>,
  padding: Padding | undefined,
  channels: ChannelArgs = ONE_CHANNEL,
): FrameworkLine {
  const { rows, cols } = r;
  const oneD = isOneD(r);
  const size = oneD ? (_rows: number, value: number) => `${value}` : tuple;
  const unitStride = rows.stride === 1 && cols.stride === 1;
  const even = symmetric(r);
  let paddingArg = size(rows.before, cols.before);
  let note: string | null = null;
  if (padding === 'valid') paddingArg = `'valid'`;
  else if (padding === 'same' && unitStride) paddingArg = `'same'`;
  else if (padding === 'same') {
    note = "PyTorch takes padding='same' only with stride 1: here it is written as numbers.";
  }
  // PyTorch pads a named mode itself ('same' puts an even kernel's extra cell after, as we do).
  const named = paddingArg.startsWith("'");
  const padsItself = even || named;
  const { inChannels, outChannels, groups, paddingMode } = channels;
  const conv = `nn.Conv${oneD ? 1 : 2}d(${args([
    ['', `${inChannels}, ${outChannels}`, false],
    ['kernel_size', size(rows.kernel, cols.kernel), false],
    ['stride', size(rows.stride, cols.stride), unitStride],
    // Stated whenever there are channels to group: the choice PyTorch's signature hides.
    ['groups', String(groups), groups === 1 && inChannels === 1 && outChannels === 1],
    ['padding', paddingArg, !named && (!even || paddingArg === '0')],
    ['dilation', size(rows.dilation, cols.dilation), rows.dilation === 1 && cols.dilation === 1],
    ['padding_mode', `'${paddingMode}'`, paddingMode === 'zeros' || !padsItself],
  ])})`;
  if (padsItself) return { code: conv, note };
  const { left, right, top, bottom } = sides(r);
  const pad = `nn.${PAD_LAYERS[paddingMode]}${oneD ? '1d' : '2d'}`;
  const amounts = oneD ? `(${left}, ${right})` : `(${left}, ${right}, ${top}, ${bottom})`;
  return {
    code: `nn.Sequential(${pad}(${amounts}), ${conv})`,
    note: `Conv${oneD ? 1 : 2}d pads both sides of an axis alike: the uneven padding comes first, as ${pad.slice(3)} ${oneD ? '(left, right)' : '(left, right, top, bottom)'}.`,
  };
}

const crop = (before: number, after: number) => `${before}:${after ? -after : ''}`;

/**
 * The PyTorch module for a transposed convolution; `padding` is the direct convolution's, as in
 * PyTorch. Padding that differs between sides has no ConvTranspose2d argument: the output is
 * cropped instead.
 *
 * @example
 * pytorchTransposed(resolveTransposedSpec({ input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 })).code
 * // 'nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1)'
 */
export function pytorchTransposed(
  r: Resolved<TransposedAxis>,
  channels: ChannelArgs = ONE_CHANNEL,
): FrameworkLine {
  const { rows, cols } = r;
  const even = symmetric(r);
  const { inChannels, outChannels, groups } = channels;
  const conv = `nn.ConvTranspose2d(${args([
    ['', `${inChannels}, ${outChannels}`, false],
    ['kernel_size', tuple(rows.kernel, cols.kernel), false],
    ['stride', tuple(rows.stride, cols.stride), rows.stride === 1 && cols.stride === 1],
    ['groups', String(groups), groups === 1],
    ['padding', tuple(rows.before, cols.before), !even || (rows.before === 0 && cols.before === 0)],
    [
      'output_padding',
      tuple(rows.outputPadding, cols.outputPadding),
      rows.outputPadding === 0 && cols.outputPadding === 0,
    ],
    ['dilation', tuple(rows.dilation, cols.dilation), rows.dilation === 1 && cols.dilation === 1],
  ])})`;
  if (even) return { code: conv, note: null };
  return {
    code: `${conv}(x)[..., ${crop(rows.before, rows.after)}, ${crop(cols.before, cols.after)}]`,
    note: 'ConvTranspose2d crops both sides of an axis alike: uneven padding is a slice of its output.',
  };
}

/** TensorFlow's 'same' padding of one axis: the output is ⌈i / s⌉, the extra cell after. */
function tfSame(axis: DirectAxis): [number, number] {
  const span = axis.dilation * (axis.kernel - 1) + 1;
  const total = Math.max(
    (Math.ceil(axis.input / axis.stride) - 1) * axis.stride + span - axis.input,
    0,
  );
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

const strided = <A extends DirectAxis>({ rows, cols }: Resolved<A>) =>
  rows.stride > 1 || cols.stride > 1;
const dilated = <A extends DirectAxis>({ rows, cols }: Resolved<A>) =>
  rows.dilation > 1 || cols.dilation > 1;

const NO_STRIDED_DILATION =
  'Keras has no equivalent: its convolutions do not combine strides > 1 with dilation_rate > 1.';

/**
 * The Keras layer for a direct convolution: `Conv1D` for a one-row input (`padding='causal'`
 * where all the padding is before), else `Conv2D`, with its filters and groups;
 * `padding='valid'` or `'same'` where TensorFlow's 'same' pads exactly these sides, otherwise a
 * ZeroPadding layer before a 'valid' one. Keras pads with zeros only.
 *
 * @example
 * kerasConv(resolveConvSpec({ input: 5, kernel: 3, stride: 2, padding: 1 })).code
 * // "layers.Conv2D(1, 3, strides=2, padding='same')"
 */
export function kerasConv(
  r: Resolved<DirectAxis>,
  channels: ChannelArgs = ONE_CHANNEL,
): FrameworkLine {
  if (strided(r) && dilated(r)) return { code: null, note: NO_STRIDED_DILATION };
  const { rows, cols } = r;
  const { top, bottom, left, right } = sides(r);
  const none = top + bottom + left + right === 0;
  if (channels.paddingMode !== 'zeros' && !none) {
    return {
      code: null,
      note: `Keras has no equivalent: its convolutions pad with zeros only (no padding_mode '${channels.paddingMode}').`,
    };
  }
  const oneD = isOneD(r);
  const size = oneD ? (_rows: number, value: number) => `${value}` : tuple;
  const [sameTop, sameBottom] = tfSame(rows);
  const [sameLeft, sameRight] = tfSame(cols);
  const isSame =
    top === sameTop && bottom === sameBottom && left === sameLeft && right === sameRight;
  const causal = oneD && right === 0 && left === cols.dilation * (cols.kernel - 1);
  const conv = (mode: string) =>
    `layers.Conv${oneD ? 1 : 2}D(${args([
      ['', String(channels.outChannels), false],
      ['', size(rows.kernel, cols.kernel), false],
      ['strides', size(rows.stride, cols.stride), !strided(r)],
      ['padding', `'${mode}'`, false],
      ['dilation_rate', size(rows.dilation, cols.dilation), !dilated(r)],
      ['groups', String(channels.groups), channels.groups === 1],
    ])})`;
  if (none) return { code: conv('valid'), note: null };
  if (isSame) return { code: conv('same'), note: null };
  if (causal) return { code: conv('causal'), note: null };
  const pad = oneD
    ? `layers.ZeroPadding1D((${left}, ${right}))`
    : `layers.ZeroPadding2D(((${top}, ${bottom}), (${left}, ${right})))`;
  return {
    code: `keras.Sequential([${pad}, ${conv('valid')}])`,
    note: `Keras's 'same' pads differently here: the padding comes first, as ZeroPadding${oneD ? 1 : 2}D.`,
  };
}

/**
 * The Keras layer for a transposed convolution: 'valid' or 'same' where they give exactly this
 * output, otherwise a 'valid' Conv2DTranspose cropped by Cropping2D.
 *
 * @example
 * kerasTransposed(resolveTransposedSpec({ input: 2, kernel: 3, stride: 2 })).code
 * // "layers.Conv2DTranspose(1, 3, strides=2, padding='valid')"
 */
export function kerasTransposed(
  r: Resolved<TransposedAxis>,
  channels: ChannelArgs = ONE_CHANNEL,
): FrameworkLine {
  if (strided(r) && dilated(r)) return { code: null, note: NO_STRIDED_DILATION };
  if (channels.groups > 1) {
    return { code: null, note: 'Keras has no equivalent: its Conv2DTranspose takes no groups.' };
  }
  const { rows, cols } = r;
  if (rows.outputPadding >= rows.stride || cols.outputPadding >= cols.stride) {
    return {
      code: null,
      note: 'Keras has no equivalent: its output_padding must be smaller than the stride (PyTorch allows up to max(stride, dilation) − 1).',
    };
  }
  const full = (a: TransposedAxis) => (a.input - 1) * a.stride + a.dilation * (a.kernel - 1) + 1;
  const span = (a: TransposedAxis) => a.dilation * (a.kernel - 1) + 1;
  // Keras's own output size without output_padding: i·s + max(k̂ − s, 0) ('valid'), i·s ('same').
  const validDefault = (a: TransposedAxis) =>
    a.input * a.stride + Math.max(span(a) - a.stride, 0) === full(a) + a.outputPadding;
  const sameDefault = (a: TransposedAxis) => a.input * a.stride === a.output;
  const layer = (mode: 'valid' | 'same', fits: boolean) =>
    `layers.Conv2DTranspose(${args([
      ['', String(channels.outChannels), false],
      ['', tuple(rows.kernel, cols.kernel), false],
      ['strides', tuple(rows.stride, cols.stride), !strided(r)],
      ['padding', `'${mode}'`, false],
      ['output_padding', tuple(rows.outputPadding, cols.outputPadding), fits],
      ['dilation_rate', tuple(rows.dilation, cols.dilation), !dilated(r)],
    ])})`;
  const { top, bottom, left, right } = sides(r);
  const valid = layer('valid', validDefault(rows) && validDefault(cols));
  if (top + bottom + left + right === 0) return { code: valid, note: null };
  const half = (a: TransposedAxis) =>
    a.outputPadding === 0 &&
    span(a) % 2 === 1 &&
    a.before === a.after &&
    a.before === (span(a) - 1) / 2;
  if (half(rows) && half(cols)) {
    return { code: layer('same', sameDefault(rows) && sameDefault(cols)), note: null };
  }
  return {
    code: `keras.Sequential([${valid}, layers.Cropping2D(((${top}, ${bottom}), (${left}, ${right})))])`,
    note: "Keras's transposed 'same' crops differently here: the 'valid' output is cropped by Cropping2D.",
  };
}

/** One axis of a pooling with every default filled in, and its output size. */
export interface PoolAxis {
  input: number;
  kernel: number;
  stride: number;
  padding: number;
  dilation: number;
  output: number;
}

/** A pooling as the framework lines take it. */
export interface PoolLineSpec {
  rows: PoolAxis;
  cols: PoolAxis;
  mode: 'max' | 'average';
  ceilMode: boolean;
}

/**
 * The PyTorch module for a pooling: MaxPool2d or AvgPool2d (its default count_include_pad=True
 * is ours), the stride written only when it is not the kernel (PyTorch's default), padding,
 * dilation and ceil_mode only when set.
 *
 * @example
 * pytorchPool({ rows: axis, cols: axis, mode: 'max', ceilMode: false }).code
 * // 'nn.MaxPool2d(kernel_size=3, stride=1)' (axis: input 5, kernel 3, stride 1)
 */
export function pytorchPool({ rows, cols, mode, ceilMode }: PoolLineSpec): FrameworkLine {
  const module = mode === 'max' ? 'nn.MaxPool2d' : 'nn.AvgPool2d';
  return {
    code: `${module}(${args([
      ['kernel_size', tuple(rows.kernel, cols.kernel), false],
      [
        'stride',
        tuple(rows.stride, cols.stride),
        rows.stride === rows.kernel && cols.stride === cols.kernel,
      ],
      ['padding', tuple(rows.padding, cols.padding), rows.padding === 0 && cols.padding === 0],
      ['dilation', tuple(rows.dilation, cols.dilation), rows.dilation === 1 && cols.dilation === 1],
      ['ceil_mode', 'True', !ceilMode],
    ])})`,
    note: null,
  };
}

/**
 * The Keras layer for a pooling: 'valid' where it windows alike, 'same' for a max pooling whose
 * padding TensorFlow's 'same' reproduces; otherwise a sentence saying why there is none.
 *
 * @example
 * kerasPool({ rows: axis, cols: axis, mode: 'max', ceilMode: false }).code
 * // "layers.MaxPooling2D(pool_size=3, strides=1, padding='valid')" (axis: input 5, kernel 3, stride 1)
 */
export function kerasPool({ rows, cols, mode }: PoolLineSpec): FrameworkLine {
  if (rows.dilation > 1 || cols.dilation > 1) {
    return { code: null, note: 'Keras has no equivalent: its pooling layers have no dilation.' };
  }
  const layer = (padding: 'valid' | 'same') =>
    `layers.${mode === 'max' ? 'MaxPooling2D' : 'AveragePooling2D'}(${args([
      ['pool_size', tuple(rows.kernel, cols.kernel), false],
      [
        'strides',
        tuple(rows.stride, cols.stride),
        rows.stride === rows.kernel && cols.stride === cols.kernel,
      ],
      ['padding', `'${padding}'`, false],
    ])})`;
  const valid = (a: PoolAxis) =>
    a.padding === 0 && a.output === Math.floor((a.input - a.kernel) / a.stride) + 1;
  if (valid(rows) && valid(cols)) return { code: layer('valid'), note: null };
  if (mode === 'average') {
    return {
      code: null,
      note: "Keras has no equivalent: its AveragePooling2D 'same' leaves the padding out of the average (PyTorch's count_include_pad=False), and ceil mode has no Keras form.",
    };
  }
  // Max pooling never picks its padding, so the windows alone decide: they must start alike.
  const same = (a: PoolAxis) => {
    const total = Math.max((Math.ceil(a.input / a.stride) - 1) * a.stride + a.kernel - a.input, 0);
    return a.output === Math.ceil(a.input / a.stride) && a.padding === Math.floor(total / 2);
  };
  if (same(rows) && same(cols)) return { code: layer('same'), note: null };
  return {
    code: null,
    note: "Keras has no equivalent: MaxPooling2D pads only as 'same' does, which places these windows differently, and ZeroPadding2D pads with zeros, which a max can pick.",
  };
}
