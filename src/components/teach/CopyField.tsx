// A read-only link with a Copy button that says whether copying worked.
import { useState } from 'preact/hooks';

export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied.');
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied('Copying is blocked here: the link is selected, so press Ctrl+C (or ⌘C) to copy it.');
    }
  };
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <input
        type="text"
        id={id}
        class="link-output"
        readOnly
        value={value}
        onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
      />
      <p class="button-row">
        <button type="button" class="quiet" onClick={copy}>
          Copy
        </button>
        <span role="status" aria-live="polite">
          {copied}
        </span>
      </p>
    </div>
  );
}
