// What importing a file would do, worked out before anything changes, so the person can see it and
// say yes. Items are merged entry by entry with what is already saved (mergeStates): the newer
// version of each entry wins, so an import never silently replaces newer work, and where the saved
// version is the newer one the preview says so.
import { openEnvelope, sealEnvelope } from '../storage/envelope';
import { isRecord } from '../storage/shape';
import { compactTombstones, isTombstone, liveCount, MAX_ENTRIES, type EntryMeta, type SavedState, type Stored } from '../storage/entries';
import { mergeStates } from '../merge/merge-states';
import { FUTURE_MARGIN_MS, futureLimit } from '../storage/clock';
import { settleStamps } from '../merge/settle-stamps';
import type { DataKind, DataKinds } from './data-kinds';
import { DATA_PREFIX, DRAFT_PREFIX } from '../storage-keys';

export interface KindPreview {
  kind: DataKind;
  label: string;
  /** Entries in the file that are not saved here. */
  added: number;
  /** Entries the file has a newer version of. */
  updated: number;
  /** Entries saved here in a newer version than the file's: the saved one is kept. */
  keptNewer: number;
  /** Entries the file has deleted since: they will be deleted here too. */
  deleted: number;
  unchanged: number;
  /** Live entries there would be after the import; more than MAX_ENTRIES and nothing is imported. */
  total: number;
  /**
   * Dates in the file more than a day after this device's clock (its device's clock was wrong): each
   * is imported as now, so it cannot outrank every later edit for good.
   */
  futureDated: number;
}

export interface ImportPlan {
  previews: KindPreview[];
  /** Key → text to write. Unchanged items are left out; a new item is written exactly as in the file. */
  writes: Record<string, string>;
  /** Unreadable saved data that must be kept aside before it is replaced: key → text. */
  keepAside: Record<string, string>;
  /** Kept-aside copies in the file that are not here yet. */
  keptCopies: number;
  /** Drafts in the file dated more than a day after this device's clock: imported as dated now. */
  futureDrafts: number;
  /** Drafts here with words in them that newer drafts in the file replace (a draft is never saved as an entry yet). */
  draftsReplaced: number;
  /** The words of those drafts, field by field: kept as conflict copies before the file's drafts are written. */
  draftsKept: { kind: DataKind; field?: string; value: unknown }[];
  /** Set when the import must not happen (it would pass a limit): what to tell the person. */
  refusal?: string;
  /**
   * Entries here the file replaces with a version dated more than a day after this device's clock (a
   * device whose clock was wrong): the newer date wins as always, but these are kept as conflict
   * copies first, to look at in the workbook.
   */
  replacedFromFuture: { kind: DataKind; entryId: string; value: unknown }[];
}

type State = SavedState<EntryMeta, unknown>;

function compare(local: State, incoming: State): Omit<KindPreview, 'kind' | 'label' | 'total' | 'futureDated'> {
  const mine = new Map<string, Stored<EntryMeta>>(local.entries.map((e) => [e.id, e]));
  const counts = { added: 0, updated: 0, keptNewer: 0, deleted: 0, unchanged: 0 };
  for (const entry of incoming.entries) {
    const here = mine.get(entry.id);
    if (!here) {
      if (!isTombstone(entry)) counts.added += 1;
    } else if (JSON.stringify(here) === JSON.stringify(entry)) {
      if (!isTombstone(entry)) counts.unchanged += 1;
    } else if (entry.updatedAt > here.updatedAt) {
      if (isTombstone(entry)) counts.deleted += isTombstone(here) ? 0 : 1;
      else counts.updated += 1;
    } else if (!isTombstone(here) || !isTombstone(entry)) {
      counts.keptNewer += 1;
    }
  }
  return counts;
}

/** How many stamps in the state are past the future limit (lib/storage/clock.ts): what the preview can say. */
function futureStamps(state: State, wall: number): number {
  const limit = futureLimit(wall);
  return state.entries.filter((e) => e.updatedAt > limit).length + (state.draft.updatedAt > limit ? 1 : 0);
}

