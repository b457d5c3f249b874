import { paperGallery } from '@conv-arithmetic/core/gallery';
import { TransposedConvAnimation, type TransposedConvAnimationProps } from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

/** The seven transposed animations of the paper's gallery, each drawn in the three views. */
const seeds = paperGallery.filter((entry) => entry.kind === 'transposed');

function ThreeViews(props: TransposedConvAnimationProps) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      <TransposedConvAnimation {...props} view="equivalent" />
      <TransposedConvAnimation {...props} view="scatter" />
      <TransposedConvAnimation {...props} view="matrix" />
    </div>
  );
}

const meta = {
  title: 'Components/TransposedConvAnimation/Views',
  component: ThreeViews,
  args: { input: 3, kernel: 3, autoPlay: false, cellSize: 20 },
} satisfies Meta<typeof ThreeViews>;

export default meta;
type Story = StoryObj<typeof meta>;

const seed = (name: string): Story => {
  const entry = seeds.find((e) => e.name === name);
  if (!entry) throw new Error(`no seed ${name}`);
  return { name: entry.caption, args: { ...entry.spec } };
};

/** The equivalent convolution, the scatter (overlap-add) view, and y = M·x, side by side. */
export const NoPaddingNoStrides: Story = seed('no_padding_no_strides_transposed');
export const ArbitraryPaddingNoStrides: Story = seed('arbitrary_padding_no_strides_transposed');
export const HalfPaddingNoStrides: Story = seed('same_padding_no_strides_transposed');
export const FullPaddingNoStrides: Story = seed('full_padding_no_strides_transposed');
/** With stride 2 the scatter view shows the checkerboard: a 3×3 kernel overlaps unevenly. */
export const NoPaddingStrides: Story = seed('no_padding_strides_transposed');
export const PaddingStrides: Story = seed('padding_strides_transposed');
export const PaddingStridesOdd: Story = seed('padding_strides_odd_transposed');
