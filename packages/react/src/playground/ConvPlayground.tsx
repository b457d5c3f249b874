'use client';
import { ConvArithmeticError } from '@conv-arithmetic/core';
import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react';
import { ConvAnimation, DilatedConvAnimation, TransposedConvAnimation } from '../animations';
import { ErrorMessage } from '../figure/ErrorMessage';
import { classicTheme } from '../theme/tokens';
import { analysePlayground, type PlaygroundAnalysis } from './analyse';
import { CopyButton } from './copy';
import { MatrixField, PaddingField, PairField } from './fields';
import type { AxisFormula } from './formula';
import { PLAYGROUND_PARAMS, type PlaygroundParam } from './params';
import { cliCommand, jsxSnippet } from './snippets';
import { DEFAULT_PLAYGROUND_STATE, type PlaygroundState } from './state';
import { hasState, searchToState, withState } from './url';

export interface ConvPlaygroundProps {
  /** Where to start (merged over the paper's Figure 2.6); the page URL wins when it has a state. */
  defaultState?: Partial<PlaygroundState> | undefined;
  /** Read the state from the page URL and keep it there as it changes (default true). */
  syncUrl?: boolean | undefined;
}

// Plain CSS under the playground's own attribute: no styled-components factory at module level,
// so a page that only shows a figure tree-shakes this module away.
const CSS = `
[data-conv-playground] { font-family: system-ui, sans-serif; color: #002b36; display: grid; gap: 1em; }
[data-conv-playground] form { display: flex; flex-wrap: wrap; gap: 0.5em 0.75em; align-items: center; }
[data-conv-playground] fieldset {
  display: inline-flex; flex-wrap: wrap; gap: 0.4em 0.8em; align-items: center;
  margin: 0; border: 1px solid #586e75; border-radius: 0.4em;
}
[data-conv-playground] [data-field], [data-conv-playground] [data-copy] {
  display: inline-flex; gap: 0.4em; align-items: center;
}
[data-conv-playground] input[type='number'] { width: 4.5em; }
[data-conv-playground] [data-playground-result] {
  display: flex; flex-wrap: wrap; gap: 1em 2em; align-items: flex-start;
}
[data-conv-playground] [data-playground-result] > div { flex: 1 1 22em; min-width: 0; }
[data-conv-playground] [data-playground-diagram] { flex: 0 1 auto; }
[data-conv-playground] output { display: block; margin-top: 0.3em; font-size: 1.25em; font-weight: 600; }
[data-conv-playground] h2 { font-size: 1.1em; margin: 0.8em 0 0.3em; }
[data-conv-playground] button { font: inherit; padding: 0.2em 0.6em; }
`;

const COMPONENTS = {
  conv: ConvAnimation,
  transposed: TransposedConvAnimation,
  dilated: DilatedConvAnimation,
} as const;

type Checked = { state: PlaygroundState; analysis: PlaygroundAnalysis } | ConvArithmeticError;

function check(state: PlaygroundState): Checked {
  try {
    return { state, analysis: analysePlayground(state) };
  } catch (error) {
    if (error instanceof ConvArithmeticError) return error;
    throw error;
  }
}

/** The page the user sees: the top window's when a docs site frames this one (Storybook). */
function shareableHref(): string {
  try {
    return window.top?.location.href ?? window.location.href;
  } catch {
    return window.location.href;
  }
}

function Control({
  param,
  state,
  set,
}: {
  param: PlaygroundParam;
  state: PlaygroundState;
  set: (patch: Partial<PlaygroundState>) => void;
}) {
  const { control, key, label } = param;
  if (control.type === 'padding') {
    return <PaddingField value={state.padding} onValue={(padding) => set({ padding })} />;
  }
  if (control.type === 'pair') {
    const value = state[key] as readonly [number, number];
    return (
      <PairField label={label} value={value} min={control.min} onValue={(v) => set({ [key]: v })} />
    );
  }
  if (control.type === 'matrix') {
    const value = state[key] as PlaygroundState['inputValues'];
    return <MatrixField label={label} value={value} onValue={(v) => set({ [key]: v })} />;
  }
  if (control.type === 'checkbox') {
    return (
      <label data-field="">
        <input
          type="checkbox"
          checked={state[key] as boolean}
          onChange={(event) => set({ [key]: event.currentTarget.checked })}
        />
        {label}
      </label>
    );
  }
  return (
    <label data-field="">
      {label}
      <select
        value={param.format(state[key] as never)}
        onChange={(event) => set({ [key]: param.parse(event.currentTarget.value) })}
      >
        {control.options.map((option) => (
          <option key={option} value={option}>
            {control.labels?.[option] ?? option}
          </option>
        ))}
      </select>
    </label>
  );
}

