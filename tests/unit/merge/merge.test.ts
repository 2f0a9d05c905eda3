// Merging two versions of saved data (src/lib/merge): the cases the mutation run (npm run
// test:mutation) found untested. Each test states a rule a person relies on: no spurious conflict
// copies, no lost words, the same result in both tabs.
import { describe, expect, it } from 'vitest';
import { mergeStates, pick } from '../../../src/lib/merge/merge-states';
import { mergeThreeWay } from '../../../src/lib/merge/three-way';
import { settleStamps } from '../../../src/lib/merge/settle-stamps';
import { futureLimit, isoOf, nextStamp } from '../../../src/lib/storage/clock';
import type { EntryMeta, SavedState, Stored, Tombstone } from '../../../src/lib/storage/entries';

type Note = EntryMeta & { text: string };
type Fields = Record<string, unknown>;
type State = SavedState<Note, Fields>;

const t = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const note = (id: string, text: string, updated: number, created = 0): Note => ({ id, text, createdAt: t(created), updatedAt: t(updated) });
const gone = (id: string, at: number): Tombstone => ({ id, updatedAt: t(at), deletedAt: t(at) });
const state = (entries: Stored<Note>[], draft: Fields = {}, draftAt = ''): State => ({
  entries,
  draft: { value: draft, updatedAt: draftAt },
});
/** A copy as storage hands it back: equal content, never the same object. */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('pick and mergeStates: the same winner whichever tab merges', () => {
  it('on an exact tie the larger serialisation wins, in either order', () => {
    const a = note('x', 'apple', 5);
    const b = note('x', 'pear', 5);
    expect(pick(a, b)).toBe(b);
    expect(pick(b, a)).toBe(b);
  });

  it('orders merged entries by last change, then by id, whatever order they came in', () => {
    const entries = [note('b', 'two', 3), note('c', 'three', 1), note('a', 'one', 3), note('d', 'four', 2)];
    const order = ['c', 'd', 'a', 'b'];
    expect(mergeStates(state(entries), state([])).entries.map((e) => e.id)).toEqual(order);
    expect(mergeStates(state([]), state([...entries].reverse())).entries.map((e) => e.id)).toEqual(order);
  });

  it('takes the newer draft, and on a tie the larger one, in either order', () => {
    const older = state([], { text: 'zzz older' }, t(1));
    const newer = state([], { text: 'aaa newer' }, t(2));
    expect(mergeStates(older, newer).draft.value).toEqual({ text: 'aaa newer' });
    expect(mergeStates(newer, older).draft.value).toEqual({ text: 'aaa newer' });
    const small = state([], { text: 'a' }, t(3));
    const large = state([], { text: 'b' }, t(3));
    expect(mergeStates(small, large).draft.value).toEqual({ text: 'b' });
    expect(mergeStates(large, small).draft.value).toEqual({ text: 'b' });
  });
});

describe('mergeThreeWay: entries', () => {
  it('without a base, merges as mergeStates does and reports no conflict', () => {
    const theirs = state([note('a', 'theirs', 2)], { text: 'x' }, t(2));
    const ours = state([note('a', 'ours', 3), note('b', 'new', 1)], { text: 'y' }, t(1));
    expect(mergeThreeWay(undefined, theirs, ours)).toEqual({ state: mergeStates(theirs, ours), conflicts: [] });
  });

  it('an entry only the other tab edited takes that edit with no conflict copy, whichever side it was', () => {
    const base = state([note('a', 'before', 1)]);
    const edited = state([note('a', 'edited', 4)]);
    for (const [theirs, ours] of [
      [edited, copy(base)],
      [copy(base), edited],
    ]) {
      const { state: merged, conflicts } = mergeThreeWay(base, theirs!, ours!);
      expect(conflicts).toEqual([]);
      expect(merged.entries).toEqual([note('a', 'edited', 4)]);
    }
  });

  it('both tabs edited one entry differently: the newer edit stays, the older is kept as a conflict copy', () => {
    const base = state([note('a', 'before', 1)]);
    const theirs = state([note('a', 'their words', 3)]);
    const ours = state([note('a', 'our words', 4)]);
    const { state: merged, conflicts } = mergeThreeWay(base, theirs, ours);
    expect(merged.entries).toEqual([note('a', 'our words', 4)]);
    expect(conflicts).toEqual([{ entryId: 'a', value: note('a', 'their words', 3) }]);
  });

  it('both tabs made the same edit at different times: no conflict copy', () => {
    const base = state([note('a', 'before', 1)]);
    const { conflicts } = mergeThreeWay(base, state([note('a', 'same words', 3)]), state([note('a', 'same words', 4)]));
    expect(conflicts).toEqual([]);
  });

  it('a deletion that loses to a newer edit is not kept as a conflict copy, and the edit is', () => {
    // Neither side's base had the entry (it came in with an import, say).
    const base = state([]);
    const { state: merged, conflicts } = mergeThreeWay(base, state([gone('a', 2)]), state([note('a', 'written after', 5)]));
    expect(merged.entries).toEqual([note('a', 'written after', 5)]);
    expect(conflicts).toEqual([]);
    const reverse = mergeThreeWay(base, state([note('a', 'written before', 1)]), state([gone('a', 6)]));
    expect(reverse.state.entries).toEqual([gone('a', 6)]);
    expect(reverse.conflicts).toEqual([{ entryId: 'a', value: note('a', 'written before', 1) }]);
  });

  it('a deletion in one tab stands against an older-stamped edit in the other', () => {
    const base = state([note('a', 'before', 1)]);
    const { state: merged } = mergeThreeWay(base, state([note('a', 'edited later', 9)]), state([gone('a', 3)]));
    expect(merged.entries).toEqual([gone('a', 3)]);
  });
});

