// The review page's trust check (src/lib/hand-in-trust.ts) and the words that show it
// (../HandInTrust.tsx), loaded once hand-ins are open: a visit without hand-ins loads neither.
import { useEffect, useState } from 'preact/hooks';
import type { Trust } from '../../../lib/hand-in-trust';
import { handInIdentity } from '../../../lib/hand-in-identity';
import type { Opened } from '../../../lib/review-page';

export type TrustView = typeof import('../HandInTrust');

/** `marks` is keyed by hand-in identity; undefined while checking. `view` is undefined until its words have loaded. */
export function useHandInTrust(opened: readonly Opened[]): {
  marks: ReadonlyMap<string, Trust> | undefined;
  view: TrustView | undefined;
} {
  const [trust, setTrust] = useState<{ of: string; marks: ReadonlyMap<string, Trust> }>();
  const [view, setView] = useState<TrustView>();
  const of = opened.map((o) => serialOf(o.key)).join(',');
  useEffect(() => {
    if (opened.length === 0) return;
    let live = true;
    const list = opened.map((o) => o.handIn);
    void import('../HandInTrust').then(
      (m) => live && setView(() => m),
      () => undefined,
    );
    import('../../../lib/hand-in-trust')
      .then((m) => m.assessHandIns(list))
      .then(
        (marks) => live && setTrust({ of, marks: new Map(list.map((h) => [handInIdentity(h), marks.get(h)!])) }),
        // Without the check (the part did not load) every hand-in says it could not be checked.
        () => live && setTrust({ of, marks: new Map() }),
      );
    return () => {
      live = false;
    };
  }, [of]); // eslint-disable-line react-hooks/exhaustive-deps
  return { marks: trust?.of === of ? trust.marks : undefined, view };
}

/** A short number per hand-in identity, so the trust check's dependency is not every hand-in's whole text. */
const serials = new Map<string, number>();
const serialOf = (key: string) => {
  if (!serials.has(key)) serials.set(key, serials.size);
  return serials.get(key)!;
};
