import { useMemo } from 'react';
import { styled } from 'styled-components';
import { VisuallyHidden } from '../controls/styles';
import { ErrorMessage } from '../figure/ErrorMessage';
import type { FigureModel } from '../figure/model';
import { formatOutput, formatValue } from '../svg/cellStyle';
import type { ConvTheme } from '../theme/tokens';
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

const Line = styled.p`
  width: 0;
  min-width: 100%;
  box-sizing: border-box;
  margin: 0.3em 0 0;
  padding: 0 0.3em;
  font-family: var(--ca-font);
  font-size: var(--ca-control-size);
  font-variant-numeric: tabular-nums;
  line-height: 1.5;
  overflow-wrap: anywhere;
`;

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
        theme={props.theme}
        numbers={numbers}
        partials={partials}
        cellSize={props.cellSize}
        labels={props.labels}
        progressive={model.reveal === 'progressive'}
        title={props.title}
        description={words}
      />
      {numbers && model.equation && (
        <Line aria-hidden="true" data-part="equation" data-op="channels">
          {partials.map(({ channel, sum }, i) => (
            <span key={channel} data-channel={channel}>
              {i > 0 && ' + '}
              {formatValue(sum)}
              <sub>{`in ${channel + 1}`}</sub>
            </span>
          ))}{' '}
          = <strong>{formatOutput(total)}</strong>
          <sub>{`out ${current.outChannel + 1}`}</sub>
        </Line>
      )}
      <VisuallyHidden aria-live={playing ? 'off' : 'polite'} aria-atomic="true" data-part="live">
        {words}
      </VisuallyHidden>
    </>
  );
}
