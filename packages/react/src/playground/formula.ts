import {
  type DirectAxis,
  type PoolAxisSpec,
  poolOutputSize,
  type TransposedAxis,
} from '@conv-arithmetic/core';

/**
 * The output size of one axis as the paper writes it: the Relationship that applies (its
 * number in arXiv:1603.07285v2, or null where the paper has none), the formula, the formula
 * with this axis's numbers filled in, and the value that arithmetic gives.
 */
export interface AxisFormula {
  relationship: number | null;
  formula: string;
  filled: string;
  value: number;
}

const floorDiv = (a: number, b: number) => Math.floor(a / b);

/** `2p` when both sides agree (`2·1`), else the two sides (`(1 + 2)`). */
function paddingTerm(before: number, after: number): [symbol: string, filled: string] {
  return before === after ? ['2p', `2·${before}`] : ['(p₁ + p₂)', `(${before} + ${after})`];
}

/**
 * The paper's relationship for one axis of a direct convolution: the most specific of
 * Relationships 1–6, or 15 with dilation.
 *
 * @example
 * directFormula({ input: 5, kernel: 3, stride: 2, dilation: 1, before: 1, after: 1, output: 3 })
 * // { relationship: 6, formula: 'o = ⌊(i + 2p − k) / s⌋ + 1', filled: 'o = ⌊(5 + 2·1 − 3) / 2⌋ + 1 = 3', value: 3 }
 */
export function directFormula(axis: DirectAxis): AxisFormula {
  const { input: i, kernel: k, stride: s, dilation: d, before, after } = axis;
  const symmetric = before === after;
  const p = before;
  const [pSym, pNum] = paddingTerm(before, after);
  if (d > 1) {
    const value = floorDiv(i + before + after - k - (k - 1) * (d - 1), s) + 1;
    return {
      relationship: 15,
      formula: `o = ⌊(i + ${pSym} − k − (k − 1)(d − 1)) / s⌋ + 1`,
      filled: `o = ⌊(${i} + ${pNum} − ${k} − (${k} − 1)(${d} − 1)) / ${s}⌋ + 1 = ${value}`,
      value,
    };
  }
  if (s === 1 && symmetric) {
    if (p === 0) {
      const value = i - k + 1;
      return {
        relationship: 1,
        formula: 'o = (i − k) + 1',
        filled: `o = (${i} − ${k}) + 1 = ${value}`,
        value,
      };
    }
    if (k % 2 === 1 && p === (k - 1) / 2) {
      const value = i + 2 * p - (k - 1);
      return {
        relationship: 3,
        formula: 'o = i + 2⌊k/2⌋ − (k − 1) = i',
        filled: `o = ${i} + 2·${p} − (${k} − 1) = ${value}`,
        value,
      };
    }
    if (p === k - 1) {
      const value = i + (k - 1);
      return {
        relationship: 4,
        formula: 'o = i + (k − 1)',
        filled: `o = ${i} + (${k} − 1) = ${value}`,
        value,
      };
    }
    const value = i - k + 2 * p + 1;
    return {
      relationship: 2,
      formula: 'o = (i − k) + 2p + 1',
      filled: `o = (${i} − ${k}) + 2·${p} + 1 = ${value}`,
      value,
    };
  }
  if (before === 0 && after === 0) {
    const value = floorDiv(i - k, s) + 1;
    return {
      relationship: 5,
      formula: 'o = ⌊(i − k) / s⌋ + 1',
      filled: `o = ⌊(${i} − ${k}) / ${s}⌋ + 1 = ${value}`,
      value,
    };
  }
  const value = floorDiv(i + before + after - k, s) + 1;
  return {
    relationship: 6,
    formula: `o = ⌊(i + ${pSym} − k) / s⌋ + 1`,
    filled: `o = ⌊(${i} + ${pNum} − ${k}) / ${s}⌋ + 1 = ${value}`,
    value,
  };
}

/**
 * The paper's relationship for one axis of a transposed convolution, in PyTorch's convention
 * (i′ the transposed input, p the padding of the direct convolution it transposes, a the
 * output padding): the most specific of Relationships 8–14. With dilation the paper has none:
 * PyTorch's formula, relationship null.
 *
 * @example
 * transposedFormula({ input: 3, kernel: 3, stride: 2, dilation: 1, before: 1, after: 1, outputPadding: 1, output: 6 }).relationship // 14
 */
