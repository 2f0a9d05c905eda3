// The lowest area of the person's latest efficacy-grid round, offered as the ladder's area (chips, as
// the grid offers suggested areas). Loaded after the worksheet hydrates; read once, by ./grid-peek.ts.
import { useMemo } from 'preact/hooks';
import { lowestOnStoredGrid } from './grid-peek';

/** Chips for the lowest area(s) of the latest grid round; nothing when there is none, or it is typed already. */
export function GridOffer({ area, onUse }: { area: string; onUse: (area: string) => void }) {
  const lowest = useMemo(lowestOnStoredGrid, []);
  const typed = area.trim().toLocaleLowerCase();
  if (lowest.length === 0 || lowest.some((r) => r.domain.toLocaleLowerCase() === typed)) return null;
  return (
    <div class="suggestions ladder-offer">
      <span class="suggestions__label" id="belief-ladder-offer">
        Lowest on your latest efficacy grid ({lowest[0]!.rating} of 10):
      </span>
      <ul aria-labelledby="belief-ladder-offer">
        {lowest.map((r) => (
          <li key={r.domain}>
            <button type="button" class="chip" onClick={() => onUse(r.domain)}>
              Use “{r.domain}”
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
