'use client';
import type { ConvArithmeticError, Diagram } from '@conv-arithmetic/core';
import {
  type CSSProperties,
  lazy,
  type PointerEvent,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { drawAt, type FrameSource, useFrameAttribute, WithFrame } from '../frameSource';
import { ErrorMessage } from '../theme/ErrorMessage';
import { paintOf } from '../theme/paint';
import type { ConvTheme } from '../theme/tokens';
import { themeError } from '../theme/validateTheme';
import { propsError } from '../validateProps';
import { FrameOverlay } from './FrameOverlay';
import { frameError } from './frameError';
import type { HoverTarget } from './Highlight';
import { InputPlane, InputValues } from './InputPlane';
import { Legend } from './Legend';
import type { LayoutKind } from './layout';
import { OutputPlane, OutputValues } from './OutputPlane';
import { type FooterOf, pictureLayout } from './pictureLayout';
import { round } from './projection';
import type { DiagramNumbers } from './values';

export interface DiagramSvgProps {
  diagram: Diagram;
  /** The frame to draw (clamped by the caller). */
  frame: number;
  theme: ConvTheme;
  layout?: LayoutKind | undefined;
  /** One grid unit in px (default: the theme's `cellSize`). */
  cellSize?: number | undefined;
  /** Numbers to print in cells; null or absent draws the abstract picture. */
  numbers?: DiagramNumbers | null | undefined;
  /** "input"/"output" labels and the legend (default true). */
  labels?: boolean | undefined;
  /** `progressive`: output cells after `frame` are drawn empty, unfilled and unnumbered. */
  reveal?: 'all' | 'progressive' | undefined;
  /** Something drawn under the picture across its width (the exporters' caption). */
  footer?: FooterOf | undefined;
  /** Accessible name and description of the picture. */
  title: string;
  description?: string | undefined;
  /** Called when the pointer enters or leaves a cell. */
  onHoverChange?: ((target: HoverTarget | null) => void) | undefined;
  /** A cell to light with its partners, as if hovered (a synchronised view's hover); null: none. */
  highlight?: HoverTarget | null | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
  /**
   * Which part to draw (default `all`): `below` is what lies under the frame overlay (background
   * and planes), `above` what lies over it (numbers, labels, legend, on no background). The
   * GIF exporters rasterise those once and each frame's overlay alone.
   */
  layers?: PictureLayers | undefined;
}

/** The whole picture, or the static part under or over the frame overlay. */
export type PictureLayers = 'all' | 'below' | 'above';

function targetOf(event: PointerEvent<SVGSVGElement>): HoverTarget | null {
  const cell = (event.target as Element).closest?.('[data-plane]');
  if (!cell) return null;
  const plane = cell.getAttribute('data-plane');
  const row = Number(cell.getAttribute('data-row'));
  const col = Number(cell.getAttribute('data-col'));
  return plane === 'input' || plane === 'output' ? { plane, row, col } : null;
}

function sameTarget(a: HoverTarget | null, b: HoverTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return a.plane === b.plane && a.row === b.row && a.col === b.col;
}

// The hover highlight loads on the first hover (or synchronised highlight): it never shows
// before one, nor in server HTML or exported files, so pages do not load it up front.
const Highlight = lazy(() =>
  import('./Highlight').then((module) => ({ default: module.Highlight })),
);

/** Why these props cannot be drawn, or null: the theme, every value prop, then the frame. */
const svgError = (props: DiagramSvgProps): ConvArithmeticError | null =>
  themeError(props.theme, true) ??
  propsError(props) ??
  frameError(props.frame, props.diagram.frameCount);

/**
 * One frame of a diagram as a self-contained SVG: every colour is a presentation attribute, so
 * the markup stays correct when serialised on its own (the exporters rely on this). Invalid
 * props (a frame out of range, a bad theme or cellSize) render the inline alert naming them.
 *
 * @example
 * <DiagramSvg diagram={convDiagram({ input: 5, kernel: 3 })} frame={0} theme={classicTheme} title="Conv" />
 */
export function DiagramSvg(props: DiagramSvgProps) {
  const error = svgError(props);
  // A bad prop is a caller's bug: say so inline, as the components do, and once in development.
  const message = error && `${error.param}: ${error.message}`;
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && message)
      console.error(`conv-arithmetic: invalid props: ${message}`);
  }, [message]);
  return error ? <ErrorMessage error={error} theme={props.theme} /> : <DiagramPicture {...props} />;
}

/** DiagramSvg's props, for a caller that checked them itself (the animated figure). */
export interface DiagramPictureProps extends DiagramSvgProps {
  /**
   * The id of an element that describes the frame (the figure's live region): the picture
   * points at it instead of carrying a `<desc>` of its own, so a step rewrites the words once.
   */
  describedBy?: string | undefined;
  /**
   * Draws the planes, the frame overlay and what lies over it as three SVGs stacked in a div,
   * the overlay on a compositor layer of its own: a step then repaints and re-rasterises what
   * moved, not the planes. For pages; exported files are one SVG.
   */
  stacked?: boolean | undefined;
  /**
   * The figure's frame, when it changes without re-rendering the figure: the overlay and the
   * svg's `data-frame` follow it (and `frame` is only the first one drawn).
   */
  frames?: FrameSource | undefined;
  /**
   * A highlight that moves with a frame source (a synchronised view's step) without re-rendering
   * the picture: the target at each of its frames. `highlight`, when set, comes first.
   */
  highlightFollows?: { frames: FrameSource; at: (frame: number) => HoverTarget | null } | undefined;
}

