// Where belief drops on a ladder of tasks, easiest first, and how to say it in words. The lesson
// measuring-belief: the rung where the rating falls most sharply is where the work is, and the task
// just before that fall is a good first practice.
import type { Rung } from './data';

/** Two neighbouring rated rungs. */
export interface Step {
  from: Rung;
  to: Rung;
  /** The index of `from` on the ladder (`to` is the next one). */
  at: number;
  /** How far belief falls from `from` to `to`: positive is a drop, negative a rise. */
  fall: number;
}

/**
 * Each pair of neighbouring rungs that are both rated, easiest first. A rung not yet rated breaks
 * the ladder there: the rungs either side of it are not compared, since the gap may hide the drop.
 */
export function steps(rungs: readonly (Rung | undefined)[]): Step[] {
  const out: Step[] = [];
  for (let at = 0; at + 1 < rungs.length; at++) {
    const from = rungs[at];
    const to = rungs[at + 1];
    if (from && to) out.push({ from, to, at, fall: from.rating - to.rating });
  }
  return out;
}

/** The largest drops (all of them when tied), easiest first; none when belief never falls. */
export function biggestDrops(rungs: readonly (Rung | undefined)[]): Step[] {
  const drops = steps(rungs).filter((s) => s.fall > 0);
  const most = Math.max(0, ...drops.map((s) => s.fall));
  return drops.filter((s) => s.fall === most);
}

/** The rung to suggest practising: the last one before the biggest drop (the easiest such drop, if tied). */
export function suggestedRung(rungs: readonly (Rung | undefined)[]): number | undefined {
  return biggestDrops(rungs)[0]?.at;
}

/** Harder tasks rated higher than the easier task just before them: the order may need a look. */
export const rises = (rungs: readonly (Rung | undefined)[]): Step[] => steps(rungs).filter((s) => s.fall < 0);

const named = (r: Rung) => `“${r.task}” (${r.rating})`;
const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/**
 * Where belief drops, in one or two sentences: "Your belief drops most between “X” (70) and “Y” (30):
 * 40 points." Empty when no two neighbouring tasks are rated yet.
 */
export function dropWords(rungs: readonly (Rung | undefined)[]): string {
  if (steps(rungs).length === 0) return '';
  const [first, ...tied] = biggestDrops(rungs);
  if (!first) return 'Your belief does not drop from one task to the next.';
  const also = tied.map((s) => `between ${named(s.from)} and ${named(s.to)}`).join(' and ');
  return `Your belief drops most between ${named(first.from)} and ${named(first.to)}: ${points(first.fall)}.${
    also ? ` It drops as much ${also}.` : ''
  }`;
}

/** For each rise: a harder task rated higher than the one before it, and what to check. */
export function riseWords(rungs: readonly (Rung | undefined)[]): string[] {
  return rises(rungs).map(
    (s) => `${named(s.to)} is rated higher than ${named(s.from)} before it. If it is really the easier task, move it up.`,
  );
}

/** What a rung's bar says beside it: its rating, and whether it sits either side of the biggest drop. */
export function rungText(rungs: readonly (Rung | undefined)[], index: number): { text: string; mark?: 'before' | 'after' } {
  const rung = rungs[index];
  if (!rung) return { text: 'not rated yet' };
  const drop = biggestDrops(rungs)[0];
  if (drop?.at === index) return { text: `${rung.rating} of 100 · before the biggest drop`, mark: 'before' };
  if (drop && drop.at + 1 === index) return { text: `${rung.rating} of 100 · after the biggest drop`, mark: 'after' };
  return { text: `${rung.rating} of 100` };
}

/** The lowest-rated areas of a grid round (all of them when tied), in the round's order. */
export function lowestAreas<R extends { domain: string; rating: number }>(ratings: readonly R[]): R[] {
  const low = Math.min(...ratings.map((r) => r.rating));
  return ratings.filter((r) => r.rating === low && r.domain.trim() !== '');
}
