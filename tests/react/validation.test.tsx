// Every prop is validated in one place: an invalid value renders one inline alert naming that
// prop — never a crash, never NaN or Infinity in the markup.
import { convDiagram } from '@conv-arithmetic/core';
import {
  ConvAnimation,
  type ConvAnimationProps,
  classicTheme,
  DiagramSvg,
  DilatedConvAnimation,
  type Playback,
  PlaybackControls,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { cyclicArray, cyclicObject, invalidProp, NON_FINITE_ATTRIBUTE } from './invalidProps';

const base = { input: 5, kernel: 3, autoPlay: false };

/** Renders, and checks the one alert names `param` and nothing non-finite reached an attribute. */
function expectAlert(element: ReactElement, param: string, message?: RegExp) {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { container } = render(element);
  const alerts = screen.getAllByRole('alert');
  expect(alerts).toHaveLength(1);
  expect(alerts[0]).toHaveAttribute('data-param', param);
  expect(alerts[0]?.textContent).toContain(param);
  if (message) expect(alerts[0]).toHaveTextContent(message);
  expect(container.innerHTML).not.toMatch(NON_FINITE_ATTRIBUTE);
  expect(container.querySelector('svg[data-frame]')).toBeNull();
}

const props = (extra: Record<string, unknown>) =>
  ({ ...base, ...extra }) as unknown as ConvAnimationProps;

describe('each defect from the adversarial run renders the alert naming its prop', () => {
  const cases: [string, Record<string, unknown>, string, RegExp?][] = [
    ['download="gif"', { download: 'gif' }, 'download', /download must be true, false or/],
    ["download={['exe']}", { download: ['exe'] }, 'download'],
    ['download with a repeated format', { download: ['gif', 'gif'] }, 'download'],
    ["title={{ text: 'x' }}", { title: { text: 'x' } }, 'title', /title must be a string/],
    ['a BigInt input', { input: 5n }, 'input'],
    ['a BigInt padding', { padding: 1n }, 'padding'],
    ['a BigInt in values', { values: { input: [[1n]] } }, 'values.input'],
    ['a BigInt in theme', { theme: { cellSize: 30n } }, 'theme'],
    ['a cyclic input', { input: cyclicArray() }, 'input'],
    ['a cyclic padding', { padding: cyclicObject() }, 'padding'],
    ['a cyclic padding pair', { padding: cyclicArray() }, 'padding'],
    ['a cyclic values', { values: { input: cyclicArray() } }, 'values.input'],
    ['a cyclic theme', { theme: cyclicObject() }, 'theme'],
    ['fps={0}', { fps: 0 }, 'fps', /fps must be a number from 0.001 to 1000, got 0/],
    ['fps={NaN}', { fps: Number.NaN }, 'fps'],
    ['fps={-1}', { fps: -1 }, 'fps'],
    ['frameDuration={-100}', { frameDuration: -100 }, 'frameDuration'],
    ['frameDuration={NaN}', { frameDuration: Number.NaN }, 'frameDuration'],
    ['cellSize={NaN}', { cellSize: Number.NaN }, 'cellSize'],
    ['cellSize={Infinity}', { cellSize: Number.POSITIVE_INFINITY }, 'cellSize'],
    ['cellSize={0}', { cellSize: 0 }, 'cellSize'],
    ['cellSize={-4}', { cellSize: -4 }, 'cellSize'],
    ['theme={{ cellSize: NaN }}', { theme: { cellSize: Number.NaN } }, 'theme', /theme.cellSize/],
    ['speed={NaN}', { speed: Number.NaN }, 'speed'],
    ['speed="2"', { speed: '2' }, 'speed', /speed must be a number/],
    ['defaultSpeed={NaN}', { defaultSpeed: Number.NaN }, 'defaultSpeed'],
    ['defaultSpeed="2"', { defaultSpeed: '2' }, 'defaultSpeed'],
    ['maxGridSize={NaN}', { maxGridSize: Number.NaN }, 'maxGridSize'],
    ['maxGridSize="abc"', { maxGridSize: 'abc' }, 'maxGridSize'],
    ['maxGridSize={0}', { maxGridSize: 0 }, 'maxGridSize', /an integer from 1 to 256/],
    ['maxGridSize over its ceiling', { maxGridSize: 100_000 }, 'maxGridSize'],
    [
      'values that overflow to Infinity',
      {
        input: 2,
        kernel: 2,
        values: {
          input: [
            [1e308, 1e308],
            [1e308, 1e308],
          ],
        },
      },
      'values',
      /overflow/,
    ],
    ["layout='iso'", { layout: 'iso' }, 'layout'],
    ["fit='cover'", { fit: 'cover' }, 'fit'],
    ['autoPlay="yes"', { autoPlay: 'yes' }, 'autoPlay'],
    ['loop={1}', { loop: 1 }, 'loop'],
    ['controls="no"', { controls: 'no' }, 'controls'],
    ['showValues="true"', { showValues: 'true' }, 'showValues'],
    ['labels={0}', { labels: 0 }, 'labels'],
    ['onFrameChange="f"', { onFrameChange: 'f' }, 'onFrameChange'],
    ['onPlayingChange={{}}', { onPlayingChange: {} }, 'onPlayingChange'],
    ['onSpeedChange={1}', { onSpeedChange: 1 }, 'onSpeedChange'],
    ['className={5}', { className: 5 }, 'className'],
    ['downloadName={5}', { download: true, downloadName: 5 }, 'downloadName'],
    ['style="color: red"', { style: 'color: red' }, 'style'],
    ['frame="3"', { frame: '3' }, 'frame', /frame must be a number/],
    ['defaultFrame="3"', { defaultFrame: '3' }, 'defaultFrame'],
    ["caption={{ text: 'x' }}", { caption: { text: 'x' } }, 'caption'],
    ['values that is not an object', { values: 'abc' }, 'values'],
    ['values with an unknown key', { values: { inputs: [[1]] } }, 'values'],
  ];
  for (const [name, extra, param, message] of cases) {
    it(name, () => expectAlert(<ConvAnimation {...props(extra)} />, param, message));
  }

  it('the transposed and dilated components check the same props', () => {
    expectAlert(<TransposedConvAnimation {...props({ stride: 2, fps: 0 })} />, 'fps');
    cleanup();
    expectAlert(<DilatedConvAnimation {...props({ input: 7, download: 'gif' })} />, 'download');
  });

  it('a valid non-menu speed is offered once, in order, with no duplicate option', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ConvAnimation {...props({ speed: 3 })} />);
    const options = [...screen.getByLabelText('Speed').querySelectorAll('option')];
    expect(options.map((o) => o.value)).toEqual(['0.25', '0.5', '1', '2', '3', '4']);
    expect(error).not.toHaveBeenCalled();
  });
});

