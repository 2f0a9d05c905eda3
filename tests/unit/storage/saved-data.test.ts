// Issue 11: the one write path (src/stores/saved-data.ts) and the exercise store on top of it, in
// Node over an in-memory storage that can be filled, and written by "another tab" (directly).
import { describe, expect, it } from 'vitest';
import { sealEnvelope, type DataSpec } from '../../../src/lib/storage/envelope';
import {
  addEntry,
  blankState,
  deleteEntry,
  liveEntries,
  MAX_ENTRIES,
  MAX_TOMBSTONES,
  type EntryMeta,
  type SavedState,
} from '../../../src/lib/storage/entries';
import { isIsoStamp } from '../../../src/lib/storage/shape';
import { savedStateCheck } from '../../../src/lib/exercises/saved-state-schema';
import cantRewriterSpec from '../../../src/exercises/cant-rewriter/spec';
import goalSizerSpec from '../../../src/exercises/goal-sizer/spec';
import winLedgerSpec from '../../../src/exercises/win-ledger/spec';
import { assignmentsSpec } from '../../../src/lib/assignments-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_CANT_DRAFT, type CantRewriterState } from '../../../src/exercises/cant-rewriter/data';
import { planImport } from '../../../src/lib/transfer/import-plan';
import { createExerciseStore } from '../../../src/stores/exercise-store';
import { BACKUP_PREFIX, CONFLICT_PREFIX, DATA_PREFIX, storage } from '../../../src/stores/persistence';
import { applyImport } from '../../../src/stores/saved-data-import';
import { openEnvelope } from '../../../src/lib/storage/envelope';
import { fakeStoragePerTest } from './fake-storage';
import { str } from '../../../src/lib/storage/shape';
import { DATA_KINDS } from '../../../src/exercises/data-kinds';

type Note = EntryMeta & { text: string };
type NoteDraft = { a: string; b: string };
type NoteState = SavedState<Note, NoteDraft>;

let n = 0;
function noteSpec(): DataSpec<NoteState> {
  n += 1;
  return {
    exercise: `saved-notes-${n}`,
    version: 1,
    migrations: {},
    isValid: savedStateCheck<{ text: string }, NoteDraft>({ text: str() }, (v): v is NoteDraft => typeof v === 'object' && v !== null),
    blank: () => blankState({ a: '', b: '' }),
  };
}

const t = (m: number) => new Date(Date.UTC(2026, 2, 1, 10, m)).toISOString();
const fake = fakeStoragePerTest();
const conflictsOf = (kind: string) =>
  [...fake().data.keys()].filter((k) => k.startsWith(`${CONFLICT_PREFIX}${kind}:`)).map((k) => JSON.parse(fake().getItem(k)!));

/** A state with `count` entries. */
function many(count: number, spec: DataSpec<NoteState>): NoteState {
  const entries = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, text: `entry ${i}`, createdAt: t(1), updatedAt: t(1) }));
  return { ...spec.blank(), entries };
}

describe('defect 5: the draft is kept apart from the entries', () => {
  it('a keystroke writes only the draft key, and the entries list keeps its identity (no re-sorting)', () => {
    const spec = noteSpec();
    fake().data.set(`${DATA_PREFIX}${spec.exercise}`, sealEnvelope(many(1000, spec), spec));
    const store = createExerciseStore(spec);
    const entries = store.$state.get().entries;
    const sorted = liveEntries(store.$state.get());
    const dataBefore = fake().getItem(store.key);
    store.setDraft({ a: 'typing', b: '' });
    storage.flush();
    expect(fake().getItem(store.key)).toBe(dataBefore);
    expect(fake().getItem(store.draftKey)!.length).toBeLessThan(300);
    expect(store.$state.get().entries).toBe(entries);
    expect(liveEntries(store.$state.get())).toBe(sorted);
    // A new page load shows both.
    const again = createExerciseStore({ ...spec });
    expect(again.$state.get().draft.value).toEqual({ a: 'typing', b: '' });
    expect(liveEntries(again.$state.get())).toHaveLength(1000);
  });
});

