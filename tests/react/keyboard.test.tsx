// Keyboard operation with user-event: Space, arrows, Home/End on the figure; Tab order; buttons.
import { ConvAnimation } from '@conv-arithmetic/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { shownFrame } from './helpers';

function setup(props: Partial<Parameters<typeof ConvAnimation>[0]> = {}) {
  const user = userEvent.setup();
  const view = render(<ConvAnimation input={5} kernel={3} autoPlay={false} {...props} />);
  const figure = view.container.querySelector('figure') as HTMLElement;
  return { user, figure, ...view };
}

describe('keyboard', () => {
  it('the figure is the first tab stop and names its keys', async () => {
    const { user, figure } = setup();
    await user.tab();
    expect(figure).toHaveFocus();
    expect(figure.getAttribute('aria-label')).toMatch(/Space plays or pauses; arrow keys/);
  });

  it('Space toggles playback; ← and → step; Home and End jump', async () => {
    const { user, figure, container } = setup();
    figure.focus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(shownFrame(container)).toBe(2);
    await user.keyboard('{ArrowLeft}');
    expect(shownFrame(container)).toBe(1);
    await user.keyboard('{End}');
    expect(shownFrame(container)).toBe(8);
    await user.keyboard('{Home}');
    expect(shownFrame(container)).toBe(0);
  });

  it('↑ and ↓ move to the output cell above or below (one row of frames)', async () => {
    const { user, figure, container } = setup();
    figure.focus();
    await user.keyboard('{ArrowDown}');
    expect(shownFrame(container)).toBe(3);
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(shownFrame(container)).toBe(7);
    await user.keyboard('{ArrowUp}');
    expect(shownFrame(container)).toBe(4);
  });

  it('every control is reachable by Tab and operable by Enter and Space', async () => {
    const { user, container } = setup();
    await user.tab(); // figure
    await user.tab();
    expect(screen.getByRole('button', { name: 'Restart' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Play' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
    await user.keyboard(' '); // a native button press, toggled once (not twice)
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next frame' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(shownFrame(container)).toBe(1);
    await user.keyboard('{ArrowRight}'); // arrows work from a button too
    expect(shownFrame(container)).toBe(2);
    await user.tab();
    expect(screen.getByRole('slider', { name: 'Frame' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveFocus();
  });

  it('the scrubber keeps its own arrow keys', async () => {
    const { user, container } = setup();
    const slider = screen.getByRole('slider', { name: 'Frame' });
    slider.focus();
    await user.keyboard('{ArrowRight}');
    // jsdom does not move range inputs by key; what matters is the figure did not step too.
    expect(shownFrame(container)).toBe(0);
  });
});
