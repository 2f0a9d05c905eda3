// Issue 23: deletes that stick, order that survives bad clocks, "Saved" only when written, and
// conflicts under a full disk. Tabs are separate copies of the saving layer over one storage
// (./tabs.ts); the clock is Vitest's fake Date, moved by hand.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEnvelope, sealEnvelope, type DataSpec } from '../../../src/lib/storage/envelope';
import { blankState, liveEntries, type EntryMeta, type SavedState } from '../../../src/lib/storage/entries';
import { isIsoStamp, str } from '../../../src/lib/storage/shape';
import { savedStateCheck } from '../../../src/lib/exercises/saved-state-schema';
import { planImport } from '../../../src/lib/transfer/import-plan';
import cantRewriterSpec from '../../../src/exercises/cant-rewriter/spec';
import { EMPTY_CANT_DRAFT } from '../../../src/exercises/cant-rewriter/data';
import { CONFLICT_PREFIX, DATA_PREFIX, DRAFT_PREFIX, STORAGE_PREFIX } from '../../../src/lib/storage-keys';
import { FakeStorage } from './fake-storage';
import { openTab } from './tabs';
import { DATA_KINDS } from '../../../src/exercises/data-kinds';

type Note = EntryMeta & { text: string };
type NoteDraft = { a: string; b: string };
type NoteState = SavedState<Note, NoteDraft>;

let n = 0;
function noteSpec(): DataSpec<NoteState> {
  n += 1;
  return {
    exercise: `notes23-${n}`,
    version: 1,
    migrations: {},
    isValid: savedStateCheck<{ text: string }, NoteDraft>({ text: str() }, (v): v is NoteDraft => typeof v === 'object' && v !== null),
    blank: () => blankState({ a: '', b: '' }),
  };
}

