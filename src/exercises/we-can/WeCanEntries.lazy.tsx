// How saved checks are shown and edited. Loaded once there is a saved check (a first visit does not need it).
import { formatMoment } from '../../lib/date-format';
import { Field } from '../shared/fields';
import { MAX_LAST_TIME, groupWords, type WeCanEntry } from './data';
import { weCan } from './store';
import { WeCanChart } from './WeCanChart';

export function renderCheck(entry: WeCanEntry) {
  return (
    <>
      <p class="entry__group">
        {groupWords(entry.groupKind, entry.groupName)}
        {entry.mode === 'agreed' ? ' · agreed together by the group' : ''}
      </p>
      <WeCanChart
        ratings={entry.ratings}
        caption={`${entry.mode === 'agreed' ? 'Agreed ratings' : 'Ratings'} on ${formatMoment(entry.createdAt)}`}
        compact
      />
      <dl class="entry__fields">
        <dt>The last time we got something done together</dt>
        <dd>{entry.lastTime}</dd>
      </dl>
    </>
  );
}

/** Ratings stay as they were given; the line about the last time can be corrected. */
export function renderCheckEditor(entry: WeCanEntry, prefix: string) {
  return (
    <Field
      id={`${prefix}-first`}
      label="The last time we got something done together"
      value={entry.lastTime}
      maxLength={MAX_LAST_TIME}
      onInput={(lastTime) => weCan.update(entry.id, { lastTime })}
      care={4}
    />
  );
}
