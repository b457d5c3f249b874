// <PoolingAnimation>: the paper's Figures 1.5 and 1.6 drawn with their values, the words and the
// equation line for each frame, progressive reveal, and the alert naming every bad prop.
import { paperGallery } from '@conv-arithmetic/core/gallery';
import {
  ConvAnimation,
  PoolingAnimation,
  type PoolingAnimationProps,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { INVALID, NON_FINITE_ATTRIBUTE } from './invalidProps';

const texts = (container: HTMLElement, selector: string) =>
  [...container.querySelectorAll(`${selector} text`)].map((t) => t.textContent);
const live = (container: HTMLElement) =>
  container.querySelector('[data-part="live"]')?.textContent ?? '';
const equation = (container: HTMLElement) =>
  container.querySelector('[data-part="equation"]')?.textContent ?? null;

describe('PoolingAnimation', () => {
  it("Fig 1.6 (numerical_max_pooling): the paper's values, flat, 9 frames, no weights", () => {
    const { container } = render(
      <PoolingAnimation mode="max" input={5} kernel={3} stride={1} autoPlay={false} />,
    );
    expect(texts(container, '[data-layer="output-values"]')).toEqual(
      ['3', '3', '3', '3', '3', '3', '3', '2', '3'].map((v) => `${v}.0`),
    );
    expect(texts(container, '[data-layer="input-values"]').slice(0, 5)).toEqual([
      '3',
      '3',
      '2',
      '1',
      '0',
    ]);
    expect(container.querySelector('[data-part="weights"]')).toBeNull();
    expect(container.querySelector('[data-part="connectors"]')).toBeNull(); // flat layout
    expect(container.querySelector('input[type="range"]')).toHaveAttribute('max', '9');
    expect(screen.getByRole('img', { name: 'Max pooling: 5×5 input, 3×3 window → 3×3 output' }));
    expect(container.querySelector('[data-legend="window"]')).toHaveTextContent('pooling window');
    expect(live(container)).toContain("is the maximum of the window's input cells (1, 1)");
    expect(live(container)).toContain('max(3, 3, 2, 0, 0, 1, 3, 1, 2) = 3.');
    expect(equation(container)).toBe('max(3, 3, 2, 0, 0, 1, 3, 1, 2) = 3');
  });

  it('Fig 1.5 (numerical_average_pooling): one decimal, and the average written out', () => {
    const { container } = render(
      <PoolingAnimation mode="average" input={5} kernel={3} stride={1} autoPlay={false} />,
    );
    expect(texts(container, '[data-layer="output-values"]')).toEqual([
      '1.7',
      '1.7',
      '1.7',
      '1.0',
      '1.2',
      '1.8',
      '1.1',
      '0.8',
      '1.3',
    ]);
    expect(equation(container)).toBe('(3 + 3 + 2 + 0 + 0 + 1 + 3 + 1 + 2) / 9 = 1.7');
    expect(live(container)).toContain("is the average of the window's");
  });

  it('the stride defaults to the kernel, as in PyTorch', () => {
    const { container } = render(
      <PoolingAnimation mode="max" input={4} kernel={2} autoPlay={false} />,
    );
    expect(container.querySelectorAll('[data-plane="output"]')).toHaveLength(4);
    expect(screen.getByRole('img', { name: /2×2 window, stride 2 → 2×2 output/ }));
  });

  it('max pooling over padding prints −∞ there, marks those terms, and −∞ never wins', async () => {
    const { container } = render(
      <PoolingAnimation mode="max" input={5} kernel={3} stride={2} padding={1} autoPlay={false} />,
    );
    const padding = texts(container, '[data-layer="input-values"]').slice(0, 7);
    expect(padding).toEqual(Array(7).fill('−∞'));
    expect(container.querySelector('[data-legend="padding"]')).toHaveTextContent(/^padding$/);
    const line = container.querySelector('[data-part="equation"]') as HTMLElement;
    expect(line.querySelectorAll('[data-marked="padding"]')).toHaveLength(5);
    expect(line.textContent).toBe('max(−∞, −∞, −∞, −∞, 3, 3, −∞, 0, 0) = 3');
    expect(live(container)).toContain('max(−∞ (padding), −∞ (padding)');
    expect(live(container)).toContain('plus 5 padding cells');
    // Stepping moves the equation with the frame.
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /next frame/i }));
    expect(line.textContent).toBe('max(−∞, −∞, −∞, 3, 2, 1, 0, 1, 3) = 3');
  });

  it('average pooling over padding counts it: zeros, marked, and the whole window divides', () => {
    const { container } = render(
      <PoolingAnimation
        mode="average"
        input={5}
        kernel={3}
        stride={2}
        padding={1}
        autoPlay={false}
      />,
    );
    expect(equation(container)).toBe('(0 + 0 + 0 + 0 + 3 + 3 + 0 + 0 + 0) / 9 = 0.7');
  });

  it('ceil mode draws the overhanging window whole, reading only what PyTorch reads', () => {
    const { container } = render(
      <PoolingAnimation mode="average" input={5} kernel={2} ceilMode autoPlay={false} frame={8} />,
    );
    expect(container.querySelectorAll('[data-plane="input"]')).toHaveLength(36);
    expect(container.querySelectorAll('[data-part="taps"] polygon')).toHaveLength(1);
    expect(equation(container)).toBe('(1) / 1 = 1');
    expect(screen.getByRole('img', { name: /ceil mode/ }));
  });

  it('showValues={false} draws the paper picture, in perspective, with no equation', () => {
    const { container } = render(
      <PoolingAnimation mode="max" input={5} kernel={3} showValues={false} autoPlay={false} />,
    );
    expect(container.querySelector('[data-layer="output-values"]')).toBeNull();
    expect(container.querySelector('[data-part="connectors"]')).not.toBeNull();
    expect(equation(container)).toBeNull();
  });

  it('values.input is pooled; the output follows it', () => {
    const input = [
      [1, 2],
      [3, 4],
    ];
    const { container } = render(
      <PoolingAnimation mode="average" input={2} kernel={2} values={{ input }} autoPlay={false} />,
    );
    expect(texts(container, '[data-layer="output-values"]')).toEqual(['2.5']);
    expect(equation(container)).toBe('(1 + 2 + 3 + 4) / 4 = 2.5');
  });
});

