'use client';
import { ConvArithmeticError } from '@conv-arithmetic/core';
import { type ComponentType, useEffect, useMemo, useRef, useState } from 'react';
import { ConvAnimation, DilatedConvAnimation, TransposedConvAnimation } from '../animations';
import { PoolingAnimation } from '../pooling';
import { ErrorMessage } from '../theme/ErrorMessage';
import { classicTheme } from '../theme/tokens';
import { analysePlayground, type PlaygroundAnalysis } from './analyse';
import { Control } from './controls';
import { CopyButton } from './copy';
import { Code, Formula } from './output';
import { PLAYGROUND_PARAMS } from './params';
import { DEFAULT_PLAYGROUND_STATE, type PlaygroundState } from './state';
import { DIAGRAM, FORM, PANEL, RESULT, ROOT } from './styles';
import { hasState, searchToState, withState } from './url';

export interface ConvPlaygroundProps {
  /** Where to start (merged over the paper's Figure 2.6); the page URL wins when it has a state. */
  defaultState?: Partial<PlaygroundState> | undefined;
  /** Read the state from the page URL and keep it there as it changes (default true). */
  syncUrl?: boolean | undefined;
}

// The props of a checked state suit its component (a pooling's carry its mode and pair padding).
const COMPONENTS = {
  conv: ConvAnimation,
  transposed: TransposedConvAnimation,
  dilated: DilatedConvAnimation,
  pool: PoolingAnimation,
} as unknown as Record<PlaygroundState['kind'], ComponentType<PlaygroundAnalysis['props']>>;

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
      // A direct convolution only gathers: scatter is a transposed one's view.
      if (next.kind !== 'transposed' && next.view === 'scatter') next.view = 'equivalent';
      // A pooling's numbers are the point (its component shows them by default).
      if (patch.kind === 'pool' && s.kind !== 'pool') next.values = true;
      return next;
    });
  };
  const Figure = shown ? COMPONENTS[shown.state.kind] : null;

  return (
    <section aria-label="Convolution playground" data-conv-playground="" style={ROOT}>
      <form onSubmit={(event) => event.preventDefault()} aria-label="Parameters" style={FORM}>
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
        <div data-playground-result="" style={RESULT}>
          <div data-playground-diagram="" style={DIAGRAM}>
            <Figure {...shown.analysis.props} />
          </div>
          <div style={PANEL}>
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
