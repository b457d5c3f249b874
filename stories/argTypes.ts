// Controls and descriptions for every prop the animation components share.
import type { ArgTypes } from '@storybook/react-vite';

const size = (summary: string) => ({
  control: { type: 'number' as const, min: 1, max: 16, step: 1 },
  table: { type: { summary } },
});

export const specArgTypes: ArgTypes = {
  input: {
    ...size('number | [rows, cols]'),
    description: 'Input size (cells per side, or `[rows, cols]`).',
  },
  kernel: { ...size('number | [rows, cols]'), description: 'Kernel size, un-dilated.' },
  stride: { ...size('number | [rows, cols]'), description: 'Stride (default 1).' },
  dilation: {
    ...size('number | [rows, cols]'),
    description: 'Dilation: taps spaced `d` apart (default 1).',
  },
  padding: {
    control: 'object',
    description:
      "Zero padding: a number, `[rows, cols]`, `'valid'`, `'same'`, `'full'` or `{ top, right, bottom, left }`. For a transposed convolution, the padding of the direct convolution it transposes.",
    table: {
      type: {
        summary: "number | [rows, cols] | 'valid' | 'same' | 'full' | { top, right, bottom, left }",
      },
    },
  },
};

export const optionArgTypes: ArgTypes = {
  autoPlay: {
    control: 'boolean',
    description: 'Start playing on mount (default: true unless the user prefers reduced motion).',
  },
  loop: { control: 'boolean', description: 'Start over after the last frame (default true).' },
  fps: {
    control: { type: 'number', min: 0.25, max: 30, step: 0.25 },
    description: 'Frames per second (default 1).',
  },
  frameDuration: {
    control: { type: 'number', min: 30, step: 10 },
    description: 'Milliseconds per frame; overrides `fps`.',
  },
  controls: { control: 'boolean', description: 'Show the playback controls (default true).' },
  showValues: {
    control: 'boolean',
    description: 'Print numbers in cells; output cells show the computed values.',
  },
  reveal: {
    control: 'inline-radio',
    options: ['all', 'progressive'],
    description:
      "When output cells appear: `'all'` from the first frame, as the paper (default), or `'progressive'`: each once computed.",
  },
  equation: {
    control: 'boolean',
    description:
      'The equation line: the current frame\'s arithmetic ("3·0 + 3·1 + … = 12"), terms over padding or inserted zeros underlined. Shown whenever values are (default); `false` hides it.',
  },
  values: {
    control: 'object',
    description: 'The numbers to print: `{ input, kernel }` matrices matching the spec.',
  },
  cellSize: {
    control: { type: 'range', min: 12, max: 64, step: 1 },
    description: 'One cell in px.',
  },
  layout: {
    control: 'inline-radio',
    options: ['perspective', 'flat'],
    description: "The paper's oblique picture, or flat side by side.",
  },
  labels: {
    control: 'boolean',
    description: '"input"/"output" labels and the legend (default true).',
  },
  title: { control: 'text', description: 'Accessible name (default: a sentence from the spec).' },
  caption: { control: 'text', description: 'Visible caption under the diagram.' },
  theme: {
    control: 'object',
    description: 'Theme token overrides, e.g. `{ colors: { output: "#B58900" } }`.',
  },
  className: { control: 'text' },
  style: { control: 'object' },
  frame: {
    control: { type: 'number', min: 0 },
    description: 'Controlled frame (0-based); pair with `onFrameChange`.',
  },
  defaultFrame: {
    control: { type: 'number', min: 0 },
    description: 'Uncontrolled starting frame (0-based).',
  },
  onFrameChange: { action: 'frame change' },
  playing: {
    control: 'boolean',
    description: 'Controlled play state; pair with `onPlayingChange`.',
  },
  onPlayingChange: { action: 'playing change' },
  speed: {
    control: { type: 'number', min: 0.25, max: 4, step: 0.25 },
    description: 'Controlled playback rate.',
  },
  defaultSpeed: {
    control: { type: 'number', min: 0.25, max: 4, step: 0.25 },
    description: 'Starting playback rate.',
  },
  onSpeedChange: { action: 'speed change' },
  download: {
    control: 'object',
    description: "Opt-in download buttons: `true` (GIF and SVG) or a list of 'gif', 'svg', 'png'.",
  },
  downloadName: { control: 'text', description: 'Base name of downloaded files.' },
  maxGridSize: {
    control: { type: 'number', min: 4, max: 128 },
    description: 'Largest grid drawn, cells per side (default 64).',
  },
};