export function transposedFormula(axis: TransposedAxis): AxisFormula {
  const { input: i, kernel: k, stride: s, dilation: d, before, after, outputPadding: a } = axis;
  const p = before;
  const [pSym, pNum] = paddingTerm(before, after);
  if (d > 1) {
    const value = (i - 1) * s - before - after + d * (k - 1) + a + 1;
    return {
      relationship: null,
      formula: `o′ = s(i′ − 1) − ${pSym} + d(k − 1) + a + 1`,
      filled: `o′ = ${s}(${i} − 1) − ${pNum} + ${d}(${k} − 1) + ${a} + 1 = ${value}`,
      value,
    };
  }
  if (s === 1 && before === after) {
    if (p === 0) {
      const value = i + (k - 1);
      return {
        relationship: 8,
        formula: 'o′ = i′ + (k − 1)',
        filled: `o′ = ${i} + (${k} − 1) = ${value}`,
        value,
      };
    }
    const value = i + (k - 1) - 2 * p;
    const filled = `o′ = ${i} + (${k} − 1) − 2·${p} = ${value}`;
    if (k % 2 === 1 && p === (k - 1) / 2) {
      return { relationship: 10, formula: 'o′ = i′ + (k − 1) − 2p = i′', filled, value };
    }
    if (p === k - 1) {
      return { relationship: 11, formula: 'o′ = i′ + (k − 1) − 2p = i′ − (k − 1)', filled, value };
    }
    return { relationship: 9, formula: 'o′ = i′ + (k − 1) − 2p', filled, value };
  }
  if (a === 0 && before === 0 && after === 0) {
    const value = s * (i - 1) + k;
    return {
      relationship: 12,
      formula: 'o′ = s(i′ − 1) + k',
      filled: `o′ = ${s}(${i} − 1) + ${k} = ${value}`,
      value,
    };
  }
  const value = s * (i - 1) + a + k - before - after;
  if (a === 0) {
    return {
      relationship: 13,
      formula: `o′ = s(i′ − 1) + k − ${pSym}`,
      filled: `o′ = ${s}(${i} − 1) + ${k} − ${pNum} = ${value}`,
      value,
    };
  }
  return {
    relationship: 14,
    formula: `o′ = s(i′ − 1) + a + k − ${pSym}`,
    filled: `o′ = ${s}(${i} − 1) + ${a} + ${k} − ${pNum} = ${value}`,
    value,
  };
}

/**
 * The padding the paper draws around a transposed convolution's stretched input: p′ = d(k − 1) − p
 * before, and after it the output padding a as well.
 *
 * @example
 * drawnPadding({ input: 3, kernel: 3, stride: 2, dilation: 1, before: 1, after: 1, outputPadding: 1, output: 6 })
 * // { before: 1, after: 2, filled: 'p′ = d(k − 1) − p = 1·(3 − 1) − 1 = 1' }
 */
export function drawnPadding(axis: TransposedAxis): {
  before: number;
  after: number;
  filled: string;
} {
  const reach = axis.dilation * (axis.kernel - 1);
  const before = reach - axis.before;
  return {
    before,
    after: reach - axis.after + axis.outputPadding,
    filled: `p′ = d(k − 1) − p = ${axis.dilation}·(${axis.kernel} − 1) − ${axis.before} = ${before}`,
  };
}

/**
 * The output size of one axis of a pooling: the paper's Relationship 7 where it applies (no
 * padding, no dilation, no ceil mode: the paper's pooling has none), otherwise PyTorch's own
 * formula for MaxPool2d/AvgPool2d (relationship null), filled in with this axis's numbers.
 *
 * @example
 * poolFormula({ input: 5, kernel: 3, stride: 1 }).filled // 'o = ⌊(5 − 3) / 1⌋ + 1 = 3'
 * poolFormula({ input: 5, kernel: 2, stride: 2, ceilMode: true }).filled
 * // 'o = ⌈(5 + 2·0 − 1·(2 − 1) − 1) / 2⌉ + 1 = 3'
 */
export function poolFormula(axis: PoolAxisSpec): AxisFormula {
  const { input: i, kernel: k } = axis;
  const s = axis.stride ?? k;
  const p = axis.padding ?? 0;
  const d = axis.dilation ?? 1;
  const value = poolOutputSize(axis);
  if (p === 0 && d === 1 && !axis.ceilMode) {
    return {
      relationship: 7,
      formula: 'o = ⌊(i − k) / s⌋ + 1',
      filled: `o = ⌊(${i} − ${k}) / ${s}⌋ + 1 = ${value}`,
      value,
    };
  }
  const inner = `(${i} + 2·${p} − ${d}·(${k} − 1) − 1) / ${s}`;
  if (!axis.ceilMode) {
    return {
      relationship: null,
      formula: 'o = ⌊(i + 2p − d(k − 1) − 1) / s⌋ + 1',
      filled: `o = ⌊${inner}⌋ + 1 = ${value}`,
      value,
    };
  }
  const rounded = Math.ceil((i + 2 * p - d * (k - 1) - 1) / s) + 1;
  // PyTorch drops a last window that would start in the right padding.
  const dropped = rounded > value ? ' − 1' : '';
  return {
    relationship: null,
    formula:
      'o = ⌈(i + 2p − d(k − 1) − 1) / s⌉ + 1, less 1 when the last window would start in the right padding',
    filled: `o = ⌈${inner}⌉ + 1${dropped} = ${value}`,
    value,
  };
}
