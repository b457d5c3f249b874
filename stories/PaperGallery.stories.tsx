// One story per animation of the seed generator's 19, named after its GIF. "Show code" is the
// public component with the figure's parameters, and each story names them and its PyTorch line.
import { playgroundCode } from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { GalleryFigure, galleryEntry } from './support/GalleryFigure';
import { galleryParameters, galleryState } from './support/galleryState';

const meta = {
  title: 'Paper gallery',
  component: GalleryFigure,
  parameters: {
    docs: {
      description: {
        component:
          "The seed generator's 19 animations (the paper's 15 and the four numerical ones of its chapter 1), computed live. Each shows the public component that draws it (Show code) and the PyTorch module with the same output size.",
      },
    },
  },
} satisfies Meta<typeof GalleryFigure>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = (name: string): Story => {
  const entry = galleryEntry(name);
  const code = playgroundCode(galleryState(entry));
  return {
    name,
    args: { name, caption: `${entry.caption}: ${galleryParameters(entry)}` },
    parameters: {
      docs: {
        description: {
          story: `Figure ${entry.figure}: ${entry.caption}; ${galleryParameters(entry)}. PyTorch: \`${code.pytorch.code}\``,
        },
        source: { code: code.jsx, language: 'tsx' },
      },
    },
  };
};

export const no_padding_no_strides: Story = story('no_padding_no_strides');
export const arbitrary_padding_no_strides: Story = story('arbitrary_padding_no_strides');
export const same_padding_no_strides: Story = story('same_padding_no_strides');
export const full_padding_no_strides: Story = story('full_padding_no_strides');
export const no_padding_strides: Story = story('no_padding_strides');
export const padding_strides: Story = story('padding_strides');
export const padding_strides_odd: Story = story('padding_strides_odd');
export const no_padding_no_strides_transposed: Story = story('no_padding_no_strides_transposed');
export const arbitrary_padding_no_strides_transposed: Story = story(
  'arbitrary_padding_no_strides_transposed',
);
export const same_padding_no_strides_transposed: Story = story(
  'same_padding_no_strides_transposed',
);
export const full_padding_no_strides_transposed: Story = story(
  'full_padding_no_strides_transposed',
);
export const no_padding_strides_transposed: Story = story('no_padding_strides_transposed');
export const padding_strides_transposed: Story = story('padding_strides_transposed');
export const padding_strides_odd_transposed: Story = story('padding_strides_odd_transposed');
export const dilation: Story = story('dilation');
export const numerical_no_padding_no_strides: Story = story('numerical_no_padding_no_strides');
export const numerical_padding_strides: Story = story('numerical_padding_strides');
export const numerical_average_pooling: Story = story('numerical_average_pooling');
export const numerical_max_pooling: Story = story('numerical_max_pooling');
