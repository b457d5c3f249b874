// What a step costs React: the planes and their numbers never re-render, and the DOM changes
// in a handful of places (the benchmark holds the same in Chromium: tests/bench/browser.ts).
import { ConvAnimation, TransposedConvAnimation } from '@conv-arithmetic/react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Renders of each static part, counted by wrapping the real (memoised) components. */
const renders = vi.hoisted(() => ({
  InputPlane: 0,
  InputValues: 0,
  OutputPlane: 0,
  OutputValues: 0,
}));
/** Renders of the figure's children that are not memoised: each render of the figure's root renders them. */
const rootRenders = vi.hoisted(() => ({ DiagramPicture: 0, PlaybackControls: 0 }));

type Memo = { type: ComponentType<Record<string, unknown>> };

async function counted<M extends Record<string, unknown>>(
  actual: M,
  names: (keyof typeof renders & keyof M)[],
): Promise<M> {
  const { createElement, memo } = await import('react');
  const wrapped: Record<string, unknown> = { ...actual };
  for (const name of names) {
    const inner = (actual[name] as Memo).type;
    wrapped[name] = memo((props: Record<string, unknown>) => {
      renders[name]++;
      return createElement(inner, props);
    });
  }
  return wrapped as M;
}

async function countedPlain<M extends Record<string, unknown>>(
  actual: M,
  name: keyof typeof rootRenders & keyof M,
): Promise<M> {
  const { createElement } = await import('react');
  const inner = actual[name] as ComponentType<Record<string, unknown>>;
  const wrapped = (props: Record<string, unknown>) => {
    rootRenders[name]++;
    return createElement(inner, props);
  };
  return { ...actual, [name]: wrapped };
}

vi.mock('../../packages/react/src/svg/DiagramSvg', async (importOriginal) =>
  countedPlain(await importOriginal<Record<string, unknown>>(), 'DiagramPicture'),
);
vi.mock('../../packages/react/src/controls/PlaybackControls', async (importOriginal) =>
  countedPlain(await importOriginal<Record<string, unknown>>(), 'PlaybackControls'),
);
vi.mock('../../packages/react/src/svg/InputPlane', async (importOriginal) =>
  counted(await importOriginal<Record<string, unknown>>(), ['InputPlane', 'InputValues']),
);
vi.mock('../../packages/react/src/svg/OutputPlane', async (importOriginal) =>
  counted(await importOriginal<Record<string, unknown>>(), ['OutputPlane', 'OutputValues']),
);

beforeEach(() => {
  for (const key of Object.keys(renders) as (keyof typeof renders)[]) renders[key] = 0;
  rootRenders.DiagramPicture = 0;
  rootRenders.PlaybackControls = 0;
});

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next frame' }));

/** MutationObserver records of one step ("Next frame"), React committing inside fireEvent's act. */
async function mutationsOfStep(container: HTMLElement): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((delivered) => records.push(...delivered));
  observer.observe(container, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  next();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('a step re-renders what moved, not the planes', () => {
  it('the abstract picture: input and output planes render once over 20 steps', () => {
    render(<ConvAnimation input={16} kernel={3} autoPlay={false} />);
    expect(renders.InputPlane).toBe(1);
    expect(renders.OutputPlane).toBe(1);
    for (let i = 0; i < 20; i++) next();
    expect(screen.getByRole('figure')).toHaveAttribute('data-frame', '20');
    expect(renders).toEqual({ InputPlane: 1, InputValues: 0, OutputPlane: 1, OutputValues: 0 });
  });

  it('the numerical picture: planes and their numbers render once over 10 steps', () => {
    render(<ConvAnimation input={5} kernel={3} showValues autoPlay={false} />);
    for (let i = 0; i < 10; i++) next();
    expect(renders).toEqual({ InputPlane: 1, InputValues: 1, OutputPlane: 1, OutputValues: 1 });
  });

  it('a transposed figure steps across its inserted zeros without redrawing them', () => {
    render(
      <TransposedConvAnimation input={6} kernel={3} stride={2} padding={1} autoPlay={false} />,
    );
    for (let i = 0; i < 15; i++) next();
    expect(renders.InputPlane).toBe(1);
    expect(renders.OutputPlane).toBe(1);
  });
});

describe('a step does not re-render the figure', () => {
  for (const [name, element] of [
    ['conv 16×16', <ConvAnimation key="c" input={16} kernel={3} autoPlay={false} />],
    [
      'transposed with numbers and the equation',
      <TransposedConvAnimation
        key="t"
        input={4}
        kernel={3}
        stride={2}
        showValues
        autoPlay={false}
      />,
    ],
  ] as const) {
    it(`${name}: the root, its picture and its controls render once; the frame still moves everywhere`, () => {
      const { container } = render(element);
      const first = { ...rootRenders };
      for (let i = 0; i < 6; i++) next();
      expect(rootRenders).toEqual(first);
      // Everything that shows the frame shows frame 7.
      expect(screen.getByRole('figure')).toHaveAttribute('data-frame', '6');
      expect(container.querySelector('svg[data-frame]')).toHaveAttribute('data-frame', '6');
      expect(container.querySelector('.ca-counter')?.textContent).toMatch(/^frame 7 \//);
      expect(screen.getByRole('slider', { name: 'Frame' })).toHaveValue('7');
      expect(screen.getByRole('slider', { name: 'Frame' })).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^Frame 7 of /),
      );
      expect(container.querySelector('[data-part="live"]')?.textContent).toMatch(/output cell/i);
    });
  }

  it('a play/pause toggle re-renders the root (once), as the controls show the new state', () => {
    render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    const before = rootRenders.PlaybackControls;
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(rootRenders.PlaybackControls).toBeGreaterThan(before);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });
});

describe('DOM mutations per step', () => {
  for (const [name, element] of [
    ['conv 16×16', <ConvAnimation key="c" input={16} kernel={3} autoPlay={false} />],
    [
      'transposed 8×8, stride 2',
      <TransposedConvAnimation key="t" input={8} kernel={3} stride={2} autoPlay={false} />,
    ],
    [
      'conv 5×5 with numbers',
      <ConvAnimation key="n" input={5} kernel={3} showValues equation={false} autoPlay={false} />,
    ],
  ] as const) {
    it(`${name}: at most 12 per step, none inside the planes, no input rewritten for nothing`, async () => {
      const { container } = render(element);
      for (let step = 0; step < 12; step++) {
        const records = await mutationsOfStep(container);
        expect(records.length, `step ${step + 1}`).toBeGreaterThan(0);
        expect(records.length, `step ${step + 1}`).toBeLessThanOrEqual(12);
        for (const record of records) {
          const target =
            record.target instanceof Element ? record.target : record.target.parentElement;
          expect(target?.closest('[data-layer="input"], [data-layer="output"]')).toBeNull();
          // The slider's type and name never change: React rewrote them on each re-render.
          expect(['type', 'name']).not.toContain(record.attributeName);
        }
      }
    });
  }
});
