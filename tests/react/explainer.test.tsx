// <TransposedConvExplainer>: three views in step under one set of controls, hover lighting
// partners across views, words for screen readers, and bad props.
import { scatterDiagram, transposedConvMatrix } from '@conv-arithmetic/core/matrix';
import { TransposedConvExplainer } from '@conv-arithmetic/react/explainer';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

const FIG_4_7 = { input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 } as const;

const panel = (container: HTMLElement, name: string) => {
  const found = container.querySelector(`[data-panel="${name}"]`);
  if (!found) throw new Error(`no ${name} panel`);
  return found as HTMLElement;
};
const frameOf = (container: HTMLElement, name: string) =>
  panel(container, name).querySelector('svg[data-frame]')?.getAttribute('data-frame');
const live = (container: HTMLElement) => container.querySelector('[data-part="live"]')?.textContent;
/** Shown marks of `part` (outlines a step does not need stay in place, hidden). */
const lit = (root: HTMLElement, part: string) =>
  root.querySelectorAll(`[data-part="${part}"]:not([display="none"])`).length;

describe('<TransposedConvExplainer>', () => {
  it('gather order: one playback steps all three views through the output cells', async () => {
    const user = userEvent.setup();
    const { container } = render(<TransposedConvExplainer {...FIG_4_7} autoPlay={false} />);
    expect(screen.getAllByRole('group', { name: /playback/i })).toHaveLength(1);
    expect(container.querySelector('input[type="range"]')).toHaveAttribute('max', '36');
    for (let step = 0; step < 3; step++) {
      for (const name of ['scatter', 'equivalent', 'matrix']) {
        expect(frameOf(container, name)).toBe(String(step));
      }
      const matrix = panel(container, 'matrix');
      expect(matrix.querySelector('[data-part="current-row"]')?.getAttribute('data-index')).toBe(
        String(step),
      );
      // The scatter view lights the input cells whose stamps reach the output cell.
      const scatter = scatterDiagram(FIG_4_7);
      const [row, col] = [Math.floor(step / 6), step % 6];
      expect(lit(panel(container, 'scatter'), 'arriving-input')).toBe(
        scatter.arrivals(row, col).length,
      );
      expect(lit(matrix, 'partner')).toBe(
        transposedConvMatrix(FIG_4_7).entries.filter((e) => e.row === step).length,
      );
      await user.click(screen.getByRole('button', { name: /next frame/i }));
    }
    expect(live(container)).toMatch(/^Frame 4 of 36: output cell \(1, 4\)\./);
  });

  it('scatter order: frames walk the input cells; the matrix lights a column, the equivalent view the cell', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <TransposedConvExplainer {...FIG_4_7} order="scatter" autoPlay={false} />,
    );
    expect(container.querySelector('input[type="range"]')).toHaveAttribute('max', '9');
    await user.click(screen.getByRole('button', { name: /next frame/i }));
    const matrix = panel(container, 'matrix');
    expect(matrix.querySelector('[data-part="current-column"]')?.getAttribute('data-index')).toBe(
      '1',
    );
    const stamps = scatterDiagram(FIG_4_7).frame(1).stamps.length;
    expect(lit(panel(container, 'scatter'), 'stamp')).toBe(stamps);
    expect(lit(matrix, 'partner')).toBe(stamps);
    // The equivalent picture outlines input cell (1, 2) and every output its windows compute.
    const equivalent = panel(container, 'equivalent');
    // (Its highlight loads on first use.)
    await waitFor(() => expect(lit(equivalent, 'hovered-input')).toBe(1));
    expect(lit(equivalent, 'fed-output')).toBe(stamps);
    expect(live(container)).toMatch(/^Frame 2 of 9: input cell \(1, 2\)\. Its stamp reaches/);
  });

  it('hovering a cell in one view lights its partners in the others', async () => {
    const { container } = render(<TransposedConvExplainer {...FIG_4_7} autoPlay={false} />);
    const scatter = panel(container, 'scatter');
    const input = scatter.querySelector('[data-plane="input"][data-row="1"][data-col="1"]');
    fireEvent.pointerOver(input as Element);
    const fed = scatterDiagram(FIG_4_7).frame(4).stamps.length;
    expect(lit(scatter, 'lit-output')).toBe(fed);
    expect(lit(panel(container, 'matrix'), 'lit-output')).toBe(fed);
    expect(lit(panel(container, 'matrix'), 'lit-input')).toBe(1);
    // The equivalent picture's highlight loads on first use.
    await waitFor(() => expect(lit(panel(container, 'equivalent'), 'fed-output')).toBe(fed));

    // An output cell hovered in the equivalent picture lights the input cells it reads.
    fireEvent.pointerLeave(scatter.querySelector('svg') as Element);
    const equivalent = panel(container, 'equivalent');
    const output = equivalent.querySelector('[data-plane="output"][data-row="2"][data-col="2"]');
    fireEvent.pointerOver(output as Element);
    const reads = scatterDiagram(FIG_4_7).arrivals(2, 2).length;
    expect(lit(scatter, 'lit-input')).toBe(reads);
    expect(lit(panel(container, 'matrix'), 'lit-input')).toBe(reads);
    expect(lit(scatter, 'lit-output')).toBe(1);
  });

  it('keyboard: arrows step every view, Down moves one output row', async () => {
    const user = userEvent.setup();
    const { container } = render(<TransposedConvExplainer {...FIG_4_7} autoPlay={false} />);
    const figure = container.querySelector('figure') as HTMLElement;
    figure.focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    for (const name of ['scatter', 'equivalent', 'matrix'])
      expect(frameOf(container, name)).toBe('7');
    expect(figure).toHaveAccessibleName(/scatter, equivalent convolution and matrix views in step/);
  });

  it('with values, the words give the output value', () => {
    const { container } = render(
      <TransposedConvExplainer
        input={2}
        kernel={2}
        values={{
          input: [
            [1, 2],
            [3, 4],
          ],
          kernel: [
            [1, 1],
            [1, 1],
          ],
        }}
        autoPlay={false}
        frame={4}
      />,
    );
    expect(live(container)).toBe(
      "Frame 5 of 9: output cell (2, 2). The equivalent convolution's window reads input cells (1, 1), (1, 2), (2, 1), (2, 2); in the scatter view the stamps of the same cells reach it, summing to 10; in the matrix it is row 5 of M.",
    );
  });

  it.each([
    [{ order: 'sideways' }, 'order', "order must be 'gather' or 'scatter'"],
    [{ input: 20 }, 'input', 'matrix, more than the 256 rows or columns'],
    [{ kernel: 0 }, 'kernel', 'kernel must be at least 1'],
  ])('%j renders the alert naming %s', (props, param, message) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<TransposedConvExplainer {...FIG_4_7} {...(props as object)} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-param', param);
    expect(alert).toHaveTextContent(message);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(`invalid props: ${param}:`));
    logged.mockRestore();
  });
});
