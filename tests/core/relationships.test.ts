// The report's Relationships 1–15 (shared/reference/conv_arithmetic.md §3), each with the paper's
// worked example, and the numerical figures of §1.4 computed through `convolve`.
import {
  convOutputSize,
  convolve,
  transposedConvOutputSize,
  transposedOutputShape,
} from '@conv-arithmetic/core';
import { describe, expect, it } from 'vitest';
import { expectMatrixClose } from '../helpers/close';

describe('Relationships 1–7: direct convolution and pooling', () => {
  it('1. no padding, unit strides: o = (i − k) + 1 (Fig 2.1: i=4, k=3 → 2; Fig 2.8a: i=5 → 3)', () => {
    expect(convOutputSize({ input: 4, kernel: 3 })).toBe(4 - 3 + 1);
    expect(convOutputSize({ input: 4, kernel: 3 })).toBe(2);
    expect(convOutputSize({ input: 5, kernel: 3 })).toBe(3);
  });

  it('2. zero padding, unit strides: o = (i − k) + 2p + 1 (Fig 2.2: i=5, k=4, p=2 → 6)', () => {
    expect(convOutputSize({ input: 5, kernel: 4, padding: 2 })).toBe(5 - 4 + 2 * 2 + 1);
    expect(convOutputSize({ input: 5, kernel: 4, padding: 2 })).toBe(6);
  });

  it('3. half padding keeps the size for odd k: p = ⌊k/2⌋ → o = i (Fig 2.3: i=5, k=3, p=1 → 5)', () => {
    expect(convOutputSize({ input: 5, kernel: 3, padding: 1 })).toBe(5);
    expect(convOutputSize({ input: 5, kernel: 3, padding: 'same' })).toBe(5);
    for (const k of [1, 3, 5, 7]) {
      expect(convOutputSize({ input: 9, kernel: k, padding: Math.floor(k / 2) })).toBe(9);
    }
  });

  it('4. full padding: p = k − 1 → o = i + (k − 1) (Fig 2.4: i=5, k=3, p=2 → 7)', () => {
    expect(convOutputSize({ input: 5, kernel: 3, padding: 2 })).toBe(7);
    expect(convOutputSize({ input: 5, kernel: 3, padding: 'full' })).toBe(5 + 3 - 1);
  });

  it('5. no padding, strides: o = ⌊(i − k)/s⌋ + 1 (Fig 2.5: i=5, k=3, s=2 → 2)', () => {
    expect(convOutputSize({ input: 5, kernel: 3, stride: 2 })).toBe(Math.floor((5 - 3) / 2) + 1);
    expect(convOutputSize({ input: 5, kernel: 3, stride: 2 })).toBe(2);
  });

  it('6. general case: o = ⌊(i + 2p − k)/s⌋ + 1 (Fig 2.6 → 3; Fig 2.7, i=6 → 3)', () => {
    expect(convOutputSize({ input: 5, kernel: 3, stride: 2, padding: 1 })).toBe(3);
    expect(convOutputSize({ input: 6, kernel: 3, stride: 2, padding: 1 })).toBe(3);
    // The text: when i + 2p − k is a multiple of s, inputs i + a (a < s) give the same o.
    for (const a of [0, 1]) {
      expect(convOutputSize({ input: 5 + a, kernel: 3, stride: 2, padding: 1 })).toBe(3);
    }
  });

  it('7. pooling: o = ⌊(i − k)/s⌋ + 1 (Figs 1.5, 1.6: 3×3 pooling of 5×5, unit strides → 3×3)', () => {
    expect(convOutputSize({ input: 5, kernel: 3, stride: 1 })).toBe(3);
  });
});