/**
 * The picture of DiagramSvg without its checks (the animated figure checks its props once, not on
 * every frame). Everything but the frame overlay is memoised: a step re-renders the overlay only.
 */
export function DiagramPicture(props: DiagramPictureProps) {
  const { diagram, frame, numbers = null, labels = true, title, description } = props;
  const theme = paintOf(props.theme);
  const progressive = props.reveal === 'progressive';
  const kind = props.layout ?? 'perspective';
  const unit = props.cellSize ?? theme.cellSize;
  const ids = useId();

  const { footer: footerOf } = props;
  const { layout, legend, footer } = useMemo(
    () => pictureLayout(diagram, kind, unit, labels, theme, footerOf),
    [diagram, kind, unit, labels, theme, footerOf],
  );
  const layers = props.layers ?? 'all';
  const below = layers !== 'above';
  const above = layers !== 'below';

  const [hover, setHover] = useState<HoverTarget | null>(null);
  const hoverRef = useRef<HoverTarget | null>(null);
  const { onHoverChange } = props;
  const update = useCallback(
    (target: HoverTarget | null) => {
      if (sameTarget(hoverRef.current, target)) return;
      hoverRef.current = target;
      setHover(target);
      onHoverChange?.(target);
    },
    [onHoverChange],
  );

  const { minX, minY, width, height } = layout;
  const style = useMemo(
    () => ({ maxWidth: '100%', height: 'auto', display: 'block', ...props.style }),
    [props.style],
  );
  const { highlightFollows } = props;
  const highlight = props.highlight ?? (highlightFollows ? null : hover);
  const highlightOf = (target: HoverTarget | null) =>
    target && (
      <Suspense fallback={null}>
        <Highlight diagram={diagram} layout={layout} theme={theme} target={target} />
      </Suspense>
    );
  const viewBox = `${round(minX)} ${round(minY)} ${round(width)} ${round(height)}`;
  const { frames } = props;
  const overlayAt = (frame: number) => (
    <FrameOverlay
      diagram={diagram}
      frame={frame}
      layout={layout}
      theme={theme}
      numbers={numbers}
      progressive={progressive}
    />
  );
  const overlay = layers === 'all' && drawAt(frames, frame, overlayAt);
  const svgRef = useRef<SVGSVGElement>(null);
  useFrameAttribute(svgRef, frames);
  const over = above && (
    <>
      {numbers && <InputValues diagram={diagram} layout={layout} theme={theme} numbers={numbers} />}
      {numbers && !progressive && <OutputValues layout={layout} theme={theme} numbers={numbers} />}
      {highlight || !highlightFollows ? (
        highlightOf(highlight)
      ) : (
        <WithFrame frames={highlightFollows.frames}>
          {(at) => highlightOf(highlightFollows.at(at))}
        </WithFrame>
      )}
      {labels && (
        <g
          fontFamily={theme.font.family}
          fontSize={theme.font.labelSize}
          fontWeight={theme.font.labelWeight}
          fill={theme.colors.text}
          pointerEvents="none"
        >
          <text
            x={round(layout.inputLabel[0])}
            y={round(layout.inputLabel[1])}
            textAnchor={kind === 'flat' ? 'start' : 'end'}
          >
            input
          </text>
          <text
            x={round(layout.outputLabel[0])}
            y={round(layout.outputLabel[1])}
            textAnchor={kind === 'flat' ? 'start' : 'end'}
          >
            output
          </text>
        </g>
      )}
      {legend && <Legend legend={legend} origin={layout.legend} theme={theme} />}
      {footer?.part.draw(footer.origin)}
    </>
  );
  const { stacked } = props;
  const picture = (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={viewBox}
      width={round(width)}
      height={round(height)}
      role="img"
      aria-labelledby={`${ids}-title`}
      aria-describedby={props.describedBy ?? (description ? `${ids}-desc` : undefined)}
      className={props.className}
      style={style}
      onPointerOver={(event) => update(targetOf(event))}
      onPointerLeave={() => update(null)}
      data-frame={frames ? frames.get() : frame}
    >
      <title id={`${ids}-title`}>{title}</title>
      {description && !props.describedBy && <desc id={`${ids}-desc`}>{description}</desc>}
      {below && (
        <rect
          x={round(minX)}
          y={round(minY)}
          width={round(width)}
          height={round(height)}
          fill={theme.colors.background}
        />
      )}
      {below && <InputPlane diagram={diagram} layout={layout} theme={theme} />}
      {below && <OutputPlane diagram={diagram} layout={layout} theme={theme} />}
      {!stacked && overlay}
      {!stacked && over}
    </svg>
  );
  if (!stacked) return picture;
  // Three pictures on top of each other: the planes, what moves, what lies over it. The browser
  // paints and rasterises each on its own, so a step repaints the middle one only.
  const sheet = (content: React.ReactNode, style: CSSProperties) => (
    <svg viewBox={viewBox} aria-hidden style={style}>
      {content}
    </svg>
  );
  return (
    <div style={STACK}>
      {picture}
      {sheet(overlay, MOVING)}
      {sheet(over, SHEET)}
    </div>
  );
}

const STACK = { position: 'relative', width: 'fit-content', maxWidth: '100%' } as const;
const SHEET = {
  position: 'absolute',
  left: 0,
  top: 0,
  width: '100%',
  height: '100%',
  pointerEvents: 'none',
} as const;
// The moving sheet on a compositor layer of its own: a step re-rasterises it alone.
const MOVING = { ...SHEET, willChange: 'transform' } as const;
