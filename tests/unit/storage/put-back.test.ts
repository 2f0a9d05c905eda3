// Issue 23, item 5: a kept copy put back as an entry is checked as any stored entry is (the kind's own
// check, the one readers apply), gets an id of its own, and so never hides another entry.
import { describe, expect, it } from 'vitest';
import { putBackEntry } from '../../../src/lib/storage/put-back';
import { addEntry, liveEntries } from '../../../src/lib/storage/entries';
import cantRewriterSpec from '../../../src/exercises/cant-rewriter/spec';
import type { CantRewriterState } from '../../../src/exercises/cant-rewriter/data';

const at = '2026-06-01T12:00:00.000Z';
const later = '2026-06-01T12:05:00.000Z';
const fields = (thought: string) => ({ thought, rewrite: `I don't yet know how to ${thought}.`, skill: '', step: '' });
const here: CantRewriterState = addEntry(cantRewriterSpec.blank(), fields('already here'), at, 'e1').state;

describe('putBackEntry', () => {
  it('puts a valid copy back as a new entry, with a new id and dates', () => {
    const result = putBackEntry(cantRewriterSpec, here, { ...fields('kept'), id: 'old', createdAt: at, updatedAt: at }, later);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(liveEntries(result.state).map((e) => e.thought)).toEqual(['kept', 'already here']);
    expect(result.entry).toMatchObject({ ...fields('kept'), createdAt: later, updatedAt: later });
    expect(result.entry.id).not.toBe('old');
  });

  it('a copy carrying the id of an entry here gets another id: the entry here stays as it was', () => {
    const result = putBackEntry(
      cantRewriterSpec,
      here,
      { ...fields('crafted'), id: 'e1', createdAt: at, updatedAt: later },
      later,
      () => 'e1',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry.id).not.toBe('e1');
    expect(result.state.entries.find((e) => e.id === 'e1')).toEqual(here.entries[0]);
    expect(liveEntries(result.state)).toHaveLength(2);
  });

  it('a copy that is not a valid entry of its kind is refused, and nothing changes', () => {
    const crafted = [
      { ...fields('x'), thought: 42 },
      { ...fields('x'), thought: 'y'.repeat(10_001) },
      { ...fields('x'), skill: undefined, rewrite: ['not text'] },
      'just text',
      null,
    ];
    for (const value of crafted) expect(putBackEntry(cantRewriterSpec, here, value, later)).toEqual({ ok: false });
  });

  it('a copy marked deleted is put back as a live entry, not as a deletion that hides nothing but itself', () => {
    const result = putBackEntry(
      cantRewriterSpec,
      here,
      { ...fields('was deleted'), id: 'e1', createdAt: at, updatedAt: at, deletedAt: at },
      later,
    );
    expect(result.ok && liveEntries(result.state).map((e) => e.thought)).toEqual(['was deleted', 'already here']);
  });
});
