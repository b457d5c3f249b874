// Labels, the live region's words, and what assistive technology is told.
import { ConvAnimation, TransposedConvAnimation } from '@conv-arithmetic/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

const live = (container: HTMLElement) =>
  container.querySelector('[data-part="live"]') as HTMLElement;

describe('labels', () => {
  it('every control has an accessible name; the bar is a labelled group', () => {
    render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    for (const name of ['Restart', 'Previous frame', 'Play', 'Next frame']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('slider', { name: 'Frame' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Speed' })).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: /Convolution: 5×5 input.*playback/ }),
    ).toBeInTheDocument();
  });

  it('the picture is one image with a title and a description of the frame', () => {
    render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    const img = screen.getByRole('img', {
      name: /Convolution: 5×5 input, 3×3 kernel → 3×3 output/,
    });
    expect(img).toHaveAccessibleDescription(/Frame 1 of 9: output cell \(1, 1\)/);
  });
});

describe('live region', () => {
  it('says which output cell is computed from which input cells', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    expect(live(container)).toHaveTextContent(
      'Frame 1 of 9: output cell (1, 1) is computed from input cells (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3).',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next frame' }));
    expect(live(container)).toHaveTextContent(
      'Frame 2 of 9: output cell (1, 2) is computed from input cells (1, 2),',
    );
  });

  it('counts padding cells and inserted zeros', () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} padding={1} stride={2} autoPlay={false} />,
    );
    expect(live(container)).toHaveTextContent(
      'Frame 1 of 9: output cell (1, 1) is computed from input cells (1, 1), (1, 2), (2, 1), (2, 2), plus 5 padding cells.',
    );
    const transposed = render(
      <TransposedConvAnimation input={2} kernel={3} stride={2} autoPlay={false} />,
    );
    expect(live(transposed.container)).toHaveTextContent(
      'Frame 1 of 25: output cell (1, 1) is computed from input cell (1, 1), plus 8 padding cells.',
    );
    fireEvent.click(within(transposed.container).getByRole('button', { name: 'Next frame' }));
    expect(live(transposed.container)).toHaveTextContent(
      'output cell (1, 2) is computed from input cell (1, 1), plus 7 padding cells and 1 inserted zero.',
    );
  });

  it('is polite while paused and silent while playing (no announcement every second)', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} />);
    expect(live(container)).toHaveAttribute('aria-live', 'off');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(live(container)).toHaveAttribute('aria-live', 'polite');
    expect(live(container)).toHaveAttribute('aria-atomic', 'true');
  });
});
