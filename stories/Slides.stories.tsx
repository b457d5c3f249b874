// Live examples for the slides and handouts guide (Slides.mdx).
import { ConvAnimation, darkTheme, defineTheme, slideTheme } from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { SteppingSlide } from './support/SteppingSlide';

const meta = {
  title: 'Guides/Slides',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Fragments drive the controlled `frame`: one output cell per step. */
export const Stepping: Story = { render: () => <SteppingSlide /> };

/** A still for a handout: a pinned frame, paused, nothing moving. */
export const Still: Story = {
  render: () => (
    <ConvAnimation input={5} kernel={3} padding={1} frame={4} caption="Frame 5: the centre" />
  ),
};

/** Dark colours at slide sizes, with a yellow output: three layers. */
export const DarkSlide: Story = {
  render: () => (
    <ConvAnimation
      input={4}
      kernel={3}
      padding={1}
      autoPlay={false}
      theme={defineTheme(darkTheme, slideTheme, { colors: { output: '#B58900' } })}
    />
  ),
};
