// frameEquation and spokenEquation: the arithmetic of one frame, for the equation line and the
// live region, checked against the paper's numerical figures (§1.4).
import { convDiagram, poolDiagram, transposedConvDiagram } from '@conv-arithmetic/core';
import {
  createFigureModel,
  type FrameEquation,
  frameEquation,
  frameText,
  spokenEquation,
} from '@conv-arithmetic/react';
import { describe, expect, it } from 'vitest';

const PAPER_INPUT = [
  [3, 3, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [3, 1, 2, 2, 3],
  [2, 0, 0, 2, 2],
  [2, 0, 0, 0, 1],
];

/** The terms as the line shows them, with "…" where some are left out. */
const terms = (e: FrameEquation) => [
  ...e.head.map((t) => t.text),
  ...(e.omitted > 0 ? ['…'] : []),
  ...e.tail.map((t) => t.text),
];

const numbersOf = (kind: 'conv' | 'pool', spec: Record<string, unknown>) => {
  const model = createFigureModel(kind, { ...spec, showValues: true } as never);
  if (!model.numbers) throw new Error('no numbers');
  return model;
};

describe('frameEquation', () => {
  it('Fig 1.1, frame 0: the nine products of input and weight add up to 12', () => {
    const model = numbersOf('conv', { input: 5, kernel: 3 });
    const e = frameEquation(model.diagram, model.numbers!, 0);
    expect(e.op).toBe('sum');
    expect(terms(e).join(' + ')).toBe('3·0 + 3·1 + 2·2 + 0·2 + 0·2 + 1·0 + 3·0 + 1·1 + 2·2');
    expect(e.result).toBe('12');
    expect(e.head.every((t) => t.marked === null)).toBe(true);
  });

  it('Fig 1.1 and Fig 1.2: every frame ends in the paper output', () => {
    const cases = [
      [{ input: 5, kernel: 3 }, [12, 12, 17, 10, 17, 19, 9, 6, 14]],
      [{ input: 5, kernel: 3, padding: 1, stride: 2 }, [6, 17, 3, 8, 17, 13, 6, 4, 4]],
    ] as const;
    for (const [spec, outputs] of cases) {
      const model = numbersOf('conv', spec);
      expect(model.diagram.frameCount).toBe(9);
      for (let f = 0; f < 9; f++) {
        const e = frameEquation(model.diagram, model.numbers!, f);
        expect(e.result).toBe(String(outputs[f]));
        // The sum of the printed products is the printed result.
        const sum = e.head
          .map((t) => t.text.split('·').map(Number))
          .reduce((acc, [x, w]) => acc + (x as number) * (w as number), 0);
        expect(sum).toBe(outputs[f]);
      }
    }
  });

  it('Fig 1.2, frame 0: the five terms over padding are marked, in text too', () => {
    const model = numbersOf('conv', { input: 5, kernel: 3, padding: 1, stride: 2 });
    const e = frameEquation(model.diagram, model.numbers!, 0);
    expect(e.head.filter((t) => t.marked === 'padding')).toHaveLength(5);
    expect(e.head[4]).toEqual({ text: '3·2', marked: null });
    const spoken = spokenEquation(e);
    expect(spoken.match(/0 \(padding\) × /g)).toHaveLength(5);
    expect(spoken).toMatch(/3 × 2 \+ 3 × 0 \+ 0 \(padding\) × 0 .* = 6$/);
  });

  it('Fig 1.6: max(3, 3, 2, 0, 0, 1, 3, 1, 2) = 3, and every frame the paper value', () => {
    const model = numbersOf('pool', { input: 5, kernel: 3, stride: 1, mode: 'max' });
    const first = frameEquation(model.diagram, model.numbers!, 0, 'max');
    expect(first.op).toBe('max');
    expect(terms(first).join(', ')).toBe('3, 3, 2, 0, 0, 1, 3, 1, 2');
    expect(spokenEquation(first)).toBe('max(3, 3, 2, 0, 0, 1, 3, 1, 2) = 3');
    const outputs = [3, 3, 3, 3, 3, 3, 3, 2, 3];
    outputs.forEach((value, f) => {
      const e = frameEquation(model.diagram, model.numbers!, f, 'max');
      expect(e.result).toBe(String(value));
      expect(Math.max(...e.head.map((t) => Number(t.text)))).toBe(value);
    });
  });

  it('Fig 1.5: (3 + 3 + 2 + 0 + 0 + 1 + 3 + 1 + 2) / 9 = 1.7, and every frame the paper value', () => {
    const model = numbersOf('pool', { input: 5, kernel: 3, stride: 1, mode: 'average' });
    const first = frameEquation(model.diagram, model.numbers!, 0, 'average');
    expect(spokenEquation(first)).toBe('(3 + 3 + 2 + 0 + 0 + 1 + 3 + 1 + 2) / 9 = 1.7');
    const outputs = ['1.7', '1.7', '1.7', '1', '1.2', '1.8', '1.1', '0.8', '1.3'];
    outputs.forEach((value, f) => {
      const e = frameEquation(model.diagram, model.numbers!, f, 'average');
      expect(e.result).toBe(value);
      const mean = e.head.reduce((acc, t) => acc + Number(t.text), 0) / e.count;
      expect(mean.toFixed(1)).toBe(Number(value).toFixed(1));
    });
  });

  it('max pooling over padding: padding terms read −∞ and are marked', () => {
    const diagram = poolDiagram({ input: 3, kernel: 3, stride: 1, padding: 1, mode: 'max' });
    const numbers = {
      input: PAPER_INPUT.slice(0, 3).map((r) => r.slice(0, 3)),
      kernel: [],
      output: [[3]],
      padding: -Infinity,
    };
    const e = frameEquation(diagram, numbers, 0, 'max');
    expect(terms(e)).toEqual(['−∞', '−∞', '−∞', '−∞', '3', '3', '−∞', '0', '0']);
    expect(e.head.filter((t) => t.marked === 'padding')).toHaveLength(5);
    expect(spokenEquation(e)).toBe(
      'max(−∞ (padding), −∞ (padding), −∞ (padding), −∞ (padding), 3, 3, −∞ (padding), 0, 0) = 3',
    );
  });

  it('transposed: terms over inserted zeros are marked "inserted"', () => {
    const diagram = transposedConvDiagram({ input: 2, kernel: 3, stride: 2 });
    const numbers = {
      input: [
        [1, 2],
        [3, 4],
      ],
      kernel: [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
      output: [[0]],
    };
    // Frame 1's window covers the inserted zero between the first row's two inputs.
    const e = frameEquation(diagram, numbers, 1);
    const marks = e.head.map((t) => t.marked);
    expect(marks).toContain('inserted');
    expect(marks).toContain('padding');
    expect(spokenEquation(e)).toMatch(/0 \(inserted\) × 1/);
  });

  it('negative numbers get a true minus sign, bracketed after an operator', () => {
    const diagram = convDiagram({ input: 2, kernel: 2 });
    const numbers = {
      input: [
        [-1, 2],
        [3, -4],
      ],
      kernel: [
        [1, -2],
        [0.5, 1],
      ],
      output: [[-7.5]],
    };
    const e = frameEquation(diagram, numbers, 0);
    expect(terms(e)).toEqual(['(−1)·1', '2·(−2)', '3·0.5', '(−4)·1']);
    expect(e.result).toBe('−7.5');
  });

  it('a long window keeps its first 14 and last 2 terms, counting those left out', () => {
    const diagram = convDiagram({ input: 5, kernel: 5 });
    const input = PAPER_INPUT;
    const numbers = { input, kernel: input, output: [[0]] };
    const e = frameEquation(diagram, numbers, 0);
    expect(e.head).toHaveLength(14);
    expect(e.omitted).toBe(9);
    expect(e.tail).toHaveLength(2);
    expect(e.count).toBe(25);
    expect(spokenEquation(e)).toContain('+ … 9 more terms … +');
  });
});

describe('frameText', () => {
  it('says what the frame computes and, with the equation, its arithmetic', () => {
    const model = numbersOf('pool', { input: 5, kernel: 3, stride: 1, mode: 'max' });
    expect(frameText(model, 0)).toBe(
      "Frame 1 of 9: output cell (1, 1) is the maximum of the window's input cells (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3). max(3, 3, 2, 0, 0, 1, 3, 1, 2) = 3.",
    );
    const hidden = createFigureModel('pool', {
      input: 5,
      kernel: 3,
      stride: 1,
      mode: 'average',
      showValues: true,
      equation: false,
    });
    expect(frameText(hidden, 0)).toMatch(
      /is the average of the window's input cells .*\(3, 3\)\.$/,
    );
  });
});
