import { describe, expect, it } from 'vitest';
import {
  blankProgress,
  hasSavedEntry,
  isMarked,
  isProgressState,
  lessonsRead,
  markLesson,
  nextLesson,
  openProgress,
  PROGRESS_KEY,
  progressSpec,
  sealProgress,
  type ProgressState,
} from '../../src/lib/progress-data';
import { openEnvelope, sealEnvelope } from '../../src/lib/storage/envelope';
import { MAX_ENTRIES } from '../../src/lib/storage/entries';
import { obj } from '../../src/lib/storage/shape';
import { savedStateCheck } from '../../src/lib/exercises/saved-state-schema';
import { planImport } from '../../src/lib/transfer/import-plan';
import { isExportedKey } from '../../src/lib/transfer/backup-file';
import { DATA_KINDS } from '../../src/exercises/data-kinds';

const t = (m: number) => `2026-04-01T10:${String(m).padStart(2, '0')}:00.000Z`;
const read = (...ids: string[]) => ids.reduce((s, id, i) => markLesson(s, id, true, t(i)), blankProgress());

describe('the progress kind', () => {
  it('is a kind of saved data: exported, imported, in the workbook', () => {
    expect(DATA_KINDS.isDataKind('progress')).toBe(true);
    expect(isExportedKey(DATA_KINDS, PROGRESS_KEY)).toBe(true);
    expect(PROGRESS_KEY).toBe('efficacy-lab:data:progress');
  });

  // The lessons' script cannot carry the saving layer's checks, so the kind has its own: it must
  // accept exactly what the saving layer's generic check for such a state accepts.
  const generic = savedStateCheck<object, Record<string, never>>({}, obj<Record<string, never>>({}));
  const entry = { id: 'four-sources', createdAt: t(1), updatedAt: t(2) };
  const tomb = { id: 'the-evidence', updatedAt: t(3), deletedAt: t(3) };
  const samples: unknown[] = [
    blankProgress(),
    { entries: [entry, tomb], draft: { value: {}, updatedAt: '' } },
    { entries: [entry], draft: { value: {}, updatedAt: t(4) } },
    { entries: [{ ...entry, extra: 1 }], draft: { value: { x: 1 }, updatedAt: '' } },
    { entries: [{ ...entry, updatedAt: 'zzzz' }], draft: { value: {}, updatedAt: '' } },
    { entries: [{ ...entry, createdAt: '2026-02-30T10:00:00Z' }], draft: { value: {}, updatedAt: '' } },
    { entries: [{ ...entry, id: 'x'.repeat(81) }], draft: { value: {}, updatedAt: '' } },
    { entries: [{ id: 'a', updatedAt: t(1) }], draft: { value: {}, updatedAt: '' } },
    { entries: [entry], draft: { value: [], updatedAt: '' } },
    { entries: [entry], draft: { value: {}, updatedAt: 'yesterday' } },
    { entries: [entry] },
    { entries: {}, draft: { value: {}, updatedAt: '' } },
    { entries: [null], draft: { value: {}, updatedAt: '' } },
    { entries: Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({ ...entry, id: `l${i}` })), draft: { value: {}, updatedAt: '' } },
    { entries: Array.from({ length: MAX_ENTRIES }, (_, i) => ({ ...entry, id: `l${i}` })), draft: { value: {}, updatedAt: '' } },
    [],
    null,
    'read',
  ];
  it.each(samples.map((s, i) => [i, s] as const))('sample %i: its own check agrees with the saving layer’s', (_, sample) => {
    expect(isProgressState(sample)).toBe(generic(sample));
  });

  it('what the course page writes, the saving layer opens, and the other way round', () => {
    const state = read('four-sources', 'the-evidence');
    const opened = openEnvelope(sealProgress(state, new Date(t(9))), progressSpec);
    expect(opened).toMatchObject({ status: 'ok', data: state });
    expect(openProgress(sealEnvelope(state, progressSpec, new Date(t(9)), null))).toEqual(state);
  });

  it('reads unreadable data as unreadable (to keep aside), nothing as a blank start', () => {
    expect(openProgress(null)).toEqual(blankProgress());
    expect(openProgress('')).toEqual(blankProgress());
    for (const raw of ['not json', '{"app":"other"}', sealProgress(blankProgress(), new Date()).replace('"version":1', '"version":2')]) {
      expect(openProgress(raw)).toBeUndefined();
      expect(openEnvelope(raw, progressSpec).status).toBe('unreadable');
    }
    const wrongKind = JSON.stringify({ app: 'efficacy-lab', exercise: 'goal-sizer', version: 1, updatedAt: t(1), data: blankProgress() });
    expect(openProgress(wrongKind)).toBeUndefined();
  });
});

