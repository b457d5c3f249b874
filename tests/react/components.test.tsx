// The three components draw all 15 seed animations exactly as the core's Diagram says.
import { convDiagram, type Diagram, transposedConvDiagram } from '@conv-arithmetic/core';
import { paperGallery } from '@conv-arithmetic/core/gallery';
import {
  ConvAnimation,
  DilatedConvAnimation,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

function countKinds(d: Diagram) {
  const counts = { input: 0, padding: 0, inserted: 0 };
  for (let r = 0; r < d.input.rows; r++)
    for (let c = 0; c < d.input.cols; c++) counts[d.cell(r, c).kind]++;
  return counts;
}

function drawnCells(container: HTMLElement, kind?: string) {
  const selector = kind ? `[data-plane="input"][data-kind="${kind}"]` : '[data-plane="input"]';
  return container.querySelectorAll(selector);
}

describe('the paper gallery through the components', () => {
  for (const entry of paperGallery) {
    // The numerical ones are drawn with values, flat: tests/react/pooling.test.tsx has them.
    if (entry.section === 'numerical') continue;
    it(`${entry.name}: cells, kinds, output and the frame-0 window match the core`, () => {
      const d = entry.kind === 'conv' ? convDiagram(entry.spec) : transposedConvDiagram(entry.spec);
      const element =
        entry.kind === 'transposed' ? (
          <TransposedConvAnimation {...entry.spec} autoPlay={false} />
        ) : entry.section === 'dilated' ? (
          <DilatedConvAnimation {...entry.spec} autoPlay={false} />
        ) : (
          <ConvAnimation {...entry.spec} autoPlay={false} />
        );
      const { container } = render(element);
      const kinds = countKinds(d);
      expect(drawnCells(container)).toHaveLength(d.input.rows * d.input.cols);
      expect(drawnCells(container, 'input')).toHaveLength(kinds.input);
      expect(drawnCells(container, 'padding')).toHaveLength(kinds.padding);
      expect(drawnCells(container, 'inserted')).toHaveLength(kinds.inserted);
      expect(container.querySelectorAll('[data-plane="output"]')).toHaveLength(
        d.output.rows * d.output.cols,
      );
      // Frame 0: one shaded polygon per tap, and the scrubber spans every frame.
      expect(container.querySelectorAll('[data-part="taps"] polygon')).toHaveLength(
        d.kernel.rows * d.kernel.cols,
      );
      const window = d.window(0);
      expect(container.querySelectorAll('[data-part="window"] polygon')).toHaveLength(
        window.rows * window.cols,
      );
      // The four connectors: one path of four "M x,y L x,y" segments.
      const connectors = container.querySelector('[data-part="connectors"] path');
      expect(
        connectors?.getAttribute('d')?.match(/M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+/g),
      ).toHaveLength(4);
      expect(container.querySelector('input[type="range"]')).toHaveAttribute(
        'max',
        String(d.frameCount),
      );
    });
  }
});

describe('component defaults', () => {
  it('DilatedConvAnimation defaults to dilation 2: taps spaced two apart', () => {
    const { container } = render(<DilatedConvAnimation input={7} kernel={3} autoPlay={false} />);
    expect(container.querySelectorAll('[data-part="window"] polygon')).toHaveLength(25);
    expect(container.querySelectorAll('[data-part="taps"] polygon')).toHaveLength(9);
    expect(container.querySelectorAll('[data-plane="output"]')).toHaveLength(9);
  });

  it('TransposedConvAnimation draws inserted zeros distinct from padding, and says so in the legend', () => {
    const { container } = render(
      <TransposedConvAnimation input={2} kernel={3} stride={2} autoPlay={false} />,
    );
    const padding = container.querySelector('[data-kind="padding"]');
    const inserted = container.querySelector('[data-kind="inserted"]');
    expect(padding?.getAttribute('fill')).not.toBe(inserted?.getAttribute('fill'));
    expect(padding?.getAttribute('stroke-dasharray')).not.toBe(
      inserted?.getAttribute('stroke-dasharray'),
    );
    expect(container.querySelector('[data-legend="inserted"]')).toHaveTextContent('inserted zero');
    expect(container.querySelector('[data-legend="padding"]')).toBeInTheDocument();
  });

  it('labels and legend are on by default and labels={false} hides both', () => {
    const { container, rerender } = render(<ConvAnimation input={4} kernel={3} autoPlay={false} />);
    const texts = () => [...container.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(texts()).toEqual(expect.arrayContaining(['input', 'output']));
    expect(container.querySelector('[data-layer="legend"]')).toBeInTheDocument();
    rerender(<ConvAnimation input={4} kernel={3} autoPlay={false} labels={false} />);
    expect(texts()).not.toContain('input');
    expect(container.querySelector('[data-layer="legend"]')).toBeNull();
  });

  it("showValues prints the paper's numbers in a flat layout and the computed output to one decimal", () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} showValues autoPlay={false} />,
    );
    expect(container.querySelector('[data-part="connectors"]')).toBeNull();
    const outputs = [...container.querySelectorAll('[data-layer="output-values"] text')].map(
      (t) => t.textContent,
    );
    expect(outputs).toEqual(['12.0', '12.0', '17.0', '10.0', '17.0', '19.0', '9.0', '6.0', '14.0']);
    const inputs = [...container.querySelectorAll('[data-layer="input-values"] text')].map(
      (t) => t.textContent,
    );
    expect(inputs.slice(0, 5)).toEqual(['3', '3', '2', '1', '0']);
    const weights = [...container.querySelectorAll('[data-part="weights"] text')].map(
      (t) => t.textContent,
    );
    expect(weights).toEqual(['0', '1', '2', '2', '2', '0', '0', '1', '2']);
  });

  it('values={{ input, kernel }} are drawn, padding shows 0, and transposed output is transposedConvolve', () => {
    const { container } = render(
      <TransposedConvAnimation
        input={2}
        kernel={2}
        stride={2}
        values={{
          input: [
            [1, 2],
            [3, 4],
          ],
          kernel: [
            [1, 0],
            [0, 1],
          ],
        }}
        autoPlay={false}
      />,
    );
    const outputs = [...container.querySelectorAll('[data-layer="output-values"] text')].map(
      (t) => t.textContent,
    );
    expect(outputs).toEqual([
      '1.0',
      '0.0',
      '2.0',
      '0.0',
      '0.0',
      '1.0',
      '0.0',
      '2.0',
      '3.0',
      '0.0',
      '4.0',
      '0.0',
      '0.0',
      '3.0',
      '0.0',
      '4.0',
    ]);
  });

  it('title, caption, className and style reach the DOM', () => {
    const { container, getByRole } = render(
      <ConvAnimation
        input={4}
        kernel={3}
        title="My conv"
        caption="Figure 1"
        className="mine"
        style={{ width: 300 }}
        autoPlay={false}
      />,
    );
    expect(getByRole('img', { name: 'My conv' })).toBeInTheDocument();
    expect(container.querySelector('figcaption')).toHaveTextContent('Figure 1');
    const figure = container.querySelector('figure');
    expect(figure).toHaveClass('mine');
    expect(figure).toHaveStyle({ width: '300px' });
  });

  it('cellSize scales the picture', () => {
    const { container, rerender } = render(
      <ConvAnimation input={4} kernel={3} cellSize={20} labels={false} autoPlay={false} />,
    );
    const small = Number(container.querySelector('svg[data-frame]')?.getAttribute('width'));
    rerender(<ConvAnimation input={4} kernel={3} cellSize={40} labels={false} autoPlay={false} />);
    const large = Number(container.querySelector('svg[data-frame]')?.getAttribute('width'));
    expect(large).toBeGreaterThan(small * 1.8);
  });

  it('the default title describes the spec', () => {
    const { getByRole } = render(
      <ConvAnimation input={5} kernel={3} stride={2} padding={1} autoPlay={false} />,
    );
    expect(
      getByRole('img', {
        name: 'Convolution: 5×5 input, 3×3 kernel, stride 2, padding 1 → 3×3 output',
      }),
    ).toBeInTheDocument();
  });
});