describe('defect 6: two tabs typing in the same draft', () => {
  it('different fields: both kept', () => {
    const spec = noteSpec();
    const store = createExerciseStore(spec);
    store.setDraft({ a: 'mine', b: '' });
    // Another tab, which started from the same blank draft, typed in the other field a moment later.
    fake().data.set(
      store.draftKey,
      sealEnvelope({ entries: [], draft: { value: { a: '', b: 'theirs' }, updatedAt: '2999-01-01T00:00:00.000Z' } }, spec),
    );
    storage.flush();
    expect(store.$state.get().draft.value).toEqual({ a: 'mine', b: 'theirs' });
    expect(openEnvelope(fake().getItem(store.draftKey), spec)).toMatchObject({
      status: 'ok',
      data: { draft: { value: { a: 'mine', b: 'theirs' } } },
    });
    expect(conflictsOf(spec.exercise)).toEqual([]);
  });

  it('the same field: the newer wins and the other is kept as a conflict copy', () => {
    const spec = noteSpec();
    const store = createExerciseStore(spec);
    store.setDraft({ a: 'mine, typed first', b: '' });
    fake().data.set(
      store.draftKey,
      sealEnvelope({ entries: [], draft: { value: { a: 'theirs, typed later', b: '' }, updatedAt: '2999-01-01T00:00:00.000Z' } }, spec),
    );
    storage.flush();
    expect(store.$state.get().draft.value.a).toBe('theirs, typed later');
    expect(conflictsOf(spec.exercise)).toMatchObject([{ field: 'a', value: 'mine, typed first', reason: 'two-tabs' }]);
  });

  it("writes that cross (each tab read the other's old value) are merged again by the tab whose write was replaced", () => {
    const spec = noteSpec();
    const store = createExerciseStore(spec);
    store.setDraft({ a: 'mine', b: '' });
    storage.flush(); // written: this tab's write
    // Another tab, which had read the blank draft before our write reached it, writes over ours.
    const theirs = sealEnvelope(
      { entries: [], draft: { value: { a: '', b: 'theirs' }, updatedAt: '2999-01-01T00:00:00.000Z' } },
      spec,
      new Date(),
      null,
    );
    fake().data.set(store.draftKey, theirs);
    storage.externalChange(store.draftKey); // its storage event
    storage.flush();
    expect(openEnvelope(fake().getItem(store.draftKey), spec)).toMatchObject({
      status: 'ok',
      data: { draft: { value: { a: 'mine', b: 'theirs' } } },
    });
    // A later write made knowing ours is taken as it is: no conflict copy, no write back.
    const later = sealEnvelope(
      { entries: [], draft: { value: { a: 'mine, then theirs', b: 'theirs' }, updatedAt: '2999-01-02T00:00:00.000Z' } },
      spec,
      new Date(),
      fake().getItem(store.draftKey),
    );
    fake().data.set(store.draftKey, later);
    storage.externalChange(store.draftKey);
    storage.flush();
    expect(fake().getItem(store.draftKey)).toBe(later);
    expect(conflictsOf(spec.exercise)).toEqual([]);
  });

  it('the same entry edited in both tabs: the other version is kept as a conflict copy', () => {
    const spec = noteSpec();
    const store = createExerciseStore(spec);
    const entry = store.add({ text: 'first' })!;
    storage.flush();
    store.update(entry.id, { text: 'edited here' });
    const theirs = JSON.parse(fake().getItem(store.key)!);
    theirs.data.entries[0] = { ...theirs.data.entries[0], text: 'edited there', updatedAt: '2999-01-01T00:00:00.000Z' };
    fake().data.set(store.key, JSON.stringify(theirs));
    storage.flush();
    expect(liveEntries(store.$state.get()).map((e) => e.text)).toEqual(['edited there']);
    expect(conflictsOf(spec.exercise)).toMatchObject([{ entryId: entry.id, value: { text: 'edited here' } }]);
  });
});

