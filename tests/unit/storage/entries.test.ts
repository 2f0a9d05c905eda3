import { describe, expect, it, vi } from 'vitest';
import {
  addEntry,
  blankState,
  compactTombstones,
  deleteEntry,
  isTombstone,
  liveEntries,
  MAX_TOMBSTONES,
  newId,
  restoreEntry,
  setDraft,
  updateEntry,
  type EntryMeta,
  type SavedState,
} from '../../../src/lib/storage/entries';
import { mergeStates } from '../../../src/lib/merge/merge-states';

type Note = EntryMeta & { text: string };
type State = SavedState<Note, { text: string }>;
const t = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const empty = (): State => blankState({ text: '' });
const note = (id: string, text: string, minute: number): Note => ({ id, text, createdAt: t(minute), updatedAt: t(minute) });

describe('entries', () => {
  it('adds, updates, deletes (leaving a tombstone without the text) and restores', () => {
    const added = addEntry(empty(), { text: 'first' }, t(1), 'a');
    const { entry } = added;
    let { state } = added;
    expect(entry).toEqual({ id: 'a', text: 'first', createdAt: t(1), updatedAt: t(1) });
    state = updateEntry(state, 'a', { text: 'first, edited' }, t(2));
    expect(liveEntries(state)).toEqual([{ id: 'a', text: 'first, edited', createdAt: t(1), updatedAt: t(2) }]);
    const deleted = deleteEntry(state, 'a', t(3));
    expect(deleted.removed?.text).toBe('first, edited');
    expect(liveEntries(deleted.state)).toEqual([]);
    expect(deleted.state.entries).toEqual([{ id: 'a', updatedAt: t(3), deletedAt: t(3) }]);
    const restored = restoreEntry(deleted.state, deleted.removed!, t(4));
    expect(liveEntries(restored)).toEqual([{ id: 'a', text: 'first, edited', createdAt: t(1), updatedAt: t(4) }]);
  });

  it('lists live entries newest first', () => {
    let s = empty();
    for (const [id, m] of [
      ['x', 1],
      ['y', 3],
      ['z', 2],
    ] as const)
      s = addEntry(s, { text: id }, t(m), id).state;
    expect(liveEntries(s).map((e) => e.id)).toEqual(['y', 'z', 'x']);
  });
});

describe('mergeStates', () => {
  const base = addEntry(empty(), { text: 'shared' }, t(1), 'shared').state;
  const tabA = setDraft(addEntry(base, { text: 'from A' }, t(2), 'a').state, { text: 'draft A' }, t(5));
  const tabB = setDraft(
    updateEntry(addEntry(base, { text: 'from B' }, t(3), 'b').state, 'shared', { text: 'shared, edited in B' }, t(4)),
    { text: 'draft B' },
    t(6),
  );

  it('keeps every entry either side added, and the newer edit of each', () => {
    const merged = mergeStates(tabA, tabB);
    expect(liveEntries(merged).map((e) => [e.id, e.text])).toEqual([
      ['b', 'from B'],
      ['a', 'from A'],
      ['shared', 'shared, edited in B'],
    ]);
    expect(merged.draft).toEqual({ value: { text: 'draft B' }, updatedAt: t(6) });
  });

  it('is commutative, associative and idempotent', () => {
    const tabC = deleteEntry(tabA, 'a', t(7)).state;
    const key = (s: State) => JSON.stringify(s);
    expect(key(mergeStates(tabA, tabB))).toBe(key(mergeStates(tabB, tabA)));
    expect(key(mergeStates(mergeStates(tabA, tabB), tabC))).toBe(key(mergeStates(tabA, mergeStates(tabB, tabC))));
    const once = mergeStates(tabA, tabB);
    expect(key(mergeStates(once, tabB))).toBe(key(once));
    expect(key(mergeStates(once, once))).toBe(key(once));
  });

  it('lets a later delete win over an earlier edit, and a later undo win over the delete', () => {
    const deletedInA = deleteEntry(tabA, 'shared', t(8)).state;
    expect(liveEntries(mergeStates(deletedInA, tabB)).some((e) => e.id === 'shared')).toBe(false);
    const undone = restoreEntry(deletedInA, { id: 'shared', text: 'shared', createdAt: t(1), updatedAt: t(1) }, t(9));
    expect(liveEntries(mergeStates(undone, mergeStates(deletedInA, tabB))).find((e) => e.id === 'shared')?.text).toBe('shared');
  });

  it('breaks an exact tie the same way whichever side it is given first', () => {
    const one = addEntry(empty(), { text: 'one' }, t(1), 'same').state;
    const two = addEntry(empty(), { text: 'two' }, t(1), 'same').state;
    expect(mergeStates(one, two)).toEqual(mergeStates(two, one));
    const gone = deleteEntry(one, 'same', t(1)).state;
    expect(isTombstone(mergeStates(gone, two).entries[0]!)).toBe(true);
    expect(isTombstone(mergeStates(two, gone).entries[0]!)).toBe(true);
  });
});

