import { PoolingAnimation, slideTheme } from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { optionArgTypes, specArgTypes } from './argTypes';

const meta = {
  title: 'Components/PoolingAnimation',
  component: PoolingAnimation,
  argTypes: {
    ...specArgTypes,
    padding: {
      control: { type: 'number', min: 0, max: 4, step: 1 },
      description: 'Padding, the same on both sides: at most half the kernel (PyTorch).',
    },
    stride: { ...specArgTypes.stride, description: 'Stride (default: the kernel, as PyTorch).' },
    mode: {
      control: 'inline-radio',
      options: ['max', 'average'],
      description: "`'max'` (padding holds −∞) or `'average'` (divides by the whole window).",
    },
    ceilMode: { control: 'boolean', description: "PyTorch's `ceil_mode` (default false)." },
    ...optionArgTypes,
  },
  args: { mode: 'max', input: 5, kernel: 3, stride: 1 },
} satisfies Meta<typeof PoolingAnimation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The paper's Figure 1.6: 3×3 max pooling over the shared 5×5 input, stride 1. */
export const MaxPooling: Story = {};

/** The paper's Figure 1.5: 3×3 average pooling, stride 1. */
export const AveragePooling: Story = { args: { mode: 'average' } };

/** Padding under max pooling holds −∞, so it never wins; the equation underlines it. */
export const MaxPoolingWithPadding: Story = { args: { padding: 1, stride: 2 } };

/** Average pooling counts padding in the window (PyTorch's count_include_pad). */
export const AveragePoolingWithPadding: Story = {
  args: { mode: 'average', padding: 1, stride: 2 },
};

/** The default stride is the kernel: windows side by side, as PyTorch's MaxPool2d(2). */
export const DefaultStride: Story = { args: { input: 6, kernel: 2, stride: undefined } };

/** Ceil mode: one more window where the last stride is partial, drawn whole. */
export const CeilMode: Story = {
  args: { mode: 'average', input: 5, kernel: 2, stride: undefined, ceilMode: true },
};

/** Each output cell appears once computed. */
export const ProgressiveReveal: Story = { args: { reveal: 'progressive' } };

/** Downloads: the same files as the exporter, progressive reveal included. */
export const Downloads: Story = {
  args: { download: ['gif', 'svg', 'png'], autoPlay: false, reveal: 'progressive' },
};

/** The picture alone, in the paper's perspective. */
export const WithoutValues: Story = { args: { showValues: false } };

export const SlideTheme: Story = { args: { theme: slideTheme, autoPlay: false } };

/** Bad props render an inline alert naming the prop. */
export const InvalidProps: Story = { args: { padding: 2 } };

/** Every state at a glance. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      <PoolingAnimation {...args} title="Max, playing" />
      <PoolingAnimation
        {...args}
        mode="average"
        autoPlay={false}
        defaultFrame={4}
        title="Average, frame 5"
      />
      <PoolingAnimation
        {...args}
        reveal="progressive"
        autoPlay={false}
        defaultFrame={3}
        title="Progressive, frame 4"
      />
      <PoolingAnimation {...args} equation={false} autoPlay={false} title="Without the equation" />
      <PoolingAnimation {...args} showValues={false} autoPlay={false} title="Without values" />
    </div>
  ),
};
