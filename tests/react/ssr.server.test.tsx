// @vitest-environment node
// Server rendering with no window at all: the first frame is drawn on the server.
import {
  ConvAnimation,
  DilatedConvAnimation,
  PoolingAnimation,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it } from 'vitest';

describe('renderToString without a window', () => {
  it('has no window or document here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('draws frame 0 of all three components, styled, inside a host that collects its own styles', () => {
    const sheet = new ServerStyleSheet();
    const html = renderToString(
      sheet.collectStyles(
        <>
          <ConvAnimation input={5} kernel={3} padding={1} stride={2} />
          <TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} outputPadding={1} />
          <DilatedConvAnimation input={7} kernel={3} />
        </>,
      ),
    );
    // The figures bring their stylesheet in the HTML itself, once; the host's sheet still works.
    expect(html.match(/<style[^>]*>\.ca-figure\{/g)).toHaveLength(1);
    expect(html.match(/data-frame="0"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html.match(/data-part="taps"/g)).toHaveLength(3);
    expect(html).toContain('Frame 1 of 9: output cell (1, 1)');
    expect(sheet.getStyleTags()).toBeTypeOf('string');
    sheet.seal();
  });

  it('draws pooling with its values, the equation line and progressive reveal', () => {
    const html = renderToString(
      <PoolingAnimation
        mode="max"
        input={5}
        kernel={3}
        stride={1}
        padding={1}
        reveal="progressive"
      />,
    );
    expect(html).toContain('data-frame="0"');
    expect(html).toContain('Max pooling: 5×5 input, 3×3 window, padding 1 → 5×5 output');
    expect(html).toMatch(/data-part="equation"[^>]*>max\(/);
    expect(html.match(/data-part="pending"/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('renders the alert, not a crash, for bad props on the server', () => {
    const html = renderToString(<ConvAnimation input={2} kernel={3} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('kernel (effective size 3) is larger than the padded input (2) on rows');
  });
});
