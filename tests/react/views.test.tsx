// The scatter and matrix views of <TransposedConvAnimation view> and <ConvAnimation view="matrix">:
// what each frame draws against the core, stepping, words for screen readers, and bad props.
import { transposedConvolve } from '@conv-arithmetic/core';
import { paperGallery } from '@conv-arithmetic/core/gallery';
import { convMatrix, scatterDiagram, transposedConvMatrix } from '@conv-arithmetic/core/matrix';
import { ConvAnimation, TransposedConvAnimation } from '@conv-arithmetic/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const seeds = paperGallery.filter((entry) => entry.kind === 'transposed');

/** The view's picture, once its lazily loaded code has rendered (the first load compiles it). */
async function picture(container: HTMLElement, view: string): Promise<SVGSVGElement> {
  return waitFor(
    () => {
      const svg = container.querySelector(`svg[data-view="${view}"]`);
      if (!svg) throw new Error(`no ${view} view drawn`);
      return svg as SVGSVGElement;
    },
    { timeout: 15_000 },
  );
}

const live = (container: HTMLElement) => container.querySelector('[data-part="live"]')?.textContent;

describe('<TransposedConvAnimation view="scatter">', () => {
  it('has the seven seed transposed cases', () => expect(seeds).toHaveLength(7));

  for (const entry of seeds) {
    it(`${entry.name}: one frame per input cell; frame 0 draws its stamp; overlap counts match the core`, async () => {
      const d = scatterDiagram(entry.spec);
      const { container } = render(
        <TransposedConvAnimation {...entry.spec} view="scatter" autoPlay={false} />,
      );
      const svg = await picture(container, 'scatter');
      expect(container.querySelector('input[type="range"]')).toHaveAttribute(
        'max',
        String(d.frameCount),
      );
      expect(svg.querySelectorAll('[data-plane="input"]')).toHaveLength(d.frameCount);
      expect(svg.querySelectorAll('[data-plane="output"]')).toHaveLength(
        d.output.rows * d.output.cols,
      );
      expect(svg.querySelectorAll('[data-part="stamp"]')).toHaveLength(d.frame(0).stamps.length);
      const counts = [...svg.querySelectorAll('[data-overlap]')].map((g) =>
        Number(g.getAttribute('data-overlap')),
      );
      const expected: number[] = [];
      for (let r = 0; r < d.output.rows; r++)
        for (let c = 0; c < d.output.cols; c++) expected.push(d.arrivals(r, c).length);
      // Shade only when the overlap is uneven or above one.
      if (Math.max(...expected) > 1) expect(counts).toEqual(expected);
      else expect(counts).toEqual([]);
    });
  }

  it('running sums: after the last frame the output holds transposedConvolve', async () => {
    const spec = { input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 };
    const input = [
      [1, 2, 0],
      [3, 1, 2],
      [0, 1, 1],
    ];
    const kernel = [
      [1, 0, 2],
      [0, 1, 1],
      [2, 1, 0],
    ];
    const { container } = render(
      <TransposedConvAnimation
        {...spec}
        view="scatter"
        values={{ input, kernel }}
        frame={8}
        autoPlay={false}
      />,
    );
    const svg = await picture(container, 'scatter');
    const expected = transposedConvolve(input, kernel, spec).flat();
    const sums = [...svg.querySelectorAll('[data-layer="output"] text')].map((t) =>
      Number(t.textContent),
    );
    // Cells reached by no stamp print nothing; every other prints its sum.
    const reached = [...svg.querySelectorAll('[data-plane="output"]')].map(
      (cell) => cell.getAttribute('data-reached') === 'true',
    );
    expect(sums).toEqual(expected.filter((_, i) => reached[i]));
  });

  it('stepping walks the input cells, and the live region says which cell scatters where', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <TransposedConvAnimation input={2} kernel={3} stride={2} view="scatter" autoPlay={false} />,
    );
    await picture(container, 'scatter');
    expect(live(container)).toBe(
      'Frame 1 of 4: input cell (1, 1) adds its value times the 3×3 kernel to 9 output cells: (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3).',
    );
    await user.click(screen.getByRole('button', { name: /next frame/i }));
    const svg = await picture(container, 'scatter');
    expect(svg.getAttribute('data-frame')).toBe('1');
    const current = svg.querySelector('[data-part="current-input"]');
    expect(current?.getAttribute('x')).toBe(
      svg.querySelectorAll('[data-plane="input"]')[1]?.getAttribute('x'),
    );
    expect(live(container)).toMatch(/^Frame 2 of 4: input cell \(1, 2\)/);
  });
});

