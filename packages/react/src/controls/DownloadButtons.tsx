import { useState } from 'react';
import type { DownloadFormat } from '../figure/props';

const LABELS: Record<DownloadFormat, string> = {
  gif: 'Download GIF',
  svg: 'Download SVG',
  png: 'Download PNG',
};

export interface DownloadButtonsProps {
  formats: readonly DownloadFormat[];
  onDownload: (format: DownloadFormat) => Promise<unknown>;
  /** Until the page is hydrated: a button that cannot work yet is not offered as working. */
  disabled?: boolean | undefined;
}

/** Opt-in download buttons; each is busy (and says so) while its file is being made. */
export function DownloadButtons({ formats, onDownload, disabled }: DownloadButtonsProps) {
  const [busy, setBusy] = useState<DownloadFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      {formats.map((format) => (
        <button
          className="ca-button"
          key={format}
          type="button"
          disabled={busy !== null || disabled}
          aria-busy={busy === format}
          onClick={async () => {
            setBusy(format);
            setFailure(null);
            try {
              await onDownload(format);
            } catch (error) {
              setFailure(
                `${LABELS[format]} failed: ${error instanceof Error ? error.message : String(error)}`,
              );
            } finally {
              setBusy(null);
            }
          }}
        >
          {busy === format ? `${LABELS[format]}…` : LABELS[format]}
        </button>
      ))}
      {failure && <span role="alert">{failure}</span>}
    </>
  );
}
