// What importing a file would do, worked out before anything changes, so the person can see it and
// say yes. Items are merged entry by entry with what is already saved (mergeStates): the newer
// version of each entry wins, so an import never silently replaces newer work, and where the saved
// version is the newer one the preview says so.
import { openEnvelope, sealEnvelope } from '../storage/envelope';
import { isTombstone, liveEntries, mergeStates, type EntryMeta, type SavedState, type Stored } from '../storage/entries';
import { dataKind, type DataKind } from './data-kinds';

const DATA_PREFIX = 'efficacy-lab:data:';

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
}

export interface ImportPlan {
  previews: KindPreview[];
  /** Key → text to write. Unchanged items are left out; a new item is written exactly as in the file. */
  writes: Record<string, string>;
  /** Unreadable saved data that must be kept aside before it is replaced: key → text. */
  keepAside: Record<string, string>;
  /** Kept-aside copies in the file that are not here yet. */
  keptCopies: number;
}

type State = SavedState<EntryMeta, unknown>;

function compare(local: State, incoming: State): Omit<KindPreview, 'kind' | 'label'> {
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

/** `stored(key)` reads what is saved now (null when nothing is). */
export function planImport(items: Record<string, string>, stored: (key: string) => string | null, now: Date = new Date()): ImportPlan {
  const plan: ImportPlan = { previews: [], writes: {}, keepAside: {}, keptCopies: 0 };
  for (const [key, text] of Object.entries(items).sort(([a], [b]) => a.localeCompare(b))) {
    if (!key.startsWith(DATA_PREFIX)) {
      // A kept-aside copy: added if not here; never replaces one that is.
      if (stored(key) === null) {
        plan.writes[key] = text;
        plan.keptCopies += 1;
      }
      continue;
    }
    const kind = key.slice(DATA_PREFIX.length) as DataKind;
    const { spec, label } = dataKind(kind);
    const incoming = openEnvelope(text, spec);
    if (incoming.status !== 'ok') continue; // readImport has already refused files with such items
    const current = stored(key);
    const local = openEnvelope(current, spec);
    if (local.status === 'unreadable') plan.keepAside[key] = current!;
    if (local.status !== 'ok') {
      plan.writes[key] = text; // nothing readable here: the file's text goes in exactly as it is
      plan.previews.push({ kind, label, added: liveEntries(incoming.data).length, updated: 0, keptNewer: 0, deleted: 0, unchanged: 0 });
      continue;
    }
    const counts = compare(local.data, incoming.data);
    plan.previews.push({ kind, label, ...counts });
    const merged = mergeStates(local.data, incoming.data);
    if (JSON.stringify(merged) !== JSON.stringify(local.data)) plan.writes[key] = sealEnvelope(merged, spec, now);
  }
  return plan;
}
