import { createDiagram, type Diagram } from './diagram';
import { drawnTransposedAxis } from './drawnAxis';
import { blame } from './errors';
import { resolveTransposedSpec, type TransposedConvSpec } from './spec';

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
 */
export function transposedConvDiagram(spec: TransposedConvSpec): Diagram {
  const { rows, cols } = resolveTransposedSpec(spec);
  return blame(spec, () =>
    createDiagram(
      'transposed',
      drawnTransposedAxis(rows, 'rows'),
      drawnTransposedAxis(cols, 'cols'),
    ),
  );
}
