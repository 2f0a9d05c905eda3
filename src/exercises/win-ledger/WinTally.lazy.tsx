// The win ledger's tallies: the current run, wins per week and per area. Loaded once something is
// banked (a `.lazy.tsx` file stays out of the exercise's chunk: astro.config.mjs).
import { useMemo } from 'preact/hooks';
import { isoDay, shortDay } from '../../lib/dates';
import type { WinEntry } from './data';
import { currentStreak, streakMessage, winsPerDomain, winsPerWeek } from './tally';

const WEEKS = 4;

export function WinTally({ entries }: { entries: WinEntry[] }) {
  // Recounted when the entries change or the day does (a page left open past midnight).
  const day = isoDay(new Date());
  const summary = useMemo(() => {
    const today = new Date(`${day}T12:00:00`);
    return { weeks: winsPerWeek(entries, today, WEEKS), domains: winsPerDomain(entries), streak: currentStreak(entries, today) };
  }, [entries, day]);
  return (
    <>
      <p class="ledger__streak" data-streak={summary.streak.days}>
        {streakMessage(summary.streak, entries.length)}
      </p>
      <div class="ledger__tables">
        <table>
          <caption>Wins per week</caption>
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">Wins</th>
            </tr>
          </thead>
          <tbody>
            {summary.weeks.map((w, i) => (
              <tr key={w.week}>
                <th scope="row">{i === 0 ? 'This week' : shortDay(w.week)}</th>
                <td>{w.wins}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Wins per area</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Wins</th>
            </tr>
          </thead>
          <tbody>
            {summary.domains.map((d) => (
              <tr key={d.domain}>
                <th scope="row">{d.domain}</th>
                <td>{d.wins}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
