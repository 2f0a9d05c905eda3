// The grid as a chart, used for today's ratings and for each saved round.
import { STRENGTH_LABELS, strengthOf, type DomainRating } from './data';

/** Bars with the value and a word for strength: colour and pattern repeat what the text says. */
export function GridChart({ ratings, caption, compact = false }: { ratings: DomainRating[]; caption: string; compact?: boolean }) {
  if (ratings.length === 0) return null;
  return (
    <figure class={`grid-chart${compact ? ' grid-chart--compact' : ''}`}>
      <figcaption class="grid-chart__caption">{caption}</figcaption>
      <ul class="grid-chart__rows">
        {ratings.map((r) => {
          const strength = strengthOf(r.rating);
          return (
            <li class={`grid-chart__row grid-chart__row--${strength}`} key={r.domain}>
              <span class="grid-chart__name">{r.domain}</span>
              {/* Width by class, not a style attribute, so a strict CSP needs no 'unsafe-inline'. */}
              <span class="grid-chart__bar" aria-hidden="true" data-value={r.rating}>
                <span />
              </span>
              <span class="grid-chart__value">
                {r.rating}/10 · {STRENGTH_LABELS[strength]}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
