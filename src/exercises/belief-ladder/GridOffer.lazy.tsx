// The lowest area of the person's latest efficacy-grid round, offered as the ladder's area. Loaded
// after the worksheet hydrates: it reads the grid's saved rounds through the grid's store (its saved
// data and checks only, none of the grid's worksheet).
import { useStore } from '@nanostores/preact';
import { liveEntries } from '../../lib/storage/entries';
import { efficacyGrid } from '../efficacy-grid/store';
import { lowestAreas } from './ladder';

/** Chips for the lowest area(s) of the latest grid round; nothing when there is no saved round. */
export function GridOffer({ area, onUse }: { area: string; onUse: (area: string) => void }) {
  const latest = liveEntries(useStore(efficacyGrid.$state, { ssr: 'initial' }))[0];
  const lowest = lowestAreas(latest?.ratings ?? []);
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
