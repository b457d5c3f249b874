import type { DiagramNumbers } from '../svg/values';
import { type EquationTerm, equationParts, frameEquation } from './equation';
import type { FigureModel } from './model';

const Term = ({ term }: { term: EquationTerm }) =>
  term.marked ? (
    <span data-marked={term.marked} title={term.marked === 'padding' ? 'padding' : 'inserted zero'}>
      {term.text}
    </span>
  ) : (
    <span>{term.text}</span>
  );

/**
 * The current frame's arithmetic under the picture, terms reading padding (dashed) or inserted
 * zeros (dotted) underlined as those cells are outlined. Hidden from screen readers: the live
 * region says the same in words.
 */
export function EquationLine({
  model,
  numbers,
  frame,
}: {
  model: FigureModel;
  numbers: DiagramNumbers;
  frame: number;
}) {
  const equation = frameEquation(model.diagram, numbers, frame, model.mode);
  const { open, separator, close } = equationParts(equation.op);
  const terms = [...equation.head, ...(equation.omitted > 0 ? [null] : []), ...equation.tail];
  return (
    <p className="ca-equation" aria-hidden="true" data-part="equation" data-op={equation.op}>
      {open}
      {terms.map((term, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: terms are identified by position
        <span key={i}>
          {i > 0 && separator}
          {term ? <Term term={term} /> : '…'}
        </span>
      ))}
      {close}
      {equation.op === 'average' && ` / ${equation.count}`} = <strong>{equation.result}</strong>
    </p>
  );
}
