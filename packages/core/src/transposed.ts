import type { TransposedAxis } from './axis';
import { createDiagram, type Diagram } from './diagram';
import { drawnTransposedAxis } from './drawnAxis';
import { blame } from './errors';
import { resolveAxes, type TransposedConvSpec } from './spec';

/**
 * The diagram of a transposed convolution, drawn as the paper draws it: the equivalent
 * unit-stride direct convolution over the input with s−1 zeros inserted between cells, padded by
 * d·(k−1)−p on each side plus `outputPadding` after. `tap.kernel` indexes the original kernel,
 * which the equivalent convolution applies rotated by 180°.
 *
 * @example
 * const d = transposedConvDiagram({ input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 })
 * d.input // { rows: 8, cols: 8 } — the paper's Fig 4.7
 * d.cell(1, 1) // { kind: 'input', source: [0, 0] }
 * d.cell(1, 2) // { kind: 'inserted' }
 * // Channels: frames per output channel; `weight` indexes ConvTranspose2d's C_in × C_out/groups × k × k.
 * const c = transposedConvDiagram({ input: 2, kernel: 2, inChannels: 2, outChannels: 4, groups: 2 })
 * c.frame(3 * 9).taps[0].weight // [1, 1, 1, 1]: input channel 1, its group's second output channel
 */
export function transposedConvDiagram(spec: TransposedConvSpec): Diagram {
  const { rows, cols, layers } = resolveAxes(spec, true);
  return blame(spec, () =>
    createDiagram(
      'transposed',
      drawnTransposedAxis(rows as TransposedAxis, 'rows'),
      drawnTransposedAxis(cols as TransposedAxis, 'cols'),
      layers,
    ),
  );
}
