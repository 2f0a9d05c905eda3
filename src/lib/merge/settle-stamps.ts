// Stamps a day or more past this device's clock (a device whose clock was wrong, or data written
// before that rule) read as now: src/lib/storage/clock.ts says why. Apart from the clock because only
// merging, importing and the rare state that has such a stamp need it: worksheets load it then.
import { futureLimit, isoOf, observe } from '../storage/clock';
import type { EntryMeta, SavedState, Stored } from '../storage/entries';

/**
 * The state as this tab should use it: every stamp past the future limit read as now, and the clock
 * moved past every stamp in it. The same object when no stamp was changed (the usual case).
 */
export function settleStamps<S extends SavedState<EntryMeta, unknown>>(state: S, wall = Date.now()): S {
  const limit = futureLimit(wall);
  const now = isoOf(wall);
  let changed = false;
  const fix = (stamp: string) => {
    if (stamp <= limit) return (observe(stamp, limit), stamp);
    changed = true;
    return now;
  };
  // updatedAt decides merges; a wrong createdAt only places an entry first in its list, and stays.
  const entries = state.entries.map((e) => {
    const u = fix(e.updatedAt);
    return u === e.updatedAt ? e : 'deletedAt' in e ? { ...e, updatedAt: u, deletedAt: u } : { ...e, updatedAt: u };
  }) as Stored<EntryMeta>[];
  const draftAt = state.draft.updatedAt && fix(state.draft.updatedAt);
  if (!changed) return state;
  observe(now, limit);
  return { ...state, entries, draft: { ...state.draft, updatedAt: draftAt } };
}
