// Size budgets: gzip bytes of each package as a consumer's bundler ships it (minified, peers and
// core left out of the react figure). Prints the figures.
import { describe, expect, it } from 'vitest';
import {
  SIZE_BUDGETS as BUDGETS,
  gzipSize,
  REACT_PAGE_IMPORTS,
  sizeBreakdown,
} from '../helpers/size';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('size budgets', () => {
  it.each(['core', 'react'] as const)('%s fits its budget', (name) => {
    const entry = `${ROOT}packages/${name}/dist/index.js`;
    const { minified, gzip } = gzipSize(entry, name === 'react' ? REACT_PAGE_IMPORTS : undefined);
    console.log(
      `size: @conv-arithmetic/${name} ${gzip} B gzip (${minified} B minified), budget ${BUDGETS[name]} B`,
    );
    expect(gzip).toBeLessThanOrEqual(BUDGETS[name]);
  });

  it('the react page leaves what loads on use to its own chunks', () => {
    const { modules, minified } = sizeBreakdown(
      `${ROOT}packages/react/src/index.ts`,
      REACT_PAGE_IMPORTS,
    );
    const names = modules.map(({ module }) => module.replace(/^.*packages\/react\/src\//, ''));
    expect(names).toContain('figure/ConvolutionFigure.tsx');
    // The hover highlight, the views, several maps and the downloads' drawing and encoder.
    for (const onUse of [
      'svg/Highlight.tsx',
      'views/ViewBody.tsx',
      'views/ScatterSvg.tsx',
      'channels/ChannelBody.tsx',
      'channels/ChannelSvg.tsx',
      'export/browserDownload.ts',
      'export/figureDownload.ts',
      'export/gifEncoder.ts',
    ])
      expect(names).not.toContain(onUse);
    // Peers and core stay imports: every byte counted is the package's own.
    expect(names.every((name) => /\.tsx?$/.test(name) && !name.includes('node_modules'))).toBe(
      true,
    );
    expect(modules.reduce((sum, { minified: bytes }) => sum + bytes, 0)).toBeLessThanOrEqual(
      minified,
    );
  });

  it('core/gallery is a separate, opt-in entry', () => {
    const { gzip } = gzipSize(`${ROOT}packages/core/dist/gallery.js`);
    console.log(`size: @conv-arithmetic/core/gallery ${gzip} B gzip`);
    expect(gzip).toBeLessThan(1024);
  });

  it('core/channels (stacked convolutions) is a separate, opt-in entry', () => {
    const { gzip } = gzipSize(`${ROOT}packages/core/dist/channels.js`);
    console.log(
      `size: @conv-arithmetic/core/channels ${gzip} B gzip (with the spec code it shares)`,
    );
    expect(gzip).toBeLessThan(3584);
  });

  it('core/matrix (matrix and scatter views) is a separate, opt-in entry', () => {
    const { gzip } = gzipSize(`${ROOT}packages/core/dist/matrices.js`);
    console.log(`size: @conv-arithmetic/core/matrix ${gzip} B gzip (with the spec code it shares)`);
    expect(gzip).toBeLessThan(2560);
  });
});
