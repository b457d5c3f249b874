// Live examples embedded in the MDX guides.
import {
  ConvAnimation,
  classicTheme,
  darkTheme,
  highContrastTheme,
  slideTheme,
} from '@conv-arithmetic/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { CustomPlayer } from './support/CustomPlayer';
import { Slide } from './support/Slide';

const meta = {
  title: 'Guides/Examples',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Build your own controls with usePlayback and DiagramSvg. */
export const HeadlessPlayer: Story = { render: () => <CustomPlayer /> };

/** The four presets side by side. */
export const ThemePresets: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      {[
        ['classicTheme', classicTheme],
        ['darkTheme', darkTheme],
        ['highContrastTheme', highContrastTheme],
        ['slideTheme', slideTheme],
      ].map(([name, theme]) => (
        <ConvAnimation
          key={String(name)}
          input={4}
          kernel={3}
          padding={1}
          stride={2}
          theme={theme as typeof classicTheme}
          cellSize={name === 'slideTheme' ? 32 : 22}
          caption={String(name)}
          title={`${String(name)} example`}
        />
      ))}
    </div>
  ),
};

/** A 16:9 lecture slide with the slide preset. */
export const FullScreenSlide: Story = {
  render: () => <Slide />,
  parameters: { layout: 'fullscreen' },
};

/** A row of small playing diagrams, named "<prefix> diagram 1…count". */
function Diagrams({ prefix, count }: { prefix: string; count: number }) {
  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
      data-testid={prefix === 'Visible' ? 'visible' : 'offscreen'}
    >
      {Array.from({ length: count }, (_, i) => `${prefix} diagram ${i + 1}`).map((name) => (
        <ConvAnimation
          key={name}
          input={5}
          kernel={3}
          fps={4}
          cellSize={12}
          labels={false}
          controls={false}
          title={name}
        />
      ))}
    </div>
  );
}

/** Fifty diagrams, most of them far below the fold: only the visible ones tick. */
export const ManyDiagrams: Story = {
  render: () => (
    <div>
      <Diagrams prefix="Visible" count={5} />
      <div style={{ height: 4000 }} aria-hidden="true" />
      <Diagrams prefix="Off-screen" count={45} />
    </div>
  ),
};
