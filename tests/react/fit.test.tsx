// fit="contain" wraps the figure in a box that fills its container and scales the figure to
// fit it (measured in the browser: tests/e2e/slides.test.ts); the counter reserves its widest
// text so the figure keeps its size while it plays.
import { ConvAnimation } from '@conv-arithmetic/react';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

describe('fit', () => {
  it('"width" (the default) draws the figure alone', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    expect(container.querySelector('[data-part="fit"]')).toBeNull();
    expect(container.firstElementChild?.tagName).toBe('FIGURE');
  });

  it('"contain" scales the figure by the smaller of the box\'s width and height ratios', () => {
    // jsdom lays nothing out: give the box 600×300 and the figure 400×400.
    const sizes: Record<string, number> = { clientWidth: 600, clientHeight: 300 };
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(
      () => sizes.clientWidth as number,
    );
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(
      () => sizes.clientHeight as number,
    );
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(400);
    const { container } = render(
      <ConvAnimation input={5} kernel={3} autoPlay={false} fit="contain" caption="c" />,
    );
    const box = container.querySelector('[data-part="fit"]');
    const figure = box?.querySelector('figure');
    expect(figure?.getAttribute('data-fit')).toBe('contain');
    expect(figure?.style.transform).toBe('scale(0.75)');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('c');
  });
});

describe('the counter', () => {
  it('reserves the width of its widest text', () => {
    const { container } = render(<ConvAnimation input={7} kernel={3} autoPlay={false} />);
    const counter = [...container.querySelectorAll('[aria-hidden="true"]')].find((element) =>
      element.textContent?.startsWith('frame '),
    );
    expect(counter?.textContent).toBe('frame 1 / 25');
    expect(counter?.getAttribute('data-widest')).toBe('frame 25 / 25');
  });
});
