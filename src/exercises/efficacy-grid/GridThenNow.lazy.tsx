// "Then and now": an earlier saved round of the grid beside the latest one, area by area, as a
// paired bar chart (then outlined, now solid) with the numbers and the change in words. Loaded only once there are two saved rounds (the island's own chunk
// leaves it out: see exerciseChunkOf in astro.config.mjs).
import { useMemo, useState } from 'preact/hooks';
import { MAX_RATING, type EfficacyGridEntry } from './data';
import { BarChart } from '../shared/BarChart';
import { changeLabel, compareRounds, comparisonSummary } from './compare';
import { formatMoment } from '../../lib/date-format';

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
    const thenWhen = formatMoment(then.createdAt);
    const nowWhen = formatMoment(now!.createdAt);
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
                Round {i + 1}: {formatMoment(e.createdAt)}
              </option>
            ))}
          </select>
        </div>
        {/* Announced when another round is chosen; silent on first showing. */}
        <p role="status" aria-live="polite">
          {comparisonSummary(rows)}
        </p>
        <BarChart
          caption={
            <>
              Your ratings then ({thenWhen}) and now ({nowWhen}) <span class="bar-chart__key">— outlined bar: then; solid bar: now</span>
            </>
          }
          max={MAX_RATING}
          rows={rows.map((row) => ({
            label: row.domain,
            bars: [
              { value: row.then ?? 0, kind: 'then' },
              { value: row.now ?? 0, kind: 'now' },
            ],
            text: `${row.then ?? '–'} → ${row.now ?? '–'} · ${changeLabel(row)}`,
          }))}
          table={{
            name: `Your ratings then (${thenWhen}) and now (${nowWhen})`,
            head: ['Area', 'Then', 'Now', 'Change'],
            rows: rows.map((row) => [row.domain, row.then ?? 'not rated', row.now ?? 'not rated', changeLabel(row)]),
          }}
        />
      </section>
    );
  }, [entries, chosen, level]);
}
