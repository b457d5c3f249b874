import { useState } from 'react';

/** Copies `text` to the clipboard and says, politely, whether it worked. */
export function CopyButton({ label, text }: { label: string; text: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Copying is blocked here: select the text and copy it');
    }
  };
  return (
    <span data-copy="">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
