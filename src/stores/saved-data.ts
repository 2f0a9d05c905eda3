// The one way saved data is written, apart from the plain queued save itself. Every writer goes
// through here or through the exercise store's queue (exercise-store.ts), which loads this module the
// first time it is needed (another tab writes, unreadable data must be kept aside, a worksheet is
// full), so exercise pages do not carry it otherwise: merging with another tab (`mergeResolver`),
// keeping unreadable data aside (`keepAside`), conflict copies (`keepConflicts`), and imports
// (`applyImport`, in saved-data-import.ts). Every write is checked against the limits the readers
// enforce, merged with what is stored at the moment it is written, and anything it would replace is
// copied first; when the copy cannot be made, nothing is written.
// One writer stands apart: the course page marks lessons read (src/scripts/progress.ts) without this
// layer, which would bring the exercise runtime to the home page for one small write. It writes one
// kind only, checked by that kind's own module (src/lib/progress-data.ts), by the same rules: read
// and written in one step, unreadable data copied to a backup key first, a refused write said.
import type { WritableAtom } from 'nanostores';
import { madeKnowing, openEnvelope, sealEnvelope, type DataSpec, type OpenResult } from '../lib/storage/envelope';
import type { Resolver } from '../lib/storage/guarded-storage';
import { compactTombstones, liveCount, MAX_ENTRIES, type EntryMeta, type SavedState } from '../lib/storage/entries';
import { mergeThreeWay, type Conflict } from '../lib/merge/three-way';
import { isoOf } from '../lib/storage/clock';
import { settleStamps } from '../lib/merge/settle-stamps';
import { BACKUP_PREFIX, CONFLICT_PREFIX } from '../lib/storage-keys';
import { shareHeld, storage } from './persistence';

export type AnyState = SavedState<EntryMeta, unknown>;

const nowIso = () => isoOf(Date.now());

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

/**
 * Why a conflict copy was kept: two tabs changed the same thing, there was no room for an entry, an
 * import replaced it with a version dated in the future, or an import replaced a draft here with the
 * file's newer one.
 */
export type ConflictReason = 'two-tabs' | 'limit' | 'import' | 'import-draft';

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
 * storage refused one: the copy is then held in memory (and by every other open tab), written as soon
 * as storage works, and until then the pages say their work is not saved and offer the download.
 */
export function keepConflicts(kind: string, conflicts: Conflict[], reason: ConflictReason): boolean {
  let ok = true;
  for (const conflict of conflicts) {
    const copy: ConflictCopy = { app: 'efficacy-lab', exercise: kind, reason, at: nowIso(), ...conflict };
    const key = freshKey(`${CONFLICT_PREFIX}${kind}:`);
    const text = JSON.stringify(copy);
    if (!storage.writeNow(key, text, true)) {
      ok = false;
      shareHeld(key, text);
    }
  }
  return ok;
}

/**
 * How two versions of a kind's saved text become one when another tab wrote meanwhile: merged
 * against what both started from (mergeThreeWay), the losing side of a real conflict kept as a
 * conflict copy. Stored text this page cannot read is kept aside first; if it cannot be, `noRoom`
 * is called and the stored text stays as it is.
 */
export function mergeResolver<T extends AnyState>(spec: DataSpec<T>, noRoom: () => void, onKeptAside: () => void): Resolver {
  const resolve: Resolver = (stored, ours, base) => {
    const wall = Date.now();
    const theirs = settled(openEnvelope(stored, spec), wall);
    const mine = settled(openEnvelope(ours, spec), wall);
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
    const before = base === undefined ? undefined : settled(openEnvelope(base, spec), wall);
    const { state, conflicts } = mergeThreeWay(before && before.status !== 'unreadable' ? before.data : undefined, theirs.data, mine.data);
    if (conflicts.length > 0) keepConflicts(spec.exercise, conflicts, 'two-tabs');
    // Nothing of ours is missing from what is stored: leave it as it is (no write, no ping-pong).
    if (JSON.stringify(state) === JSON.stringify(theirs.data)) return stored as string;
    // Two tabs each under the limit can be over it together: the newest entries win the room and
    // the rest are kept as conflict copies, so the stored text stays readable and nothing is lost.
    return sealEnvelope(compactTombstones(fitLimit(spec.exercise, state as T)), spec, new Date(), stored);
  };
  resolve.includes = madeKnowing;
  return resolve;
}

/**
 * After another tab's write: entries this tab showed that are now deletions it did not make were
 * deleted in another tab. Counted for the notice that says so.
 */
export function noteRemoved($removed: WritableAtom<false | 'everything' | number>, before: AnyState, after: AnyState): void {
  if (before.entries === after.entries) return;
  const shown = new Set(before.entries.filter((e) => !('deletedAt' in e)).map((e) => e.id));
  // (One this tab deleted was a deletion already in `before`.)
  const gone = after.entries.filter((e) => 'deletedAt' in e && shown.has(e.id)).length;
  const now = $removed.get();
  if (gone > 0 && now !== 'everything') $removed.set((now || 0) + gone);
}

export { settleStamps };

/** An opened state with stamps from a wrong clock read as now (lib/storage/clock.ts), as the stores read them. */
function settled<T extends AnyState>(opened: OpenResult<T>, wall: number): OpenResult<T> {
  return opened.status === 'unreadable' ? opened : { ...opened, data: settleStamps(opened.data, wall) };
}

/** Moves the oldest live entries beyond MAX_ENTRIES to conflict copies. */
function fitLimit<T extends AnyState>(kind: string, state: T): T {
  const over = liveCount(state) - MAX_ENTRIES;
  if (over <= 0) return state;
  const live = state.entries.filter((e) => !('deletedAt' in e)).sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : 1));
  const moved = new Set(live.slice(0, over));
  keepConflicts(
    kind,
    [...moved].map((e) => ({ entryId: e.id, value: e })),
    'limit',
  );
  return { ...state, entries: state.entries.filter((e) => !moved.has(e)) };
}