describe('defect 3: writers enforce the limit readers enforce', () => {
  it('saving past the limit adds nothing to the list, keeps the entry as a copy, and says so first', () => {
    const spec = noteSpec();
    fake().data.set(`${DATA_PREFIX}${spec.exercise}`, sealEnvelope(many(MAX_ENTRIES, spec), spec));
    const store = createExerciseStore(spec);
    expect(store.$atLimit.get()).toBe('full'); // told before anything is written
    // Nothing is returned for a refused entry, so the page cannot say it was saved.
    expect(store.add({ text: 'one too many' })).toBeUndefined();
    // The page says this save failed (the indicator reads "Not saved"), and keeps saying so.
    expect(store.$atLimit.get()).toBe('refused');
    store.setDraft({ a: 'typing on', b: '' });
    expect(store.$atLimit.get()).toBe('refused');
    storage.flush();
    // Still readable after a reload, with every entry.
    const again = createExerciseStore({ ...spec });
    expect(again.$recovery.get()).toBeUndefined();
    expect(liveEntries(again.$state.get())).toHaveLength(MAX_ENTRIES);
    expect(conflictsOf(spec.exercise)).toMatchObject([{ reason: 'limit', value: { text: 'one too many' } }]);
    // Deleting one makes room.
    store.remove('e0');
    expect(store.$atLimit.get()).toBe(false);
    expect(store.add({ text: 'fits now' })).toMatchObject({ text: 'fits now' });
    expect(liveEntries(store.$state.get())).toHaveLength(MAX_ENTRIES);
  });

  it('deletions do not count against the limit forever: only the newest are kept', () => {
    const spec = noteSpec();
    let state = many(MAX_TOMBSTONES + 50, spec);
    for (let i = 0; i < MAX_TOMBSTONES + 50; i++) state = deleteEntry(state, `e${i}`, t(2 + (i % 50))).state;
    fake().data.set(`${DATA_PREFIX}${spec.exercise}`, sealEnvelope(state, spec));
    const store = createExerciseStore(spec);
    store.add({ text: 'new' });
    storage.flush();
    const saved = JSON.parse(fake().getItem(store.key)!).data.entries;
    expect(saved.filter((e: object) => 'deletedAt' in e)).toHaveLength(MAX_TOMBSTONES);
    expect(saved.filter((e: object) => !('deletedAt' in e))).toHaveLength(1);
  });

  it('the reader allows as many deletions as older versions kept, and refuses more live entries', () => {
    const spec = noteSpec();
    expect(spec.isValid(many(MAX_ENTRIES, spec))).toBe(true);
    expect(spec.isValid(many(MAX_ENTRIES + 1, spec))).toBe(false);
  });
});

