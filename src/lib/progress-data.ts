// Where a reader is in the course: the lessons they have read, kept in their browser as a kind of
// saved data of its own ("progress", under efficacy-lab:data:progress), in the same envelope as
// every kind. One entry per lesson read, its id the lesson's id, so two devices' marks merge as a
// union through the same entry-by-entry merge as every kind (the newer mark of a lesson wins).
// Marking a lesson as not read leaves a tombstone, so that lesson is not marked again on its own.
// Practices done are not stored here: they are read from the worksheets' own saved entries.
//
// This module is the one description of the kind. Two writers use it: the saving layer (workbook,
// export and import, through `progressSpec`) and the lessons' small script (src/scripts/progress.ts),
// which cannot carry the saving layer within a lesson page's 3 KB budget. So it imports nothing from
// src/lib/storage/ at run time (that would pull the exercise runtime into every lesson); a unit test
// checks that `isProgressState` accepts exactly what savedStateCheck would.
import type { DataSpec } from './storage/envelope';
import type { EntryMeta, SavedState, Stored } from './storage/entries';
import { DATA_PREFIX } from './storage-keys';

export const PROGRESS_KIND = 'progress';
export const PROGRESS_KEY = `${DATA_PREFIX}progress`;
/**
 * The version this build writes. Changing the shape: bump it, add a migration to `progressSpec`
 * and teach `openProgress` the same step (the lessons' script reads with it), and add a fixture.
 */
export const PROGRESS_VERSION = 1;
/** MAX_ENTRIES of src/lib/storage/entries.ts (a test checks they agree). */
const MAX = 5000;

export type ProgressState = SavedState<EntryMeta, Record<string, never>>;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** As isIsoStamp in src/lib/storage/shape.ts: a real moment, written as toISOString writes it. */
const isStamp = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(v) &&
  !Number.isNaN(Date.parse(v)) &&
  new Date(v).toISOString().slice(0, 19) === v.slice(0, 19);

/** The saved shape: entries (a lesson read) or tombstones (marked not read), and an empty draft. */
export function isProgressState(v: unknown): v is ProgressState {
  if (!isObj(v) || !Array.isArray(v.entries) || v.entries.length > 2 * MAX) return false;
  const draft = v.draft;
  if (!isObj(draft) || !isObj(draft.value) || !(draft.updatedAt === '' || isStamp(draft.updatedAt))) return false;
  let deleted = 0;
  for (const e of v.entries as unknown[]) {
    if (!isObj(e) || typeof e.id !== 'string' || e.id.length > 80 || !isStamp(e.updatedAt)) return false;
    if (!isStamp(e.createdAt) && !isStamp(e.deletedAt)) return false;
    if (typeof e.deletedAt === 'string') deleted += 1;
  }
  return deleted <= MAX && v.entries.length - deleted <= MAX;
}

export const blankProgress = (): ProgressState => ({ entries: [], draft: { value: {}, updatedAt: '' } });

/** For the saving layer (src/lib/transfer/data-kinds.ts): export, import, the workbook. */
export const progressSpec: DataSpec<ProgressState> = {
  exercise: PROGRESS_KIND,
  version: PROGRESS_VERSION,
  migrations: {},
  isValid: isProgressState,
  blank: blankProgress,
};

/**
 * What is stored, as openEnvelope reads it with `progressSpec`: nothing stored is a blank start;
 * undefined means it cannot be read (not ours, wrong shape, newer version) and must be kept aside
 * before anything replaces it.
 */
export function openProgress(raw: string | null): ProgressState | undefined {
  if (!raw) return blankProgress();
  try {
    const p: unknown = JSON.parse(raw);
    if (
      isObj(p) &&
      p.app === 'efficacy-lab' &&
      p.exercise === PROGRESS_KIND &&
      Number.isInteger(p.version) &&
      (p.version as number) <= PROGRESS_VERSION &&
      isProgressState(p.data)
    ) {
      return p.data;
    }
  } catch {
    // Not JSON: unreadable, as below.
  }
  return undefined;
}

/** The envelope sealEnvelope writes (without the typing tabs' rev stamps, as an import writes). */
export function sealProgress(state: ProgressState, now: Date): string {
  return JSON.stringify({
    app: 'efficacy-lab',
    exercise: PROGRESS_KIND,
    version: PROGRESS_VERSION,
    updatedAt: now.toISOString(),
    data: state,
  });
}

const isGone = (e: Stored<EntryMeta>) => 'deletedAt' in e;

/** The ids of the lessons marked read. */
export function lessonsRead(state: ProgressState): Set<string> {
  return new Set(state.entries.filter((e) => !isGone(e)).map((e) => e.id));
}

/** Whether the lesson was ever marked, read or not read: then it is not marked again on its own. */
export const isMarked = (state: ProgressState, lesson: string) => state.entries.some((e) => e.id === lesson);

/** Marks a lesson read (an entry) or not read (a tombstone), stamped `now` so it wins a merge. */
export function markLesson(state: ProgressState, lesson: string, read: boolean, now: string): ProgressState {
  const before = state.entries.find((e) => e.id === lesson);
  const mark: Stored<EntryMeta> = read
    ? { id: lesson, createdAt: before && !isGone(before) ? before.createdAt : now, updatedAt: now }
    : { id: lesson, updatedAt: now, deletedAt: now };
  return { ...state, entries: [...state.entries.filter((e) => e !== before), mark] };
}

export type NextStep = { kind: 'start' | 'continue'; index: number } | { kind: 'done' };

/**
 * Where to go next, given the course order: nothing read, the first lesson; otherwise the first
 * unread lesson after the furthest one read (readers go forward), or else the first unread one.
 */
export function nextLesson(order: readonly string[], read: ReadonlySet<string>): NextStep {
  let furthest = -1;
  order.forEach((id, i) => {
    if (read.has(id)) furthest = i;
  });
  if (furthest === -1) return { kind: 'start', index: 0 };
  const after = order.findIndex((id, i) => i > furthest && !read.has(id));
  const index = after === -1 ? order.findIndex((id) => !read.has(id)) : after;
  return index === -1 ? { kind: 'done' } : { kind: 'continue', index };
}

/**
 * Whether a worksheet's stored text holds at least one saved entry: how "practice done" is derived
 * from the worksheets' own data instead of being stored twice. Only reads (a page showing progress
 * never writes a worksheet's data), so a loose look is enough: anything unreadable counts as none.
 */
export function hasSavedEntry(raw: string | null, kind: string): boolean {
  if (!raw) return false;
  try {
    const p: unknown = JSON.parse(raw);
    const entries = isObj(p) && p.app === 'efficacy-lab' && p.exercise === kind && isObj(p.data) ? p.data.entries : undefined;
    return Array.isArray(entries) && entries.some((e) => isObj(e) && !('deletedAt' in e));
  } catch {
    return false;
  }
}
