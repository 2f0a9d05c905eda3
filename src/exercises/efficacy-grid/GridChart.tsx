// The grid as a chart, for today's ratings and each saved round. Loaded once there is a rating to
// draw (the island's first load stays within its budget); shared with GridRounds.lazy.tsx.
import { BarChart } from '../shared/BarChart';
import { MAX_RATING, STRENGTH_LABELS, strengthOf, type DomainRating } from './data';

/** One bar per area on the 1-10 scale; low areas are drawn dashed and say "Low" in words. */
export function GridChart({ ratings, caption, compact = false }: { ratings: DomainRating[]; caption: string; compact?: boolean }) {
  return (
    <BarChart
      caption={caption}
      quiet={compact}
      max={MAX_RATING}
      rows={ratings.map((r) => {
        const strength = strengthOf(r.rating);
        return { label: r.domain, bars: [{ value: r.rating }], text: `${r.rating}/10 · ${STRENGTH_LABELS[strength]}`, mark: strength };
      })}
    />
  );
}
