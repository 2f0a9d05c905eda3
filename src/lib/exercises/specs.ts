// Every kind of saved data the site keeps, by the name in its storage key (efficacy-lab:data:<kind>),
// with its spec. Export, import and the workbook go through this list; an exercise page imports only
// its own spec, so this file is for the pages that handle everything.
import type { DataSpec } from '../storage/envelope';
import type { EntryMeta, SavedState } from '../storage/entries';
import type { ExerciseId } from '../exercise-ids';
import { exerciseInfo } from './registry';
import { assignmentsSpec } from '../assignments-data';
import { handInsSpec } from '../transfer/hand-ins-data';
import { cantRewriterSpec } from './cant-rewriter-data';
import { efficacyGridSpec } from './efficacy-grid';
import { attributionAuditSpec } from './attribution-audit';
import { esteemOrEfficacySpec } from './esteem-or-efficacy';
import { goalSizerSpec } from './goal-sizer';
import { sourcesSorterSpec } from './sources-sorter';
import { selfCompassionSpec } from './self-compassion';
import { winLedgerSpec } from './win-ledger';

export type AnySpec = DataSpec<SavedState<EntryMeta, unknown>>;

/** An exercise's kind of data, labelled with the exercise's title from the registry. */
const exercise = (id: ExerciseId, spec: unknown) => ({ label: exerciseInfo(id)!.title, spec: spec as AnySpec, exercise: true as const });

export const DATA_KINDS = {
  'cant-rewriter': exercise('cant-rewriter', cantRewriterSpec),
  'self-compassion': exercise('self-compassion', selfCompassionSpec),
  'efficacy-grid': exercise('efficacy-grid', efficacyGridSpec),
  'goal-sizer': exercise('goal-sizer', goalSizerSpec),
  'win-ledger': exercise('win-ledger', winLedgerSpec),
  'sources-sorter': exercise('sources-sorter', sourcesSorterSpec),
  'esteem-or-efficacy': exercise('esteem-or-efficacy', esteemOrEfficacySpec),
  'attribution-audit': exercise('attribution-audit', attributionAuditSpec),
  assignments: { label: 'Assignments', spec: assignmentsSpec as unknown as AnySpec, exercise: false },
  'hand-ins': { label: 'Collected hand-ins (teacher)', spec: handInsSpec as unknown as AnySpec, exercise: false },
} as const;

export type DataKind = keyof typeof DATA_KINDS;

export function isDataKind(value: string): value is DataKind {
  return Object.hasOwn(DATA_KINDS, value);
}
