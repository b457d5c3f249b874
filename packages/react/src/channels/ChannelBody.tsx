import { useMemo } from 'react';
import type { FigureModel } from '../figure/model';
import { formatOutput, formatValue } from '../svg/cellStyle';
import { ErrorMessage } from '../theme/ErrorMessage';
import { paintOf } from '../theme/paint';
import type { ConvTheme } from '../theme/tokens';
import { VisuallyHidden } from '../theme/VisuallyHidden';
import { ChannelSvg } from './ChannelSvg';
import { channelError } from './channelChecks';
import { channelNumbers, partialSums } from './channelNumbers';
import { describeChannelFrame } from './describeChannels';

export interface ChannelBodyProps {
  model: FigureModel;
  frame: number;
  theme: ConvTheme;
  playing: boolean;
  cellSize?: number | undefined;
  labels: boolean;
  title: string;
}

/**
 * A multi-channel figure's picture (or the alert naming the prop that stops it), its sum line (each input map's partial sum, adding up to the
 * output value) and its live region: loaded on first use (React.lazy), so none of it weighs on a
 * page of one-channel figures.
 */
export default function ChannelBody(props: ChannelBodyProps) {
  const error = useMemo(() => channelError(props.model), [props.model]);
  return error ? <ErrorMessage error={error} theme={props.theme} /> : <Channels {...props} />;
}

function Channels(props: ChannelBodyProps) {
  const { model, frame, playing } = props;
  const { diagram, spec } = model;
  const showValues = model.channels?.shown ?? false;
  const numbers = useMemo(
    () => (showValues ? channelNumbers(diagram, spec) : null),
    [diagram, spec, showValues],
  );
  const partials = numbers ? partialSums(diagram, numbers, frame) : [];
  const words = describeChannelFrame(diagram, frame, numbers, partials);
  const current = diagram.frame(frame);
  const [row, col] = current.output;
  const total = numbers?.output[current.outChannel]?.[row]?.[col] ?? 0;
  return (
    <>
      <ChannelSvg
        diagram={diagram}
        frame={frame}
        theme={paintOf(props.theme)}
        numbers={numbers}
        partials={partials}
        cellSize={props.cellSize}
        labels={props.labels}
        progressive={model.reveal === 'progressive'}
        title={props.title}
        description={words}
      />
      {numbers && model.equation && (
        <p className="ca-equation" aria-hidden="true" data-part="equation" data-op="channels">
          {partials.map(({ channel, sum }, i) => (
            <span key={channel} data-channel={channel}>
              {i > 0 && ' + '}
              {formatValue(sum)}
              <sub>{`in ${channel + 1}`}</sub>
            </span>
          ))}{' '}
          = <strong>{formatOutput(total)}</strong>
          <sub>{`out ${current.outChannel + 1}`}</sub>
        </p>
      )}
      <VisuallyHidden aria-live={playing ? 'off' : 'polite'} aria-atomic="true" data-part="live">
        {words}
      </VisuallyHidden>
    </>
  );
}
