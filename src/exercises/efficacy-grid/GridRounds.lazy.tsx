// How saved rounds of the grid are shown and edited, and how each area changed across them. Loaded
// once there is a saved round (a first visit does not need it).
import { useMemo } from 'preact/hooks';
import { domainHistories, type EfficacyGridEntry } from './data';
import { efficacyGrid } from './store';
import { Field } from '../shared/fields';
import { formatMoment } from '../../lib/date-format';
import { GridChart } from './GridChart';

const ID = 'efficacy-grid';

export function renderRound(entry: EfficacyGridEntry) {
  return (
    <>
      <GridChart ratings={entry.ratings} caption={`Ratings on ${formatMoment(entry.createdAt)}`} compact />
      <dl class="entry__fields">
        <dt>Worked on</dt>
        <dd>{entry.focus}</dd>
        <dt>Small success to aim for</dt>
        <dd>{entry.success}</dd>
      </dl>
    </>
  );
}

export function renderRoundEditor(entry: EfficacyGridEntry, prefix: string) {
  return (
    <Field
      id={`${prefix}-first`}
      label={`Small success to aim for in “${entry.focus}”`}
      value={entry.success}
      rows={2}
      onInput={(success) => efficacyGrid.update(entry.id, { success })}
      care={4}
    />
  );
}

/** Each area's ratings across saved rounds, oldest first, and the latest change, in words. */
export function GridHistory({ entries, level }: { entries: EfficacyGridEntry[]; level: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  // Worked out again only when the rounds change, not on every keystroke in the draft.
  const histories = useMemo(() => domainHistories(entries), [entries]);
  return (
    <section class="grid-history" aria-labelledby={`${ID}-history`}>
      <Heading id={`${ID}-history`}>How your areas have changed</Heading>
      <ul>
        {histories.map(({ domain, points, change }) => (
          <li key={domain}>
            <strong>{domain}</strong>: {points.map((p) => p.rating).join(' → ')}
            {change === undefined
              ? ' (rated once)'
              : change === 0
                ? ' (no change)'
                : ` (${change > 0 ? 'up' : 'down'} ${Math.abs(change)})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