describe('Relationships 8–14: transposed convolution (named by the direct convolution)', () => {
  it('8. no padding, unit strides: o′ = i′ + (k − 1) (Fig 4.1: i′=2, k=3 → 4)', () => {
    expect(transposedConvOutputSize({ input: 2, kernel: 3 })).toBe(2 + 3 - 1);
    // …and it equals a fully padded unit-stride convolution.
    expect(transposedConvOutputSize({ input: 2, kernel: 3 })).toBe(
      convOutputSize({ input: 2, kernel: 3, padding: 'full' }),
    );
  });

  it('9. zero padding, unit strides: o′ = i′ + (k − 1) − 2p (Fig 4.2: i′=6, k=4, p=2 → 5)', () => {
    expect(transposedConvOutputSize({ input: 6, kernel: 4, padding: 2 })).toBe(6 + 3 - 4);
    expect(transposedConvOutputSize({ input: 6, kernel: 4, padding: 2 })).toBe(5);
  });

  it('10. half padding, transposed: o′ = i′ (Fig 4.3: i′=5, k=3, p=1 → 5)', () => {
    expect(transposedConvOutputSize({ input: 5, kernel: 3, padding: 1 })).toBe(5);
    expect(transposedConvOutputSize({ input: 5, kernel: 3, padding: 'same' })).toBe(5);
  });

  it('11. full padding, transposed: o′ = i′ − (k − 1) (Fig 4.4: i′=7, k=3, p=2 → 5)', () => {
    expect(transposedConvOutputSize({ input: 7, kernel: 3, padding: 2 })).toBe(7 - 2);
    expect(transposedConvOutputSize({ input: 7, kernel: 3, padding: 'full' })).toBe(5);
  });

  it('12. no padding, strides: o′ = s(i′ − 1) + k (Fig 4.5: i′=2, s=2, k=3 → 5)', () => {
    expect(transposedConvOutputSize({ input: 2, kernel: 3, stride: 2 })).toBe(2 * (2 - 1) + 3);
    expect(transposedConvOutputSize({ input: 2, kernel: 3, stride: 2 })).toBe(5);
  });

  it('13. padding, strides: o′ = s(i′ − 1) + k − 2p (Fig 4.6: i′=3, s=2, k=3, p=1 → 5)', () => {
    expect(transposedConvOutputSize({ input: 3, kernel: 3, stride: 2, padding: 1 })).toBe(
      2 * (3 - 1) + 3 - 2,
    );
    expect(transposedConvOutputSize({ input: 3, kernel: 3, stride: 2, padding: 1 })).toBe(5);
  });

  it('14. odd case: a = (i + 2p − k) mod s, o′ = s(i′ − 1) + a + k − 2p (Fig 4.7 → 6)', () => {
    const a = (6 + 2 * 1 - 3) % 2;
    expect(a).toBe(1);
    const spec = {
      input: 3,
      kernel: 3,
      stride: 2,
      padding: 1,
      outputPadding: a,
    };
    expect(transposedConvOutputSize(spec)).toBe(2 * (3 - 1) + a + 3 - 2);
    expect(transposedConvOutputSize(spec)).toBe(6);
    // The caption's "2×2 input" is an erratum (#18, #32): a 3×3 input gives the 6×6 output.
    expect(transposedOutputShape(spec)).toEqual([6, 6]);
  });
});

describe('Relationship 15: dilated convolution', () => {
  it('15. k̂ = k + (k − 1)(d − 1), o = ⌊(i + 2p − k̂)/s⌋ + 1 (Fig 5.1: i=7, k=3, d=2 → 3)', () => {
    const kHat = 3 + (3 - 1) * (2 - 1);
    expect(kHat).toBe(5);
    expect(convOutputSize({ input: 7, kernel: 3, dilation: 2 })).toBe(
      Math.floor((7 - kHat) / 1) + 1,
    );
    expect(convOutputSize({ input: 7, kernel: 3, dilation: 2 })).toBe(3);
  });
});

describe('the numerical figures (§1.4) through convolve', () => {
  const input = [
    [3, 3, 2, 1, 0],
    [0, 0, 1, 3, 1],
    [3, 1, 2, 2, 3],
    [2, 0, 0, 2, 2],
    [2, 0, 0, 0, 1],
  ];
  const kernel = [
    [0, 1, 2],
    [2, 2, 0],
    [0, 1, 2],
  ];

  it('Fig 1.1: no padding, no strides → 12 12 17 / 10 17 19 / 9 6 14', () => {
    expect(convolve(input, kernel)).toEqual([
      [12, 12, 17],
      [10, 17, 19],
      [9, 6, 14],
    ]);
  });

  it('Fig 1.2: padding 1, stride 2 → 6 17 3 / 8 17 13 / 6 4 4', () => {
    expect(convolve(input, kernel, { padding: 1, stride: 2 })).toEqual([
      [6, 17, 3],
      [8, 17, 13],
      [6, 4, 4],
    ]);
  });

  it('Fig 1.5: 3×3 average pooling is convolve with a 1/9 kernel → 1.7 1.7 1.7 / 1.0 1.2 1.8 / 1.1 0.8 1.3', () => {
    const average = convolve(input, [
      [1 / 9, 1 / 9, 1 / 9],
      [1 / 9, 1 / 9, 1 / 9],
      [1 / 9, 1 / 9, 1 / 9],
    ]);
    expect(average.map((row) => row.map((v) => v.toFixed(1)))).toEqual([
      ['1.7', '1.7', '1.7'],
      ['1.0', '1.2', '1.8'],
      ['1.1', '0.8', '1.3'],
    ]);
    // Exact values are multiples of 1/9 (the window sums).
    expectMatrixClose(
      average.map((row) => row.map((v) => v * 9)),
      [
        [15, 15, 15],
        [9, 11, 16],
        [10, 7, 12],
      ],
    );
  });
});
