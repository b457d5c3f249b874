// Hovering an output cell lights up its receptive field; hovering an input cell lights up every
// output cell it feeds. The highlight's drawing loads on the first hover, hence the waits.
import { convDiagram, transposedConvDiagram } from '@conv-arithmetic/core';
import { ConvAnimation, TransposedConvAnimation } from '@conv-arithmetic/react';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

const cell = (container: HTMLElement, plane: string, row: number, col: number) =>
  container.querySelector(
    `[data-plane="${plane}"][data-row="${row}"][data-col="${col}"]`,
  ) as Element;

describe('hover', () => {
  it('an output cell: its receptive field on the input', async () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} stride={2} padding={1} autoPlay={false} />,
    );
    fireEvent.pointerOver(cell(container, 'output', 1, 2));
    await waitFor(() =>
      expect(container.querySelectorAll('[data-part="hovered-output"]')).toHaveLength(1),
    );
    const field = container.querySelectorAll('[data-part="receptive-field"]');
    const expected = convDiagram({ input: 5, kernel: 3, stride: 2, padding: 1 }).frame(5).taps;
    expect(field).toHaveLength(expected.length);
    fireEvent.pointerLeave(container.querySelector('svg[data-frame]') as Element);
    expect(container.querySelector('[data-layer="highlight"]')).toBeNull();
  });

  it('an input cell: every output cell it feeds', async () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    fireEvent.pointerOver(cell(container, 'input', 2, 2));
    await waitFor(() =>
      expect(container.querySelectorAll('[data-part="fed-output"]')).toHaveLength(9),
    );
    fireEvent.pointerOver(cell(container, 'input', 0, 0));
    expect(container.querySelectorAll('[data-part="fed-output"]')).toHaveLength(1);
  });

  it('transposed: an input cell feeds the outputs the core says, whatever the zeros around it', async () => {
    const spec = { input: 2, kernel: 3, stride: 2 };
    const { container } = render(<TransposedConvAnimation {...spec} autoPlay={false} />);
    fireEvent.pointerOver(cell(container, 'input', 2, 2));
    const expected = transposedConvDiagram(spec).framesReading(2, 2).length;
    expect(expected).toBe(9);
    await waitFor(() =>
      expect(container.querySelectorAll('[data-part="fed-output"]')).toHaveLength(expected),
    );
  });

  it('the highlight uses the theme colour', async () => {
    const { container } = render(
      <ConvAnimation
        input={4}
        kernel={3}
        theme={{ colors: { highlight: '#FF00FF' } }}
        autoPlay={false}
      />,
    );
    fireEvent.pointerOver(cell(container, 'output', 0, 0));
    await waitFor(() => expect(container.querySelector('[data-layer="highlight"]')).not.toBeNull());
    expect(container.querySelector('[data-layer="highlight"]')).toHaveAttribute(
      'stroke',
      '#FF00FF',
    );
  });

  it('the outlines, drawn relative to the hovered cell, land exactly on the cells they mark', async () => {
    // Cell sizes whose corners are whole and fractional pixels; direct and transposed.
    for (const [Animation, cellSize, hovered] of [
      [ConvAnimation, 16, ['output', 1, 1]],
      [ConvAnimation, 13.37, ['input', 3, 1]],
      [TransposedConvAnimation, 21.5, ['input', 2, 4]],
      [TransposedConvAnimation, 16, ['output', 4, 3]],
    ] as const) {
      const { container, unmount } = render(
        <Animation input={5} kernel={3} stride={2} cellSize={cellSize} autoPlay={false} />,
      );
      const [plane, row, col] = hovered;
      fireEvent.pointerOver(cell(container, plane, row, col));
      await waitFor(() =>
        expect(container.querySelector('[data-layer="highlight"]')).not.toBeNull(),
      );
      const layer = container.querySelector('[data-layer="highlight"]') as Element;
      const [dx = 0, dy = 0] = (layer.getAttribute('transform')?.match(/-?[\d.]+/g) ?? []).map(
        Number,
      );
      const corners = (points: string | null, x = 0, y = 0) =>
        (points ?? '')
          .split(' ')
          .map((p) => p.split(',').map(Number) as [number, number])
          .map(([px, py]): [number, number] => [px + x, py + y]);
      const planeCorners = [...container.querySelectorAll('[data-plane]')].map((e) =>
        corners(e.getAttribute('points')),
      );
      const outlines = [...layer.querySelectorAll('polygon')];
      expect(outlines.length).toBeGreaterThan(1);
      for (const outline of outlines) {
        const drawn = corners(outline.getAttribute('points'), dx, dy);
        // Some plane cell has these corners, to float rounding.
        const match = planeCorners.some((c) =>
          c.every(
            ([x, y], i) =>
              Math.abs(x - (drawn[i]?.[0] ?? NaN)) < 1e-9 &&
              Math.abs(y - (drawn[i]?.[1] ?? NaN)) < 1e-9,
          ),
        );
        expect(
          match,
          `${outline.getAttribute('data-part')} ${outline.getAttribute('points')}`,
        ).toBe(true);
      }
      unmount();
    }
  });
});
