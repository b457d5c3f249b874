// <ConvPlayground> through the DOM: labelled controls drive the diagram, the formula and the code;
// an invalid combination shows the core's error and keeps the last valid diagram; the URL holds
// the whole state.
import { ConvPlayground } from '@conv-arithmetic/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(() => window.history.replaceState(null, '', '/'));

const formula = (container: HTMLElement) =>
  container.querySelector('[data-playground-formula] output')?.textContent;
const pytorch = (container: HTMLElement) =>
  container.querySelector('[data-playground-pytorch]')?.textContent;
/** The drawn figure, independent of the frame playback is on: its name and extent. */
function diagram(container: HTMLElement): string {
  const svg = container.querySelector('[data-playground-diagram] svg[role="img"]');
  const title = svg?.querySelector('title')?.textContent;
  return svg ? `${title} ${svg.getAttribute('viewBox')}` : '';
}

describe('<ConvPlayground>', () => {
  it('starts on Figure 2.6 with its relationship, PyTorch and Keras lines', () => {
    const { container } = render(<ConvPlayground />);
    expect(formula(container)).toBe('o = ⌊(5 + 2·1 − 3) / 2⌋ + 1 = 3');
    expect(container.textContent).toContain('Relationship 6 of the paper');
    expect(pytorch(container)).toBe('nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)');
    expect(container.querySelector('[data-playground-keras]')?.textContent).toBe(
      "layers.Conv2D(1, 3, strides=2, padding='same')",
    );
  });

  it('updates the diagram, the formula and the PyTorch line when the stride changes', async () => {
    const user = userEvent.setup();
    const { container } = render(<ConvPlayground />);
    const before = diagram(container);
    const stride = screen.getByRole('spinbutton', { name: 'Stride' });
    await user.clear(stride);
    await user.type(stride, '1');
    expect(formula(container)).toBe('o = 5 + 2·1 − (3 − 1) = 5');
    expect(container.textContent).toContain('Relationship 3 of the paper');
    expect(pytorch(container)).toBe('nn.Conv2d(1, 1, kernel_size=3, padding=1)');
    expect(diagram(container)).not.toBe('');
    expect(diagram(container)).not.toBe(before);
    expect(new URLSearchParams(window.location.search).get('stride')).toBe('1');
  });

  it('draws a pooling once chosen: its controls, diagram, formula and PyTorch line', async () => {
    const user = userEvent.setup();
    const { container } = render(<ConvPlayground />);
    const before = diagram(container);
    expect(screen.queryByRole('combobox', { name: 'Pooling mode' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'pooling');
    expect(diagram(container)).toMatch(/pool/i);
    expect(diagram(container)).not.toBe(before);
    expect(screen.getByRole('combobox', { name: 'Pooling mode' })).toHaveValue('max');
    expect(screen.queryByLabelText('Kernel values')).toBeNull();
    // Padding 1 is PyTorch's, beyond the paper's Relationship 7.
    expect(formula(container)).toBe('o = ⌊(5 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3');
    expect(pytorch(container)).toBe('nn.MaxPool2d(kernel_size=3, stride=2, padding=1)');
    expect(container.querySelector('[data-playground-jsx]')?.textContent).toContain(
      '<PoolingAnimation mode="max" input={5} kernel={3} stride={2} padding={1} />',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pooling mode' }), 'average');
    expect(pytorch(container)).toBe('nn.AvgPool2d(kernel_size=3, stride=2, padding=1)');
    expect(screen.queryByRole('spinbutton', { name: 'Dilation' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Ceil mode' }));
    expect(pytorch(container)).toBe(
      'nn.AvgPool2d(kernel_size=3, stride=2, padding=1, ceil_mode=True)',
    );
    const search = new URLSearchParams(window.location.search);
    expect([search.get('kind'), search.get('mode'), search.get('ceil-mode')]).toEqual([
      'pool',
      'average',
      'true',
    ]);
  });

  it('offers the scatter view for a transposed convolution only, and draws the chosen view', async () => {
    const user = userEvent.setup();
    const { container } = render(<ConvPlayground />);
    const options = () =>
      within(screen.getByRole('combobox', { name: 'View' }))
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value);
    expect(options()).toEqual(['equivalent', 'matrix']);
    const before = diagram(container);
    await user.selectOptions(screen.getByRole('combobox', { name: 'View' }), 'matrix');
    expect(diagram(container)).not.toBe(before);
    expect(container.querySelector('[data-playground-jsx]')?.textContent).toContain(
      'view="matrix"',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'transposed');
    expect(options()).toEqual(['equivalent', 'scatter', 'matrix']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'View' }), 'scatter');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('scatter');
    expect(container.querySelector('[data-playground-cli]')?.textContent).toContain(
      '--view scatter',
    );
    // Back to a direct convolution, which only gathers: the paper's picture again.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'direct');
    expect(screen.getByRole('combobox', { name: 'View' })).toHaveValue('equivalent');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'pooling');
    expect(screen.queryByRole('combobox', { name: 'View' })).toBeNull();
  });

  it('shows the core error as an alert and keeps the last valid diagram', async () => {
    const user = userEvent.setup();
    const { container } = render(<ConvPlayground />);
    const kernel = screen.getByRole('spinbutton', { name: 'Kernel' });
    const valid = diagram(container);
    const validFormula = formula(container);
    await user.clear(kernel);
    await user.type(kernel, '9');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('kernel');
    expect(alert).toHaveTextContent(/larger than the padded input/);
    expect(container.textContent).toContain('Still showing the last valid diagram.');
    expect(diagram(container)).toBe(valid);
    expect(formula(container)).toBe(validFormula);
    await user.clear(kernel);
    await user.type(kernel, '3');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads its state from the URL and offers every parameter as a labelled control', async () => {
    window.history.replaceState(
      null,
      '',
      '/?kind=transposed&input=3&kernel=3&stride=2&padding=1&output-padding=1',
    );
    const { container } = render(<ConvPlayground />);
    expect(await screen.findByText('o′ = 2(3 − 1) + 1 + 3 − 2·1 = 6')).toBeInTheDocument();
    expect(container.textContent).toContain('Relationship 14 of the paper');
    expect(pytorch(container)).toBe(
      'nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1)',
    );
    for (const name of [
      'Kind',
      'Input',
      'Kernel',
      'Stride',
      'Padding form',
      'Padding',
      'Dilation',
      'Output padding',
      'Show values',
      'Layout',
      'Theme',
    ]) {
      expect(screen.getAllByLabelText(name, { exact: true }).length, name).toBeGreaterThan(0);
    }
    const form = screen.getByRole('form', { name: 'Parameters' });
    await userEvent.setup().selectOptions(within(form).getByLabelText('Padding form'), 'sides');
    expect(screen.getByRole('spinbutton', { name: 'Padding top' })).toHaveValue(1);
    expect(new URLSearchParams(window.location.search).get('padding')).toBe('1,1,1,1');
  });

  it('takes the numbers of the kernel once values are shown', async () => {
    const user = userEvent.setup();
    const { container } = render(<ConvPlayground syncUrl={false} />);
    expect(screen.queryByLabelText('Kernel values')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show values' }));
    const kernel = screen.getByRole('textbox', { name: 'Kernel values' });
    await user.type(kernel, '1 0 0{enter}0 1 0{enter}0 0 1');
    expect(container.querySelector('[data-playground-jsx]')?.textContent).toContain(
      'values={{ kernel: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] }}',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    await user.clear(kernel);
    await user.type(kernel, '1 2');
    expect(screen.getByRole('alert')).toHaveTextContent('values.kernel');
  });

  it('leaves the address alone until the state changes', async () => {
    window.history.replaceState(null, '', '/lesson?page=2');
    const user = userEvent.setup();
    render(<ConvPlayground />);
    expect(await screen.findByRole('link', { name: 'Link to this configuration' })).toHaveAttribute(
      'href',
      expect.stringContaining('page=2&kind=conv&mode=max&input=5'),
    );
    expect(window.location.search).toBe('?page=2');
    await user.click(screen.getByRole('checkbox', { name: 'Show values' }));
    const search = new URLSearchParams(window.location.search);
    expect(search.get('page')).toBe('2');
    expect(search.get('values')).toBe('true');
  });
});