describe('view="matrix"', () => {
  for (const entry of seeds) {
    it(`${entry.name}: M drawn with every non-zero entry of transposedConvMatrix`, async () => {
      const m = transposedConvMatrix(entry.spec);
      const { container } = render(
        <TransposedConvAnimation {...entry.spec} view="matrix" autoPlay={false} />,
      );
      const svg = await picture(container, 'matrix');
      expect(svg.querySelectorAll('[data-part="entry"]')).toHaveLength(m.entries.length);
      expect(svg.querySelectorAll('[data-plane="output"]')).toHaveLength(m.rows);
      expect(svg.querySelectorAll('[data-plane="input"]')).toHaveLength(m.cols);
      expect(svg.querySelector('[data-part="current-row"]')?.getAttribute('data-index')).toBe('0');
      // The x cells row 0 reads are marked (the slots a longer row needs wait hidden).
      expect(svg.querySelectorAll('[data-part="partner"]:not([display="none"])')).toHaveLength(
        m.entries.filter((e) => e.row === 0).length,
      );
    });
  }

  it('<ConvAnimation view="matrix">: C of the paper\'s Fig 2.1, weights named w₀₀ … w₂₂, a row a frame', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ConvAnimation input={4} kernel={3} view="matrix" autoPlay={false} />,
    );
    let svg = await picture(container, 'matrix');
    const c = convMatrix({ input: 4, kernel: 3 });
    const labels = [...svg.querySelectorAll('[data-part="entry"] text')].map((t) => t.textContent);
    expect(labels).toHaveLength(c.entries.length);
    expect(labels.slice(0, 3)).toEqual(['w₀₀', 'w₀₁', 'w₀₂']);
    expect(live(container)).toBe(
      'Frame 1 of 4: row 1 of C gives output cell (1, 1): 9 non-zero weights, on input cells (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3).',
    );
    await user.click(screen.getByRole('button', { name: /next frame/i }));
    svg = await picture(container, 'matrix');
    expect(svg.querySelector('[data-part="current-row"]')?.getAttribute('data-index')).toBe('1');
  });

  it('with values, entries print the kernel weights and x, y the numbers', async () => {
    const { container } = render(
      <ConvAnimation input={4} kernel={3} view="matrix" showValues autoPlay={false} />,
    );
    const svg = await picture(container, 'matrix');
    const texts = [...svg.querySelectorAll('[data-part="entry"] text')].map((t) => t.textContent);
    expect(texts.every((t) => /^-?\d+(\.\d)?$/.test(t ?? ''))).toBe(true);
  });
});

describe('bad view props render the alert naming the prop', () => {
  // Each bad prop also logs one development error; expected here, kept off the test output.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('an unknown view', () => {
    render(<TransposedConvAnimation input={3} kernel={3} view={'sideways' as never} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-param', 'view');
    expect(alert).toHaveTextContent("view must be 'equivalent', 'scatter' or 'matrix'");
  });

  it('scatter on a direct convolution', () => {
    render(<ConvAnimation input={5} kernel={3} view="scatter" />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-param', 'view');
    expect(screen.getByRole('alert')).toHaveTextContent(/draws a transposed convolution/);
  });

  it('a matrix beyond the cap, from the numbers alone', () => {
    render(<TransposedConvAnimation input={20} kernel={3} stride={2} view="matrix" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-param', 'input');
    expect(alert).toHaveTextContent(/a 1681×400 matrix, more than the 256 rows or columns/);
  });
});
