'use client';
import type { ConvArithmeticError, Diagram } from '@conv-arithmetic/core';
import {
  type CSSProperties,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ErrorMessage } from '../theme/ErrorMessage';
import { paintOf } from '../theme/paint';
import type { ConvTheme } from '../theme/tokens';
import { themeError } from '../theme/validateTheme';
import { propsError } from '../validateProps';
import { FrameOverlay } from './FrameOverlay';
import { frameError } from './frameError';
import { Highlight, type HoverTarget } from './Highlight';
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
  return error ? <ErrorMessage error={error} theme={props.theme} /> : <Picture {...props} />;
}

function Picture(props: DiagramSvgProps) {
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
  const labelStyle = {
    fontFamily: theme.font.family,
    fontSize: theme.font.labelSize,
    fontWeight: theme.font.labelWeight,
    fill: theme.colors.text,
  };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${round(minX)} ${round(minY)} ${round(width)} ${round(height)}`}
      width={round(width)}
      height={round(height)}
      role="img"
      aria-labelledby={`${ids}-title`}
      aria-describedby={description ? `${ids}-desc` : undefined}
      className={props.className}
      style={{ maxWidth: '100%', height: 'auto', display: 'block', ...props.style }}
      onPointerOver={(event) => update(targetOf(event))}
      onPointerLeave={() => update(null)}
      data-frame={frame}
    >
      <title id={`${ids}-title`}>{title}</title>
      {description && <desc id={`${ids}-desc`}>{description}</desc>}
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
      {layers === 'all' && (
        <FrameOverlay
          diagram={diagram}
          frame={frame}
          layout={layout}
          theme={theme}
          numbers={numbers}
          progressive={progressive}
        />
      )}
      {above && numbers && (
        <InputValues diagram={diagram} layout={layout} theme={theme} numbers={numbers} />
      )}
      {above && numbers && !progressive && (
        <OutputValues layout={layout} theme={theme} numbers={numbers} />
      )}
      {above && (props.highlight ?? hover) && (
        <Highlight
          diagram={diagram}
          layout={layout}
          theme={theme}
          target={(props.highlight ?? hover) as HoverTarget}
        />
      )}
      {above && labels && (
        <g {...labelStyle} pointerEvents="none">
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
      {above && legend && <Legend legend={legend} origin={layout.legend} theme={theme} />}
      {above && footer?.part.draw(footer.origin)}
    </svg>
  );
}
