'use client';
import { useEffect } from 'react';
import { frameError } from '../svg/frameError';
import { ErrorMessage } from '../theme/ErrorMessage';
import { paintOf } from '../theme/paint';
import type { ConvTheme } from '../theme/tokens';
import { themeError } from '../theme/validateTheme';
import { MatrixSvg, type MatrixSvgProps } from './MatrixSvg';
import { ScatterSvg } from './ScatterSvg';

export type ViewSvgProps = MatrixSvgProps & { theme: ConvTheme };

/**
 * The model's scatter or matrix view as a self-contained SVG (every colour an attribute), as
 * the components draw it and the exporters write it; a bad frame or theme renders the alert.
 *
 * @example
 * <ViewSvg model={createFigureModel('transposed', { input: 3, kernel: 3, stride: 2, view: 'matrix' })} frame={0} theme={classicTheme} title="M" />
 */
export function ViewSvg(props: ViewSvgProps) {
  const order = props.order ?? (props.model.view === 'scatter' ? 'scatter' : 'gather');
  const count =
    order === 'scatter'
      ? props.model.diagram.source.rows * props.model.diagram.source.cols
      : props.model.diagram.frameCount;
  const error = themeError(props.theme, true) ?? frameError(props.frame, count);
  const message = error && `${error.param}: ${error.message}`;
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && message)
      console.error(`conv-arithmetic: invalid props: ${message}`);
  }, [message]);
  if (error) return <ErrorMessage error={error} theme={props.theme} />;
  const theme = paintOf(props.theme);
  return props.model.view === 'scatter' ? (
    <ScatterSvg {...props} theme={theme} order={order} />
  ) : (
    <MatrixSvg {...props} theme={theme} order={order} />
  );
}

export default ViewSvg;
