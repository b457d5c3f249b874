// Several input and output maps, groups and depthwise, padding modes and the 1-D strip: what the
// components draw and say, checked against the core's arithmetic.
import { convolve } from '@conv-arithmetic/core';
import { convolveChannels } from '@conv-arithmetic/core/channels';
import {
  ConvAnimation,
  type ConvAnimationProps,
  createFigureModel,
  DilatedConvAnimation,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelNumbers, partialSums } from '../../packages/react/src/channels/channelNumbers';

afterEach(cleanup);

const still = { autoPlay: false, controls: false } as const;

/** Renders a figure and waits for its lazily loaded channel picture. */
async function renderChannels(props: ConvAnimationProps) {
  const view = render(<ConvAnimation {...still} {...props} />);
  await waitFor(() => expect(view.container.querySelector('svg[data-channels]')).not.toBeNull());
  return view;
}

describe('<ConvAnimation inChannels outChannels> (the paper’s Figure 1.3)', () => {
  it('draws two input maps and three output maps, all the input maps lit by the kernel slices', async () => {
    const { container } = await renderChannels({
      input: 4,
      kernel: 3,
      inChannels: 2,
      outChannels: 3,
      defaultFrame: 5,
    });
    expect(container.querySelectorAll('[data-layer="input"][data-channel]')).toHaveLength(2);
    expect(container.querySelectorAll('[data-layer="output"][data-channel]')).toHaveLength(3);
    // Frame 5: output map 2 (4 cells a map), cell (1, 2).
    const current = container.querySelector('[data-part="current-output"]');
    expect(current).toHaveAttribute('data-channel', '1');
    expect(current).toHaveAttribute('data-row', '0');
    expect(current).toHaveAttribute('data-col', '1');
    // 2 maps × 9 taps, each one closed sub-path of the one taps path.
    const taps = container.querySelector('[data-part="taps"]')?.getAttribute('d') ?? '';
    expect(taps.match(/Z/g)).toHaveLength(18);
    expect(container.querySelector('[data-part="other-groups"]')).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('prints each input map’s partial sum, and they add up to the output value', async () => {
    const { container } = await renderChannels({
      input: 4,
      kernel: 3,
      inChannels: 2,
      outChannels: 3,
      showValues: true,
      defaultFrame: 7,
    });
    const partials = [...container.querySelectorAll('[data-part="partials"] text')].map((t) =>
      Number(t.textContent?.replace('→', '').trim()),
    );
    expect(partials).toHaveLength(2);
    const equation = container.querySelector('[data-part="equation"]')?.textContent ?? '';
    const total = Number(equation.match(/= ([\d.]+)/)?.[1]);
    expect(partials[0]! + partials[1]!).toBeCloseTo(total);
    // The total is the core's own convolution of the maps the figure prints.
    const model = createFigureModel('conv', { input: 4, kernel: 3, inChannels: 2, outChannels: 3 });
    const numbers = channelNumbers(model.diagram, model.spec);
    const expected = convolveChannels(numbers.input, numbers.weights);
    expect(total).toBeCloseTo(expected[1]![1]![1]!);
    expect(container.querySelector('[data-part="live"]')?.textContent).toMatch(
      /output map 2, cell \(2, 2\).*map 1 gives .* map 2 gives .* total/,
    );
  });

  it('partial sums add up to the output for any channels, groups, stride, padding and mode', () => {
    const spec = fc
      .record({
        groups: fc.integer({ min: 1, max: 3 }),
        inPer: fc.integer({ min: 1, max: 2 }),
        outPer: fc.integer({ min: 1, max: 2 }),
        input: fc.integer({ min: 3, max: 6 }),
        kernel: fc.integer({ min: 1, max: 3 }),
        stride: fc.integer({ min: 1, max: 2 }),
        dilation: fc.integer({ min: 1, max: 2 }),
        padding: fc.integer({ min: 0, max: 1 }),
        paddingMode: fc.constantFrom('zeros', 'reflect', 'replicate', 'circular' as const),
      })
      .filter((s) => s.dilation * (s.kernel - 1) + 1 <= s.input + 2 * s.padding);
    fc.assert(
      fc.property(spec, (s) => {
        const props = {
          input: s.input,
          kernel: s.kernel,
          stride: s.stride,
          dilation: s.dilation,
          padding: s.padding,
          paddingMode: s.paddingMode,
          groups: s.groups,
          inChannels: s.groups * s.inPer,
          outChannels: s.groups * s.outPer,
        };
        const { diagram, spec: drawn } = createFigureModel('conv', props);
        const numbers = channelNumbers(diagram, drawn);
        for (let frame = 0; frame < diagram.frameCount; frame++) {
          const { outChannel, output } = diagram.frame(frame);
          const sums = partialSums(diagram, numbers, frame);
          expect(sums).toHaveLength(s.inPer);
          const total = sums.reduce((sum, p) => sum + p.sum, 0);
          expect(total).toBeCloseTo(numbers.output[outChannel]![output[0]]![output[1]]!);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('groups', () => {
  it('depthwise: each output map reads its own input map, the others veiled', async () => {
    const { container } = await renderChannels({
      input: 4,
      kernel: 3,
      padding: 1,
      inChannels: 3,
      outChannels: 3,
      groups: 3,
      defaultFrame: 16 + 5,
    });
    const taps = container.querySelector('[data-part="taps"]')?.getAttribute('d') ?? '';
    expect(taps.match(/Z/g)).toHaveLength(9);
    // The veil covers the two other maps: two closed rectangles.
    const veil = container.querySelector('[data-part="other-groups"]')?.getAttribute('d') ?? '';
    expect(veil.match(/Z/g)).toHaveLength(2);
    expect(container.textContent).toContain('input 2 · group 2');
    expect(screen.getByRole('img', { name: /3 → 3 channels.*3 groups/ })).toBeTruthy();
    expect(container.querySelector('[data-part="live"]')?.textContent).toMatch(
      /output map 2, .*reads input map 2 alone/,
    );
  });

  it('pointwise (1×1): one tap on every input map', async () => {
    const { container } = await renderChannels({
      input: 3,
      kernel: 1,
      inChannels: 3,
      outChannels: 2,
      showValues: true,
    });
    const taps = container.querySelector('[data-part="taps"]')?.getAttribute('d') ?? '';
    expect(taps.match(/Z/g)).toHaveLength(3);
    expect(container.querySelectorAll('[data-part="partials"] text')).toHaveLength(3);
  });
});

describe('bad channel props render the alert naming the prop', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['channels not divisible by groups', { inChannels: 3, outChannels: 4, groups: 2 }, 'groups'],
    ['a fractional inChannels', { inChannels: 1.5 }, 'inChannels'],
    ['zero outChannels', { outChannels: 0 }, 'outChannels'],
    ['a string groups', { groups: '2' }, 'groups'],
    ['too many input maps', { inChannels: 200 }, 'inChannels'],
    ['too many output cells', { input: 64, kernel: 1, outChannels: 2 }, 'outChannels'],
    ['an unknown paddingMode', { padding: 1, paddingMode: 'mirror' }, 'paddingMode'],
    ['reflect padding past the input', { input: 3, padding: 3, paddingMode: 'reflect' }, 'padding'],
    ['a perspective picture of channels', { inChannels: 2, layout: 'perspective' }, 'layout'],
    ['a matrix view of channels', { outChannels: 2, view: 'matrix' }, 'view'],
    ['values of one map with channels', { inChannels: 2, values: { input: [[1]] } }, 'values'],
  ];
  it.each(cases)('%s', async (_name, extra, param) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const props = { input: 5, kernel: 3, ...still, ...extra } as unknown as ConvAnimationProps;
    render(<ConvAnimation {...props} />);
    // Checks of the channel picture come with it (loaded on first use), before it draws a map.
    const alert = await screen.findByRole('alert');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(document.querySelector('svg[data-channels]')).toBeNull();
    expect(alert).toHaveAttribute('data-param', param);
    expect(alert.textContent).toContain(param);
  });

  it('refuses a huge channel count at once, from the numbers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const started = performance.now();
    render(<ConvAnimation input={64} kernel={3} inChannels={1e9} {...still} />);
    expect(await screen.findByRole('alert')).toHaveAttribute('data-param', 'inChannels');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a larger maxGridSize lets more maps be drawn', async () => {
    const { container } = render(
      <ConvAnimation input={64} kernel={1} outChannels={2} maxGridSize={128} {...still} />,
    );
    await waitFor(() => expect(container.querySelector('svg[data-channels]')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('channels on the other components', () => {
  it('<DilatedConvAnimation> draws its maps with the taps spaced', async () => {
    const view = render(
      <DilatedConvAnimation input={5} kernel={2} inChannels={2} outChannels={2} {...still} />,
    );
    await waitFor(() => expect(view.container.querySelector('svg[data-channels]')).not.toBeNull());
    expect(view.container.querySelectorAll('[data-layer="input"][data-channel]')).toHaveLength(2);
  });

  it('<TransposedConvAnimation> adds up ConvTranspose2d’s weights over the input maps', async () => {
    const view = render(
      <TransposedConvAnimation
        input={2}
        kernel={2}
        stride={2}
        inChannels={2}
        outChannels={2}
        showValues
        {...still}
      />,
    );
    await waitFor(() => expect(view.container.querySelector('svg[data-channels]')).not.toBeNull());
    const model = createFigureModel('transposed', {
      input: 2,
      kernel: 2,
      stride: 2,
      inChannels: 2,
      outChannels: 2,
    });
    const numbers = channelNumbers(model.diagram, model.spec);
    for (let frame = 0; frame < model.diagram.frameCount; frame++) {
      const { outChannel, output } = model.diagram.frame(frame);
      const total = partialSums(model.diagram, numbers, frame).reduce((s, p) => s + p.sum, 0);
      expect(total).toBeCloseTo(numbers.output[outChannel]![output[0]]![output[1]]!);
    }
  });

  it('one channel given explicitly draws the one-channel picture, unchanged', () => {
    const one = render(<ConvAnimation input={5} kernel={3} {...still} />);
    // React's ids differ from mount to mount; everything else must not.
    const markup = (html: string) => html.replace(/_r_\w+_/g, 'id');
    const before = markup(one.container.innerHTML);
    cleanup();
    const explicit = render(
      <ConvAnimation input={5} kernel={3} inChannels={1} outChannels={1} groups={1} {...still} />,
    );
    expect(markup(explicit.container.innerHTML)).toBe(before);
  });
});

describe('padding modes', () => {
  const input = [
    [3, 3, 2],
    [0, 0, 1],
    [3, 1, 2],
  ];
  const kernel = [
    [0, 1, 2],
    [2, 2, 0],
    [0, 1, 2],
  ];
  const texts = (container: HTMLElement, layer: string) =>
    [...container.querySelectorAll(`[data-layer="${layer}"] text`)].map((t) => t.textContent);

  it('reflect: each padding cell prints the value it copies, and the output is computed from them', () => {
    const { container } = render(
      <ConvAnimation
        input={3}
        kernel={3}
        padding={1}
        paddingMode="reflect"
        values={{ input, kernel }}
        {...still}
      />,
    );
    // The drawn 5×5 grid, row-major: PyTorch's reflect pads mirror about the edge cell.
    const reflect = (i: number) => (i < 0 ? -i : i > 2 ? 4 - i : i);
    const padded = Array.from({ length: 5 }, (_, r) =>
      Array.from({ length: 5 }, (_, c) => input[reflect(r - 1)]![reflect(c - 1)]!),
    );
    expect(texts(container, 'input-values')).toEqual(padded.flat().map(String));
    // The output: the valid convolution of that grid, padded here by hand.
    const expected = convolve(padded, kernel)
      .flat()
      .map((v) => v.toFixed(1));
    expect(texts(container, 'output-values')).toEqual(expected);
    expect(container.textContent).toContain('padding (reflect)');
    expect(screen.getByRole('img', { name: /reflect padding/ })).toBeTruthy();
  });

  it('circular and replicate print their copies by default; showValues={false} turns them off', () => {
    const circular = render(
      <ConvAnimation input={3} kernel={3} padding={1} paddingMode="circular" {...still} />,
    );
    const wrap = (i: number) => (i + 3) % 3;
    const expected = Array.from({ length: 5 }, (_, r) =>
      Array.from({ length: 5 }, (_, c) => [r - 1, c - 1]),
    );
    const printed = texts(circular.container, 'input-values');
    expect(printed).toHaveLength(25);
    // Each padding cell prints what its wrapped-around source cell prints.
    expected.flat().forEach(([r, c], i) => {
      expect(printed[i]).toBe(printed[(wrap(r!) + 1) * 5 + wrap(c!) + 1]);
    });
    cleanup();
    const off = render(
      <ConvAnimation
        input={3}
        kernel={3}
        padding={1}
        paddingMode="replicate"
        showValues={false}
        {...still}
      />,
    );
    expect(off.container.querySelector('[data-layer="input-values"]')).toBeNull();
    expect(off.container.textContent).toContain('padding (replicate)');
  });

  it('zeros: the picture and legend as before', () => {
    const { container } = render(<ConvAnimation input={3} kernel={3} padding={1} {...still} />);
    expect(container.querySelector('[data-layer="input-values"]')).toBeNull();
    expect(container.textContent).toContain('padding (0)');
  });
});

describe('the 1-D strip', () => {
  it('a one-row input is drawn flat with the output strip above, causal padding on the left', () => {
    const { container } = render(
      <ConvAnimation input={[1, 8]} kernel={[1, 3]} padding="causal" dilation={2} {...still} />,
    );
    const cells = [...container.querySelectorAll('[data-plane="input"]')];
    expect(cells).toHaveLength(12);
    expect(cells.slice(0, 4).every((c) => c.getAttribute('data-kind') === 'padding')).toBe(true);
    expect(cells.slice(4).every((c) => c.getAttribute('data-kind') === 'input')).toBe(true);
    // Flat: every cell an axis-aligned square; the output strip above the input strip.
    const top = (selector: string) =>
      Number(container.querySelector(selector)?.getAttribute('points')?.split(/[ ,]/)[1]);
    expect(top('[data-plane="output"]')).toBeLessThan(top('[data-plane="input"]'));
    // Causal: output cell t sits over input cell t (drawn column t + 4).
    const left = (el: Element | null | undefined) =>
      Number(el?.getAttribute('points')?.split(/[ ,]/)[0]);
    const outputs = [...container.querySelectorAll('[data-plane="output"]')];
    expect(outputs).toHaveLength(8);
    expect(left(outputs[3])).toBeCloseTo(left(cells[3 + 4]));
    expect(container.querySelector('[data-part="connectors"]')).not.toBeNull();
  });

  it('layout="1d" draws any input flat with the output above it', () => {
    const { container } = render(<ConvAnimation input={4} kernel={3} layout="1d" {...still} />);
    const top = (selector: string) =>
      Number(container.querySelector(selector)?.getAttribute('points')?.split(/[ ,]/)[1]);
    expect(top('[data-plane="output"]')).toBeLessThan(top('[data-plane="input"]'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('layout="1d" is accepted for a one-row input and keeps its strip', () => {
    const { container } = render(
      <ConvAnimation input={[1, 6]} kernel={[1, 3]} layout="1d" {...still} />,
    );
    expect(container.querySelectorAll('[data-plane="output"]')).toHaveLength(4);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('exports of several maps', () => {
  it('draw the channel picture, frame by frame, at the size the GIF layers give', async () => {
    const { figureLayers, figureSvgElement } = await import('@conv-arithmetic/react/export');
    const { classicTheme } = await import('@conv-arithmetic/react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const model = createFigureModel('conv', {
      input: 4,
      kernel: 3,
      inChannels: 2,
      outChannels: 3,
      showValues: true,
    });
    const markup = renderToStaticMarkup(figureSvgElement(model, 5, classicTheme));
    expect(markup).toContain('data-channels="2→3"');
    expect(markup).toMatch(/output map 2, cell \(1, 2\)/);
    const { size } = figureLayers(model, classicTheme);
    expect(markup).toContain(`width="${size.width}"`);
    expect(markup).toContain(`height="${size.height}"`);
  });

  it('throw the error the alert shows', async () => {
    const { figureSvgElement } = await import('@conv-arithmetic/react/export');
    const { classicTheme } = await import('@conv-arithmetic/react');
    const model = createFigureModel('conv', { input: 64, kernel: 1, outChannels: 2 });
    expect(() => figureSvgElement(model, 0, classicTheme)).toThrow(/outChannels/);
  });
});