describe('mergeThreeWay: the draft, field by field', () => {
  const base = state([], { title: 'T', notes: 'N', tags: ['a'], done: false }, t(1));

  it('a field only one tab changed takes that change, whichever tab, with no conflict', () => {
    const theirs = state([], { ...copy(base.draft.value), title: 'their title' }, t(2));
    const ours = state([], { ...copy(base.draft.value), notes: 'our notes' }, t(3));
    for (const [x, y] of [
      [theirs, ours],
      [ours, theirs],
    ]) {
      const { state: merged, conflicts } = mergeThreeWay(base, x!, y!);
      expect(merged.draft.value).toEqual({ title: 'their title', notes: 'our notes', tags: ['a'], done: false });
      expect(conflicts).toEqual([]);
    }
  });

  it('a list field unchanged in one tab is not a conflict (values read back from storage are copies)', () => {
    const theirs = state([], { ...copy(base.draft.value) }, t(2));
    const ours = state([], { ...copy(base.draft.value), tags: ['a', 'b'], title: 'new' }, t(3));
    const { state: merged, conflicts } = mergeThreeWay(copy(base), theirs, ours);
    expect(merged.draft.value).toEqual({ title: 'new', notes: 'N', tags: ['a', 'b'], done: false });
    expect(conflicts).toEqual([]);
  });

  it('both tabs typed the same words in a field: no conflict', () => {
    const theirs = state([], { ...copy(base.draft.value), title: 'same' }, t(2));
    const ours = state([], { ...copy(base.draft.value), title: 'same', notes: 'more' }, t(3));
    const { state: merged, conflicts } = mergeThreeWay(base, theirs, ours);
    expect(merged.draft.value).toEqual({ title: 'same', notes: 'more', tags: ['a'], done: false });
    expect(conflicts).toEqual([]);
  });

  it('both tabs changed one field: the newer wins and the older words are kept as a conflict', () => {
    const theirs = state([], { ...copy(base.draft.value), title: 'older words' }, t(2));
    const ours = state([], { ...copy(base.draft.value), title: 'newer words' }, t(3));
    const { state: merged, conflicts } = mergeThreeWay(base, theirs, ours);
    expect(merged.draft).toEqual({ value: { title: 'newer words', notes: 'N', tags: ['a'], done: false }, updatedAt: t(3) });
    expect(conflicts).toEqual([{ field: 'title', value: 'older words' }]);
  });

  it('an emptied field or an unticked box that loses is not kept as a conflict (nothing written is lost)', () => {
    // The base is from before the box existed; both tabs changed all three fields, ours later.
    const before = state([], { title: 'T', notes: 'N' }, t(1));
    const theirs = state([], { title: '', notes: 'their notes', done: false }, t(2));
    const ours = state([], { title: 'kept', notes: 'our notes', done: true }, t(3));
    const { state: merged, conflicts } = mergeThreeWay(before, theirs, ours);
    expect(merged.draft.value).toEqual({ title: 'kept', notes: 'our notes', done: true });
    expect(conflicts).toEqual([{ field: 'notes', value: 'their notes' }]);
  });
});

describe('settleStamps', () => {
  const wall = Date.parse('2090-06-01T12:00:00.000Z');

  it('keeps a stamp exactly at the future limit (the same state comes back)', () => {
    const atLimit = state([{ ...note('a', 'x', 0), updatedAt: futureLimit(wall) }]);
    expect(settleStamps(atLimit, wall)).toBe(atLimit);
  });

  it('reads a stamp past the limit as now, and the next edit comes after it', () => {
    const past = state([{ ...note('a', 'x', 0), updatedAt: isoOf(wall + 2 * 86_400_000) }]);
    const settled = settleStamps(past, wall);
    expect(settled.entries[0]!.updatedAt).toBe(isoOf(wall));
    expect(nextStamp(wall - 60_000) > isoOf(wall)).toBe(true);
  });
});