/** `stored(key)` reads what is saved now (null when nothing is). */
export function planImport(
  kinds: DataKinds,
  items: Record<string, string>,
  stored: (key: string) => string | null,
  now: Date = new Date(),
): ImportPlan {
  const { dataKind } = kinds;
  const plan: ImportPlan = {
    previews: [],
    writes: {},
    keepAside: {},
    keptCopies: 0,
    replacedFromFuture: [],
    futureDrafts: 0,
    draftsReplaced: 0,
    draftsKept: [],
  };
  for (const [key, text] of Object.entries(withDraftKeys(kinds, items, stored, now)).sort(([a], [b]) => a.localeCompare(b))) {
    if (key.startsWith(DRAFT_PREFIX)) {
      planDraft(kinds, plan, key, text, stored, now);
      continue;
    }
    if (!key.startsWith(DATA_PREFIX)) {
      // A kept-aside or conflict copy: added if not here; never replaces one that is.
      if (stored(key) === null) {
        plan.writes[key] = text;
        plan.keptCopies += 1;
      }
      continue;
    }
    const kind = key.slice(DATA_PREFIX.length) as DataKind;
    const { spec, label } = dataKind(kind);
    const opened = openEnvelope(text, spec);
    if (opened.status !== 'ok') continue; // readImport has already refused files with such items
    // An id twice in the file is one entry (the newer version), and is counted once. Dates more than a
    // day ahead are read as now (after noting which entries here they replace, below).
    const futureDated = futureStamps(opened.data, now.getTime());
    const raw = mergeStates(opened.data, { entries: [], draft: opened.data.draft });
    const incoming = settleStamps(raw, now.getTime());
    const current = stored(key);
    const local = openEnvelope(current, spec);
    if (local.status === 'unreadable') plan.keepAside[key] = current!;
    if (local.status !== 'ok') {
      // Nothing readable here: the file's text goes in exactly as it is, unless an id was in it
      // twice: then its one newer version, or both would be stored and a delete would take both.
      const total = liveCount(incoming);
      plan.writes[key] = incoming === raw && raw.entries.length === opened.data.entries.length ? text : sealEnvelope(incoming, spec, now);
      plan.previews.push({ kind, label, added: total, updated: 0, keptNewer: 0, deleted: 0, unchanged: 0, total, futureDated });
      continue;
    }
    // Dates here more than a day ahead (written before this rule) are read as now, as the stores read them.
    local.data = settleStamps(local.data, now.getTime());
    const counts = compare(local.data, incoming);
    // On an exact tie the entry here is kept, as the preview says ("Newer here (kept)"); the file's
    // version stays in the file. (Merging alone would break the tie by text, either way.)
    const mine = new Map(local.data.entries.map((e) => [e.id, e]));
    const fromFile = {
      ...incoming,
      entries: incoming.entries.filter((e) => {
        const here = mine.get(e.id);
        return !here || here.updatedAt !== e.updatedAt || JSON.stringify(here) === JSON.stringify(e);
      }),
    };
    const dated = new Map(raw.entries.map((e) => [e.id, e.updatedAt]));
    for (const e of fromFile.entries) {
      const here = mine.get(e.id);
      const claimed = dated.get(e.id) ?? e.updatedAt;
      if (here && !isTombstone(here) && claimed > here.updatedAt && Date.parse(claimed) > now.getTime() + FUTURE_MARGIN_MS) {
        plan.replacedFromFuture.push({ kind, entryId: here.id, value: here });
      }
    }
    const merged = compactTombstones(mergeStates(local.data, fromFile));
    const total = liveCount(merged);
    plan.previews.push({ kind, label, ...counts, total, futureDated });
    if (JSON.stringify(merged) !== JSON.stringify(local.data)) plan.writes[key] = sealEnvelope(merged, spec, now);
  }
  const over = plan.previews.filter((p) => p.total > MAX_ENTRIES);
  if (over.length > 0) plan.refusal = limitRefusal(over);
  return plan;
}