describe('defect 10: timestamps are real ISO dates', () => {
  it('accepts what toISOString writes and nothing else', () => {
    expect(isIsoStamp(new Date().toISOString())).toBe(true);
    expect(isIsoStamp('2026-03-01T10:00:00Z')).toBe(true);
    for (const bad of ['zzzz', '', '2026-02-30T10:00:00.000Z', '2026-03-01', '9999-99-99T99:99:99.999Z', '2026-03-01T10:00:00.000+01:00']) {
      expect(isIsoStamp(bad), bad).toBe(false);
    }
  });

  it('agrees with what Date makes of a stamp, on every month, day and time edge (it checks by arithmetic)', () => {
    // The rule by its meaning: a stamp is real when Date reads it back unchanged to the second.
    const byDate = (v: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(v) &&
      !Number.isNaN(Date.parse(v)) &&
      new Date(v).toISOString().slice(0, 19) === v.slice(0, 19);
    const pad = (n: number) => String(n).padStart(2, '0');
    let checked = 0;
    for (const year of ['0000', '1900', '2000', '2023', '2024', '2100', '9999'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++)
          for (const time of ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '12:00:00.5', '12:00:00.123', '12:00:00.1234']) {
            const stamp = `${year}-${pad(month)}-${pad(day)}T${time}Z`;
            expect(isIsoStamp(stamp), stamp).toBe(byDate(stamp));
            checked += 1;
          }
    expect(checked).toBe(7 * 14 * 33 * 8);
  });

  it('saved data with a made-up date is unreadable, and kept aside', () => {
    const spec = noteSpec();
    const bad = sealEnvelope({ ...spec.blank(), entries: [{ id: 'x', text: 'hi', createdAt: 'zzzz', updatedAt: 'zzzz' }] }, spec);
    fake().data.set(`${DATA_PREFIX}${spec.exercise}`, bad);
    const store = createExerciseStore(spec);
    expect(store.$recovery.get()?.reason).toBe('wrong-shape');
    expect(fake().getItem(store.$recovery.get()!.backupKey!)).toBe(bad);
  });
});

describe('defect 10: every date field in saved data is a real date', () => {
  const fixture = (kind: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'saved', kind, 'v1.json'), 'utf8');
  // Each shipped fixture with one date field made up: the reader refuses it, and the store keeps it aside.
  const cases: [string, DataSpec<never>, (data: Record<string, any>) => void][] = [
    ['goal sizer ratedAt', goalSizerSpec as never, (d) => void (d.entries[0].versions[0].ratedAt = 'zzzz')],
    [
      'goal sizer draft ratedAt',
      goalSizerSpec as never,
      (d) => void (d.draft.value.versions = [{ goal: 'g', confidence: 3, ratedAt: '2026-13-45T00:00:00.000Z' }]),
    ],
    ['win ledger draft day', winLedgerSpec as never, (d) => void (d.draft.value.day = '2026-02-30')],
    ['assignment week', assignmentsSpec as never, (d) => void (d.entries[0].week = 'NaN-NaN-Na')],
  ];
  it.each(cases)('%s', (_, spec, spoil) => {
    const text = fixture(spec.exercise);
    expect(openEnvelope(text, spec).status).toBe('ok');
    const envelope = JSON.parse(text);
    spoil(envelope.data);
    const bad = JSON.stringify(envelope);
    expect(openEnvelope(bad, spec)).toMatchObject({ status: 'unreadable', reason: 'wrong-shape' });
    fake().data.set(`${DATA_PREFIX}${spec.exercise}`, bad);
    const store = createExerciseStore(spec);
    expect(store.$recovery.get()?.reason).toBe('wrong-shape');
    expect(fake().getItem(store.$recovery.get()!.backupKey!)).toBe(bad);
  });
});

