// Said where deleting is offered, when another site shows this page in a frame: deleting is off,
// and the page opens in a tab of its own (src/lib/framing.ts).
import { useEffect, useState } from 'preact/hooks';
import { FRAMED_MESSAGE, framedByOtherOrigin } from '../../lib/framing';

export function FramedNotice() {
  // Worked out after the first render, so the server's HTML (never framed) matches.
  const [framed, setFramed] = useState(false);
  useEffect(() => setFramed(framedByOtherOrigin()), []);
  if (!framed) return null;
  return (
    <p class="notice notice--warning" role="alert" data-framed>
      {FRAMED_MESSAGE}{' '}
      <a href={location.href} target="_blank" rel="noopener noreferrer">
        Open this page in a new tab
      </a>
    </p>
  );
}
