// The win ledger's tallies: the current run, and wins per week and per area as small bar charts. Loaded once something is
// banked (a `.lazy.tsx` file stays out of the exercise's chunk: astro.config.mjs).
import { useMemo, useRef } from 'preact/hooks';
import { isoDay, shortDay } from '../../lib/dates';
import type { WinEntry } from './data';
import { currentStreak, sameTallies, streakMessage, topAreas, winsPerDomain, winsPerWeek } from './tally';
import { BarChart } from '../shared/BarChart';
import { countScale } from '../../lib/chart';
import { countOf } from '../../lib/counts';

const WINS = ['win', 'wins'] as const;

const WEEKS = 4;
/** Areas drawn one by one; the rest share a line ("35 other areas"). */
const AREAS_SHOWN = 12;

export function WinTally({ entries }: { entries: WinEntry[] }) {
  // Recounted when a win's day or area changes, or the day does (a page left open past midnight); not
  // when a win's words are edited in place, which changes the entries on every keystroke.
  const counted = useRef(entries);
  if (!sameTallies(counted.current, entries)) counted.current = entries;
  const wins = counted.current;
  const day = isoDay(new Date());
  const summary = useMemo(() => {
    const today = new Date(`${day}T12:00:00`);
    return { weeks: winsPerWeek(wins, today, WEEKS), domains: winsPerDomain(wins), streak: currentStreak(wins, today) };
  }, [wins, day]);
  // Drawn again only when the counts change: the form above re-renders on every keystroke.
  const charts = useMemo(() => {
    const weeks = summary.weeks.map((w, i) => ({ label: i === 0 ? 'This week' : `Week of ${shortDay(w.week)}`, wins: w.wins }));
    const { shown, others } = topAreas(summary.domains, AREAS_SHOWN);
    const areas =
      others.areas > 0 ? [...shown, { domain: `${countOf(others.areas, ['other area', 'other areas'])}`, wins: others.wins }] : shown;
    return (
      <div class="ledger__tables">
        <BarChart
          caption="Wins per week"
          max={countScale(weeks.map((w) => w.wins))}
          rows={weeks.map((w) => ({ label: w.label, bars: [{ value: w.wins }], text: countOf(w.wins, WINS) }))}
          table={{ name: 'Wins per week', head: ['Week starting', 'Wins'], rows: weeks.map((w) => [w.label, w.wins]) }}
        />
        <BarChart
          caption="Wins per area"
          max={countScale(areas.map((d) => d.wins))}
          rows={areas.map((d) => ({ label: d.domain, bars: [{ value: d.wins }], text: countOf(d.wins, WINS) }))}
          table={{ name: 'Wins per area', head: ['Area', 'Wins'], rows: areas.map((d) => [d.domain, d.wins]) }}
        />
      </div>
    );
  }, [summary]);
  return (
    <>
      <p class="ledger__streak" data-streak={summary.streak.days}>
        {streakMessage(summary.streak, entries.length)}
      </p>
      {charts}
    </>
  );
}
