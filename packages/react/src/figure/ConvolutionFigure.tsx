import { type KeyboardEvent, lazy, Suspense, useId, useMemo } from 'react';
import { DownloadButtons } from '../controls/DownloadButtons';
import { InsideFigure } from '../controls/insideFigure';
import { PlaybackControls } from '../controls/PlaybackControls';
import { downloadFromFigure } from '../export/download';
import { useFrameAttribute, WithFrame } from '../frameSource';
import { useHydrated } from '../playback/useHydrated';
import { DiagramPicture } from '../svg/DiagramSvg';
import { rootClass, themeVariables } from '../theme/cssVariables';
import { ErrorMessage } from '../theme/ErrorMessage';
import { FigureStyles } from '../theme/FigureStyles';
import { VisuallyHidden } from '../theme/VisuallyHidden';
import type { FigureView } from '../views/kind';
import { EquationLine } from './EquationLine';
import { frameText as wordsFor } from './frameText';
import type { AnimationOptions, DownloadFormat } from './props';
import type { FigureRecipe } from './recipe';
import type { FigureKind, FigureSpec } from './spec';
import { type FigureDriver, useFigureWith } from './useConvolutionFigure';
import { useFitScale } from './useFitScale';

// The scatter and matrix views load when first drawn: a page of plain figures never fetches them.
const ViewBody = lazy(() => import('../views/ViewBody'));
// So does the picture of several channels.
const ChannelBody = lazy(() => import('../channels/ChannelBody'));

/** Keys the figure answers when focus is on it or on one of its buttons. */
export function handleKey(event: KeyboardEvent<HTMLElement>, figure: FigureDriver): void {
  const target = event.target as HTMLElement;
  // Sliders and menus keep their own arrow keys; buttons keep Space and Enter.
  if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return;
  const onButton = target.tagName === 'BUTTON';
  const { playback, model } = figure;
  const grid = model?.view === 'scatter' ? model.diagram.source : model?.diagram.output;
  const columns = grid?.cols ?? 1;
  const act = (): (() => void) | null => {
    switch (event.key) {
      case ' ':
        return onButton ? null : playback.toggle;
      case 'ArrowRight':
        return () => playback.step(1);
      case 'ArrowLeft':
        return () => playback.step(-1);
      // Up and down move to the output cell above or below: the frame one row away.
      case 'ArrowDown':
        return onButton ? null : () => playback.step(columns);
      case 'ArrowUp':
        return onButton ? null : () => playback.step(-columns);
      case 'Home':
        return () => playback.seek(0);
      case 'End':
        return () => playback.seek(playback.frameCount - 1);
      default:
        return null;
    }
  };
  const action = act();
  if (!action) return;
  event.preventDefault();
  playback.pause();
  action();
}

const downloadFormats = (download: AnimationOptions['download']): readonly DownloadFormat[] =>
  download === true ? ['gif', 'svg'] : download ? download : [];

/** The scheme an element shows (its CSS `color-scheme`, which an auto theme's rules set). */
const schemeOf = (element: HTMLElement | null): 'light' | 'dark' =>
  element && getComputedStyle(element).colorScheme === 'dark' ? 'dark' : 'light';

/** The shared body of the animation components. */
export function ConvolutionFigure(
  allProps: FigureSpec &
    AnimationOptions & { kind: FigureKind; recipe: FigureRecipe; view?: FigureView | undefined },
) {
  // One props object per render of the caller's: a step (our own state) keeps it, so what is
  // computed from the props alone is not computed again.
  const { recipe, props } = useMemo(() => {
    const { recipe, ...props } = allProps;
    return { recipe, props };
  }, [allProps]);
  const figure = useFigureWith(recipe, props.kind, props);
  const { model, error, theme, playback, title } = figure;
  const { frames } = playback;
  const variables = useMemo(() => themeVariables(theme), [theme]);
  const contain = props.fit === 'contain';
  const liveId = `${useId()}-live`;
  const fit = useFitScale(contain && model !== null, figure.rootRef);
  // Server HTML and the page before hydration show a paused still (see useHydrated).
  const hydrated = useHydrated();
  // A step writes the root's data-frame; the figure itself does not re-render.
  useFrameAttribute(figure.rootRef, frames);
  if (error || !model) {
    return error ? <ErrorMessage error={error} theme={theme} /> : null;
  }
  const { numbers } = model;
  const formats = downloadFormats(props.download);
  const downloads = formats.length > 0 && (
    <DownloadButtons
      formats={formats}
      disabled={!hydrated}
      onDownload={(format) =>
        // An auto theme's file shows the scheme the page shows.
        downloadFromFigure(
          format,
          model,
          theme,
          frames.get(),
          title,
          props,
          schemeOf(figure.rootRef.current),
        )
      }
    />
  );
  // Several maps, or the scatter and matrix views: drawn by code loaded on first use.
  const Body = model.view === 'channels' ? ChannelBody : ViewBody;
  const scaled = fit.scale === null ? null : { transform: `scale(${fit.scale})` };
  const rootStyle = { ...variables, ...props.style, ...scaled };
  const root = (
    <figure
      ref={figure.rootRef as React.RefObject<HTMLElement>}
      className={rootClass('ca-figure', theme, props.className)}
      style={rootStyle}
      data-fit={contain ? 'contain' : undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the figure takes Space, arrows, Home, End
      tabIndex={0}
      aria-label={`${title}. Space plays or pauses; arrow keys move between ${model.view === 'scatter' ? 'input' : 'output'} cells; Home and End jump to the first and last.`}
      data-state={hydrated ? playback.status : 'paused'}
      data-frame={frames.get()}
      onKeyDown={(event) => handleKey(event, figure)}
    >
      <FigureStyles />
      {model.view === 'equivalent' ? (
        // Props checked by useFigure: the unchecked picture, described by the live region.
        <DiagramPicture
          describedBy={liveId}
          stacked
          diagram={model.diagram}
          frame={frames.get()}
          frames={frames}
          theme={theme}
          layout={model.layout}
          cellSize={props.cellSize}
          numbers={model.numbers}
          labels={props.labels ?? true}
          reveal={model.reveal}
          title={title}
        />
      ) : (
        <Suspense fallback={<span data-part="loading">{title}</span>}>
          <WithFrame frames={frames}>
            {(frame) => (
              <Body
                model={model}
                frame={frame}
                theme={theme}
                playing={playback.playing}
                cellSize={props.cellSize}
                labels={props.labels ?? true}
                title={title}
              />
            )}
          </WithFrame>
        </Suspense>
      )}
      {model.view === 'equivalent' && model.equation && numbers && (
        <WithFrame frames={frames}>
          {(frame) => <EquationLine model={model} numbers={numbers} frame={frame} />}
        </WithFrame>
      )}
      {(props.controls ?? true) ? (
        <InsideFigure.Provider value={true}>
          <PlaybackControls playback={playback} theme={theme} label={title}>
            {downloads}
          </PlaybackControls>
        </InsideFigure.Provider>
      ) : (
        downloads
      )}
      {model.view === 'equivalent' && (
        <VisuallyHidden
          id={liveId}
          aria-live={hydrated && playback.playing ? 'off' : 'polite'}
          aria-atomic="true"
          data-part="live"
        >
          <WithFrame frames={frames}>{(frame) => wordsFor(model, frame)}</WithFrame>
        </VisuallyHidden>
      )}
      {props.caption && <figcaption>{props.caption}</figcaption>}
    </figure>
  );
  return contain ? (
    <div className="ca-fit" ref={fit.box} data-part="fit">
      {root}
    </div>
  ) : (
    root
  );
}
