// The assignment page's view of a practice's worksheets and of what the student saved in them.
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { whenFor } from '../../../lib/dates';
import type { PracticeInfo } from '../../../lib/practice-catalog';
import type { EntryMeta } from '../../../lib/storage/entries';
import type { ExerciseDefinition } from '../../../lib/exercises/define';
import type { ExerciseWithStore } from '../../../exercises/stores';
import { entriesOf, loadedExercise } from '../../../exercises/registry';

/**
 * The practice's worksheets, as exercise definitions (their saved entries are counted and handed in).
 * The page loads the worksheets its assignment names before it shows the assignment (AssignmentView).
 */
export const worksheetsOf = (p: PracticeInfo): ExerciseDefinition[] => p.worksheets.flatMap((w) => loadedExercise(w.id) ?? []);

/** The worksheets an assignment names (and "We can" for a group's link): the ones its page loads. */
export const worksheetIdsOf = (practices: readonly PracticeInfo[], group: boolean, weCan: string): string[] => [
  ...practices.flatMap((p) => p.worksheets.map((w) => w.id)),
  ...(group ? [weCan] : []),
];

/**
 * Each exercise's saved entries, split into those from the assignment's week, those from the days
 * just before it (`early`: they go into the hand-in by default, with a note, issue 24), and the rest.
 */
export type Worked = Readonly<Record<string, { inWeek: EntryMeta[]; early: EntryMeta[]; other: EntryMeta[] }>>;
export const NOTHING_WORKED: Worked[string] = { inWeek: [], early: [], other: [] };
const NO_ENTRIES: Readonly<Record<string, EntryMeta[]>> = {};

export function useWorkedEntries(week: string, sheets: readonly ExerciseWithStore[]): Worked {
  const $entries = useMemo(() => entriesOf(sheets), [sheets]);
  const byExercise = useStore($entries, { ssr: 'initial' }) ?? NO_ENTRIES;
  return useMemo(() => {
    const split = (entries: EntryMeta[]) => {
      const when = entries.map((e) => whenFor(e.createdAt, week));
      return {
        inWeek: entries.filter((_, i) => when[i] === 'week'),
        early: entries.filter((_, i) => when[i] === 'early'),
        other: entries.filter((_, i) => when[i] === 'other'),
      };
    };
    return Object.fromEntries(Object.entries(byExercise).map(([id, entries]) => [id, split(entries)]));
  }, [byExercise, week]);
}
