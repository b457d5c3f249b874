import type { PlaygroundAnalysis } from './analyse';
import { CopyButton } from './copy';
import type { AxisFormula } from './formula';
import { cliCommand, jsxSnippet } from './snippets';
import type { PlaygroundState } from './state';
import { CODE, HEADING, OUTPUT, PRE } from './styles';

/** The paper's relationship for the output size, filled in (per axis when they differ). */
export function Formula({
  analysis,
  kind,
}: {
  analysis: PlaygroundAnalysis;
  kind: PlaygroundState['kind'];
}) {
  const { rows, cols } = analysis.formulas;
  const oneAxis = rows.filled === cols.filled;
  const line = (formula: AxisFormula, axis: string) => (
    <p key={axis}>
      {formula.relationship !== null
        ? `Relationship ${formula.relationship} of the paper`
        : kind === 'pool'
          ? "The paper's pooling relationship (7) has no padding, dilation or ceil mode; PyTorch computes"
          : 'The paper has no relationship for a dilated transposed convolution; PyTorch computes'}
      {axis && ` (${axis})`}: <code>{formula.formula}</code>
      <br />
      <output data-formula={axis || 'both'} style={OUTPUT}>
        {formula.filled}
      </output>
    </p>
  );
  return (
    <div data-playground-formula="">
      <h2 style={HEADING}>Output size</h2>
      {oneAxis ? line(rows, '') : [line(rows, 'rows'), line(cols, 'cols')]}
      {kind === 'transposed' && analysis.drawn && (
        <p>
          Drawn as a direct convolution with stride 1 over the input with s − 1 zeros inserted
          between cells, padded{' '}
          <code>
            {analysis.drawn.rows === analysis.drawn.cols
              ? analysis.drawn.rows
              : `${analysis.drawn.rows} (rows), ${analysis.drawn.cols} (cols)`}
          </code>
          {analysis.formulas.rows.relationship === 14 || analysis.formulas.cols.relationship === 14
            ? ', plus the output padding a after (bottom and right).'
            : '.'}
        </p>
      )}
    </div>
  );
}

/** A block of code to copy, wrapped to the column. */
function CodeBlock({ name, code }: { name: string; code: string }) {
  return (
    <pre {...{ [`data-playground-${name}`]: '' }} style={PRE}>
      <code style={CODE}>{code}</code>
    </pre>
  );
}

/** The configuration as code: PyTorch, Keras, JSX and the CLI command, each copyable. */
export function Code({
  state,
  analysis,
}: {
  state: PlaygroundState;
  analysis: PlaygroundAnalysis;
}) {
  return (
    <div data-playground-code="">
      <h2 style={HEADING}>PyTorch</h2>
      {analysis.pytorch.code && (
        <>
          <CodeBlock name="pytorch" code={analysis.pytorch.code} />
          <CopyButton label="Copy PyTorch line" text={analysis.pytorch.code} />
        </>
      )}
      {analysis.pytorch.note && <p>{analysis.pytorch.note}</p>}
      <h2 style={HEADING}>Keras</h2>
      {analysis.keras.code && <CodeBlock name="keras" code={analysis.keras.code} />}
      {analysis.keras.note && <p data-playground-keras-note="">{analysis.keras.note}</p>}
      <h2 style={HEADING}>React</h2>
      <CodeBlock name="jsx" code={jsxSnippet(state)} />
      <CopyButton label="Copy JSX" text={jsxSnippet(state)} />
      <h2 style={HEADING}>Command line</h2>
      <CodeBlock name="cli" code={cliCommand(state)} />
      <CopyButton label="Copy CLI command" text={cliCommand(state)} />
      {(state.inputValues || state.kernelValues) && (
        <p>
          The command line prints its default numbers: the numbers you typed need the components.
        </p>
      )}
    </div>
  );
}
