// Care first: where a person writes about themselves, words that signal risk (src/lib/care/risk.ts)
// get a calm panel pointing to /help/ instead of a task, a score or a nudge. Nothing is blocked: the
// words are saved like any others. The check's code (about 3 KB) loads the first time someone types
// and pauses, so a reader who never writes does not download it.
import { useEffect, useState } from 'preact/hooks';

type RiskCheck = typeof import('../../lib/care/risk');
let loading: Promise<RiskCheck> | undefined;
/** The check, once it has loaded (so a re-render can use it at once, without waiting for a pause). */
let loaded: RiskCheck | undefined;

/** Loads the risk check once for the whole page. */
export const loadRiskCheck = (): Promise<RiskCheck> => (loading ??= import('../../lib/care/risk').then((module) => (loaded = module)));

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

/** Whether `text` signals risk, decided once typing pauses. */
export function useRisk(text: string): boolean {
  const [risky, setRisky] = useState(() => !!loaded?.riskIn(text));
  useEffect(() => {
    if (!text.trim()) {
      setRisky(false);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      // A failed load shows nothing here; the help link in every page's footer is still there.
      loadRiskCheck().then(
        (check) => current && setRisky(!!check.riskIn(text)),
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

export interface CareProps {
  /** Id prefix for the panel's heading. */
  id: string;
  /** Heading level of the panel's title: one below the worksheet's own. */
  level: 3 | 4;
}

/** The panel itself: the same words wherever the check fires. */
export function CarePanel({ id, level }: CareProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section class="care-panel" aria-labelledby={`${id}-care-title`} data-care-panel>
      <Heading class="care-panel__title" id={`${id}-care-title`}>
        This sounds really hard
      </Heading>
      <p>
        What you wrote sounds like you may be going through something painful. This worksheet is not the right help for that, and you do not
        have to deal with it alone.
      </p>
      <p>
        <strong>If you are in danger now, call your local emergency number.</strong>
      </p>
      <p>
        <a href="/help/" class="care-panel__link">
          Find someone to talk to, now
        </a>{' '}
        (help lines you can call or text, and what to do right now).
      </p>
      <p class="care-panel__kept">What you wrote is kept in this browser like anything else you write here.</p>
    </section>
  );
}

/** Beside a field: the panel once typing pauses on words that signal risk. The live region is always there, so it is announced. */
export function CareNote({ id, level, text }: CareProps & { text: string }) {
  const risky = useRisk(text);
  return (
    <div class="care-note" aria-live="polite" data-care-note>
      {risky && <CarePanel id={id} level={level} />}
    </div>
  );
}

const entryRisk = new WeakMap<object, boolean>();
/** Whether a saved entry's words signal risk, worked out once per saved version of it (lists re-render often). */
export function entrySignalsRisk(check: Pick<RiskCheck, 'anyRisk'>, entry: object): boolean {
  let risky = entryRisk.get(entry);
  if (risky === undefined) entryRisk.set(entry, (risky = check.anyRisk(Object.values(entry))));
  return risky;
}

/** Beside a saved entry whose words signal risk: kept like any entry, with help one tap away. */
export function EntryCareLine() {
  return (
    <p class="entry__care" data-entry-care>
      If this is hard right now, you do not have to deal with it alone: <a href="/help/">find someone to talk to</a>.
    </p>
  );
}
