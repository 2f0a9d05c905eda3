// How saved ladders are shown and edited. Loaded once there is a saved ladder (a first visit does
// not need it).
import { beliefLadder } from './store';
import type { BeliefLadderEntry } from './data';
import { Field } from '../shared/fields';
import { formatMoment } from '../../lib/date-format';
import { LadderChart } from './LadderChart';
import { MAX_AREA } from './data';

export function renderLadder(entry: BeliefLadderEntry) {
  return (
    <>
      <LadderChart
        rungs={entry.rungs}
        names={entry.rungs.map((r) => r.task)}
        caption={`Your ladder in “${entry.area}” on ${formatMoment(entry.createdAt)}, easiest task first`}
        compact
      />
      <dl class="entry__fields">
        <dt>Area</dt>
        <dd>{entry.area}</dd>
        <dt>Practising this week</dt>
        <dd>{entry.practise}</dd>
      </dl>
    </>
  );
}

export function renderLadderEditor(entry: BeliefLadderEntry, prefix: string) {
  return (
    <Field
      id={`${prefix}-first`}
      label="Area"
      maxLength={MAX_AREA}
      value={entry.area}
      onInput={(area) => beliefLadder.update(entry.id, { area })}
    />
  );
}
