// Kept without a click (issue 24): every hand-in opened on the review page is saved in this browser at
// once, through the hand-ins store (the one write path: src/stores/exercise-store.ts), so a reload
// shows the same class. A hand-in the teacher removed is not kept again while it is still open in
// this visit; "Undo" puts it back. When the browser does not save (storage full, or off), the store
// says so and the page's notice offers the download, as on every page that saves.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HandIn } from '../../../lib/transfer/hand-in';
import type { CollectedHandIn } from '../../../lib/transfer/hand-ins-data';
import { handInIdentity } from '../../../lib/hand-in-identity';
import { refuseWhenFramed } from '../../../lib/framing';
import type { ReviewData } from './useReviewData';

export interface KeptOpened {
  /** Identities of hand-ins removed this visit: not shown, not kept again. */
  removed: ReadonlySet<string>;
  /** The last removal, for "Undo". */
  lastRemoved: CollectedHandIn | undefined;
  remove: (id: string) => void;
  undo: () => void;
}

/** `choiceOf`: when the teacher chose a hand-in to count before it was kept (kept with it). */
export function useKeepOpened(
  handIns: ReviewData['handIns'] | undefined,
  received: readonly HandIn[],
  kept: readonly CollectedHandIn[],
  choiceOf: (identity: string) => string | undefined,
): KeptOpened {
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [lastRemoved, setLastRemoved] = useState<CollectedHandIn>();
  // Each identity is offered to the store once a visit: a hand-in the store refused (at its limit) is
  // not offered again on every render, and stays on the page, marked as not kept.
  const offered = useRef(new Set<string>());
  useEffect(() => {
    // Nothing is opened before the store has loaded (opening a hand-in loads it first).
    if (!handIns) return;
    const keptNow = new Set(kept.map((k) => handInIdentity(k.handIn)));
    for (const h of received) {
      const identity = handInIdentity(h);
      if (keptNow.has(identity) || removed.has(identity) || offered.current.has(identity)) continue;
      offered.current.add(identity);
      keptNow.add(identity);
      const chosenAt = choiceOf(identity);
      handIns.add({ handIn: h, ...(chosenAt ? { chosenAt } : {}) });
    }
  }, [handIns, received, kept, removed]); // eslint-disable-line react-hooks/exhaustive-deps

  const remove = (id: string) => {
    // Never while another site frames this page (src/lib/framing.ts).
    if (refuseWhenFramed() || !handIns) return;
    const gone = handIns.remove(id);
    if (!gone) return;
    setRemoved((r) => new Set(r).add(handInIdentity(gone.handIn)));
    setLastRemoved(gone);
  };
  const undo = () => {
    if (!lastRemoved || !handIns) return;
    handIns.restore(lastRemoved);
    const identity = handInIdentity(lastRemoved.handIn);
    setRemoved((r) => new Set([...r].filter((x) => x !== identity)));
    setLastRemoved(undefined);
  };
  return { removed, lastRemoved, remove, undo };
}
