import type { FigureModel } from '../figure/model';
import type { ConvTheme } from '../theme/tokens';
import { VisuallyHidden } from '../theme/VisuallyHidden';
import { describeViewFrame } from './describeView';
import { ViewSvg } from './ViewSvg';

export interface ViewBodyProps {
  model: FigureModel;
  frame: number;
  theme: ConvTheme;
  playing: boolean;
  cellSize?: number | undefined;
  labels: boolean;
  title: string;
}

/**
 * A figure's scatter or matrix picture with its live region: loaded on first use (React.lazy),
 * so the words and drawing of these views never weigh on a page of plain figures.
 */
export default function ViewBody(props: ViewBodyProps) {
  const { model, frame, playing } = props;
  const frameText = describeViewFrame(model, frame);
  return (
    <>
      <ViewSvg
        model={model}
        frame={frame}
        theme={props.theme}
        cellSize={props.cellSize}
        labels={props.labels}
        title={props.title}
        description={frameText}
      />
      <VisuallyHidden aria-live={playing ? 'off' : 'polite'} aria-atomic="true" data-part="live">
        {frameText}
      </VisuallyHidden>
    </>
  );
}
