// Bad props never take the page down: an inline alert with the core's message, one console
// error, no render loop, and recovery when the props are fixed.
import { convDiagram } from '@conv-arithmetic/core';
import {
  ConvAnimation,
  classicTheme,
  DiagramSvg,
  DilatedConvAnimation,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';

const cases: [string, () => ReactElement, string, RegExp][] = [
  [
    'kernel < 1',
    () => <ConvAnimation input={5} kernel={0} />,
    'kernel',
    /kernel must be at least 1, got 0/,
  ],
  [
    'NaN stride',
    () => <ConvAnimation input={5} kernel={3} stride={Number.NaN} />,
    'stride',
    /stride must be an integer, got NaN/,
  ],
  [
    'fractional input',
    () => <ConvAnimation input={4.5} kernel={3} />,
    'input',
    /input must be an integer, got 4.5/,
  ],
  [
    'negative padding',
    () => <ConvAnimation input={5} kernel={3} padding={-1} />,
    'padding',
    /at least 0, got -1/,
  ],
  [
    'unknown padding mode',
    () => <ConvAnimation input={5} kernel={3} padding={'half' as never} />,
    'padding',
    /"half"/,
  ],
  [
    'kernel larger than the padded input',
    () => <DilatedConvAnimation input={4} kernel={3} />,
    'kernel',
    /effective size 5\) is larger than the padded input \(4\)/,
  ],
  [
    'outputPadding too large',
    () => <TransposedConvAnimation input={3} kernel={3} stride={2} outputPadding={2} />,
    'outputPadding',
    /smaller than max\(stride, dilation\)/,
  ],
  [
    'transposed padding too large',
    () => <TransposedConvAnimation input={5} kernel={3} padding={3} />,
    'padding',
    /larger than dilation·\(kernel−1\)/,
  ],
  [
    'a grid wider than 64 cells',
    () => <ConvAnimation input={70} kernel={3} />,
    'input',
    /70×70 grid.*more than maxGridSize \(64\)/,
  ],
  [
    'a grid wider than a custom maxGridSize',
    () => <ConvAnimation input={12} kernel={3} maxGridSize={10} />,
    'input',
    /maxGridSize \(10\)/,
  ],
  [
    'values.input of the wrong shape',
    () => (
      <ConvAnimation
        input={5}
        kernel={3}
        values={{
          input: [
            [1, 2],
            [3, 4],
          ],
        }}
      />
    ),
    'values.input',
    /2×2 but the spec needs 5×5/,
  ],
  [
    'values.kernel of the wrong shape',
    () => <ConvAnimation input={5} kernel={3} values={{ kernel: [[1]] }} />,
    'values.kernel',
    /1×1 but the spec needs 3×3/,
  ],
  [
    'ragged values',
    () => <ConvAnimation input={2} kernel={1} values={{ input: [[1, 2], [3]] }} />,
    'values.input',
    /rectangular/,
  ],
  [
    'non-finite values',
    () => <ConvAnimation input={1} kernel={1} values={{ input: [[Number.POSITIVE_INFINITY]] }} />,
    'values.input',
    /finite/,
  ],
];

describe('each bad-prop class renders an inline alert', () => {
  for (const [name, element, param, message] of cases) {
    it(name, () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <main>
          <p>Before</p>
          {element()}
          <p>After</p>
        </main>,
      );
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(message);
      expect(alert).toHaveAttribute('data-param', param);
      expect(alert.textContent).toContain(param);
      expect(screen.getByText('Before')).toBeInTheDocument();
      expect(screen.getByText('After')).toBeInTheDocument();
      expect(screen.queryByRole('img')).toBeNull();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]?.[0])).toContain(param);
    });
  }
});

describe('after the alert', () => {
  it('re-renders with the same bad props log nothing more (no loop, no spam)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(<ConvAnimation input={5} kernel={0} />);
    rerender(<ConvAnimation input={5} kernel={0} />);
    rerender(<ConvAnimation input={5} kernel={0} />);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('fixing the props brings the diagram back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(<ConvAnimation input={5} kernel={0} autoPlay={false} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('img')).toBeInTheDocument();
  });
});

describe('the composable pieces', () => {
  it('DiagramSvg with a frame out of range renders the alert instead of throwing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const diagram = convDiagram({ input: 4, kernel: 3 });
    for (const frame of [4, -1, 1.5, Number.NaN]) {
      const { unmount } = render(
        <DiagramSvg diagram={diagram} frame={frame} theme={classicTheme} title="t" />,
      );
      expect(screen.getByRole('alert')).toHaveTextContent(/frame must be an integer from 0 to 3/);
      expect(screen.getByRole('alert')).toHaveAttribute('data-param', 'frame');
      unmount();
    }
    expect(error).toHaveBeenCalledTimes(4);
  });
});
