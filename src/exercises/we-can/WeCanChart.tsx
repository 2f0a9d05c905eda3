// The ratings as a chart, for the draft and each saved entry. Loaded once there is a rating to draw
// (the page's first load stays within its budget); shared with WeCanEntries.lazy.tsx.
import { BarChart } from '../shared/BarChart';
import { MAX_RATING, leastSure, sureWords, type StatementRating } from './data';

/** One bar per statement on the 0-100 scale; the least-sure statement says so in words and is drawn dashed. */
export function WeCanChart({ ratings, caption, compact = false }: { ratings: StatementRating[]; caption: string; compact?: boolean }) {
  const lowest = ratings.length > 1 ? leastSure(ratings) : [];
  return (
    // Its own class: statements are long, so on a phone each row is words, then numbers, then bar.
    <div class="we-can-chart">
      <BarChart
        caption={caption}
        quiet={compact}
        max={MAX_RATING}
        rows={ratings.map((r) => {
          const least = lowest.includes(r);
          const text = `${r.rating} out of ${MAX_RATING} · ${sureWords(r.rating)}${least ? ' · least sure' : ''}`;
          return { label: `… ${r.statement}`, bars: [{ value: r.rating }], text, ...(least ? { mark: 'low' } : {}) };
        })}
      />
    </div>
  );
}
