import { ConvArithmeticError, type Diagram } from '@conv-arithmetic/core';
import type { FigureModel } from '../figure/model';

/**
 * Why a multi-channel figure cannot be drawn, or null: every map of a side together may draw no
 * more cells than the largest grid allowed (maxGridSize²), checked from the numbers before any
 * map is drawn; the maps are drawn flat, in the equivalent view, with numbers of their own.
 *
 * @example
 * channelError(createFigureModel('conv', { input: 64, kernel: 1, outChannels: 2 }))?.param // 'outChannels'
 */
export function channelError(model: FigureModel): ConvArithmeticError | null {
  const { diagram, channels } = model;
  if (!channels) return null;
  const cap = channels.maxGridSize ** 2;
  const sides: [string, number, Diagram['input']][] = [
    ['inChannels', diagram.inChannels, diagram.input],
    ['outChannels', diagram.outChannels, diagram.output],
  ];
  for (const [param, maps, { rows, cols }] of sides) {
    if (maps * rows * cols > cap) {
      return new ConvArithmeticError(
        param,
        maps,
        `${param} draws ${maps} maps of ${rows}×${cols} cells, more than maxGridSize² (${cap}) in all`,
      );
    }
  }
  const wrong: [string, unknown][] = [
    ['view', channels.view === 'equivalent' ? undefined : channels.view],
    ['layout', channels.layout === 'perspective' ? channels.layout : undefined],
    ['values', channels.values],
  ];
  const [param, value] = wrong.find(([, value]) => value !== undefined) ?? [];
  return param
    ? new ConvArithmeticError(
        param,
        value,
        `${param} draws one map: several channels are drawn flat, in the equivalent view, with numbers of their own`,
      )
    : null;
}
