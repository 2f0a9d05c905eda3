// The saving layer end to end, in Node: the exercise store on the guarded engine, over an
// in-memory storage that can be corrupted, blocked or filled.
import { describe, expect, it } from 'vitest';
import { sealEnvelope, type DataSpec } from '../../../src/lib/storage/envelope';
import { blankState, liveEntries, type EntryMeta, type SavedState } from '../../../src/lib/storage/entries';
import { list, obj, str } from '../../../src/lib/storage/shape';
import { createExerciseStore } from '../../../src/stores/exercise-store';
import { discardBackup, exportText, storedText } from '../../../src/stores/kept-copies';
import { $saveStatus, BACKUP_PREFIX, DATA_PREFIX, setStorageBackend, storage } from '../../../src/stores/persistence';
import { blocked, fakeStoragePerTest } from './fake-storage';

type Note = EntryMeta & { text: string };
type NoteState = SavedState<Note, { text: string }>;

let n = 0;
/** A fresh exercise id per test: the stores are module singletons sharing one engine. */
function noteSpec(migrations: DataSpec<NoteState>['migrations'] = {}, version = 1): DataSpec<NoteState> {
  n += 1;
  const isEntry = obj<Note>({ id: str(), createdAt: str(), updatedAt: str(), text: str() });
  return {
    exercise: `test-notes-${n}`,
    version,
    migrations,
    isValid: obj<NoteState>({
      entries: list((v): v is Note => isEntry(v) || obj({ id: str(), deletedAt: str() })(v)),
      draft: obj({ value: obj({ text: str() }), updatedAt: str() }),
    }),
    blank: () => blankState({ text: '' }),
  };
}

const fake = fakeStoragePerTest();

const backupsOf = (exercise: string) => [...fake().data.keys()].filter((k) => k.startsWith(`${BACKUP_PREFIX}${exercise}:`));

