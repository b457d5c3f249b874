'use client';
import type { ConvArithmeticError } from '@conv-arithmetic/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { styled } from 'styled-components';
import { InsideFigure } from '../controls/insideFigure';
import { PlaybackControls } from '../controls/PlaybackControls';
import { handleKey } from '../figure/ConvolutionFigure';
import { type FigureModel, requireMatrixFits } from '../figure/model';
import type { AnimationOptions } from '../figure/props';
import type { FigureSpec } from '../figure/spec';
import { useFigureDriver } from '../figure/useConvolutionFigure';
import { mapFrames, useFrameAttribute, WithFrame } from '../frameSource';
import { DiagramPicture } from '../svg/DiagramSvg';
import type { HoverTarget } from '../svg/Highlight';
import { rootClass, themeVariables } from '../theme/cssVariables';
import { ErrorMessage } from '../theme/ErrorMessage';
import { FigureStyles } from '../theme/FigureStyles';
import { VisuallyHidden } from '../theme/VisuallyHidden';
import type { FigureOrder } from '../views/kind';
import { drawnOf, sourceAt } from '../views/links';
import { MatrixSvg } from '../views/MatrixSvg';
import { ScatterSvg } from '../views/ScatterSvg';
import { litOf, sameCell, type ViewCell } from '../views/viewLit';
import { explainText } from './explainText';

export interface TransposedConvExplainerProps
  extends Omit<AnimationOptions, 'download' | 'downloadName'>,
    FigureSpec {
  /**
   * What one frame is, in all three views: an output cell (`gather`, default: the paper's
   * order, the equivalent convolution's window) or an input cell (`scatter`: its stamp).
   */
  order?: FigureOrder | undefined;
}

const Root = styled.figure`
  display: inline-block;
  max-width: 100%;
  margin: 0;
  padding: 0.25em;
  border-radius: 0.4em;
  background: var(--ca-background);
  color: var(--ca-text);
  font-family: var(--ca-font);
  &:focus-visible {
    outline: 3px solid var(--ca-focus);
    outline-offset: 2px;
  }
  figcaption {
    margin-top: 0.4em;
    font-size: var(--ca-control-size);
  }
`;

const Panels = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 0.75em;
`;

const Panel = styled.div`
  min-width: 0;
  & > p {
    margin: 0 0 0.25em;
    font-size: var(--ca-control-size);
    font-weight: 600;
  }