describe('PoolingAnimation: bad props render the alert naming them', () => {
  const base = { mode: 'max', input: 5, kernel: 3, autoPlay: false } as const;
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['mode="min"', { mode: 'min' }, 'mode', /mode must be 'max' or 'average'/],
    ['no mode', { mode: undefined }, 'mode', /mode/],
    ['ceilMode="yes"', { ceilMode: 'yes' }, 'ceilMode', /true or false/],
    ['padding over half the kernel', { padding: 2 }, 'padding', /at most half the kernel/],
    ["padding='same'", { padding: 'same' }, 'padding', /padding/],
    ['dilation with average', { mode: 'average', dilation: 2 }, 'dilation', /average pooling/],
    ['kernel weights', { values: { kernel: [[1]] } }, 'values.kernel', /no kernel weights/],
    ['a 3×3 values.input for 5×5', { values: { input: [[1]] } }, 'values.input', /1×1/],
    ['reveal="sometimes"', { reveal: 'sometimes' }, 'reveal', /'all' or 'progressive'/],
    ['equation="yes"', { equation: 'yes' }, 'equation', /true or false/],
    ['input past maxGridSize', { input: 70 }, 'input', /maxGridSize/],
    ['kernel past maxGridSize', { input: 70, kernel: 70, maxGridSize: 8 }, 'kernel', /maxGridSize/],
  ];
  it.each(cases)('%s', (_name, extra, param, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const props = { ...base, ...extra } as unknown as PoolingAnimationProps;
    const { container } = render(<PoolingAnimation {...props} />);
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveAttribute('data-param', param);
    expect(alerts[0]).toHaveTextContent(message);
    expect(container.querySelector('svg[data-frame]')).toBeNull();
  });

  it('any invalid prop: exactly one alert naming it, no NaN/Infinity attributes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const invalid = fc
      .constantFrom(...Object.keys(INVALID))
      .chain((name) => (INVALID[name] as fc.Arbitrary<unknown>).map((value) => ({ name, value })));
    fc.assert(
      fc.property(invalid, ({ name, value }) => {
        const props = { ...base, [name]: value } as unknown as PoolingAnimationProps;
        const { container, unmount } = render(<PoolingAnimation {...props} />);
        try {
          const alerts = container.querySelectorAll('[role="alert"]');
          expect(alerts).toHaveLength(1);
          expect(alerts[0]?.getAttribute('data-param')?.startsWith(name)).toBe(true);
          expect(container.innerHTML).not.toMatch(NON_FINITE_ATTRIBUTE);
        } finally {
          unmount();
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the equation line on every component', () => {
  it('ConvAnimation with values shows it (Fig 1.1, frame 0); equation={false} hides it', () => {
    const { container, rerender } = render(
      <ConvAnimation input={5} kernel={3} showValues autoPlay={false} />,
    );
    expect(equation(container)).toBe('3·0 + 3·1 + 2·2 + 0·2 + 0·2 + 1·0 + 3·0 + 1·1 + 2·2 = 12');
    expect(live(container)).toContain('3 × 0 + 3 × 1 + 2 × 2');
    rerender(<ConvAnimation input={5} kernel={3} showValues equation={false} autoPlay={false} />);
    expect(equation(container)).toBeNull();
    expect(live(container)).not.toContain('×');
  });

  it('without values there is no equation; equation alone turns the values on', () => {
    const { container, rerender } = render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    expect(equation(container)).toBeNull();
    rerender(<ConvAnimation input={5} kernel={3} equation autoPlay={false} />);
    expect(equation(container)).toMatch(/= 12$/);
    expect(container.querySelector('[data-layer="output-values"]')).not.toBeNull();
  });

  it('Fig 1.2: the terms over padding are underlined and named for screen readers', () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} padding={1} stride={2} showValues autoPlay={false} />,
    );
    const marked = container.querySelectorAll('[data-part="equation"] [data-marked="padding"]');
    expect([...marked].map((m) => m.textContent)).toEqual(['0·0', '0·1', '0·2', '0·2', '0·0']);
    expect(container.querySelector('[data-part="equation"]')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(live(container)).toContain('0 (padding) × 0 + 0 (padding) × 1');
    expect(equation(container)).toMatch(/= 6$/);
  });

  it('transposed: inserted zeros are marked dotted, apart from padding', () => {
    const { container } = render(
      <TransposedConvAnimation input={2} kernel={3} stride={2} showValues frame={1} />,
    );
    expect(
      container.querySelector('[data-part="equation"] [data-marked="inserted"]'),
    ).not.toBeNull();
    expect(live(container)).toContain('(inserted) ×');
  });
});

describe('reveal="progressive"', () => {
  it('fills output cells only once computed, as the frames go', async () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} showValues reveal="progressive" autoPlay={false} />,
    );
    expect(container.querySelector('[data-layer="output-values"]')).toBeNull();
    expect(texts(container, '[data-part="revealed"]')).toEqual(['12.0']);
    expect(container.querySelectorAll('[data-part="pending"] polygon')).toHaveLength(8);
    const user = userEvent.setup();
    const figure = container.querySelector('figure') as HTMLElement;
    figure.focus();
    await user.keyboard('{ArrowDown}{ArrowRight}'); // frame 4
    expect(texts(container, '[data-part="revealed"]')).toEqual(
      ['12', '12', '17', '10', '17'].map((v) => `${v}.0`),
    );
    expect(container.querySelectorAll('[data-part="pending"] polygon')).toHaveLength(4);
    await user.keyboard('{End}');
    expect(texts(container, '[data-part="revealed"]')).toHaveLength(9);
    expect(container.querySelectorAll('[data-part="pending"] polygon')).toHaveLength(0);
  });

  it('applies to pooling and to the abstract picture too; "all" stays the default', () => {
    const { container, rerender } = render(
      <PoolingAnimation
        mode="max"
        input={5}
        kernel={3}
        stride={1}
        reveal="progressive"
        frame={2}
      />,
    );
    expect(texts(container, '[data-part="revealed"]')).toEqual(['3.0', '3.0', '3.0']);
    rerender(<ConvAnimation input={4} kernel={3} reveal="progressive" frame={0} />);
    expect(container.querySelectorAll('[data-part="pending"] polygon')).toHaveLength(3);
    rerender(<ConvAnimation input={4} kernel={3} frame={0} />);
    expect(container.querySelector('[data-part="pending"]')).toBeNull();
  });
});