describe('limits before work: the grid size is checked from the spec, naming the culprit', () => {
  it.each([
    [{ input: 8000, kernel: 8000 }, 'kernel'],
    [{ input: 1e9, kernel: 1e9 }, 'kernel'],
    [{ input: 70, kernel: 3 }, 'input'],
    [{ input: 5, kernel: 3, padding: 100 }, 'padding'],
  ])('%o names %s', (spec, param) => {
    expectAlert(<ConvAnimation {...props(spec)} />, param, /more than maxGridSize \(64\)/);
  });

  it('a transposed grid too large names input, with its drawn size', () => {
    // (40−1)·2 + 1 + 2·(3−1) = 83 drawn cells per side.
    expectAlert(
      <TransposedConvAnimation {...props({ input: 40, kernel: 3, stride: 2 })} />,
      'input',
      /83×83 grid/,
    );
  });
});

describe('the composable pieces check what they are given', () => {
  const diagram = convDiagram({ input: 4, kernel: 3 });
  it('DiagramSvg: cellSize, layout, a theme missing tokens or with unsafe values', () => {
    const svg = (extra: Record<string, unknown>) => (
      <DiagramSvg diagram={diagram} frame={0} theme={classicTheme} title="t" {...extra} />
    );
    expectAlert(svg({ cellSize: Number.NaN }), 'cellSize');
    cleanup();
    expectAlert(svg({ layout: 'iso' }), 'layout');
    cleanup();
    expectAlert(svg({ theme: { colors: classicTheme.colors } }), 'theme', /theme.stroke/);
    cleanup();
    const leak = { ...classicTheme, colors: { ...classicTheme.colors, input: 'url(/leak)' } };
    expectAlert(svg({ theme: leak }), 'theme');
    expect(document.body.innerHTML).not.toContain('leak');
  });

  it('PlaybackControls: a speed or theme it cannot use', () => {
    const playback = {
      frame: 0,
      frameCount: 4,
      status: 'paused',
      playing: false,
      speed: Number.NaN,
      loop: true,
    } as unknown as Playback;
    expectAlert(<PlaybackControls playback={playback} theme={classicTheme} />, 'speed');
    cleanup();
    const broken = { ...classicTheme, font: { ...classicTheme.font, family: 'x;}<' } };
    expectAlert(<PlaybackControls playback={{ ...playback, speed: 1 }} theme={broken} />, 'theme');
  });
});

describe('property: any invalid value of any prop', () => {
  it('renders exactly one alert naming that prop, never throws, no NaN/Infinity attributes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(invalidProp, ({ name, value }) => {
        const { container, unmount } = render(<ConvAnimation {...props({ [name]: value })} />);
        try {
          const alerts = container.querySelectorAll('[role="alert"]');
          expect(alerts).toHaveLength(1);
          expect(alerts[0]?.getAttribute('data-param')?.startsWith(name)).toBe(true);
          expect(alerts[0]?.textContent).toContain(name);
          expect(container.innerHTML).not.toMatch(NON_FINITE_ATTRIBUTE);
        } finally {
          unmount();
        }
      }),
      { numRuns: 400 },
    );
  });
});
