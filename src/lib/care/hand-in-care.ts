// Which parts of a student's hand-in signal risk (src/lib/care/risk.ts), for the teacher's review:
// the hand-in is marked "Needs a look", and with names hidden those words are not shown at all. Only
// what the student chose to share is here to check. The check is passed in, so the review page can
// load it on its own (it is not needed to open hand-ins).
import type { HandIn } from '../transfer/hand-in';
import type { riskIn as RiskIn } from './risk';
import { textsIn } from './texts-in';

export interface FlaggedParts {
  /** Entry fields whose words signal risk, as "<entry index>:<field key>". */
  fields: ReadonlySet<string>;
  /** Practices whose reflection signals risk. */
  reflections: ReadonlySet<string>;
}

export const fieldKey = (entryIndex: number, key: string) => `${entryIndex}:${key}`;

export function flaggedParts(handIn: HandIn, riskIn: typeof RiskIn): FlaggedParts {
  const fields = new Set<string>();
  handIn.entries.forEach((entry, i) => {
    for (const [key, value] of Object.entries(entry.fields)) {
      for (const text of textsIn(value)) if (riskIn(text)) fields.add(fieldKey(i, key));
    }
  });
  const reflections = new Set(handIn.reflections.filter((r) => riskIn(r.text)).map((r) => r.practice));
  return { fields, reflections };
}

/** Whether anything the student shared signals risk. */
export const needsALook = (parts: FlaggedParts): boolean => parts.fields.size > 0 || parts.reflections.size > 0;

/** Entry `i`'s fields without those whose words signal risk. */
export const unflaggedFields = (i: number, fields: Record<string, unknown>, flags: FlaggedParts): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).filter(([k]) => !flags.fields.has(fieldKey(i, k))));

/** A hand-in without the fields and reflections whose words signal risk: what the class may see with names hidden. */
export function withoutFlagged(h: HandIn, flags: FlaggedParts): HandIn {
  return {
    ...h,
    entries: h.entries.map((e, i) => ({ ...e, fields: unflaggedFields(i, e.fields, flags) })),
    reflections: h.reflections.filter((r) => !flags.reflections.has(r.practice)),
  };
}