`;

// Parts that never change, made once: a step's render leaves them alone.
const STYLES = <FigureStyles />;
const HEADINGS = {
  scatter: <p>Scatter: each input cell stamps the kernel</p>,
  equivalent: <p>Equivalent convolution (the paper)</p>,
  matrix: <p>Matrix: y = M·x</p>,
};

/** A drawn cell of the equivalent picture as the cell of the convolution it shows, if any. */
function viewCellOf(model: FigureModel, target: HoverTarget | null): ViewCell | null {
  if (!target) return null;
  if (target.plane === 'output') return target;
  const cell = model.diagram.cell(target.row, target.col);
  return cell.kind === 'input'
    ? { plane: 'input', row: cell.source[0], col: cell.source[1] }
    : null;
}

/** The same cell as the equivalent picture draws it (input cells on the stretched grid). */
function drawnTarget(model: FigureModel, cell: ViewCell): HoverTarget {
  if (cell.plane === 'output') return cell;
  const [row, col] = drawnOf(model.diagram, cell.row, cell.col);
  return { plane: 'input', row, col };
}

/** Where the equivalent picture stands for frame `frame` of the order. */
function equivalentFrame(model: FigureModel, frame: number, order: FigureOrder): number {
  if (order === 'gather') return frame;
  const [row, col] = drawnOf(
    model.diagram,
    Math.floor(frame / model.diagram.source.cols),
    frame % model.diagram.source.cols,
  );
  return model.diagram.framesReading(row, col)[0] ?? 0;
}

/**
 * A transposed convolution three ways, in step: the scatter view (each input cell stamps the
 * kernel onto the output), the paper's equivalent direct convolution, and the matrix y = M·x.
 * One set of playback controls drives all three; `order` walks output cells (`gather`) or input
 * cells (`scatter`). Hovering a cell in any view lights its partners in every view; stepping
 * (arrow keys) does the same for keyboard and screen-reader users, whose live region says what
 * each view shows.
 *
 * @example
 * <TransposedConvExplainer input={3} kernel={3} stride={2} padding={1} outputPadding={1} order="scatter" />
 */
export function TransposedConvExplainer(props: TransposedConvExplainerProps) {
  const order: FigureOrder = props.order === 'scatter' ? 'scatter' : 'gather';
  // One props object per render of the caller's: a step (our own state) keeps it, so the figure
  // does not check and key the props again.
  const figureProps = useMemo(
    () => ({
      ...props,
      view: order === 'scatter' ? ('scatter' as const) : ('equivalent' as const),
    }),
    [props, order],
  );
  const figure = useFigureDriver('transposed', figureProps);
  const { model, theme, playback, title } = figure;
  const variables = useMemo(() => themeVariables(theme), [theme]);
  const rootStyle = useMemo(() => ({ ...variables, ...props.style }), [variables, props.style]);
  const [hover, setHover] = useState<ViewCell | null>(null);
  const matrixError = useMemo((): ConvArithmeticError | null => {
    try {
      if (model) requireMatrixFits(model.diagram, props.input);
      return null;
    } catch (error) {
      return error as ConvArithmeticError;
    }
  }, [model, props.input]);
  // The figure logs its own problems; the matrix cap is the explainer's, logged the same way.
  const matrixMessage = matrixError && `${matrixError.param}: ${matrixError.message}`;
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && matrixMessage)
      console.error(`conv-arithmetic: invalid props: ${matrixMessage}`);
  }, [matrixMessage]);
  // Stable handlers and lit cells: a step leaves them alone, so the views' memoised parts skip.
  const update = useCallback(
    (cell: ViewCell | null) => setHover((now) => (sameCell(now, cell) ? now : cell)),
    [],
  );
  const onEquivalentHover = useCallback(
    (target: HoverTarget | null) => {
      if (model) update(viewCellOf(model, target));
    },
    [model, update],
  );
  const lit = useMemo(() => (model && hover ? litOf(model, hover) : null), [model, hover]);
  // A step re-renders what each view draws of the frame (inside WithFrame), and the words;
  // the root's and the views' data-frame are written directly.
  const { frames } = playback;
  useFrameAttribute(figure.rootRef, frames);
  const hovered = useMemo(
    () => (model && hover ? drawnTarget(model, hover) : null),
    [model, hover],
  );
  // The equivalent picture's frame for each of ours (its window; in scatter order the first
  // window reading the input cell), and in scatter order its highlight: the frame's input cell
  // and the windows reading it, unless a hover leads.
  const equivalentFrames = useMemo(
    () =>
      model && order === 'scatter'
        ? mapFrames(frames, (f) => equivalentFrame(model, f, order))
        : frames,
    [model, order, frames],
  );
  const followed = useMemo(
    () =>
      model && order === 'scatter'
        ? {
            frames,
            at: (frame: number) => {
              const [row, col] = sourceAt(model.diagram, frame);
              return drawnTarget(model, { plane: 'input', row, col });
            },
          }
        : undefined,
    [model, order, frames],
  );
  const error = figure.error ?? matrixError;
  if (error || !model) return error ? <ErrorMessage error={error} theme={theme} /> : null;

  const labels = props.labels ?? true;
  const common = { model, theme, order, cellSize: props.cellSize, labels, lit };
  const keys = order === 'scatter' ? 'input' : 'output';

  return (
    <Root
      ref={figure.rootRef as React.RefObject<HTMLElement>}
      className={rootClass('ca-explainer', theme, props.className)}
      style={rootStyle}
      tabIndex={0}
      aria-label={`${title}: scatter, equivalent convolution and matrix views in step. Space plays or pauses; arrow keys move between ${keys} cells; Home and End jump to the first and last.`}
      data-state={playback.status}
      data-frame={frames.get()}
      data-order={order}
      onKeyDown={(event) => handleKey(event, figure)}
    >
      {STYLES}
      <Panels>
        <Panel role="group" aria-label="Scatter view" data-panel="scatter">
          {HEADINGS.scatter}
          <ScatterSvg
            {...common}
            frame={frames.get()}
            frames={frames}
            title={`${title} — scatter view`}
            onHover={update}
          />
        </Panel>
        <Panel role="group" aria-label="Equivalent convolution" data-panel="equivalent">
          {HEADINGS.equivalent}
          {/* Props checked by the figure above: the picture without DiagramSvg's checks. Its
              overlay and highlight follow the steps; the picture does not re-render. */}
          <DiagramPicture
            diagram={model.diagram}
            frame={equivalentFrames.get()}
            frames={equivalentFrames}
            theme={theme}
            layout={model.layout}
            cellSize={props.cellSize}
            numbers={model.numbers}
            labels={labels}
            title={`${title} — equivalent convolution`}
            highlight={hovered}
            highlightFollows={followed}
            onHoverChange={onEquivalentHover}
          />
        </Panel>
        <Panel role="group" aria-label="Matrix view" data-panel="matrix">
          {HEADINGS.matrix}
          <MatrixSvg
            {...common}
            frame={frames.get()}
            frames={frames}
            title={`${title} — matrix view`}
            onHover={update}
          />
        </Panel>
      </Panels>
      {(props.controls ?? true) && (
        <InsideFigure.Provider value={true}>
          <PlaybackControls playback={playback} theme={theme} label={title} />
        </InsideFigure.Provider>
      )}
      <VisuallyHidden
        aria-live={playback.playing ? 'off' : 'polite'}
        aria-atomic="true"
        data-part="live"
      >
        <WithFrame frames={frames}>{(frame) => explainText(model, frame, order)}</WithFrame>
      </VisuallyHidden>
      {props.caption && <figcaption>{props.caption}</figcaption>}
    </Root>
  );
}