const T = Date.UTC(2026, 5, 1, 12, 0);
let fake: FakeStorage;
beforeEach(() => {
  fake = new FakeStorage();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Every text stored under the site's keys, as one string: what a person could still find. */
const everythingStored = () =>
  [...fake.data]
    .filter(([k]) => k.startsWith(STORAGE_PREFIX))
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('item 1: deletes stick', () => {
  it('Delete everything in one tab: a worksheet open in another does not write it back, and says so', async () => {
    const spec = noteSpec();
    const tab = await openTab(fake);
    const store = tab.stores.createExerciseStore(spec);
    const entry = store.add({ text: 'private words' })!;
    store.setDraft({ a: 'a private draft', b: '' });
    tab.storage.flush();
    later(1000);
    const workbook = await openTab(fake);
    workbook.everything.deleteEverything();
    expect(everythingStored()).not.toContain('private');
    // The worksheet tab hears of it (a storage event), then a moment later its timer flushes.
    await store.sync();
    tab.storage.flush();
    expect(everythingStored()).not.toContain('private');
    expect(liveEntries(store.$state.get())).toEqual([]);
    expect(store.$state.get().draft.value).toEqual({ a: '', b: '' });
    expect(store.$removedElsewhere.get()).toBe('everything');
    // A keystroke there, even in the deleted entry's edit field, brings nothing back.
    later(1000);
    store.update(entry.id, { text: 'private words, edited' });
    store.setDraft({ a: 'new words', b: '' });
    tab.storage.flush();
    expect(everythingStored()).not.toContain('private');
    expect(openEnvelope(fake.getItem(store.draftKey), spec)).toMatchObject({
      status: 'ok',
      data: { draft: { value: { a: 'new words' } } },
    });
  });

  it('a tab that has not heard of Delete everything yet checks at the moment it writes', async () => {
    const spec = noteSpec();
    const tab = await openTab(fake);
    const store = tab.stores.createExerciseStore(spec);
    store.add({ text: 'private words' });
    store.setDraft({ a: 'a private draft', b: '' });
    tab.storage.flush();
    later(1000);
    (await openTab(fake)).everything.deleteEverything();
    // No storage event has reached this tab: a keystroke on the old screen.
    later(1000);
    store.setDraft({ a: 'a private draft, and more', b: '' });
    tab.storage.flush();
    expect(everythingStored()).not.toContain('private');
    expect(store.$removedElsewhere.get()).toBe('everything');
    expect(liveEntries(store.$state.get())).toEqual([]);
  });

  it('an entry deleted in one tab stays deleted when another tab, not yet told, edits it', async () => {
    const spec = noteSpec();
    const a = await openTab(fake);
    const storeA = a.stores.createExerciseStore(spec);
    const entry = storeA.add({ text: 'to be deleted' })!;
    storeA.add({ text: 'to keep' });
    a.storage.flush();
    const b = await openTab(fake);
    const storeB = b.stores.createExerciseStore(spec);
    later(1000);
    storeB.remove(entry.id);
    b.storage.flush();
    later(1000);
    storeA.update(entry.id, { text: 'to be deleted, edited' });
    a.storage.flush();
    const stored = openEnvelope(fake.getItem(storeA.key), spec);
    expect(stored.status === 'ok' && liveEntries(stored.data).map((e) => e.text)).toEqual(['to keep']);
    expect(liveEntries(storeA.$state.get()).map((e) => e.text)).toEqual(['to keep']);
    expect(storeA.$removedElsewhere.get()).toBe(1);
    // The tab that deleted it hears of the other's write and still has it deleted.
    await storeB.sync();
    expect(liveEntries(storeB.$state.get()).map((e) => e.text)).toEqual(['to keep']);
  });

  it('an import in a workbook that has not heard of Delete everything in another tab is written', async () => {
    const workbook = await openTab(fake);
    const store = workbook.stores.createExerciseStore(cantRewriterSpec);
    store.setDraft({ ...EMPTY_CANT_DRAFT, thought: 'here before' });
    workbook.storage.flush();
    later(1000);
    (await openTab(fake)).everything.deleteEverything();
    later(1000);
    const file = sealEnvelope(
      { entries: [], draft: { value: { ...EMPTY_CANT_DRAFT, thought: 'from the file' }, updatedAt: new Date().toISOString() } },
      cantRewriterSpec,
    );
    const key = `${DRAFT_PREFIX}cant-rewriter`;
    expect(workbook.imports.applyImport((stored) => planImport(DATA_KINDS, { [key]: file }, stored))).toMatchObject({
      ok: true,
      written: 1,
    });
    expect(fake.getItem(key)).toContain('from the file');
    expect(everythingStored()).not.toContain('here before');
  });
});

describe('item 2: order that survives bad clocks', () => {
  it('saved with the clock 10 minutes fast, then corrected: the new draft wins after a reload', async () => {
    const spec = noteSpec();
    vi.setSystemTime(T + 10 * 60_000);
    const fast = await openTab(fake);
    const store = fast.stores.createExerciseStore(spec);
    store.setDraft({ a: 'old draft', b: '' });
    store.add({ text: 'an entry' }); // writes the entries, with the draft as it was
    fast.storage.flush();
    vi.setSystemTime(T);
    const fixed = await openTab(fake);
    const again = fixed.stores.createExerciseStore(spec);
    again.setDraft({ a: 'new draft', b: '' });
    fixed.storage.flush();
    const reloaded = (await openTab(fake)).stores.createExerciseStore(spec);
    expect(reloaded.$state.get().draft.value.a).toBe('new draft');
  });

  it('an imported draft dated 2999 is treated as now: a later draft wins', async () => {
    const file = sealEnvelope(
      { entries: [], draft: { value: { ...EMPTY_CANT_DRAFT, thought: 'from the far future' }, updatedAt: '2999-01-01T00:00:00.000Z' } },
      cantRewriterSpec,
    );
    const workbook = await openTab(fake);
    const key = `${DRAFT_PREFIX}cant-rewriter`;
    expect(workbook.imports.applyImport((stored) => planImport(DATA_KINDS, { [key]: file }, stored))).toMatchObject({ ok: true });
    const stamp = openEnvelope(fake.getItem(key), cantRewriterSpec);
    expect(stamp.status === 'ok' && Date.parse(stamp.data.draft.updatedAt)).toBeLessThanOrEqual(Date.now());
    later(60_000);
    const tab = await openTab(fake);
    const store = tab.stores.createExerciseStore(cantRewriterSpec);
    store.setDraft({ ...EMPTY_CANT_DRAFT, thought: 'typed later' });
    tab.storage.flush();
    expect((await openTab(fake)).stores.createExerciseStore(cantRewriterSpec).$state.get().draft.value.thought).toBe('typed later');
  });

  it('a draft already stored with a date in 2999 (an import before this rule) does not beat every later draft', async () => {
    const spec = noteSpec();
    const at = '2999-01-01T00:00:00.000Z';
    fake.data.set(
      `${DATA_PREFIX}${spec.exercise}`,
      sealEnvelope(
        { entries: [{ id: 'e1', text: 'an entry', createdAt: at, updatedAt: at }], draft: { value: { a: 'stuck', b: '' }, updatedAt: at } },
        spec,
      ),
    );
    const tab = await openTab(fake);
    const store = tab.stores.createExerciseStore(spec);
    await tab.stores.loadMerging(); // the code that reads such dates as now, loaded when one is found
    store.setDraft({ a: 'typed now', b: '' });
    tab.storage.flush();
    // A later visit: the old date is not read as "now" again (it was written back as the first visit's now).
    later(60_000);
    expect((await openTab(fake)).stores.createExerciseStore(spec).$state.get().draft.value.a).toBe('typed now');
  });

  it('a clock in year 10000 never writes a stamp the reader rejects', async () => {
    const spec = noteSpec();
    vi.setSystemTime(Date.UTC(10000, 0, 1));
    const tab = await openTab(fake);
    const store = tab.stores.createExerciseStore(spec);
    store.add({ text: 'written in year 10000' });
    store.setDraft({ a: 'and a draft', b: '' });
    tab.storage.flush();
    const stored = [...fake.data.values()].join('\n');
    expect(stored).not.toContain('+0100');
    // Every stamp written is one the reader accepts (a draft nobody typed in has none: "").
    const stamps = [...stored.matchAll(/"(?:updatedAt|createdAt|deletedAt)":"([^"]+)"/g)].map((m) => m[1]!);
    expect(stamps.length).toBeGreaterThan(3);
    for (const stamp of stamps) expect(isIsoStamp(stamp), stamp).toBe(true);
    const reader = (await openTab(fake)).stores.createExerciseStore(spec);
    expect(reader.$recovery.get()).toBeUndefined();
    expect(liveEntries(reader.$state.get()).map((e) => e.text)).toEqual(['written in year 10000']);
    expect(reader.$state.get().draft.value.a).toBe('and a draft');
  });
});

describe('item 3: "Saved" only when written', () => {
  it('an entry refused while storage was full is written once there is room; until then nothing says Saved', async () => {
    const spec = noteSpec();
    const tab = await openTab(fake);
    const store = tab.stores.createExerciseStore(spec);
    fake.quota = 600; // room for a draft, not for the entry
    store.add({ text: 'x'.repeat(800) });
    tab.storage.flush();
    expect(tab.persistence.$saveStatus.get()).toMatchObject({ state: 'unsaved', problem: 'full' });
    store.setDraft({ a: 'typing on', b: '' });
    tab.storage.flush();
    expect(fake.getItem(store.draftKey)).not.toBeNull();
    expect(fake.getItem(store.key)).toBeNull();
    expect(tab.persistence.$saveStatus.get()).toMatchObject({ state: 'unsaved', problem: 'full' });
    // Space is freed; the person types again.
    fake.quota = Infinity;
    store.setDraft({ a: 'typing on and on', b: '' });
    tab.storage.flush();
    expect(openEnvelope(fake.getItem(store.key), spec)).toMatchObject({ status: 'ok', data: { entries: [{ text: 'x'.repeat(800) }] } });
    expect(tab.persistence.$saveStatus.get().state).toBe('saved');
  });

  it('without typing, the entry is written as soon as storage works again', async () => {
    vi.useRealTimers();
    const spec = noteSpec();
    const tab = await openTab(fake);
    const store = tab.stores.createExerciseStore(spec);
    fake.full = true;
    store.add({ text: 'held in memory' });
    tab.storage.flush();
    expect(tab.persistence.$saveStatus.get().state).toBe('unsaved');
    fake.full = false;
    await vi.waitFor(() => expect(fake.getItem(store.key)).toContain('held in memory'), { timeout: 8000, interval: 100 });
    expect(tab.persistence.$saveStatus.get().state).toBe('saved');
  }, 10_000);
});

describe('item 4: a conflict while storage is full', () => {
  it('the losing edit stays in memory, the page says it is not saved, and it is written once there is room', async () => {
    const spec = noteSpec();
    const a = await openTab(fake);
    const storeA = a.stores.createExerciseStore(spec);
    storeA.setDraft({ a: 'start', b: '' });
    a.storage.flush();
    const b = await openTab(fake);
    const storeB = b.stores.createExerciseStore(spec);
    later(1000);
    storeA.setDraft({ a: 'typed in tab A', b: '' });
    a.storage.flush();
    // Room for a draft of the same size, not for a conflict copy beside it.
    fake.quota = [...fake.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0) + 40;
    later(1000);
    storeB.setDraft({ a: 'typed in tab B', b: '' });
    b.storage.flush();
    const held = b.storage.keys(`${CONFLICT_PREFIX}${spec.exercise}:`);
    expect(held).toHaveLength(1);
    expect(b.storage.read(held[0]!)).toContain('typed in tab A');
    expect(b.persistence.$saveStatus.get()).toMatchObject({ state: 'unsaved', problem: 'full' });
    // Space freed: the next write puts the copy in storage and only then says Saved.
    fake.quota = Infinity;
    storeB.setDraft({ a: 'typed in tab B!', b: '' });
    b.storage.flush();
    expect(fake.getItem(held[0]!)).toContain('typed in tab A');
    expect(b.persistence.$saveStatus.get().state).toBe('saved');
    expect(fake.getItem(`${DATA_PREFIX}${spec.exercise}`)).toBeNull();
  });
});

describe('item 5: import', () => {
  const draftKey = `${DRAFT_PREFIX}cant-rewriter`;

  it('an unsaved draft here that a newer draft in the file replaces is kept as a conflict copy', async () => {
    const workbook = await openTab(fake);
    const store = workbook.stores.createExerciseStore(cantRewriterSpec);
    store.setDraft({ ...EMPTY_CANT_DRAFT, thought: 'typed here, not saved' });
    later(60_000);
    const file = sealEnvelope(
      { entries: [], draft: { value: { ...EMPTY_CANT_DRAFT, thought: 'from the other device' }, updatedAt: new Date().toISOString() } },
      cantRewriterSpec,
    );
    expect(workbook.imports.applyImport((stored) => planImport(DATA_KINDS, { [draftKey]: file }, stored))).toMatchObject({ ok: true });
    expect(store.$state.get().draft.value.thought).toBe('from the other device');
    const copies = [...fake.data].filter(([k]) => k.startsWith(`${CONFLICT_PREFIX}cant-rewriter:`)).map(([, v]) => JSON.parse(v));
    expect(copies).toMatchObject([{ reason: 'import-draft', field: 'thought', value: 'typed here, not saved' }]);
  });

  it('a crafted copy put back as an entry is checked like any entry: refused, and the entries here stay listed', async () => {
    const tab = await openTab(fake);
    const store = tab.stores.createExerciseStore(cantRewriterSpec);
    store.add({ thought: 'already here', rewrite: '', skill: '', step: '' });
    const crafted = {
      id: store.$state.get().entries[0]!.id,
      thought: 42,
      rewrite: '',
      skill: '',
      step: '',
      createdAt: new Date().toISOString(),
    };
    expect(tab.kept.putBack(store as never, crafted)).toBe(false);
    tab.storage.flush();
    const reloaded = (await openTab(fake)).stores.createExerciseStore(cantRewriterSpec);
    expect(liveEntries(reloaded.$state.get()).map((e) => e.thought)).toEqual(['already here']);
    expect(reloaded.$recovery.get()).toBeUndefined();
  });
});
