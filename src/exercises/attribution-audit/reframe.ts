// The attribution audit's reframes: what to consider when an explanation blames fixed ability, or
// gives a success away to luck. Split from attribution-audit.ts because the page loads it only once
// the explanation and every mark are in (the point where suggestions show).
import { auditReady, MARKS, type AttributionAuditDraft, type AttributionMarks } from './data';

const FIXED =
  /\b(not an? (?:[\w-]+ ){1,3}person|just (?:bad|hopeless|useless|rubbish|terrible) at|never (?:been )?(?:any |very )?good at|no (?:real |natural )?talent|too (?:stupid|dumb|thick)|not (?:smart|clever|bright|talented|gifted) enough|born|(?:i[’']ve|i have) always been)\b/i;

/** The first words in the text that describe ability as fixed (“not a numbers person”), if any. */
export function fixedAbilityWording(text: string): string | undefined {
  return FIXED.exec(text)?.[0];
}

/**
 * Reframes to consider, from what was marked and written: empty until the explanation and every mark
 * are in, and empty when the explanation already leaves room to act.
 */
export function reframeSuggestions(draft: AttributionAuditDraft): string[] {
  if (!auditReady(draft)) return [];
  const { outcome, control, stable, cause } = draft.marks as AttributionMarks;
  const setback = outcome === 'setback';
  const words = fixedAbilityWording(draft.explanation);
  const out: string[] = [];
  if (words && cause !== 'ability') {
    out.push(
      `You marked ${MARKS.cause.options[cause].toLowerCase()}, but “${words}” sounds like a fixed trait. Skills like this grow with practice.`,
    );
  }
  if (cause === 'ability') {
    out.push(
      setback
        ? 'Calling it a fixed ability makes a setback sound permanent and leaves you nothing to try. Ask instead: “Which part of the method could I change next time?”'
        : 'Crediting your ability after a real success is fair, and in studies it raised belief. Credit your effort and method too: those you can repeat.',
    );
  }
  if (setback && control === 'no' && stable === 'yes') {
    out.push('Out of your hands for good? Look for the part that can change: how you prepare, or whom you ask for help.');
  }
  if (!setback && (cause === 'luck' || control === 'no')) {
    out.push('Notice what you did, too: owning your part of a success builds belief.');
  }
  return out;
}
