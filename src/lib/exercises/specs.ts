// Every kind of saved data the site keeps, by the name in its storage key (efficacy-lab:data:<kind>),
// with its spec. Export, import and the workbook go through this list; an exercise page imports only
// its own spec, so this file is for the pages that handle everything.
import type { DataSpec } from '../storage/envelope';
import type { EntryMeta, SavedState } from '../storage/entries';
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

export const DATA_KINDS = {
  'cant-rewriter': { label: 'The “I can’t” rewriter', spec: cantRewriterSpec as unknown as AnySpec, exercise: true },
  'self-compassion': { label: 'Two-line self-compassion', spec: selfCompassionSpec as unknown as AnySpec, exercise: true },
  'efficacy-grid': { label: 'The efficacy grid', spec: efficacyGridSpec as unknown as AnySpec, exercise: true },
  'goal-sizer': { label: 'The goal sizer', spec: goalSizerSpec as unknown as AnySpec, exercise: true },
  'win-ledger': { label: 'The win ledger', spec: winLedgerSpec as unknown as AnySpec, exercise: true },
  'sources-sorter': { label: 'Sort the four sources', spec: sourcesSorterSpec as unknown as AnySpec, exercise: true },
  'esteem-or-efficacy': { label: 'Esteem or efficacy?', spec: esteemOrEfficacySpec as unknown as AnySpec, exercise: true },
  'attribution-audit': { label: 'The attribution audit', spec: attributionAuditSpec as unknown as AnySpec, exercise: true },
  assignments: { label: 'Assignments', spec: assignmentsSpec as unknown as AnySpec, exercise: false },
  'hand-ins': { label: 'Collected hand-ins (teacher)', spec: handInsSpec as unknown as AnySpec, exercise: false },
} as const;

export type DataKind = keyof typeof DATA_KINDS;

export function isDataKind(value: string): value is DataKind {
  return Object.hasOwn(DATA_KINDS, value);
}