describe('entries: what the mutation run found untested', () => {
  it('lists entries saved in the same moment in a fixed order (by id)', () => {
    let s = empty();
    for (const id of ['b', 'c', 'a']) s = addEntry(s, { text: id }, t(1), id).state;
    s = addEntry(s, { text: 'later' }, t(2), 'z').state;
    expect(liveEntries(s).map((e) => e.id)).toEqual(['z', 'c', 'b', 'a']);
  });

  it('a tombstone is an entry whose deletedAt is a date; anything else stays live', () => {
    expect(isTombstone({ id: 'a', updatedAt: t(1), deletedAt: t(1) })).toBe(true);
    const odd = { id: 'b', createdAt: t(1), updatedAt: t(1), text: 'x', deletedAt: null } as unknown as Note;
    expect(isTombstone(odd)).toBe(false);
  });

  it('keeps the newest MAX_TOMBSTONES deletions and every live entry', () => {
    const minute = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const tombstones = Array.from({ length: MAX_TOMBSTONES + 2 }, (_, i) => ({ id: `d${i}`, updatedAt: minute(i), deletedAt: minute(i) }));
    // Stored in no particular order: the two oldest (d0, d1) go wherever they stand.
    const shuffled = [...tombstones.slice(500), tombstones[1]!, ...tombstones.slice(2, 500), tombstones[0]!];
    const live = note('live', 'kept', 0);
    const state: State = { entries: [live, ...shuffled], draft: { value: { text: '' }, updatedAt: '' } };
    const compacted = compactTombstones(state);
    expect(compacted.entries).toHaveLength(MAX_TOMBSTONES + 1);
    expect(compacted.entries.map((e) => e.id)).not.toContain('d0');
    expect(compacted.entries.map((e) => e.id)).not.toContain('d1');
    expect(compacted.entries[0]).toBe(live);
    // At the limit nothing goes: the same state comes back.
    const atLimit: State = { ...state, entries: [live, ...tombstones.slice(2)] };
    expect(compactTombstones(atLimit)).toBe(atLimit);
  });

  it('restores a deleted entry in its place, or adds it back when its tombstone is gone', () => {
    const two = addEntry(addEntry(empty(), { text: 'one' }, t(1), 'a').state, { text: 'two' }, t(2), 'b').state;
    const { state: deleted, removed } = deleteEntry(two, 'a', t(3));
    const restored = restoreEntry(deleted, removed!, t(4));
    expect(restored.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(restored.entries[0]).toEqual({ ...removed, updatedAt: t(4) });
    const compactedAway: State = { ...deleted, entries: deleted.entries.filter((e) => e.id !== 'a') };
    expect(restoreEntry(compactedAway, removed!, t(4)).entries.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('new ids: random UUIDs where the browser has them, a time-and-random id where not', () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    vi.stubGlobal('crypto', undefined);
    try {
      const ids = [newId(), newId()];
      for (const id of ids) expect(id).toMatch(/^[0-9a-z]+-[0-9a-z]{1,8}$/);
      expect(ids[0]).not.toBe(ids[1]);
    } finally {
      vi.unstubAllGlobals();
    }
    vi.stubGlobal('crypto', {});
    try {
      expect(newId()).toMatch(/^[0-9a-z]+-[0-9a-z]{1,8}$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
