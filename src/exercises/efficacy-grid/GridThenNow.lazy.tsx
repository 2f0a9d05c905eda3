// "Then and now": an earlier saved round of the grid beside the latest one, area by area, as a table
// with the change in words. Loaded only once there are two saved rounds (the island's own chunk
// leaves it out: see exerciseChunkOf in astro.config.mjs).
import { useMemo, useState } from 'preact/hooks';
import type { EfficacyGridEntry } from './data';
import { changeLabel, compareRounds, comparisonSummary } from './compare';
import { formatWhen } from '../shared/format-when';

const ID = 'efficacy-grid';

/**
 * `entries` are the saved rounds, newest first (as the island has them); `level` is the island's
 * own heading level, so this heading sits at the same level as "Your saved rounds".
 */
export function GridThenNow({ entries, level = 3 }: { entries: EfficacyGridEntry[]; level?: 2 | 3 }) {
  const [chosen, setChosen] = useState('');
  // The island renders on every keystroke in the draft; this renders again only when the rounds or
  // the choice change (with thousands of rounds, the list of earlier ones is long).
  return useMemo(() => {
    if (entries.length < 2) return null;
    const Heading = level === 2 ? 'h3' : 'h4';
    const [now, ...rest] = entries;
    // Earlier rounds, oldest first, numbered so two rounds saved in the same minute can be told apart.
    const earlier = rest.reverse();
    const then = earlier.find((e) => e.id === chosen) ?? earlier[0]!;
    const rows = compareRounds(then.ratings, now!.ratings);
    const thenWhen = formatWhen(then.createdAt);
    const nowWhen = formatWhen(now!.createdAt);
    const selectId = `${ID}-compare`;
    return (
      <section class="grid-history grid-then-now" aria-labelledby={`${ID}-then-now`}>
        <Heading id={`${ID}-then-now`}>Then and now</Heading>
        <div class="field field--inline">
          <label class="field__label" for={selectId}>
            Compare with
          </label>
          <select id={selectId} value={then.id} onChange={(event) => setChosen(event.currentTarget.value)}>
            {earlier.map((e, i) => (
              <option key={e.id} value={e.id}>
                Round {i + 1}: {formatWhen(e.createdAt)}
              </option>
            ))}
          </select>
        </div>
        {/* Announced when another round is chosen; silent on first showing. */}
        <p role="status" aria-live="polite">
          {comparisonSummary(rows)}
        </p>
        <table>
          <caption class="grid-chart__caption">
            Your ratings then ({thenWhen}) and now ({nowWhen})
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Then</th>
              <th scope="col">Now</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.domain}>
                <th scope="row">{row.domain}</th>
                <td>{row.then ?? 'not rated'}</td>
                <td>{row.now ?? 'not rated'}</td>
                <td>{changeLabel(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  }, [entries, chosen, level]);
}
