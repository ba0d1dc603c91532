// Every state lives in the URL, so sharing it is copying the address.
import { useState } from 'react';

export function CopyLink() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy: copy the address bar instead');
    }
  };
  return (
    <div className="flex items-center gap-2">
      <button type="button" className="btn" onClick={copy} data-testid="copy-link">Copy link</button>
      <span role="status" className="text-xs text-muted">{status}</span>
    </div>
  );
}
