// "Open hand-ins": paste links, or collect files, a folder or a class platform's .zip in one step
// (./CollectFiles.tsx), then what was opened, what could not be, and which students handed in more
// than once.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { codeFromText } from '../../../lib/transfer/hand-in';
import { MAX_PASTED_LINKS, notOpenedLine, problemsHeading } from '../../../lib/review-page';
import type { OpenHandIns as Opening } from './useOpenHandIns';
import { CollectFiles } from './CollectFiles';

export function OpenHandIns({
  known,
  opening,
  explainer,
  versionsNotice,
}: {
  known: ReadonlySet<string>;
  opening: Opening;
  /** What the trust marks mean, once they have loaded. */
  explainer: ComponentChildren;
  /** Which students handed in more than once, with names shown. */
  versionsNotice: ComponentChildren;
}) {
  const [pasted, setPasted] = useState('');
  const { problems, openCodes, addOpened, summary } = opening;

  const openPasted = () => {
    const links = pasted.split(/\s+/).filter(Boolean);
    const rest = links.slice(MAX_PASTED_LINKS);
    void openCodes(
      links.slice(0, MAX_PASTED_LINKS).map((line, i) => ({ code: codeFromText(line), from: `Link ${i + 1}` })),
      rest.length > 0 ? [notOpenedLine(rest.length)] : [],
    );
    // The links not opened stay in the box, to be opened next.
    setPasted(rest.join('\n'));
  };

  return (
    <section aria-labelledby="open-heading" class="no-print">
      <h2 id="open-heading">Open hand-ins</h2>
      <div class="field">
        <label class="field__label" for="paste-links">
          Paste hand-in links
        </label>
        <p class="field__hint" id="paste-links-hint">
          One or more links, one per line, as students sent them (up to {MAX_PASTED_LINKS} at a time).
        </p>
        <textarea
          id="paste-links"
          rows={3}
          aria-describedby="paste-links-hint"
          value={pasted}
          onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <p>
          <button type="button" onClick={openPasted}>
            Open the links
          </button>
        </p>
      </div>
      <CollectFiles known={known} onCollected={addOpened} />
      {explainer}
      <div role="status" aria-live="polite">
        {summary && (
          <p class="notice" data-collect-summary>
            {summary}
          </p>
        )}
        {problems.length > 0 && (
          <div class="notice notice--warning" data-review-problems>
            <p>
              <strong>{problemsHeading(problems)}</strong>
            </p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {versionsNotice}
      </div>
    </section>
  );
}
