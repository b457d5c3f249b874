import { DilatedConvAnimation } from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { optionArgTypes, specArgTypes } from './argTypes';

const meta = {
  title: 'Components/DilatedConvAnimation',
  component: DilatedConvAnimation,
  argTypes: { ...specArgTypes, ...optionArgTypes },
  args: { input: 7, kernel: 3, dilation: 2 },
} satisfies Meta<typeof DilatedConvAnimation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Figure 5.1: a 3×3 kernel with dilation 2 spans 5×5 cells. */
export const Dilation2: Story = {};

export const Dilation3: Story = { args: { input: 9, kernel: 3, dilation: 3 } };

export const DilationWithPadding: Story = {
  args: { input: 5, kernel: 3, dilation: 2, padding: 'same' },
};

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      <DilatedConvAnimation {...args} title="Playing" />
      <DilatedConvAnimation {...args} showValues autoPlay={false} title="With values" />
      <DilatedConvAnimation
        {...args}
        layout="flat"
        autoPlay={false}
        defaultFrame={4}
        title="Flat layout"
      />
    </div>
  ),
};
