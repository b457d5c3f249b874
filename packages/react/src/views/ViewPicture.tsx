import { memo, type PointerEvent, type ReactNode, useCallback, useId, useRef } from 'react';
import { type FrameSource, useFrameAttribute } from '../frameSource';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import type { FigureView } from './kind';
import { cellOf, type ViewCell } from './viewLit';

export interface ViewPictureProps {
  view: FigureView;
  frame: number;
  /** The figure's frame, when it changes without re-rendering the view: `data-frame` follows it. */
  frames?: FrameSource | undefined;
  width: number;
  height: number;
  theme: ConvTheme;
  title: string;
  description?: string | undefined;
  /** Called with the cell under the pointer (null when it leaves every cell). */
  onHover?: ((cell: ViewCell | null) => void) | undefined;
  children: ReactNode;
}

const STYLE = { maxWidth: '100%', height: 'auto', display: 'block' } as const;

/** The picture's description and background: the same on every frame. */
const Backdrop = memo(function Backdrop(props: {
  ids: string;
  description: string | undefined;
  width: number;
  height: number;
  background: string;
}) {
  const { ids, description } = props;
  return (
    <>
      {description && <desc id={`${ids}-desc`}>{description}</desc>}
      <rect width={round(props.width)} height={round(props.height)} fill={props.background} />
    </>
  );
});

/** The SVG around a view: size, accessible name and description, background, hover tracking. */
export function ViewPicture(props: ViewPictureProps) {
  const { width, height, theme, title, description, onHover } = props;
  const ids = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  useFrameAttribute(svgRef, props.frames);
  const over = useCallback((event: PointerEvent) => onHover?.(cellOf(event.target)), [onHover]);
  const leave = useCallback(() => onHover?.(null), [onHover]);
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${round(width)} ${round(height)}`}
      width={round(width)}
      height={round(height)}
      role="img"
      aria-labelledby={`${ids}-title`}
      aria-describedby={description ? `${ids}-desc` : undefined}
      style={STYLE}
      onPointerOver={onHover && over}
      onPointerLeave={onHover && leave}
      data-view={props.view}
      data-frame={props.frames ? props.frames.get() : props.frame}
    >
      <title id={`${ids}-title`}>{title}</title>
      <Backdrop
        ids={ids}
        description={description}
        width={width}
        height={height}
        background={theme.colors.background}
      />
      {props.children}
    </svg>
  );
}

/** Text for a grid's name, above it. */
export function Caption(props: { x: number; y: number; theme: ConvTheme; children: ReactNode }) {
  const { theme } = props;
  return (
    <text
      x={round(props.x)}
      y={round(props.y)}
      fontFamily={theme.font.family}
      fontSize={theme.font.labelSize}
      fontWeight={theme.font.labelWeight}
      fill={theme.colors.text}
      pointerEvents="none"
    >
      {props.children}
    </text>
  );
}
