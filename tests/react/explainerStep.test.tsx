// What a step of <TransposedConvExplainer> costs React: the scatter and matrix views' static
// parts (grids, shade, matrix, captions) never re-render, the scatter output re-renders only the
// rows the step changes, and a hover re-renders none of them. The benchmark holds the step's
// time in Chromium (tests/bench/browser.ts, the explainer row).
import { transposedConvDiagram } from '@conv-arithmetic/core';
import { scatterDiagram } from '@conv-arithmetic/core/matrix';
import { TransposedConvExplainer } from '@conv-arithmetic/react/explainer';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import type { ComponentType } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { drawnOf, outputsFed } from '../../packages/react/src/views/links';
import { transposedAxisParams, transposedSpec2d } from '../core/arbitraries';

/** Renders of each part, counted by wrapping the real (memoised) components; rows by index. */
const renders = vi.hoisted(() => ({
  ScatterSources: 0,
  ScatterOverlap: 0,
  ScatterCaptions: 0,
  ScatterOutputRow: 0,
  MatrixGrid: 0,
  MatrixCaptions: 0,
  DiagramPicture: 0,
}));
const rowRenders = vi.hoisted(() => [] as number[]);

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
      if (name === 'ScatterOutputRow') rowRenders.push(props.row as number);
      return createElement(inner, props);
    });
  }
  return wrapped as M;
}

vi.mock('../../packages/react/src/views/ScatterLayers', async (importOriginal) =>
  counted(await importOriginal<Record<string, unknown>>(), [
    'ScatterSources',
    'ScatterOverlap',
    'ScatterCaptions',
    'ScatterOutputRow',
  ]),
);
// The equivalent view's picture (a plain function component): counted around the real one.
vi.mock('../../packages/react/src/svg/DiagramSvg', async (importOriginal) => {
  const { createElement } = await import('react');
  const actual = await importOriginal<Record<string, unknown>>();
  const inner = actual.DiagramPicture as ComponentType<Record<string, unknown>>;
  return {
    ...actual,
    DiagramPicture: (props: Record<string, unknown>) => {
      renders.DiagramPicture++;
      return createElement(inner, props);
    },
  };
});
vi.mock('../../packages/react/src/views/MatrixLayers', async (importOriginal) =>
  counted(await importOriginal<Record<string, unknown>>(), ['MatrixGrid', 'MatrixCaptions']),
);

beforeEach(() => {
  for (const key of Object.keys(renders) as (keyof typeof renders)[]) renders[key] = 0;
  rowRenders.length = 0;
});

/** The benchmark's explainer: a 16×16 output (stride 2, a 3×3 kernel over an 8×8 input). */
const BENCH = { input: 8, kernel: 3, stride: 2, padding: 1, outputPadding: 1 } as const;
const OUTPUT_ROWS = 16;

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next frame' }));
const staticRenders = () => ({
  ScatterSources: renders.ScatterSources,
  ScatterOverlap: renders.ScatterOverlap,
  ScatterCaptions: renders.ScatterCaptions,
  MatrixGrid: renders.MatrixGrid,
  MatrixCaptions: renders.MatrixCaptions,
});
const cell = (root: HTMLElement, plane: string, row: number, col: number) =>
  root.querySelector(`[data-plane="${plane}"][data-row="${row}"][data-col="${col}"]`) as Element;
/** The equivalent picture's highlight loads on first use: wait for it inside act. */
const highlightLoaded = (container: HTMLElement) =>
  waitFor(() =>
    expect(
      container.querySelector('[data-panel="equivalent"] [data-layer="highlight"]'),
    ).not.toBeNull(),
  );
const ONCE = {
  ScatterSources: 1,
  ScatterOverlap: 1,
  ScatterCaptions: 1,
  MatrixGrid: 1,
  MatrixCaptions: 1,
};

