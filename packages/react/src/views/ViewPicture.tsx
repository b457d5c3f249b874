import { type ReactNode, useId } from 'react';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import type { FigureView } from './kind';
import { cellOf, type ViewCell } from './viewLit';

export interface ViewPictureProps {
  view: FigureView;
  frame: number;
  width: number;
  height: number;
  theme: ConvTheme;
  title: string;
  description?: string | undefined;
  /** Called with the cell under the pointer (null when it leaves every cell). */
  onHover?: ((cell: ViewCell | null) => void) | undefined;
  children: ReactNode;
}

/** The SVG around a view: size, accessible name and description, background, hover tracking. */
export function ViewPicture(props: ViewPictureProps) {
  const { width, height, theme, title, description, onHover } = props;
  const ids = useId();
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${round(width)} ${round(height)}`}
      width={round(width)}
      height={round(height)}
      role="img"
      aria-labelledby={`${ids}-title`}
      aria-describedby={description ? `${ids}-desc` : undefined}
      style={{ maxWidth: '100%', height: 'auto', display: 'block' }}
      onPointerOver={onHover && ((event) => onHover(cellOf(event.target)))}
      onPointerLeave={onHover && (() => onHover(null))}
      data-view={props.view}
      data-frame={props.frame}
    >
      <title id={`${ids}-title`}>{title}</title>
      {description && <desc id={`${ids}-desc`}>{description}</desc>}
      <rect width={round(width)} height={round(height)} fill={theme.colors.background} />
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
