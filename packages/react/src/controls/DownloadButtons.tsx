import { useState } from 'react';
import type { DownloadFormat } from '../export/browserDownload';
import { Button } from './styles';

const LABELS: Record<DownloadFormat, string> = {
  gif: 'Download GIF',
  svg: 'Download SVG',
  png: 'Download PNG',
};

export interface DownloadButtonsProps {
  formats: readonly DownloadFormat[];
  onDownload: (format: DownloadFormat) => Promise<unknown>;
}

/** Opt-in download buttons; each is busy (and says so) while its file is being made. */
export function DownloadButtons({ formats, onDownload }: DownloadButtonsProps) {
  const [busy, setBusy] = useState<DownloadFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      {formats.map((format) => (
        <Button
          key={format}
          type="button"
          disabled={busy !== null}
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
        </Button>
      ))}
      {failure && <span role="alert">{failure}</span>}
    </>
  );
}
