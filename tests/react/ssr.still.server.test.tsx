// @vitest-environment node
// Server HTML with no host setup: styled by the figures themselves (renderToString and the
// streaming renderer), and a paused still whose controls are disabled until hydration.
import { PassThrough } from 'node:stream';
import {
  ConvAnimation,
  ConvThemeProvider,
  DilatedConvAnimation,
  PoolingAnimation,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import type { ReactNode } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

/** The whole HTML the streaming renderer writes for `node`. */
function streamed(node: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new PassThrough();
    let html = '';
    sink.on('data', (chunk) => {
      html += String(chunk);
    });
    sink.on('end', () => resolve(html));
    const { pipe } = renderToPipeableStream(node, {
      onAllReady: () => pipe(sink),
      onError: reject,
    });
  });
}

const page = (
  <html lang="en">
    <head>
      <title>Notes</title>
    </head>
    <body>
      <ConvAnimation input={5} kernel={3} padding={1} stride={2} />
      <TransposedConvAnimation input={3} kernel={3} stride={2} defaultFrame={4} />
      <DilatedConvAnimation input={7} kernel={3} download />
    </body>
  </html>
);

/** Every opening tag of an element, with its attributes. */
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];

describe('styles in server HTML with no host setup', () => {
  it('renderToString: one stylesheet for every figure, hoisted ahead of them', () => {
    const html = renderToString(
      <>
        <ConvAnimation input={5} kernel={3} />
        <PoolingAnimation mode="max" input={4} kernel={2} />
      </>,
    );
    const styles = tags(html, 'style');
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain('data-href="conv-arithmetic"');
    expect(html.indexOf('<style')).toBeLessThan(html.indexOf('<figure'));
    // The box, the controls and the visually hidden text are all styled by it.
    for (const rule of ['.ca-figure{', '.ca-bar{', '.ca-button{', '.ca-select{', '.ca-sr{']) {
      expect(html).toContain(rule);
    }
    expect(html).toContain('clip:rect(0 0 0 0)');
  });

  it('renderToPipeableStream: a whole document gets the stylesheet in its head, once', async () => {
    const html = await streamed(page);
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(tags(head, 'style')).toHaveLength(1);
    expect(head).toContain('.ca-figure{');
    expect(tags(html, 'style')).toHaveLength(1);
    expect(tags(html, 'figure')).toHaveLength(3);
  });

  it('the stylesheet text is written as it is (nothing escaped)', () => {
    const html = renderToString(<ConvAnimation input={5} kernel={3} />);
    const css = html.slice(html.indexOf('>', html.indexOf('<style')) + 1, html.indexOf('</style>'));
    expect(css).not.toMatch(/&[#a-z0-9]+;/i);
    expect(css).toContain(':is([data-theme=dark],.dark) .ca-auto{color-scheme:dark;');
  });

  it("an invalid prop's alert is styled too", () => {
    const html = renderToString(<ConvAnimation input={5} kernel={3} fps={0} />);
    expect(html).toMatch(/<div role="alert" class="ca-error"/);
    expect(html).toContain('.ca-error{');
  });
});

describe('a still before hydration', () => {
  it('each figure is paused at its default frame (or 0), whatever autoPlay says', async () => {
    const html = await streamed(page);
    const figures = tags(html, 'figure');
    expect(figures.map((tag) => tag.match(/data-state="(\w+)"/)?.[1])).toEqual([
      'paused',
      'paused',
      'paused',
    ]);
    expect(figures.map((tag) => tag.match(/data-frame="(\d+)"/)?.[1])).toEqual(['0', '4', '0']);
    expect(renderToString(<ConvAnimation input={5} kernel={3} autoPlay />)).toContain(
      'data-state="paused"',
    );
  });

  it('no control is enabled: buttons, scrubber, speed menu and downloads are disabled', async () => {
    const html = await streamed(page);
    const controls = [...tags(html, 'button'), ...tags(html, 'input'), ...tags(html, 'select')];
    // 3 figures × (4 buttons, scrubber, menu), and the dilated one's 2 downloads.
    expect(controls).toHaveLength(20);
    for (const control of controls) expect(control).toMatch(/ disabled=""/);
    expect(tags(html, 'button').filter((tag) => tag.includes('aria-label="Pause"'))).toEqual([]);
    expect(tags(html, 'button').filter((tag) => tag.includes('aria-label="Play"'))).toHaveLength(3);
  });

  it('the frame sentence and the speed label are visually hidden', () => {
    const html = renderToString(<ConvAnimation input={5} kernel={3} padding={1} stride={2} />);
    expect(html).toMatch(/<span [^>]*class="ca-sr"[^>]*>Frame 1 of 9: output cell \(1, 1\)/);
    expect(html).toMatch(/<label class="ca-sr"[^>]*>Speed<\/label>/);
  });

  it('theme="auto" in a provider: the figure carries the auto class and both colour sets', () => {
    const html = renderToString(
      <ConvThemeProvider theme="auto">
        <ConvAnimation input={5} kernel={3} />
      </ConvThemeProvider>,
    );
    const figure = tags(html, 'figure')[0] ?? '';
    expect(figure).toContain('class="ca-figure ca-auto"');
    expect(figure).toContain('--ca-light-background:#FFFFFF');
    expect(figure).toContain('--ca-dark-background:#002B36');
    expect(html).toContain('fill="var(--ca-input, #1F78B6)"');
  });
});
