// Every exercise's store, by id, with what one saved entry is called: for the pages that handle all
// exercises at once (workbook, assignment, hand-in). An exercise page imports only its own store.
import type { ExerciseWithFields } from '../lib/exercises/fields';
import type { EntryMeta } from '../lib/storage/entries';
import { attributionAudit } from './attribution-audit';
import { cantRewriter } from './cant-rewriter';
import { efficacyGrid } from './efficacy-grid';
import type { ExerciseStore } from './exercise-store';
import { esteemOrEfficacy } from './esteem-or-efficacy';
import { goalSizer } from './goal-sizer';
import { selfCompassion } from './self-compassion';
import { sourcesSorter } from './sources-sorter';
import { winLedger } from './win-ledger';

export type AnyExerciseStore = ExerciseStore<EntryMeta, unknown>;

export interface ExerciseStoreInfo {
  id: ExerciseWithFields;
  /** One saved entry and several, as people would say them. */
  noun: [string, string];
  store: AnyExerciseStore;
}

const any = (store: unknown) => store as AnyExerciseStore;

/** In the order the workbook lists them. */
export const EXERCISE_STORES: readonly ExerciseStoreInfo[] = [
  { id: 'cant-rewriter', noun: ['rewrite', 'rewrites'], store: any(cantRewriter) },
  { id: 'self-compassion', noun: ['pair', 'pairs'], store: any(selfCompassion) },
  { id: 'efficacy-grid', noun: ['round', 'rounds'], store: any(efficacyGrid) },
  { id: 'goal-sizer', noun: ['goal', 'goals'], store: any(goalSizer) },
  { id: 'win-ledger', noun: ['win', 'wins'], store: any(winLedger) },
  { id: 'sources-sorter', noun: ['round', 'rounds'], store: any(sourcesSorter) },
  { id: 'esteem-or-efficacy', noun: ['round', 'rounds'], store: any(esteemOrEfficacy) },
  { id: 'attribution-audit', noun: ['audit', 'audits'], store: any(attributionAudit) },
];