describe("the gallery's four numerical animations through the components (§1.4)", () => {
  const outputs: Record<string, string[]> = {
    numerical_no_padding_no_strides: ['12', '12', '17', '10', '17', '19', '9', '6', '14'],
    numerical_padding_strides: ['6', '17', '3', '8', '17', '13', '6', '4', '4'],
    numerical_average_pooling: ['1.7', '1.7', '1.7', '1.0', '1.2', '1.8', '1.1', '0.8', '1.3'],
    numerical_max_pooling: ['3', '3', '3', '3', '3', '3', '3', '2', '3'],
  };
  for (const entry of paperGallery.filter((g) => g.section === 'numerical')) {
    it(`${entry.name}: 9 frames, the paper's values to one decimal, flat`, () => {
      const element =
        entry.kind === 'pool' ? (
          <PoolingAnimation {...entry.spec} autoPlay={false} />
        ) : (
          <ConvAnimation {...entry.spec} showValues autoPlay={false} />
        );
      const { container } = render(element);
      const expected = (outputs[entry.name] ?? []).map((v) => Number(v).toFixed(1));
      expect(texts(container, '[data-layer="output-values"]')).toEqual(expected);
      expect(container.querySelector('input[type="range"]')).toHaveAttribute('max', '9');
      expect(container.querySelector('[data-part="connectors"]')).toBeNull();
      expect(equation(container)).not.toBeNull();
    });
  }
});