describe('the exercise store', () => {
  it('saves entries in a versioned envelope and reads them back', () => {
    const spec = noteSpec();
    const store = createExerciseStore(spec);
    store.add({ text: 'hello' });
    storage.flush();
    const saved = JSON.parse(fake().getItem(`${DATA_PREFIX}${spec.exercise}`)!);
    expect(saved).toMatchObject({ app: 'efficacy-lab', exercise: spec.exercise, version: 1 });
    expect(saved.data.entries[0].text).toBe('hello');
    // A second page load (a new store on the same storage) sees it.
    const again = createExerciseStore({ ...spec });
    expect(liveEntries(again.$state.get()).map((e) => e.text)).toEqual(['hello']);
  });

  it.each([
    ['corrupt JSON', '{"app":"efficacy-lab","data":{"entr', 'not-json'],
    ['the wrong shape', JSON.stringify({ app: 'efficacy-lab', exercise: '?', version: 1, data: { entries: 'no' } }), 'wrong-shape'],
  ])('%s: kept aside unchanged under a backup key, and the exercise starts clean', (_name, rawTemplate, reason) => {
    const spec = noteSpec();
    const key = `${DATA_PREFIX}${spec.exercise}`;
    const raw = rawTemplate.replace('"?"', JSON.stringify(spec.exercise));
    fake().data.set(key, raw);
    const store = createExerciseStore(spec);
    expect(store.$state.get()).toEqual(spec.blank());
    expect(store.$recovery.get()).toMatchObject({ reason });
    const [backupKey] = backupsOf(spec.exercise);
    expect(fake().getItem(backupKey!)).toBe(raw);
    expect(store.$recovery.get()?.backupKey).toBe(backupKey);
    // Nothing is written over the original until the person writes something...
    storage.flush();
    expect(fake().getItem(key)).toBe(raw);
    // ...and then the backup is still there.
    store.add({ text: 'new start' });
    storage.flush();
    expect(JSON.parse(fake().getItem(key)!).data.entries).toHaveLength(1);
    expect(fake().getItem(backupKey!)).toBe(raw);
    // Reloading does not make a second copy of the same data.
    fake().data.set(key, raw);
    createExerciseStore({ ...spec });
    expect(backupsOf(spec.exercise)).toHaveLength(1);
  });

  it('migrates an old version on load', () => {
    const spec = noteSpec(
      {
        1: (old) => ({
          entries: (old as { notes: string[] }).notes.map((text, i) => ({
            id: `n${i}`,
            text,
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          })),
          draft: { value: { text: '' }, updatedAt: '' },
        }),
      },
      2,
    );
    const key = `${DATA_PREFIX}${spec.exercise}`;
    fake().data.set(
      key,
      JSON.stringify({ app: 'efficacy-lab', exercise: spec.exercise, version: 1, updatedAt: 'x', data: { notes: ['old one'] } }),
    );
    const store = createExerciseStore(spec);
    expect(liveEntries(store.$state.get()).map((e) => e.text)).toEqual(['old one']);
    expect(store.$recovery.get()).toBeUndefined();
    // Typing writes only the draft (its own key, in the new version); the entries are written in the
    // new version when they next change, and read through the migration until then.
    store.setDraft({ text: 'typing' });
    storage.flush();
    expect(JSON.parse(fake().getItem(store.draftKey)!).version).toBe(2);
    store.add({ text: 'new' });
    storage.flush();
    expect(JSON.parse(fake().getItem(key)!).version).toBe(2);
  });

  it('data from a newer version of the site is kept aside, not overwritten', () => {
    const spec = noteSpec();
    const key = `${DATA_PREFIX}${spec.exercise}`;
    const newer = sealEnvelope(spec.blank(), { ...spec, version: 9 });
    fake().data.set(key, newer);
    const store = createExerciseStore(spec);
    expect(store.$recovery.get()?.reason).toBe('newer-version');
    expect(fake().getItem(backupsOf(spec.exercise)[0]!)).toBe(newer);
  });

  it('blocked storage: the exercise works in memory and the status says it is not saved', () => {
    setStorageBackend(blocked);
    const store = createExerciseStore(noteSpec());
    store.add({ text: 'still here' });
    storage.flush();
    expect(liveEntries(store.$state.get()).map((e) => e.text)).toEqual(['still here']);
    expect($saveStatus.get()).toEqual({ state: 'unsaved', problem: 'blocked' });
  });

  it('quota exceeded: the exercise keeps working and says so', () => {
    const spec = noteSpec();
    const store = createExerciseStore(spec);
    fake().quota = 200;
    store.add({ text: 'x'.repeat(500) });
    storage.flush();
    expect($saveStatus.get()).toEqual({ state: 'unsaved', problem: 'full' });
    expect(liveEntries(store.$state.get())).toHaveLength(1);
    expect(fake().getItem(`${DATA_PREFIX}${spec.exercise}`)).toBeNull();
    fake().quota = Infinity;
    store.add({ text: 'room again' });
    storage.flush();
    expect($saveStatus.get().state).toBe('saved');
    expect(JSON.parse(fake().getItem(`${DATA_PREFIX}${spec.exercise}`)!).data.entries).toHaveLength(2);
  });

  it('unreadable data with no room for a copy: the original is never overwritten', () => {
    const spec = noteSpec();
    const key = `${DATA_PREFIX}${spec.exercise}`;
    fake().data.set(key, 'not json at all');
    fake().full = true;
    const store = createExerciseStore(spec);
    expect(store.$recovery.get()).toEqual({ reason: 'not-json', backupKey: undefined });
    fake().full = false; // even once there is room, this visit does not write over it
    store.add({ text: 'typed anyway' });
    storage.flush();
    expect(fake().getItem(key)).toBe('not json at all');
    expect(liveEntries(store.$state.get())).toHaveLength(1);
    expect($saveStatus.get().state).toBe('unsaved');
  });

  it("concurrent writes: another tab's newer entry and ours both survive", () => {
    const spec = noteSpec();
    const key = `${DATA_PREFIX}${spec.exercise}`;
    const store = createExerciseStore(spec);
    store.add({ text: 'ours' });
    storage.flush();
    // Another tab, which had loaded the same data, adds an entry and saves.
    const theirs = JSON.parse(fake().getItem(key)!);
    theirs.data.entries.push({
      id: 'theirs',
      text: 'theirs',
      createdAt: '2030-01-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:00.000Z',
    });
    fake().data.set(key, JSON.stringify(theirs));
    // This tab, not yet told, saves another entry: it must not drop theirs.
    store.add({ text: 'ours again' });
    storage.flush();
    const stored = JSON.parse(fake().getItem(key)!)
      .data.entries.map((e: Note) => e.text)
      .sort();
    expect(stored).toEqual(['ours', 'ours again', 'theirs']);
    // And this tab now shows theirs too.
    expect(
      liveEntries(store.$state.get())
        .map((e) => e.text)
        .sort(),
    ).toEqual(['ours', 'ours again', 'theirs']);
  });

  it('delete and undo', () => {
    const store = createExerciseStore(noteSpec());
    const entry = store.add({ text: 'keep me' })!;
    const removed = store.remove(entry.id);
    expect(liveEntries(store.$state.get())).toEqual([]);
    store.restore(removed!);
    expect(liveEntries(store.$state.get()).map((e) => e.text)).toEqual(['keep me']);
  });

  it('a kept copy can be read and discarded', () => {
    const spec = noteSpec();
    fake().data.set(`${DATA_PREFIX}${spec.exercise}`, '{broken');
    const store = createExerciseStore(spec);
    const [backupKey] = store.$backups.get();
    expect(storedText(backupKey!)).toBe('{broken');
    discardBackup(store, backupKey!);
    expect(store.$backups.get()).toEqual([]);
    expect(store.$recovery.get()).toBeUndefined();
    expect(backupsOf(spec.exercise)).toEqual([]);
    expect(JSON.parse(exportText(store))).toMatchObject({ app: 'efficacy-lab', exercise: spec.exercise, version: 1 });
  });
});
