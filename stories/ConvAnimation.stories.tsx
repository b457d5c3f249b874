import { autoTheme, ConvAnimation, darkTheme, slideTheme } from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { optionArgTypes, specArgTypes } from './argTypes';

const meta = {
  title: 'Components/ConvAnimation',
  component: ConvAnimation,
  argTypes: { ...specArgTypes, ...optionArgTypes },
  args: { input: 5, kernel: 3, stride: 1, padding: 0 },
} satisfies Meta<typeof ConvAnimation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The paper's Figure 2.1: a 3×3 kernel over a 4×4 input. */
export const NoPaddingNoStrides: Story = { args: { input: 4, kernel: 3, padding: 0 } };

/** Half ("same") padding keeps the size at stride 1. */
export const SamePadding: Story = { args: { input: 5, kernel: 3, padding: 'same' } };

/** Padding 1 and stride 2 (Figure 2.6). */
export const PaddingStrides: Story = { args: { input: 5, kernel: 3, padding: 1, stride: 2 } };

/** Non-square everything: rows and columns are independent. */
export const NonSquare: Story = {
  args: { input: [5, 7], kernel: [3, 2], stride: [1, 2], padding: [1, 0] },
};

/** The same convolution as a matrix (the paper's §4.1): y = C·x, one output row a frame. */
export const Matrix: Story = { args: { input: 4, kernel: 3, padding: 0, view: 'matrix' } };

/** The paper's numerical Figure 1.1 with its own numbers. */
export const WithValues: Story = { args: { input: 5, kernel: 3, showValues: true } };

/** Output cells filled only once computed, and the equation line for the current frame. */
export const ProgressiveReveal: Story = {
  args: { input: 5, kernel: 3, padding: 1, stride: 2, showValues: true, reveal: 'progressive' },
};

/** Your own numbers: the output is computed from them. */
export const CustomValues: Story = {
  args: {
    input: 3,
    kernel: 2,
    values: {
      input: [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ],
      kernel: [
        [1, 0],
        [0, -1],
      ],
    },
  },
};

export const DarkTheme: Story = { args: { input: 5, kernel: 3, padding: 1, theme: darkTheme } };

export const SlideTheme: Story = { args: { input: 4, kernel: 3, theme: slideTheme } };

/**
 * `autoTheme` (or `theme="auto"`) follows the page: light, dark under the reader's dark
 * preference, and a site's own switch (an ancestor's `data-theme` or `dark`/`light` class), with
 * CSS alone. Here the right-hand box is switched to dark as Docusaurus does it.
 */
export const AutoTheme: Story = {
  args: { input: 5, kernel: 3, padding: 1, theme: autoTheme, autoPlay: false },
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      <div data-theme="light">
        <ConvAnimation {...args} title="Light site" />
      </div>
      <div data-theme="dark" style={{ background: '#001f27', padding: 8 }}>
        <ConvAnimation {...args} title="Dark site" />
      </div>
    </div>
  ),
};

/** One colour changed; everything else stays the paper's. */
export const OneColourOverride: Story = {
  args: { input: 5, kernel: 3, theme: { colors: { output: '#B58900' } } },
};

/** Opt-in downloads: GIF, SVG and PNG, made in the browser with the exporter's drawing. */
export const Downloads: Story = {
  args: { input: 4, kernel: 3, download: ['gif', 'svg', 'png'], autoPlay: false },
};

/** Bad props render an inline alert and leave the page alone. */
export const InvalidProps: Story = { args: { input: 2, kernel: 3 } };

/** Every state at a glance: playing, paused on a later frame, ended, values, no controls, no labels. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      <ConvAnimation {...args} title="Playing" />
      <ConvAnimation {...args} autoPlay={false} defaultFrame={4} title="Paused on frame 5" />
      <ConvAnimation
        {...args}
        loop={false}
        autoPlay={false}
        defaultFrame={8}
        title="Last frame, no loop"
      />
      <ConvAnimation {...args} showValues autoPlay={false} title="With values" />
      <ConvAnimation {...args} controls={false} title="Without controls" />
      <ConvAnimation {...args} labels={false} autoPlay={false} title="Without labels" />
    </div>
  ),
};
