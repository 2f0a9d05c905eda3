// The words of care (./care.tsx says when they show): the panel beside a field, and the line beside a
// saved entry. They load with the risk check, the first time someone types and pauses: most visits
// never show them, so their words are not in every worksheet's first load.
import type { anyRisk } from '../../lib/care/risk';

export interface CareProps {
  /** Id prefix for the panel's heading. */
  id: string;
  /** Heading level of the panel's title: one below the worksheet's own. */
  level: 3 | 4;
}

/** The panel itself: the same words wherever the check fires. */
export function CarePanel({ id, level }: CareProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section class="care-panel" aria-labelledby={`${id}-care-title`} data-care-panel>
      <Heading class="care-panel__title" id={`${id}-care-title`}>
        This sounds really hard
      </Heading>
      <p>
        What you wrote sounds like you may be going through something painful. This worksheet is not the right help for that, and you do not
        have to deal with it alone.
      </p>
      <p>
        <strong>If you are in danger now, call your local emergency number.</strong>
      </p>
      <p>
        <a href="/help/" class="care-panel__link">
          Find someone to talk to, now
        </a>{' '}
        (help lines you can call or text, and what to do right now).
      </p>
      <p class="care-panel__kept">What you wrote is kept in this browser like anything else you write here.</p>
    </section>
  );
}

const entryRisk = new WeakMap<object, boolean>();
/** Whether a saved entry's words signal risk, worked out once per saved version of it (lists re-render often). */
export function entrySignalsRisk(check: { anyRisk: typeof anyRisk }, entry: object): boolean {
  let risky = entryRisk.get(entry);
  if (risky === undefined) entryRisk.set(entry, (risky = check.anyRisk(Object.values(entry))));
  return risky;
}

/** Beside a saved entry whose words signal risk: kept like any entry, with help one tap away. */
export function EntryCareLine() {
  return (
    <p class="entry__care" data-entry-care>
      If this is hard right now, you do not have to deal with it alone: <a href="/help/">find someone to talk to</a>.
    </p>
  );
}
