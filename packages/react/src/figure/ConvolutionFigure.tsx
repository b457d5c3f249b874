import { type KeyboardEvent, lazy, Suspense, useId, useMemo } from 'react';
import { styled } from 'styled-components';
import { DownloadButtons } from '../controls/DownloadButtons';
import { PlaybackControls } from '../controls/PlaybackControls';
import { VisuallyHidden } from '../controls/styles';
import type { DownloadFormat } from '../export/browserDownload';
import { downloadFromFigure } from '../export/download';
import { DiagramPicture } from '../svg/DiagramSvg';
import { themeVariables } from '../theme/cssVariables';
import type { FigureView } from '../views/kind';
import { EquationLine } from './EquationLine';
import { ErrorMessage } from './ErrorMessage';
import type { AnimationOptions } from './props';
import type { FigureRecipe } from './recipe';
import type { FigureKind, FigureSpec } from './spec';
import { type ConvolutionFigure as Figure, useFigureWith } from './useConvolutionFigure';
import { useFitScale } from './useFitScale';

// The scatter and matrix views load when first drawn: a page of plain figures never fetches them.
const ViewBody = lazy(() => import('../views/ViewBody'));
// So does the picture of several channels.
const ChannelBody = lazy(() => import('../channels/ChannelBody'));

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
  &[data-fit='contain'] {
    flex: none;
    max-width: none;
    transform-origin: center;
  }
`;

/** fit="contain": fills its container; the figure inside is scaled to fit it, centred. */
const FitBox = styled.div`
  display: flex;
  align-items: center;
  justify-content: center;
  width: 100%;
  height: 100%;
  min-width: 0;
  min-height: 0;
  overflow: hidden;
`;

/** Keys the figure answers when focus is on it or on one of its buttons. */
export function handleKey(event: KeyboardEvent<HTMLElement>, figure: Figure): void {
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
  const { model, error, theme, playback, title, frameText } = figure;
  const variables = useMemo(() => themeVariables(theme), [theme]);
  const contain = props.fit === 'contain';
  const liveId = `${useId()}-live`;
  const fit = useFitScale(contain && model !== null, figure.rootRef);
  if (error || !model) {
    return error ? <ErrorMessage error={error} theme={theme} /> : null;
  }
  const formats = downloadFormats(props.download);
  const downloads = formats.length > 0 && (
    <DownloadButtons
      formats={formats}
      onDownload={(format) =>
        downloadFromFigure(format, model, theme, playback.frame, title, props)
      }
    />
  );
  // Several maps, or the scatter and matrix views: drawn by code loaded on first use.
  const Body = model.view === 'channels' ? ChannelBody : ViewBody;
  const scaled = fit.scale === null ? null : { transform: `scale(${fit.scale})` };
  const rootStyle = { ...variables, ...props.style, ...scaled };
  const root = (
    <Root
      ref={figure.rootRef as React.RefObject<HTMLElement>}
      className={props.className}
      style={rootStyle}
      data-fit={contain ? 'contain' : undefined}
      tabIndex={0}
      aria-label={`${title}. Space plays or pauses; arrow keys move between ${model.view === 'scatter' ? 'input' : 'output'} cells; Home and End jump to the first and last.`}
      data-state={playback.status}
      data-frame={playback.frame}
      onKeyDown={(event) => handleKey(event, figure)}
    >
      {model.view === 'equivalent' ? (
        // Props checked by useFigure: the unchecked picture, described by the live region.
        <DiagramPicture
          describedBy={liveId}
          stacked
          diagram={model.diagram}
          frame={playback.frame}
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
          <Body
            model={model}
            frame={playback.frame}
            theme={theme}
            playing={playback.playing}
            cellSize={props.cellSize}
            labels={props.labels ?? true}
            title={title}
          />
        </Suspense>
      )}
      {model.view === 'equivalent' && model.equation && model.numbers && (
        <EquationLine model={model} numbers={model.numbers} frame={playback.frame} />
      )}
      {(props.controls ?? true) ? (
        <PlaybackControls playback={playback} theme={theme} label={title}>
          {downloads}
        </PlaybackControls>
      ) : (
        downloads
      )}
      {model.view === 'equivalent' && (
        <VisuallyHidden
          id={liveId}
          aria-live={playback.playing ? 'off' : 'polite'}
          aria-atomic="true"
          data-part="live"
        >
          {frameText}
        </VisuallyHidden>
      )}
      {props.caption && <figcaption>{props.caption}</figcaption>}
    </Root>
  );
  return contain ? (
    <FitBox ref={fit.box} data-part="fit">
      {root}
    </FitBox>
  ) : (
    root
  );
}
