// Readable numbers: weights and values about 0.4 of a cell (≥ 11 px at the default 28 px cell,
// ≥ 18 px in the slide preset), smaller only when the widest number would leave its cell; and
// connectors stop where they pass under the output sheet.
import { ConvAnimation, slideTheme } from '@conv-arithmetic/react';
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const sizeOf = (container: HTMLElement, selector: string) =>
  Number(container.querySelector(selector)?.getAttribute('font-size'));

/** Width in px of a number at `size`, counting digits at 0.64 em (DejaVu Sans, the widest of the usual sans digits). */
const widthOf = (text: string, size: number) =>
  [...text].reduce((sum, c) => sum + (/\d/.test(c) ? 0.64 : c === '.' ? 0.32 : 0.5), 0) * size;

describe('numbers in cells', () => {
  it('at the default cell size: weights, inputs and outputs at least 11 px', () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} showValues autoPlay={false} />,
    );
    expect(sizeOf(container, '[data-part="weights"]')).toBeGreaterThanOrEqual(11);
    expect(sizeOf(container, '[data-layer="input-values"]')).toBeGreaterThanOrEqual(11);
    expect(sizeOf(container, '[data-layer="output-values"]')).toBeGreaterThanOrEqual(11);
  });

  it('the slide preset prints every number at 18 px or more', () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} showValues theme={slideTheme} autoPlay={false} />,
    );
    for (const part of [
      '[data-part="weights"]',
      '[data-layer="input-values"]',
      '[data-layer="output-values"]',
    ])
      expect(sizeOf(container, part)).toBeGreaterThanOrEqual(18);
  });

  it('sizes scale with the cell', () => {
    const small = render(
      <ConvAnimation input={4} kernel={2} showValues cellSize={28} autoPlay={false} />,
    );
    const large = render(
      <ConvAnimation input={4} kernel={2} showValues cellSize={56} autoPlay={false} />,
    );
    const weight = '[data-part="weights"]';
    expect(sizeOf(large.container, weight)).toBeCloseTo(2 * sizeOf(small.container, weight), 1);
  });

  it('property: 3-digit values and weights fit their cells, and a value never shares a line with its weight', () => {
    const value = fc.integer({ min: -999, max: 999 });
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 80 }),
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 }),
        (cell, input, kernel) => {
          const { container, unmount } = render(
            <ConvAnimation
              input={3}
              kernel={2}
              values={{ input, kernel }}
              cellSize={cell}
              layout="flat"
              autoPlay={false}
              controls={false}
              labels={false}
            />,
          );
          const inputSize = sizeOf(container, '[data-layer="input-values"]');
          const weightSize = sizeOf(container, '[data-part="weights"]');
          const outputSize = sizeOf(container, '[data-layer="output-values"]');
          for (const text of container.querySelectorAll('[data-layer="input-values"] text'))
            expect(widthOf(text.textContent ?? '', inputSize)).toBeLessThanOrEqual(cell * 0.87);
          for (const text of container.querySelectorAll('[data-part="weights"] text'))
            expect(widthOf(text.textContent ?? '', weightSize)).toBeLessThanOrEqual(cell * 0.85);
          for (const text of container.querySelectorAll('[data-layer="output-values"] text'))
            expect(widthOf(text.textContent ?? '', outputSize)).toBeLessThanOrEqual(cell * 0.89);
          // Flat layout, frame 0: cell (0, 0) holds a value (centred at y) and a weight (baseline).
          const valueY = Number(
            container.querySelector('[data-layer="input-values"] text')?.getAttribute('y'),
          );
          const weightY = Number(
            container.querySelector('[data-part="weights"] text')?.getAttribute('y'),
          );
          // The value's digits end 0.36 em under its centre; the weight's rise 0.75 em.
          expect(valueY + 0.36 * inputSize).toBeLessThan(weightY - 0.75 * weightSize);
          unmount();
        },
      ),
      { numRuns: 40 },
    );
  });
});
