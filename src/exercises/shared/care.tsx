// Care first: where a person writes about themselves, words that signal risk (src/lib/care/risk.ts)
// get a calm panel pointing to /help/ instead of a task, a score or a nudge. Nothing is blocked: the
// words are saved like any others. The check's code and the panel's words (about 5 KB) load the first
// time someone types and pauses, so a reader who never writes does not download them.
import { useEffect, useState } from 'preact/hooks';

/** The risk check and the words of care that go with it (./CarePanel.lazy.tsx), loaded together. */
export type RiskCheck = typeof import('../../lib/care/risk') & typeof import('./CarePanel.lazy');
let loading: Promise<RiskCheck> | undefined;
/** The check, once it has loaded (so a re-render can use it at once, without waiting for a pause). */
let loaded: RiskCheck | undefined;

/** Loads the risk check once for the whole page. */
export const loadRiskCheck = (): Promise<RiskCheck> =>
  (loading ??= Promise.all([import('../../lib/care/risk'), import('./CarePanel.lazy')]).then(
    ([risk, words]) => (loaded = { ...risk, ...words }),
  ));

/** The check for parts that decide at once (what goes into a hand-in): undefined until it has loaded. */
export function useRiskCheck(): RiskCheck | undefined {
  const [check, setCheck] = useState(loaded);
  useEffect(() => {
    if (!check) loadRiskCheck().then(setCheck, () => undefined);
  }, [check]);
  return check;
}

/** How long typing must pause before the panel appears or goes: it never flickers word by word. */
const PAUSE_MS = 600;

/** The loaded check when `text` signals risk (decided once typing pauses), else undefined. */
export function useRisk(text: string): RiskCheck | undefined {
  const [risky, setRisky] = useState(() => (loaded?.riskIn(text) ? loaded : undefined));
  useEffect(() => {
    if (!text.trim()) {
      setRisky(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      // A failed load shows nothing here; the help link in every page's footer is still there.
      loadRiskCheck().then(
        (check) => current && setRisky(check.riskIn(text) ? check : undefined),
        () => undefined,
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return risky;
}

/** Beside a field: the panel once typing pauses on words that signal risk. The live region is always there, so it is announced. */
export function CareNote({ id, level, text }: { id: string; level: 3 | 4; text: string }) {
  const care = useRisk(text);
  return (
    <div class="care-note" aria-live="polite" data-care-note>
      {care && <care.CarePanel id={id} level={level} />}
    </div>
  );
}
