// Plain Node: require() and import of both packages from their tarballs; core with no DOM.
import { describe, expect, it } from 'vitest';
import { consumer, runScript } from './helpers';

describe('Node, CommonJS and ESM', () => {
  it('require(): core computes with no DOM; react renders to a string', () => {
    const out = runScript(
      consumer('app'),
      'cjs.cjs',
      `
const core = require('@conv-arithmetic/core');
const { paperGallery } = require('@conv-arithmetic/core/gallery');
const { convMatrix } = require('@conv-arithmetic/core/matrix');
const React = require('react');
const { renderToString } = require('react-dom/server');
const { ConvAnimation } = require('@conv-arithmetic/react');
if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM exists');
const html = renderToString(React.createElement(ConvAnimation, { input: 5, kernel: 3 }));
console.log(JSON.stringify({
  size: core.convOutputSize({ input: 5, kernel: 3, stride: 2, padding: 1 }),
  frames: core.transposedConvDiagram({ input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 }).frameCount,
  conv: core.convolve([[1, 2], [3, 4]], [[1]], { padding: 1 })[1],
  error: (() => { try { core.convOutputSize({ input: 2, kernel: 3 }); } catch (e) { return e instanceof core.ConvArithmeticError && e.param; } })(),
  gallery: paperGallery.length,
  entries: convMatrix({ input: 4, kernel: 3 }).entries.length,
  drawn: html.includes('data-frame="0"'),
}));
`,
    );
    expect(JSON.parse(out)).toEqual({
      size: 3,
      frames: 36,
      conv: [0, 1, 2, 0],
      error: 'kernel',
      gallery: 19,
      entries: 36,
      drawn: true,
    });
  });

  it('import: the ESM builds, the same answers', () => {
    const out = runScript(
      consumer('app'),
      'esm.mjs',
      `
import { convDiagram, outputShape, ConvArithmeticError } from '@conv-arithmetic/core';
import { paperGallery } from '@conv-arithmetic/core/gallery';
import { scatterDiagram } from '@conv-arithmetic/core/matrix';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { TransposedConvAnimation, DilatedConvAnimation, classicTheme } from '@conv-arithmetic/react';
const html = renderToString(createElement('div', null,
  createElement(TransposedConvAnimation, { input: 2, kernel: 3, stride: 2 }),
  createElement(DilatedConvAnimation, { input: 7, kernel: 3 })));
console.log(JSON.stringify({
  shape: outputShape({ input: [6, 5], kernel: 3, stride: 2, padding: 1 }),
  frames: convDiagram({ input: 7, kernel: 3, dilation: 2 }).frameCount,
  isError: new ConvArithmeticError('x', 1, 'm') instanceof Error,
  gallery: paperGallery.length,
  stamps: scatterDiagram({ input: 2, kernel: 3, stride: 2 }).frame(0).stamps.length,
  figures: (html.match(/<figure/g) || []).length,
  inputColour: classicTheme.colors.input,
}));
`,
    );
    expect(JSON.parse(out)).toEqual({
      shape: [3, 3],
      frames: 9,
      isError: true,
      gallery: 19,
      stamps: 9,
      figures: 2,
      inputColour: '#268BD2',
    });
  });

  it('React 18 is supported: server rendering of all three components, styled and paused, CJS and ESM', () => {
    const source = (load: string) => `
${load}
const html = renderToString(createElement('div', null,
  createElement(ConvAnimation, { input: 5, kernel: 3, padding: 1, stride: 2 }),
  createElement(TransposedConvAnimation, { input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 }),
  createElement(DilatedConvAnimation, { input: 7, kernel: 3 }),
  createElement(ConvAnimation, { input: 2, kernel: 3 })));
const count = (pattern) => (html.match(pattern) || []).length;
console.log(JSON.stringify({ version, figures: count(/<figure/g), alerts: count(/role="alert"/g),
  // React 18 cannot hoist: each figure and alert carries the stylesheet once, in place, unescaped.
  sheets: count(/<style[^>]*>.ca-figure{/g), escaped: count(/<style[^>]*>[^<]*&[a-z#0-9]+;/g),
  paused: count(/<figure[^>]*data-state="paused"/g), enabled: count(/<(button|select|input)(?![^>]*disabled)[^>]*>/g) }));
`;
    const cjs = runScript(
      consumer('react18'),
      'r18.cjs',
      source(`const { createElement, version } = require('react');
const { renderToString } = require('react-dom/server');
const { ConvAnimation, TransposedConvAnimation, DilatedConvAnimation } = require('@conv-arithmetic/react');`),
    );
    const esm = runScript(
      consumer('react18'),
      'r18.mjs',
      source(`import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';
import { ConvAnimation, TransposedConvAnimation, DilatedConvAnimation } from '@conv-arithmetic/react';`),
    );
    for (const out of [cjs, esm])
      expect(JSON.parse(out)).toEqual({
        version: '18.3.1',
        figures: 3,
        alerts: 1,
        sheets: 4,
        escaped: 0,
        paused: 3,
        enabled: 0,
      });
  });
});