function Formula({
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
      {formula.relationship === null
        ? 'The paper has no relationship for a dilated transposed convolution; PyTorch computes'
        : `Relationship ${formula.relationship} of the paper`}
      {axis && ` (${axis})`}: <code>{formula.formula}</code>
      <br />
      <output data-formula={axis || 'both'}>{formula.filled}</output>
    </p>
  );
  return (
    <div data-playground-formula="">
      <h2>Output size</h2>
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

// Inline, so a docs site's own \`pre\` rules (Storybook's among them) cannot unwrap long lines.
const PRE: CSSProperties = {
  margin: '0.3em 0',
  padding: '0.5em',
  background: '#fdf6e3',
  color: '#002b36',
  fontSize: '0.85em',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
};
const CODE: CSSProperties = {
  whiteSpace: 'inherit',
  background: 'none',
  border: 0,
  padding: 0,
  fontSize: 'inherit',
};

/** A block of code to copy, wrapped to the column. */
function CodeBlock({ name, code }: { name: string; code: string }) {
  return (
    <pre {...{ [`data-playground-${name}`]: '' }} style={PRE}>
      <code style={CODE}>{code}</code>
    </pre>
  );
}

/** The configuration as code: PyTorch, Keras, JSX and the CLI command, each copyable. */
function Code({ state, analysis }: { state: PlaygroundState; analysis: PlaygroundAnalysis }) {
  return (
    <div data-playground-code="">
      <h2>PyTorch</h2>
      {analysis.pytorch.code && (
        <>
          <CodeBlock name="pytorch" code={analysis.pytorch.code} />
          <CopyButton label="Copy PyTorch line" text={analysis.pytorch.code} />
        </>
      )}
      {analysis.pytorch.note && <p>{analysis.pytorch.note}</p>}
      <h2>Keras</h2>
      {analysis.keras.code && <CodeBlock name="keras" code={analysis.keras.code} />}
      {analysis.keras.note && <p data-playground-keras-note="">{analysis.keras.note}</p>}
      <h2>React</h2>
      <CodeBlock name="jsx" code={jsxSnippet(state)} />
      <CopyButton label="Copy JSX" text={jsxSnippet(state)} />
      <h2>Command line</h2>
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

/**
 * Every parameter of the library as labelled, keyboard-operable controls; the live diagram; the
 * paper's relationship filled in with the current numbers; the matching PyTorch and Keras lines;
 * copyable JSX, CLI command and PyTorch line; the whole state in the page URL. An invalid
 * combination shows the core's error and keeps the last valid diagram.
 *
 * @example
 * <ConvPlayground defaultState={{ kind: 'transposed', input: [3, 3], outputPadding: [1, 1] }} />
 */
export function ConvPlayground({ defaultState, syncUrl = true }: ConvPlaygroundProps) {
  const [initial] = useState<PlaygroundState>(() => ({
    ...DEFAULT_PLAYGROUND_STATE,
    ...defaultState,
  }));
  const [state, setState] = useState<PlaygroundState>(initial);
  const [link, setLink] = useState('');
  // The URL is read after mount, so server HTML and the first client render agree.
  useEffect(() => {
    if (!syncUrl) return;
    const search = new URLSearchParams(window.location.search);
    if (hasState(search)) setState(searchToState(search, initial));
  }, [syncUrl, initial]);
  // The address changes once the state does (or came from it), not merely on opening the page.
  const edited = useRef(false);
  useEffect(() => {
    if (!syncUrl) return;
    const fromUrl = hasState(new URLSearchParams(window.location.search));
    if (edited.current || fromUrl) {
      window.history.replaceState(window.history.state, '', withState(window.location.href, state));
    }
    setLink(withState(shareableHref(), state));
  }, [syncUrl, state]);

  const checked = useMemo(() => check(state), [state]);
  const lastValid = useRef<Exclude<Checked, ConvArithmeticError> | null>(null);
  if (!(checked instanceof ConvArithmeticError)) lastValid.current = checked;
  const shown = lastValid.current;
  const set = (patch: Partial<PlaygroundState>) => {
    edited.current = true;
    setState((s) => {
      const next = { ...s, ...patch };
      // A dilated figure with dilation 1 would be a plain one: start at the paper's 2.
      const undilated = next.dilation[0] === 1 && next.dilation[1] === 1;
      if (patch.kind === 'dilated' && undilated) next.dilation = [2, 2];
      return next;
    });
  };
  const Figure = shown ? COMPONENTS[shown.state.kind] : null;

  return (
    <section aria-label="Convolution playground" data-conv-playground="">
      <style>{CSS}</style>
      <form onSubmit={(event) => event.preventDefault()} aria-label="Parameters">
        {PLAYGROUND_PARAMS.filter((param) => param.applies(state)).map((param) => (
          <Control key={param.name} param={param} state={state} set={set} />
        ))}
      </form>
      {checked instanceof ConvArithmeticError && (
        <div data-playground-error="">
          <ErrorMessage error={checked} theme={classicTheme} />
          {shown && <p>Still showing the last valid diagram.</p>}
        </div>
      )}
      {shown && Figure && (
        <div data-playground-result="">
          <div data-playground-diagram="">
            <Figure {...shown.analysis.props} />
          </div>
          <div>
            <Formula analysis={shown.analysis} kind={shown.state.kind} />
            <Code state={shown.state} analysis={shown.analysis} />
          </div>
        </div>
      )}
      {syncUrl && link && (
        <p data-playground-link="">
          <a href={link}>Link to this configuration</a> <CopyButton label="Copy link" text={link} />
        </p>
      )}
    </section>
  );
}
