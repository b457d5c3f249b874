// Pooling exports and progressive reveal: GIF frames, values in the SVG, and the gallery's four
// numerical animations with the paper's values (§1.4).
import { paperGallery } from '@conv-arithmetic/core/gallery';
import { gallerySpec, renderGif, renderSvg } from '@conv-arithmetic/export';
import { classicTheme } from '@conv-arithmetic/react';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cellCentre, decodeGif, over, pixel, rgbOf } from './decode';

const outputTexts = (svg: string) => {
  const { document } = new JSDOM(svg, { contentType: 'image/svg+xml' }).window;
  return [...document.querySelectorAll('[data-layer="output-values"] text')].map(
    (t) => t.textContent,
  );
};

function expectNear(actual: string, expected: [number, number, number], tolerance = 3) {
  const got = rgbOf(actual);
  for (let i = 0; i < 3; i++)
    expect(Math.abs((got[i] as number) - expected[i]!)).toBeLessThanOrEqual(tolerance);
}

describe('pooling exports', () => {
  it('max pooling: a GIF of 9 frames, values shown by default, named in the title', async () => {
    const spec = { kind: 'pool', mode: 'max', input: 5, kernel: 3, stride: 1 } as const;
    const gif = decodeGif(await renderGif(spec));
    expect(gif.frames).toHaveLength(9);
    const svg = renderSvg(spec, 0);
    expect(outputTexts(svg)).toEqual(
      ['3', '3', '3', '3', '3', '3', '3', '2', '3'].map((v) => `${v}.0`),
    );
    expect(svg).toMatch(/<title[^>]*>Max pooling: 5×5 input, 3×3 window → 3×3 output<\/title>/);
    expect(svg).not.toContain('data-part="weights"');
    expect(outputTexts(renderSvg({ ...spec, showValues: false }, 0))).toEqual([]);
  });

  it('max pooling over padding prints −∞ in padding cells, never NaN or Infinity', () => {
    const svg = renderSvg({
      kind: 'pool',
      mode: 'max',
      input: 4,
      kernel: 3,
      stride: 2,
      padding: 1,
    });
    expect(svg).toContain('>−∞<');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('bad pooling specs throw naming the field', () => {
    expect(() => renderSvg({ kind: 'pool', mode: 'min' as never, input: 5, kernel: 3 })).toThrow(
      expect.objectContaining({ param: 'mode' }),
    );
    expect(() => renderSvg({ kind: 'pool', mode: 'max', input: 5, kernel: 3, padding: 2 })).toThrow(
      expect.objectContaining({ param: 'padding' }),
    );
  });

  it('progressive reveal: output cells stay empty until their frame, in every GIF frame', async () => {
    const spec = { input: 4, kernel: 3, reveal: 'progressive' } as const;
    const gif = decodeGif(await renderGif(spec));
    expect(gif.frames).toHaveLength(4);
    const { colors } = classicTheme;
    for (let frame = 0; frame < 4; frame++) {
      const svg = renderSvg(spec, frame);
      const image = gif.frames[frame] as Uint8ClampedArray;
      for (let cell = 0; cell < 4; cell++) {
        const at = pixel(image, gif.width, cellCentre(svg, `output:${cell >> 1}:${cell & 1}`));
        if (cell > frame) expect(at, `frame ${frame}, cell ${cell}`).toBe(colors.background);
        else if (cell < frame) expect(at, `frame ${frame}, cell ${cell}`).toBe(colors.output);
        else expectNear(at, over(colors.shade, colors.shadeOpacity, colors.output));
      }
    }
  });
});

describe("the gallery's numerical animations (§1.4)", () => {
  const outputs: Record<string, string[]> = {
    numerical_no_padding_no_strides: ['12', '12', '17', '10', '17', '19', '9', '6', '14'],
    numerical_padding_strides: ['6', '17', '3', '8', '17', '13', '6', '4', '4'],
    numerical_average_pooling: ['1.7', '1.7', '1.7', '1.0', '1.2', '1.8', '1.1', '0.8', '1.3'],
    numerical_max_pooling: ['3', '3', '3', '3', '3', '3', '3', '2', '3'],
  };
  const numerical = paperGallery.filter((g) => g.section === 'numerical');
  it('are the four of the seed generator', () => {
    expect(numerical.map((g) => g.name)).toEqual(Object.keys(outputs));
  });
  for (const entry of numerical) {
    it(`${entry.name}: the paper's values in every frame, flat`, () => {
      const spec = gallerySpec(entry);
      const expected = (outputs[entry.name] ?? []).map((v) => Number(v).toFixed(1));
      for (const frame of [0, 4, 8]) {
        const svg = renderSvg(spec, frame);
        expect(outputTexts(svg)).toEqual(expected);
        expect(svg).not.toContain('data-part="connectors"');
      }
      expect(() => renderSvg(spec, 9)).toThrow(expect.objectContaining({ param: 'frame' }));
    });
  }
});
