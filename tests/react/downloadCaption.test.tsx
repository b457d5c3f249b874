// The download buttons' SVG carries a text caption, as the exporter's does; a caption the SVG
// cannot hold (an element, too long) stays on the page only.
import { ConvAnimation } from '@conv-arithmetic/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

/** Clicks Download SVG and returns the saved file's text. */
async function downloadedSvg(caption: React.ReactNode): Promise<string> {
  const blobs: Blob[] = [];
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return 'blob:x';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  render(
    <ConvAnimation input={4} kernel={3} autoPlay={false} download={['svg']} caption={caption} />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
  await waitFor(() => expect(blobs).toHaveLength(1));
  return (blobs[0] as Blob).text();
}

describe('downloads and the caption', () => {
  it('a text caption is drawn in the downloaded SVG', async () => {
    const svg = await downloadedSvg('No padding, no strides');
    expect(svg).toContain('data-layer="caption"');
    expect(svg).toContain('No padding, no strides');
  });

  it('an element caption is left out of the file', async () => {
    expect(await downloadedSvg(<em>emphasis</em>)).not.toContain('data-layer="caption"');
  });

  it('a caption over 500 characters is left out of the file', async () => {
    expect(await downloadedSvg('x'.repeat(501))).not.toContain('data-layer="caption"');
  });
});
