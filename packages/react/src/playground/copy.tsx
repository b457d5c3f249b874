import { useState } from 'react';
import { BUTTON, FIELD } from './styles';

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
    <span data-copy="" style={FIELD}>
      <button type="button" onClick={copy} style={BUTTON}>
        {label}
      </button>
      <span role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
