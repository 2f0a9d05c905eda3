// The one way saved data is written. Every writer goes through here: an exercise saving as the
// person types (exercise-store.ts queues its writes with `queue`), a merge with another tab (the
// resolver made by `mergeResolver`), an import (`applyImport`), unreadable data kept aside
// (`keepAside`), a conflict copy (`keepConflicts`). So every write is checked against the limits the
// readers enforce, merged with what is stored at the moment it is written, and anything it would
// replace is copied first; when the copy cannot be made, nothing is written.
import { madeKnowing, openEnvelope, sealEnvelope, type DataSpec } from '../lib/storage/envelope';
import type { Resolver } from '../lib/storage/guarded-storage';
import {
  compactTombstones,
  liveCount,
  MAX_ENTRIES,
  mergeThreeWay,
  type Conflict,
  type EntryMeta,
  type SavedState,
} from '../lib/storage/entries';
import { BACKUP_PREFIX, CONFLICT_PREFIX } from '../lib/storage-keys';
import { storage } from './persistence';

type AnyState = SavedState<EntryMeta, unknown>;

const nowIso = () => new Date().toISOString();

/** A key under `prefix` not used yet, named by the time. */
function freshKey(prefix: string): string {
  let key = `${prefix}${nowIso()}`;
  for (let n = 2; storage.read(key) !== null; n++) key = `${prefix}${nowIso()}-${n}`;
  return key;
}

/**
 * Copies data this page cannot read to a new backup key before anything replaces it. Returns that
 * key (or the key of an identical copy already kept), or undefined when storage refused: the caller
 * must then leave the original where it is.
 */
export function keepAside(kind: string, raw: string): string | undefined {
  const prefix = `${BACKUP_PREFIX}${kind}:`;
  for (const existing of storage.keys(prefix)) {
    if (storage.readStored(existing) === raw) return existing;
  }
  const key = freshKey(prefix);
  return storage.writeNow(key, raw) ? key : undefined;
}

/** Why a conflict copy was kept: two tabs changed the same thing, or there was no room for an entry. */
export type ConflictReason = 'two-tabs' | 'limit';

/** What is stored under a conflict key. */
export interface ConflictCopy extends Conflict {
  app: 'efficacy-lab';
  exercise: string;
  reason: ConflictReason;
  /** When it was kept. */
  at: string;
}

/**
 * Keeps each losing version as a conflict copy the workbook lists for recovery. Returns false when
 * storage refused one (the caller then keeps the text in memory and the page says it is not saved).
 */
export function keepConflicts(kind: string, conflicts: Conflict[], reason: ConflictReason): boolean {
  let ok = true;
  for (const conflict of conflicts) {
    const copy: ConflictCopy = { app: 'efficacy-lab', exercise: kind, reason, at: nowIso(), ...conflict };
    if (!storage.writeNow(freshKey(`${CONFLICT_PREFIX}${kind}:`), JSON.stringify(copy))) ok = false;
  }
  return ok;
}

/** Whether a state is within the limits readers enforce (src/lib/exercises/saved-state-schema.ts). */
export function withinLimits(state: AnyState): boolean {
  return liveCount(state) <= MAX_ENTRIES;
}

/** What every writer does to a state before sealing it: old deletions go (see MAX_TOMBSTONES). */
export function prepare<S extends AnyState>(state: S): S {
  return compactTombstones(state);
}

/**
 * How two versions of a kind's saved text become one when another tab wrote meanwhile: merged
 * against what both started from (mergeThreeWay), the losing side of a real conflict kept as a
 * conflict copy. Stored text this page cannot read is kept aside first; if it cannot be, `noRoom`
 * is called and the stored text stays as it is.
 */
export function mergeResolver<T extends AnyState>(spec: DataSpec<T>, noRoom: () => void, onKeptAside: () => void): Resolver {
  const resolve: Resolver = (stored, ours, base) => {
    const theirs = openEnvelope(stored, spec);
    const mine = openEnvelope(ours, spec);
    if (mine.status === 'unreadable') return stored ?? ours;
    if (theirs.status === 'unreadable') {
      if (!keepAside(spec.exercise, stored as string)) {
        noRoom();
        return stored as string;
      }
      onKeptAside();
      return ours;
    }
    // Nothing stored when this tab last looked (null) is a blank start; never looked (undefined) is unknown.
    const before = base === undefined ? undefined : openEnvelope(base, spec);
    const { state, conflicts } = mergeThreeWay(before && before.status !== 'unreadable' ? before.data : undefined, theirs.data, mine.data);
    if (conflicts.length > 0) keepConflicts(spec.exercise, conflicts, 'two-tabs');
    // Nothing of ours is missing from what is stored: leave it as it is (no write, no ping-pong).
    if (JSON.stringify(state) === JSON.stringify(theirs.data)) return stored as string;
    // Two tabs each under the limit can be over it together: the newest entries win the room and
    // the rest are kept as conflict copies, so the stored text stays readable and nothing is lost.
    return sealEnvelope(prepare(fitLimit(spec.exercise, state as T)), spec, new Date(), stored);
  };
  resolve.includes = madeKnowing;
  return resolve;
}

/** Moves the oldest live entries beyond MAX_ENTRIES to conflict copies. */
function fitLimit<T extends AnyState>(kind: string, state: T): T {
  const over = liveCount(state) - MAX_ENTRIES;
  if (over <= 0) return state;
  const live = state.entries.filter((e) => !('deletedAt' in e)).sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : 1));
  const moved = new Set(live.slice(0, over));
  keepConflicts(kind, [...moved].map((e) => ({ entryId: e.id, value: e })), 'limit');
  return { ...state, entries: state.entries.filter((e) => !moved.has(e)) };
}

/** Per kind: how its store shows what storage holds after an import wrote it. */
const reloaders = new Map<string, () => void>();

export function onImported(kind: string, reload: () => void): void {
  reloaders.set(kind, reload);
}

/** What an import's plan says to do (src/lib/transfer/import-plan.ts); passed in so exercise pages never load every spec. */
export interface WritePlan {
  writes: Record<string, string>;
  keepAside: Record<string, string>;
  refusal?: string;
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
  const copiesBefore = new Set(storage.keys(BACKUP_PREFIX));
  const previous = new Map<string, string | null>();
  const undo = () => {
    for (const [key, text] of previous) {
      if (text === null) storage.removeNow(key);
      else storage.writeNow(key, text);
    }
    for (const key of storage.keys(BACKUP_PREFIX)) if (!copiesBefore.has(key)) storage.removeNow(key);
  };
  for (const [key, text] of Object.entries(plan.keepAside)) {
    if (!keepAside(kindOf(key), text)) {
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
  for (const kind of new Set(Object.keys(plan.writes).map(kindOf))) reloaders.get(kind)?.();
  return { ok: true, written: Object.keys(plan.writes).length };
}