describe('import goes through the one write path', () => {
  const KEY = `${DATA_PREFIX}cant-rewriter`;
  const fields = (thought: string) => ({ thought, rewrite: `I don't yet know how to ${thought}.`, skill: '', step: '' });
  const seal = (s: CantRewriterState) => sealEnvelope(s, cantRewriterSpec);
  const file = seal(addEntry(cantRewriterSpec.blank(), fields('from the file'), t(1), 'f1').state);

  // Defect 1: "Imported." while the unreadable newer data was destroyed.
  it('with no room to keep unreadable data aside: refuses, says why, changes nothing', () => {
    const newer = sealEnvelope({ ...cantRewriterSpec.blank(), future: 'x'.repeat(600) } as never, { ...cantRewriterSpec, version: 2 });
    fake().data.set(KEY, newer);
    fake().quota = newer.length + KEY.length + 100; // no room for a copy of it
    const before = new Map(fake().data);
    const outcome = applyImport((stored) => planImport(DATA_KINDS, { [KEY]: file }, stored));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing was imported: .*full/) });
    expect(new Map(fake().data)).toEqual(before);
  });

  it('with room: keeps the unreadable data aside, then writes', () => {
    fake().data.set(KEY, '{"not readable');
    expect(applyImport((stored) => planImport(DATA_KINDS, { [KEY]: file }, stored))).toEqual({ ok: true, written: 1 });
    expect(fake().getItem(KEY)).toBe(file);
    expect([...fake().data.keys()].filter((k) => k.startsWith(`${BACKUP_PREFIX}cant-rewriter:`)).map((k) => fake().getItem(k))).toEqual([
      '{"not readable',
    ]);
  });

  // Defect 2: the plan shown in the preview was applied as it was, deleting what was saved since.
  it('merges against what is stored when it writes, not when the preview was made', () => {
    fake().data.set(KEY, seal(addEntry(cantRewriterSpec.blank(), fields('here before'), t(2), 'h1').state));
    const preview = planImport(DATA_KINDS, { [KEY]: file }, (k) => fake().getItem(k));
    expect(preview.previews[0]).toMatchObject({ added: 1, total: 2 });
    // Meanwhile another tab saves a new rewrite.
    const now = JSON.parse(fake().getItem(KEY)!);
    now.data.entries.push({ id: 'h2', ...fields('saved in another tab'), createdAt: t(3), updatedAt: t(3) });
    fake().data.set(KEY, JSON.stringify(now));
    expect(applyImport((stored) => planImport(DATA_KINDS, { [KEY]: file }, stored)).ok).toBe(true);
    const result = openEnvelope(fake().getItem(KEY), cantRewriterSpec);
    expect(
      result.status === 'ok' &&
        liveEntries(result.data)
          .map((e) => e.id)
          .sort(),
    ).toEqual(['f1', 'h1', 'h2']);
  });

  // Defect 3: 4,999 imported onto 2 made data no page could read.
  it('past the limit: refuses before writing anything', () => {
    let big = cantRewriterSpec.blank();
    for (let i = 0; i < MAX_ENTRIES - 1; i++) big = addEntry(big, fields(`m${i}`), t(4), `m${i}`).state;
    let here = addEntry(cantRewriterSpec.blank(), fields('a'), t(5), 'a').state;
    here = addEntry(here, fields('b'), t(5), 'b').state;
    fake().data.set(KEY, seal(here));
    const before = new Map(fake().data);
    const outcome = applyImport((stored) => planImport(DATA_KINDS, { [KEY]: seal(big) }, stored));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/5,000/) });
    expect(new Map(fake().data)).toEqual(before);
  });

  // QA after issue 11: a file stamped in the future (a device with a wrong clock) won every merge and
  // the version here was gone. Newest still wins, but what it replaces is kept as a copy to look at.
  it('an entry replaced by a version dated in the future is kept as a conflict copy first', () => {
    const here = addEntry(cantRewriterSpec.blank(), fields('typed here'), t(2), 'x').state;
    fake().data.set(KEY, seal(here));
    const future = '2099-01-01T00:00:00.000Z';
    const fromFile = seal({ ...here, entries: [{ ...here.entries[0]!, thought: 'from a wrong clock', updatedAt: future } as never] });
    const plan = planImport(DATA_KINDS, { [KEY]: fromFile }, (k) => fake().getItem(k));
    expect(plan.replacedFromFuture).toEqual([
      { kind: 'cant-rewriter', entryId: 'x', value: expect.objectContaining({ thought: 'typed here' }) },
    ]);
    expect(applyImport((stored) => planImport(DATA_KINDS, { [KEY]: fromFile }, stored)).ok).toBe(true);
    expect(conflictsOf('cant-rewriter')).toMatchObject([{ reason: 'import', entryId: 'x', value: { thought: 'typed here' } }]);
    const result = openEnvelope(fake().getItem(KEY), cantRewriterSpec);
    expect(result.status === 'ok' && liveEntries(result.data)[0]!.thought).toBe('from a wrong clock');
    // An ordinary newer version (dated now or before) replaces without a copy, as always.
    const later = seal({ ...here, entries: [{ ...here.entries[0]!, thought: 'edited later', updatedAt: t(30) } as never] });
    fake().data.set(KEY, seal(here));
    expect(planImport(DATA_KINDS, { [KEY]: later }, (k) => fake().getItem(k)).replacedFromFuture).toEqual([]);
  });

  it('an import shows in the store at once', () => {
    const store = createExerciseStore(cantRewriterSpec);
    expect(applyImport((stored) => planImport(DATA_KINDS, { [KEY]: file }, stored)).ok).toBe(true);
    expect(liveEntries(store.$state.get()).map((e) => e.thought)).toEqual(['from the file']);
    expect(store.$state.get().draft.value).toEqual(EMPTY_CANT_DRAFT);
  });
});
