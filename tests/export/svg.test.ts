// SVG and PNG exports: well-formed, the right cells, the right frame.
import { convDiagram, transposedConvDiagram } from '@conv-arithmetic/core';
import { renderSvg, svgToPng } from '@conv-arithmetic/export';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

function parse(svg: string): Document {
  const { document } = new JSDOM(svg, { contentType: 'image/svg+xml' }).window;
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

describe('renderSvg', () => {
  it('is a standalone SVG document with every cell of the diagram', () => {
    const spec = { input: 5, kernel: 3, padding: 1, stride: 2 };
    const svg = renderSvg(spec, 4);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    const document = parse(svg);
    const d = convDiagram(spec);
    expect(document.querySelectorAll('[data-plane="input"]')).toHaveLength(
      d.input.rows * d.input.cols,
    );
    expect(document.querySelectorAll('[data-plane="output"]')).toHaveLength(
      d.output.rows * d.output.cols,
    );
    expect(document.querySelectorAll('[data-part="taps"] polygon')).toHaveLength(9);
    expect(document.querySelector('[data-part="current-output"]')?.getAttribute('data-row')).toBe(
      '1',
    );
    expect(document.querySelector('[data-part="current-output"]')?.getAttribute('data-col')).toBe(
      '1',
    );
    expect(document.querySelector('title')?.textContent).toBe(
      'Convolution: 5×5 input, 3×3 kernel, stride 2, padding 1 → 3×3 output',
    );
  });

  it('draws transposed and dilated diagrams, values, and themes as presentation attributes', () => {
    const spec = {
      kind: 'transposed' as const,
      input: 3,
      kernel: 3,
      stride: 2,
      padding: 1,
      outputPadding: 1,
    };
    const document = parse(renderSvg({ ...spec, theme: 'dark', showValues: true }, 0));
    const d = transposedConvDiagram(spec);
    expect(document.querySelectorAll('[data-kind="inserted"]')).toHaveLength(
      d.input.rows * d.input.cols - 9 - document.querySelectorAll('[data-kind="padding"]').length,
    );
    expect(document.querySelectorAll('[data-layer="output-values"] text')).toHaveLength(36);
    expect(document.querySelector('svg > rect')?.getAttribute('fill')).toBe('#002B36');
    const dilated = parse(renderSvg({ kind: 'dilated', input: 7, kernel: 3 }));
    expect(dilated.querySelectorAll('[data-part="window"] polygon')).toHaveLength(25);
  });

  it('rejects a frame out of range and bad specs with ConvArithmeticError', () => {
    expect(() => renderSvg({ input: 4, kernel: 3 }, 4)).toThrow(
      /frame must be an integer from 0 to 3/,
    );
    expect(() => renderSvg({ input: 4, kernel: 5 })).toThrow(/kernel \(effective size 5\)/);
  });
});

describe('svgToPng', () => {
  it('writes a PNG of the SVG size times the scale', () => {
    const svg = renderSvg({ input: 4, kernel: 3 });
    const width = Number(/ width="([\d.]+)"/.exec(svg)?.[1]);
    for (const scale of [1, 2]) {
      const png = svgToPng(svg, { scale });
      expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      const view = new DataView(png.buffer, png.byteOffset);
      expect(Math.abs(view.getUint32(16) - width * scale)).toBeLessThanOrEqual(1);
    }
  });
});