/** How many drafts the import writes (the file's newer drafts), for the preview. */
export const draftsTaken = (plan: ImportPlan): number => Object.keys(plan.writes).filter((key) => key.startsWith(DRAFT_PREFIX)).length;

/** What a person at the limit is told, before anything is written. */
export function limitRefusal(over: KindPreview[]): string {
  const what = over.map((p) => `${p.label} would have ${p.total.toLocaleString('en')} entries`).join('; ');
  return (
    `Nothing was imported: ${what}, and one worksheet keeps at most ${MAX_ENTRIES.toLocaleString('en')} in this browser. ` +
    'Export your workbook first so you have a copy, then delete entries you no longer need here (or import into another browser), and try again.'
  );
}

/**
 * A file from before drafts had a key of their own carries the draft beside its entries only. Where
 * this kind has anything stored here, that copy is planned as the file's draft (the stores read a
 * draft's own key first, and a draft here it replaces is kept first); into an empty browser the file's
 * text is written as it is, and the stores read the copy.
 */
function withDraftKeys(
  { dataKind }: DataKinds,
  items: Record<string, string>,
  stored: (key: string) => string | null,
  now: Date,
): Record<string, string> {
  const all = { ...items };
  for (const [key, text] of Object.entries(items)) {
    const kind = key.slice(DATA_PREFIX.length) as DataKind;
    const draftKey = `${DRAFT_PREFIX}${kind}`;
    if (!key.startsWith(DATA_PREFIX) || Object.hasOwn(items, draftKey) || (stored(draftKey) === null && stored(key) === null)) continue;
    const { spec } = dataKind(kind);
    const opened = openEnvelope(text, spec);
    if (opened.status === 'ok' && opened.data.draft.updatedAt)
      all[draftKey] = sealEnvelope({ ...spec.blank(), draft: opened.data.draft }, spec, now);
  }
  return all;
}

/** Whether a draft field holds something a person typed or chose. */
const hasWords = (v: unknown) => v !== '' && v !== false && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A draft in the file is taken only when it is newer than the one here (the draft's own key, or the
 * copy beside the entries when that key has none, as the stores read it). What it replaces with words
 * in it is kept as conflict copies first: a draft is unsaved work, and the file's being newer does
 * not make the words here worth less (issue 23).
 */
function planDraft(kinds: DataKinds, plan: ImportPlan, key: string, text: string, stored: (key: string) => string | null, now: Date): void {
  const kind = key.slice(DRAFT_PREFIX.length) as DataKind;
  const { spec } = kinds.dataKind(kind);
  const opened = openEnvelope(text, spec);
  if (opened.status !== 'ok') return;
  const wall = now.getTime();
  // A draft dated more than a day ahead is taken as dated now, and written so.
  const incoming = settleStamps(opened.data, wall);
  if (incoming !== opened.data) plan.futureDrafts += 1;
  const current = stored(key);
  const local = openEnvelope(current, spec);
  if (local.status === 'unreadable') plan.keepAside[key] = current!;
  let here = local.status === 'ok' ? settleStamps(local.data, wall).draft : undefined;
  if (!here?.updatedAt) {
    const beside = openEnvelope(stored(`${DATA_PREFIX}${kind}`), spec);
    here = beside.status === 'ok' ? settleStamps(beside.data, wall).draft : undefined;
  }
  if (here?.updatedAt && incoming.draft.updatedAt <= here.updatedAt) return;
  plan.writes[key] = incoming === opened.data ? text : sealEnvelope(incoming, spec, now);
  if (!here?.updatedAt) return;
  const mine: unknown = here.value;
  const theirs: unknown = incoming.draft.value;
  const kept =
    isRecord(mine) && isRecord(theirs)
      ? Object.keys(mine)
          .filter((field) => hasWords(mine[field]) && !same(mine[field], theirs[field]))
          .map((field) => ({ kind, field, value: mine[field] }))
      : hasWords(mine) && !same(mine, theirs)
        ? [{ kind, value: mine }]
        : [];
  if (kept.length === 0) return;
  plan.draftsReplaced += 1;
  plan.draftsKept.push(...kept);
}
