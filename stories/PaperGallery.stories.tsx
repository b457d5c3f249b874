// One story per animation of the seed generator's 19, named after its GIF.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { GalleryFigure, galleryEntry } from './support/GalleryFigure';

const meta = {
  title: 'Paper gallery',
  component: GalleryFigure,
  tags: ['!autodocs'],
} satisfies Meta<typeof GalleryFigure>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = (name: string): Story => ({
  name,
  args: { name },
  parameters: {
    docs: {
      description: { story: `Figure ${galleryEntry(name).figure}: ${galleryEntry(name).caption}.` },
    },
  },
});

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
