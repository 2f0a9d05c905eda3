import { describe, expect, it } from 'vitest';
import {
  addEntry,
  blankState,
  deleteEntry,
  isTombstone,
  liveEntries,
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