describe('marking lessons', () => {
  it('marks read and not read, keeping when it was first read', () => {
    let state = read('a');
    expect(lessonsRead(state)).toEqual(new Set(['a']));
    state = markLesson(state, 'a', true, t(30));
    expect(state.entries).toEqual([{ id: 'a', createdAt: t(0), updatedAt: t(30) }]);
    state = markLesson(state, 'a', false, t(31));
    expect(lessonsRead(state)).toEqual(new Set());
    expect(isMarked(state, 'a')).toBe(true);
    expect(isProgressState(state)).toBe(true);
    state = markLesson(state, 'a', true, t(32));
    expect(state.entries).toEqual([{ id: 'a', createdAt: t(32), updatedAt: t(32) }]);
  });
});

describe('the next lesson', () => {
  const order = ['one', 'two', 'three', 'four'];
  it('starts with the first lesson', () => expect(nextLesson(order, new Set())).toEqual({ kind: 'start', index: 0 }));
  it('continues after the furthest lesson read', () => {
    expect(nextLesson(order, new Set(['one']))).toEqual({ kind: 'continue', index: 1 });
    expect(nextLesson(order, new Set(['one', 'three']))).toEqual({ kind: 'continue', index: 3 });
  });
  it('goes back to a lesson skipped when every later one is read', () => {
    expect(nextLesson(order, new Set(['one', 'three', 'four']))).toEqual({ kind: 'continue', index: 1 });
  });
  it('is done when all are read; marks of lessons not in the course do not count', () => {
    expect(nextLesson(order, new Set(order))).toEqual({ kind: 'done' });
    expect(nextLesson(order, new Set(['gone']))).toEqual({ kind: 'start', index: 0 });
  });
});

describe('practice saved, from the worksheet’s own data', () => {
  const sheet = (entries: unknown[], exercise = 'win-ledger') =>
    JSON.stringify({ app: 'efficacy-lab', exercise, version: 1, updatedAt: t(1), data: { entries, draft: { value: {}, updatedAt: '' } } });
  it('counts a live entry, not a deletion, another kind or unreadable text', () => {
    expect(hasSavedEntry(sheet([{ id: 'x', createdAt: t(1), updatedAt: t(1) }]), 'win-ledger')).toBe(true);
    expect(hasSavedEntry(sheet([{ id: 'x', updatedAt: t(1), deletedAt: t(1) }]), 'win-ledger')).toBe(false);
    expect(hasSavedEntry(sheet([{ id: 'x', createdAt: t(1), updatedAt: t(1) }], 'goal-sizer'), 'win-ledger')).toBe(false);
    expect(hasSavedEntry('{', 'win-ledger')).toBe(false);
    expect(hasSavedEntry(null, 'win-ledger')).toBe(false);
  });
});

describe('two devices’ progress, imported', () => {
  it('merge as a union, the newer mark of a lesson winning', () => {
    // This browser: read one and two, then marked two not read. The file: read two (earlier) and three.
    let here: ProgressState = read('one', 'two');
    here = markLesson(here, 'two', false, t(20));
    let file: ProgressState = markLesson(blankProgress(), 'two', true, t(10));
    file = markLesson(file, 'three', true, t(11));
    file = markLesson(file, 'four', true, t(12));
    file = markLesson(file, 'four', false, t(13));
    here = markLesson(here, 'four', true, t(14));
    const plan = planImport(DATA_KINDS, { [PROGRESS_KEY]: sealProgress(file, new Date(t(50))) }, () => sealProgress(here, new Date(t(40))));
    expect(plan.refusal).toBeUndefined();
    const merged = openProgress(plan.writes[PROGRESS_KEY]!);
    expect(merged && lessonsRead(merged)).toEqual(new Set(['one', 'three', 'four']));
    expect(plan.previews[0]).toMatchObject({ kind: 'progress', label: 'Lessons read', added: 1, keptNewer: 2 });
  });
});
