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

vi.mock('../../packages/react/src/svg/InputPlane', async (importOriginal) =>
  counted(await importOriginal<Record<string, unknown>>(), ['InputPlane', 'InputValues']),
);
vi.mock('../../packages/react/src/svg/OutputPlane', async (importOriginal) =>
  counted(await importOriginal<Record<string, unknown>>(), ['OutputPlane', 'OutputValues']),
);

beforeEach(() => {
  for (const key of Object.keys(renders) as (keyof typeof renders)[]) renders[key] = 0;
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
