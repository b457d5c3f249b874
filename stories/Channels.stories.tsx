// Several input and output maps, groups and depthwise, and PyTorch's padding modes.
import { ConvAnimation } from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { optionArgTypes, specArgTypes } from './argTypes';
import { CausalStack } from './support/CausalStack';

const meta = {
  title: 'Components/Channels and padding modes',
  component: ConvAnimation,
  argTypes: { ...specArgTypes, ...optionArgTypes },
  args: { input: 4, kernel: 3 },
} satisfies Meta<typeof ConvAnimation>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The paper's Figure 1.3: two input maps, three output maps, a 3×2×3×3 collection of kernels.
 * Each output map is the sum of one 3×3 kernel slice over each input map: the partial sums beside
 * the maps add up to the output value (`nn.Conv2d(2, 3, kernel_size=3)`).
 */
export const PaperFigure13: Story = {
  args: { input: 4, kernel: 3, inChannels: 2, outChannels: 3, showValues: true },
};

/** The same picture without numbers: the kernel slices walking both maps at once. */
export const PaperFigure13Abstract: Story = {
  args: { input: 4, kernel: 3, inChannels: 2, outChannels: 3 },
};

/**
 * Depthwise (`groups = inChannels`): each output map reads its own input map alone; the other
 * maps are veiled (`nn.Conv2d(3, 3, kernel_size=3, padding=1, groups=3)`).
 */
export const Depthwise: Story = {
  args: {
    input: 4,
    kernel: 3,
    padding: 1,
    inChannels: 3,
    outChannels: 3,
    groups: 3,
    showValues: true,
  },
};

/** Pointwise (1×1): each output cell mixes one cell of every input map (`nn.Conv2d(3, 2, 1)`). */
export const Pointwise: Story = {
  args: { input: 3, kernel: 1, inChannels: 3, outChannels: 2, showValues: true },
};

/** Two groups: output maps 1–2 read input maps 1–2, maps 3–4 read maps 3–4. */
export const TwoGroups: Story = {
  args: { input: 4, kernel: 3, inChannels: 4, outChannels: 4, groups: 2 },
};

/** `padding_mode='reflect'`: padding cells mirror the input about its edge cell, values shown. */
export const ReflectPadding: Story = {
  args: { input: 4, kernel: 3, padding: 2, paddingMode: 'reflect', showValues: true },
};

/** `padding_mode='replicate'`: the edge cell repeated; each padding cell names the cell it copies. */
export const ReplicatePadding: Story = {
  args: { input: 4, kernel: 3, padding: 1, paddingMode: 'replicate' },
};

/** `padding_mode='circular'`: the input wraps around, as on a torus. */
export const CircularPadding: Story = {
  args: { input: 4, kernel: 3, padding: 1, paddingMode: 'circular', showValues: true },
};

/**
 * A 1-D causal convolution: the input as a strip, the output strip above it, the causal padding
 * (d·(k−1) cells) on the left only, so output t reads inputs up to t and none later
 * (`nn.Conv1d(1, 1, kernel_size=3, dilation=2)` after `F.pad(x, (4, 0))`).
 */
export const Causal1D: Story = {
  args: { input: [1, 10], kernel: [1, 3], dilation: [1, 2], padding: 'causal' },
};

/** WaveNet-style: dilated causal convolutions, dilation 1, 2, 4, 8, one figure, one playback. */
export const WaveNetStack: Story = { render: () => <CausalStack /> };
