// The import half of the one write path (saved-data.ts), apart so exercise pages never load it:
// an import is written with the same primitives (keepAside), re-planned and merged against what is
// stored at the moment it writes, and refused with nothing changed when it cannot be done whole.
import { BACKUP_PREFIX, CONFLICT_PREFIX } from '../lib/storage-keys';
import { reloadFromStorage, storage } from './persistence';
import { keepAside, keepConflicts } from './saved-data';

/** What an import's plan says to do (src/lib/transfer/import-plan.ts); passed in so exercise pages never load every spec. */
export interface WritePlan {
  writes: Record<string, string>;
  keepAside: Record<string, string>;
  refusal?: string;
  /** Entries the import replaces with versions dated in the future: kept as conflict copies first. */
  replacedFromFuture?: { kind: string; entryId: string; value: unknown }[];
  /** Words in drafts here that the file's newer drafts replace: kept as conflict copies first. */
  draftsKept?: { kind: string; field?: string; value: unknown }[];
}

export type ImportOutcome = { ok: true; written: number } | { ok: false; message: string };

/** The kind a storage key belongs to: efficacy-lab:<what>:<kind>[:<time>]. */
const kindOf = (key: string) => key.split(':')[2] ?? '';

const NO_ROOM =
  'Nothing was imported: this browser’s storage for the site is full. Saved work here that this page cannot read would have had to be kept aside first, or the file’s entries did not fit. ' +
  'Export your workbook to keep a copy, delete kept copies or entries you no longer need, and try again.';

/**
 * Imports a checked file. This tab's queue is written first and the plan is made again now,
 * against what is stored at this moment (another tab may have saved since the preview): the file is
 * merged into that, never written over it. Past a limit, or with no room to keep unreadable data
 * aside or to write, nothing changes and the outcome says why.
 */
export function applyImport(makePlan: (stored: (key: string) => string | null) => WritePlan): ImportOutcome {
  storage.flush();
  const plan = makePlan(storage.readStored);
  if (plan.refusal) return { ok: false, message: plan.refusal };
  const copiesBefore = new Set([...storage.keys(BACKUP_PREFIX), ...storage.keys(CONFLICT_PREFIX)]);
  const previous = new Map<string, string | null>();
  const undo = () => {
    for (const [key, text] of previous) {
      if (text === null) storage.removeNow(key);
      else storage.writeNow(key, text);
    }
    for (const key of [...storage.keys(BACKUP_PREFIX), ...storage.keys(CONFLICT_PREFIX)])
      if (!copiesBefore.has(key)) storage.removeNow(key);
  };
  for (const [key, text] of Object.entries(plan.keepAside)) {
    if (!keepAside(kindOf(key), text)) {
      undo();
      return { ok: false, message: NO_ROOM };
    }
  }
  for (const { kind, entryId, value } of plan.replacedFromFuture ?? []) {
    if (!keepConflicts(kind, [{ entryId, value }], 'import')) {
      undo();
      return { ok: false, message: NO_ROOM };
    }
  }
  for (const { kind, ...kept } of plan.draftsKept ?? []) {
    if (!keepConflicts(kind, [kept], 'import-draft')) {
      undo();
      return { ok: false, message: NO_ROOM };
    }
  }
  for (const [key, text] of Object.entries(plan.writes)) {
    previous.set(key, storage.readStored(key));
    if (!storage.writeNow(key, text)) {
      undo();
      return { ok: false, message: NO_ROOM };
    }
  }
  for (const key of Object.keys(plan.writes)) reloadFromStorage(key);
  return { ok: true, written: Object.keys(plan.writes).length };
}