describe('a step of the explainer re-renders what moved, not the views’ static parts', () => {
  it('gather order: grids, shade, matrix and captions render once over 20 steps; one output row a step', () => {
    render(<TransposedConvExplainer {...BENCH} autoPlay={false} />);
    expect(renders.ScatterOutputRow).toBe(OUTPUT_ROWS);
    const pictures = renders.DiagramPicture;
    for (let step = 1; step <= 20; step++) {
      const before = rowRenders.length;
      next();
      // Frame `step` fills output cell `step`: its row alone re-renders.
      expect(rowRenders.slice(before)).toEqual([Math.floor(step / OUTPUT_ROWS)]);
    }
    expect(screen.getByRole('figure')).toHaveAttribute('data-frame', '20');
    expect(staticRenders()).toEqual(ONCE);
    expect(renders.DiagramPicture).toBe(pictures);
  });

  it('scatter order: a step re-renders the output rows its stamp fills, no others', async () => {
    const { container } = render(
      <TransposedConvExplainer {...BENCH} order="scatter" autoPlay={false} />,
    );
    await highlightLoaded(container);
    const pictures = renders.DiagramPicture;
    const scatter = scatterDiagram(BENCH);
    for (let step = 1; step <= 20; step++) {
      const before = rowRenders.length;
      next();
      // Without values a cell changes once, when the first stamp fills it: the rows of the
      // cells this stamp reaches first re-render, no others.
      const first = (r: number, c: number) =>
        Math.min(...scatter.arrivals(r, c).map(({ input }) => scatter.frameAt(input[0], input[1])));
      const reached = new Set(
        scatter
          .frame(step)
          .stamps.filter(({ output: [r, c] }) => first(r, c) === step)
          .map((stamp) => stamp.output[0]),
      );
      expect(new Set(rowRenders.slice(before))).toEqual(reached);
      expect(rowRenders.length - before).toBe(reached.size);
    }
    expect(staticRenders()).toEqual(ONCE);
    // The equivalent picture's window and highlight follow the steps inside it.
    expect(renders.DiagramPicture).toBe(pictures);
  });

  it('a hover lights cells in every view without re-rendering any grid or output row', async () => {
    const { container } = render(<TransposedConvExplainer {...BENCH} autoPlay={false} />);
    next();
    const rows = renders.ScatterOutputRow;
    const scatter = container.querySelector('[data-panel="scatter"]') as HTMLElement;
    const matrix = container.querySelector('[data-panel="matrix"]') as HTMLElement;
    for (const [row, col] of [
      [1, 1],
      [3, 4],
    ] as const) {
      fireEvent.pointerOver(cell(scatter, 'input', row, col));
      await highlightLoaded(container);
      const fed = scatter.querySelectorAll('[data-part="lit-output"]').length;
      expect(fed).toBe(scatterDiagram(BENCH).frame(row * BENCH.input + col).stamps.length);
      expect(matrix.querySelectorAll('[data-part="lit-output"]')).toHaveLength(fed);
    }
    fireEvent.pointerOver(cell(matrix, 'output', 5, 6));
    expect(scatter.querySelectorAll('[data-part="lit-output"]')).toHaveLength(1);
    fireEvent.pointerLeave(matrix.querySelector('svg') as SVGSVGElement);
    expect(container.querySelectorAll('[data-part^="lit-"]')).toHaveLength(0);
    expect(renders.ScatterOutputRow).toBe(rows);
    expect(staticRenders()).toEqual(ONCE);
  });
});

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

const elementOf = (record: MutationRecord) =>
  record.target instanceof Element ? record.target : record.target.parentElement;

/** The parts no step may touch: the scatter grids and shade, the matrix, the paper's planes. */
const STATIC = [
  '[data-panel="scatter"] [data-layer="sources"]',
  '[data-panel="scatter"] [data-layer="overlap"]',
  '[data-panel="matrix"] [data-layer="matrix"]',
  '[data-panel="equivalent"] [data-layer="input"]',
  '[data-panel="equivalent"] [data-layer="output"]',
].join(', ');

