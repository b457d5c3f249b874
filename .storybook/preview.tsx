import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Axe violations fail the story in the a11y panel and in the browser tests.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          'Playground',
          'Gallery',
          'Arithmetic',
          'Transposed convolution',
          'Theming for slides',
          'Playback and the headless hook',
          'Accessibility',
          'Components',
          'Paper gallery',
        ],
      },
    },
  },
};

export default preview;
