// Merging two tabs' versions of saved data against what both started from, keeping what loses as a
// conflict copy. Apart from src/lib/storage (which every exercise page loads) because it is needed
// only when another tab writes: src/stores/saved-data.ts, which loads it, is loaded then.
import { isTombstone, type Draft, type EntryMeta, type SavedState, type Stored } from '../storage/entries';
import { mergeStates, pick } from './merge-states';

/** What lost when two tabs changed the same thing at once: kept so the person can see and recover it. */
export interface Conflict {
  /** The entry the losing version belongs to; absent for the draft. */
  entryId?: string;
  /** For the draft: the field both tabs changed; absent when the draft is not a set of fields. */
  field?: string;
  /** The losing version: the whole entry, or the draft field's value. */
  value: unknown;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
/** An entry without its dates: what the person wrote. */
const content = ({ createdAt: _c, updatedAt: _u, ...rest }: EntryMeta) => rest;

/**
 * Merges what this tab wrote (`ours`) with what another tab stored meanwhile (`theirs`), knowing
 * what both started from (`base`, the stored state this tab last saw). Where only one side changed
 * something, that change is taken, so two tabs typing in different fields of the draft both keep
 * their words. Where both changed the same entry or the same draft field differently, the newer
 * edit wins (as in mergeStates, so both tabs agree) and the other is returned as a conflict copy.
 */
export function mergeThreeWay<E extends EntryMeta, D>(
  base: SavedState<E, D> | undefined,
  theirs: SavedState<E, D>,
  ours: SavedState<E, D>,
): { state: SavedState<E, D>; conflicts: Conflict[] } {
  const merged = mergeStates(theirs, ours);
  if (!base) return { state: merged, conflicts: [] };
  const conflicts: Conflict[] = [];
  const baseById = new Map(base.entries.map((e) => [e.id, e]));
  const theirsById = new Map(theirs.entries.map((e) => [e.id, e]));
  /** Entries one side deleted while the other, not knowing it, edited them: the deletion stands. */
  const deleted = new Map<string, Stored<E>>();
  for (const mine of ours.entries) {
    const other = theirsById.get(mine.id);
    if (!other || same(mine, other)) continue;
    const before = baseById.get(mine.id);
    if (before && (same(before, mine) || same(before, other))) continue; // only one side changed it
    if (before && !isTombstone(before) && isTombstone(mine) !== isTombstone(other)) {
      // Whatever the clocks say: a person who deleted an entry never finds it back (undo is an edit
      // made after the deletion was seen, so it is not this case).
      deleted.set(mine.id, isTombstone(mine) ? mine : other);
      continue;
    }
    if (!isTombstone(mine) && !isTombstone(other) && same(content(mine), content(other))) continue; // same words
    const winner = pick(mine, other);
    const loser = winner === mine ? other : mine;
    // A lost deletion loses nothing; a lost edit is kept.
    if (!isTombstone(loser)) conflicts.push({ entryId: loser.id, value: loser });
  }
  const draft = mergeDraft(base.draft, theirs.draft, ours.draft, merged.draft, conflicts);
  const entries = deleted.size === 0 ? merged.entries : merged.entries.map((e) => deleted.get(e.id) ?? e);
  return { state: { entries, draft }, conflicts };
}

function mergeDraft<D>(base: Draft<D>, theirs: Draft<D>, ours: Draft<D>, newer: Draft<D>, conflicts: Conflict[]): Draft<D> {
  if (same(theirs.value, ours.value)) return newer;
  // Every draft is a set of fields (an object); each field is merged on its own.
  const b = (base.value ?? {}) as Record<string, unknown>;
  const t = theirs.value as Record<string, unknown>;
  const o = ours.value as Record<string, unknown>;
  const win = newer.value as Record<string, unknown>;
  const lose = newer === ours ? t : o;
  const value: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(t), ...Object.keys(o)])) {
    if (same(b[field], t[field])) value[field] = o[field];
    else if (same(b[field], o[field]) || same(t[field], o[field])) value[field] = t[field];
    else {
      value[field] = win[field];
      if (lose[field] !== '' && lose[field] !== false) conflicts.push({ field, value: lose[field] });
    }
  }
  return { value: value as D, updatedAt: newer.updatedAt };
}