describe('DOM mutations of an explainer step', () => {
  // Measured: 17–29 a step in gather order (the cell filled, the window, the row of M, the
  // counter and words; the outlines of a cell's stamps and the row's partners are moved or
  // hidden, a write each, where adding and removing them cost more time in fewer records);
  // 26–40 in scatter order (the highlight's outlines move as a group).
  for (const [order, most] of [
    ['gather', 29],
    ['scatter', 40],
  ] as const) {
    it(`${order} order: at most ${most} a step, none in the static parts, no stamp or partner moved alone`, async () => {
      const { container } = render(
        <TransposedConvExplainer {...BENCH} order={order} autoPlay={false} />,
      );
      if (order === 'scatter') await highlightLoaded(container);
      for (let step = 1; step <= 30; step++) {
        const records = await mutationsOfStep(container);
        expect(records.length, `step ${step}`).toBeLessThanOrEqual(most);
        // Gather order: the outlines of the stamps reaching the cell and the row's partners
        // keep their slots (fewer this step are hidden), so nothing is added or removed.
        if (order === 'gather') {
          expect(
            records.filter((record) => record.type === 'childList'),
            `step ${step}`,
          ).toEqual([]);
        }
        for (const record of records) {
          const target = elementOf(record);
          expect(target?.closest(STATIC), `step ${step}`).toBeNull();
          // In scatter order the stamp's marks and the column's partners keep their offsets:
          // their group moves, not each of them.
          if (order === 'scatter' && ['x', 'y'].includes(record.attributeName ?? '')) {
            expect(target?.closest('[data-part="stamp"], [data-part="partner"]')).toBeNull();
          }
          // The equivalent picture's outlines of the cell and the windows reading it move
          // with their group too: none is redrawn.
          if (record.attributeName === 'points') {
            expect(target?.closest('[data-layer="highlight"]'), `step ${step}`).toBeNull();
          }
        }
      }
    });
  }
});

describe('outputsFed (the stamp an input cell scatters, as the live region and hover name it)', () => {
  it('gives each reading frame’s output cell, as diagram.frame(i).output does', () => {
    fc.assert(
      fc.property(
        fc.tuple(transposedAxisParams(6), transposedAxisParams(6)),
        fc.nat(),
        ([r, c], seed) => {
          const diagram = transposedConvDiagram(transposedSpec2d(r, c));
          const index = seed % (diagram.source.rows * diagram.source.cols);
          const [row, col] = [Math.floor(index / diagram.source.cols), index % diagram.source.cols];
          const [drawnRow, drawnCol] = drawnOf(diagram, row, col);
          expect(outputsFed(diagram, row, col)).toEqual(
            diagram.framesReading(drawnRow, drawnCol).map((f) => diagram.frame(f).output),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the scatter output, redrawn row by row, is what a fresh render draws', () => {
  const SPEC = { input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 } as const;
  for (const [order, showValues] of [
    ['gather', true],
    ['scatter', true],
    ['gather', false],
    ['scatter', false],
  ] as const) {
    it(`${order} order ${showValues ? 'with' : 'without'} values: at every frame stepped to, the output matches frame={n}`, () => {
      const { container, unmount } = render(
        <TransposedConvExplainer
          {...SPEC}
          order={order}
          showValues={showValues}
          autoPlay={false}
        />,
      );
      const outputOf = (root: HTMLElement) =>
        root.querySelector('[data-panel="scatter"] [data-layer="output"]')?.outerHTML;
      const count = order === 'gather' ? 36 : 9;
      const stepped: (string | undefined)[] = [];
      for (let frame = 0; frame < count; frame++) {
        stepped.push(outputOf(container));
        next();
      }
      unmount();
      for (let frame = 0; frame < count; frame++) {
        const fresh = render(
          <TransposedConvExplainer {...SPEC} order={order} showValues={showValues} frame={frame} />,
        );
        expect(stepped[frame], `frame ${frame}`).toBe(outputOf(fresh.container));
        fresh.unmount();
      }
    });
  }
});
