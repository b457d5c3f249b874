import { describeFrame } from './describe';
import { frameEquation, spokenEquation } from './equation';
import type { FigureModel } from './model';

/**
 * The live region's words for one frame of a figure: which output cell, from which cells, and,
 * when the equation line shows, its arithmetic as words ("3 × 0 + … = 12").
 *
 * @example
 * frameText(createFigureModel('pool', { input: 5, kernel: 3, stride: 1, mode: 'max' }), 0)
 */
export function frameText(model: FigureModel, frame: number): string {
  const { diagram, numbers } = model;
  const words = describeFrame(diagram, diagram.frame(frame), model.mode);
  if (!model.equation || !numbers) return words;
  return `${words} ${spokenEquation(frameEquation(diagram, numbers, frame, model.mode))}.`;
}
