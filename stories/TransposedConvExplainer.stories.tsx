import { TransposedConvExplainer } from '@conv-arithmetic/react/explainer';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { optionArgTypes, specArgTypes } from './argTypes';

const meta = {
  title: 'Components/TransposedConvExplainer',
  component: TransposedConvExplainer,
  argTypes: {
    ...specArgTypes,
    ...optionArgTypes,
    order: {
      control: 'inline-radio',
      options: ['gather', 'scatter'],
      description:
        'What one frame is in every view: an output cell (`gather`, the paper’s order) or an input cell (`scatter`).',
    },
  },
  args: {
    input: 3,
    kernel: 3,
    stride: 2,
    padding: 1,
    outputPadding: 1,
    cellSize: 20,
    autoPlay: false,
  },
} satisfies Meta<typeof TransposedConvExplainer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Figure 4.7 three ways, output cell by output cell: hover any cell to light its partners. */
export const Gather: Story = {};

/** Input cell by input cell: each stamp, the windows that read the cell, and M's column. */
export const Scatter: Story = { args: { order: 'scatter' } };

/** The checkerboard: a 3×3 kernel at stride 2 overlaps some output cells four times, others once. */
export const Checkerboard: Story = {
  args: { input: 4, padding: 0, outputPadding: 0, order: 'scatter' },
};

/** With numbers: running sums in the scatter view equal the equivalent convolution's outputs. */
export const WithValues: Story = {
  args: { input: 2, padding: 0, outputPadding: 0, showValues: true },
};

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
      <TransposedConvExplainer {...args} title="Paused at frame 8" defaultFrame={7} />
      <TransposedConvExplainer {...args} order="scatter" title="Scatter order" />
      <TransposedConvExplainer {...args} input={20} title="Invalid: matrix too large" />
    </div>
  ),
};
