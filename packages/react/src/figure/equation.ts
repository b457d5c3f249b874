import type { Diagram, PoolMode } from '@conv-arithmetic/core';
import { formatValue } from '../svg/cellStyle';
import { type DiagramNumbers, drawnValue } from '../svg/values';

/** One term of a frame's equation; `marked` when it reads a padding cell or an inserted zero. */
export interface EquationTerm {
  text: string;
  marked: 'padding' | 'inserted' | null;
}

/**
 * The arithmetic of one frame: `sum` of products (convolutions), `max`, or `average` (the sum
 * over `count` cells, padding included, as PyTorch's count_include_pad). Long windows keep their
 * first and last terms; `omitted` counts the ones between, shown as "…".
 */
export interface FrameEquation {
  op: 'sum' | 'max' | 'average';
  head: EquationTerm[];
  omitted: number;
  tail: EquationTerm[];
  count: number;
  result: string;
}

/** More terms than this are shortened to the first MAX_TERMS − 2, "…", and the last 2. */
export const MAX_TERMS = 16;

/** A number inside an equation: a true minus sign, and negatives in brackets where they follow an operator. */
function shown(value: number, bracket: boolean): string {
  const text = formatValue(value).replace(/^-/, '−');
  return bracket && text.startsWith('−') && value !== Number.NEGATIVE_INFINITY ? `(${text})` : text;
}

/**
 * The equation of frame `index`: each tap's term, in the window's row-major order, and the output
 * value the diagram prints. Pure, for the equation line and the live region.
 *
 * @example
 * frameEquation(convDiagram({ input: 5, kernel: 3 }), numbers, 0).result // "12"
 */
export function frameEquation(
  diagram: Diagram,
  numbers: DiagramNumbers,
  index: number,
  mode?: PoolMode,
): FrameEquation {
  const frame = diagram.frame(index);
  const op = diagram.kind !== 'pool' ? 'sum' : mode === 'max' ? 'max' : 'average';
  const terms = frame.taps.map(({ drawn, kernel }): EquationTerm => {
    const kind = diagram.cell(drawn[0], drawn[1]).kind;
    const value = shown(drawnValue(diagram, numbers, drawn[0], drawn[1]), op !== 'max');
    const weight = numbers.kernel[kernel[0]]?.[kernel[1]] ?? 0;
    return {
      text: op === 'sum' ? `${value}·${shown(weight, true)}` : value,
      marked: kind === 'input' ? null : kind,
    };
  });
  const [row, col] = frame.output;
  const long = terms.length > MAX_TERMS;
  return {
    op,
    head: long ? terms.slice(0, MAX_TERMS - 2) : terms,
    omitted: long ? terms.length - MAX_TERMS : 0,
    tail: long ? terms.slice(-2) : [],
    count: terms.length,
    result: shown(numbers.output[row]?.[col] ?? 0, false),
  };
}

/** The separator between terms, and what wraps the list, by operation. */
export function equationParts(op: FrameEquation['op']) {
  if (op === 'max') return { open: 'max(', separator: ', ', close: ')' };
  return {
    open: op === 'average' ? '(' : '',
    separator: ' + ',
    close: op === 'average' ? ')' : '',
  };
}

/**
 * The equation as words for a screen reader: "×" for "·", each marked term followed by what it
 * is ("0 (padding)"), and the omitted terms counted.
 *
 * @example
 * spokenEquation(frameEquation(d, numbers, 0)) // "3 × 0 + 3 × 1 + … = 12"
 */
export function spokenEquation(equation: FrameEquation): string {
  const { open, separator, close } = equationParts(equation.op);
  const say = (term: EquationTerm) =>
    term.text.replace('·', term.marked ? ` (${term.marked}) × ` : ' × ') +
    (term.marked && equation.op !== 'sum' ? ` (${term.marked})` : '');
  const terms = equation.head.map(say);
  if (equation.omitted > 0)
    terms.push(`… ${equation.omitted} more terms …`, ...equation.tail.map(say));
  const divisor = equation.op === 'average' ? ` / ${equation.count}` : '';
  return `${open}${terms.join(separator)}${close}${divisor} = ${equation.result}`;
}
