// The Paper gallery's "Show code", PyTorch line and playground link for every case, the four
// numerical ones included: the public component that draws it, with its numbers.
import { paperGallery } from '@conv-arithmetic/core/gallery';
import { playgroundCode, searchToState, stateToSearch } from '@conv-arithmetic/react';
import { describe, expect, it } from 'vitest';
import { galleryParameters, galleryState } from '../../../stories/support/galleryState';

const entry = (name: string) => {
  const found = paperGallery.find((g) => g.name === name);
  if (!found) throw new Error(`no gallery entry ${name}`);
  return found;
};

describe('the gallery as playground states', () => {
  it.each([
    [
      'numerical_max_pooling',
      '<PoolingAnimation mode="max" input={5} kernel={3} stride={1} />',
      'nn.MaxPool2d(kernel_size=3, stride=1)',
    ],
    [
      'numerical_average_pooling',
      '<PoolingAnimation mode="average" input={5} kernel={3} stride={1} />',
      'nn.AvgPool2d(kernel_size=3, stride=1)',
    ],
    [
      'numerical_no_padding_no_strides',
      '<ConvAnimation input={5} kernel={3} showValues />',
      'nn.Conv2d(1, 1, kernel_size=3)',
    ],
    [
      'numerical_padding_strides',
      '<ConvAnimation input={5} kernel={3} stride={2} padding={1} showValues />',
      'nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)',
    ],
  ])('%s: shows %s and %s', (name, jsx, pytorch) => {
    const code = playgroundCode(galleryState(entry(name)));
    expect(code.jsx).toBe(jsx);
    expect(code.pytorch.code).toBe(pytorch);
  });

  it('names a pooling case with its mode', () => {
    expect(galleryParameters(entry('numerical_max_pooling'))).toBe(
      'i = 5, k = 3, s = 1, p = 0, max pooling',
    );
  });

  it.each(paperGallery.map((g) => [g.name, g] as const))(
    '%s: its playground link opens the same state',
    (_name, g) => {
      const state = galleryState(g);
      expect(searchToState(stateToSearch(state))).toEqual(state);
      expect(playgroundCode(state).pytorch.code).not.toBeNull();
    },
  );
});
