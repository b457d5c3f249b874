import { TransposedConvAnimation } from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { optionArgTypes, specArgTypes } from './argTypes';

const meta = {
  title: 'Components/TransposedConvAnimation',
  component: TransposedConvAnimation,
  argTypes: {
    ...specArgTypes,
    ...optionArgTypes,
    outputPadding: {
      control: { type: 'number', min: 0, max: 3 },
      description:
        "Extra cells after (bottom/right): the paper's odd-case `a`. Must be below max(stride, dilation).",
    },
  },
  args: { input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 0 },
} satisfies Meta<typeof TransposedConvAnimation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Figure 4.6: the transpose of a 5×5, k=3, s=2, p=1 convolution. Inserted zeros are shaded distinctly from padding. */
export const PaddingStrides: Story = {};

/** Figure 4.7, the odd case: outputPadding 1 adds the extra row and column at the bottom and right. */
export const Odd: Story = { args: { outputPadding: 1 } };

/** The 2×2-kernel, stride-2 "deconvolution" people asked the original for (its issue #15). */
export const Kernel2Stride2: Story = { args: { input: 3, kernel: 2, stride: 2, padding: 0 } };

/** Numbers make the 180° kernel rotation of the equivalent convolution visible. */
export const WithValues: Story = {
  args: { input: 2, kernel: 3, stride: 2, padding: 0, showValues: true },
};

/** The scatter view: each input cell stamps the kernel onto the output (overlap shaded). */
export const ScatterView: Story = { args: { view: 'scatter', showValues: true } };

/** The matrix view: y = M·x, M the transpose of the direct convolution's C. */
export const MatrixView: Story = { args: { view: 'matrix' } };

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      <TransposedConvAnimation {...args} title="Playing" />
      <TransposedConvAnimation
        {...args}
        outputPadding={1}
        autoPlay={false}
        defaultFrame={7}
        title="Odd case, paused"
      />
      <TransposedConvAnimation {...args} showValues autoPlay={false} title="With values" />
      <TransposedConvAnimation {...args} padding={5} title="Invalid: padding too large" />
    </div>
  ),
};
