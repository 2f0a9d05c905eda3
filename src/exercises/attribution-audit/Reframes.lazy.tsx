// The attribution audit's ideas for a reframe, from the rules in lib/exercises/attribution-audit-reframe.
// Loaded once the explanation and every mark are in (a `.lazy.tsx` file stays out of the exercise's
// chunk: astro.config.mjs).
import type { AttributionAuditDraft } from './data';
import { reframeSuggestions } from './reframe';

export function Reframes({ v }: { v: AttributionAuditDraft }) {
  const tips = reframeSuggestions(v);
  return (
    <div class="notice">
      <p>
        <strong>Ideas for a reframe</strong>
      </p>
      {tips.length ? (
        <ul>
          {tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      ) : (
        <p>No reframe needed: this leaves you room to act. You can still write your own.</p>
      )}
    </div>
  );
}
