// What the review page can say about whom each hand-in is from (issue 23), worked out on the
// teacher's device when hand-ins are open (this module loads then, with the confusables data):
// each hand-in's signature checked, each name-in-a-class's first device remembered (the first
// signed hand-in seen in that name: kept hand-ins in the order they were kept, then those opened this
// visit), later hand-ins marked "same device" or "not from the same device as before", and names in
// one class that look alike.
import type { HandIn } from './transfer/hand-in';
import { checkSignature } from './transfer/hand-in-signature';
import { lookAlikes, nameKey } from './names/skeleton';

/**
 * 'first': signed, the first key seen for this name in this class; 'same': signed with that key;
 * 'other': signed with another key; 'unsigned': no signature; 'altered': a signature that does not match.
 */
export type DeviceMark = 'first' | 'same' | 'other' | 'unsigned' | 'altered';

export interface Trust {
  mark: DeviceMark;
  /** The signing key's fingerprint, for a signed hand-in. */
  fingerprint?: string | undefined;
  /** The fingerprint first seen for this name in this class, when this hand-in is not signed with it. */
  firstFingerprint?: string | undefined;
  /** Other names in the same class that look like this one. */
  lookAlikes: string[];
  /**
   * With look-alikes: the characters of this name that are not Latin letters or plain punctuation
   * ("U+0410"), so the teacher can see what tells the names apart.
   */
  unusual: string[];
}

/** "U+0410" for each character of `name` that is not a Latin letter, a mark on one, a space or plain punctuation. */
export const unusualCharacters = (name: string): string[] => [
  ...new Set(
    [...name]
      .filter((c) => !/[\p{Script=Latin}\p{Script=Inherited} '’.-]/u.test(c) || /\p{Default_Ignorable_Code_Point}/u.test(c))
      .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`),
  ),
];

/** Names are the same when trimmed and in any case, as the class view matches them. */
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** `handIns` in the order they were first seen (kept ones first, by when they were kept). */
export async function assessHandIns(handIns: readonly HandIn[]): Promise<Map<HandIn, Trust>> {
  const checks = await Promise.all(handIns.map(checkSignature));
  const firstKey = new Map<string, string>();
  const result = new Map<HandIn, Trust>();
  handIns.forEach((h, i) => {
    const check = checks[i]!;
    // A name without letters (an unnamed hand-in) is nobody's: it has no device to remember.
    const who = h.student.trim() ? `${nameKey(h.assignment.className)}\u0000${nameKey(h.student)}` : undefined;
    const first = who === undefined ? undefined : firstKey.get(who);
    if (check.status !== 'signed') {
      result.set(h, { mark: check.status, firstFingerprint: first, lookAlikes: [], unusual: [] });
      return;
    }
    if (who !== undefined && first === undefined) firstKey.set(who, check.fingerprint);
    const mark: DeviceMark = first === undefined ? 'first' : first === check.fingerprint ? 'same' : 'other';
    result.set(h, {
      mark,
      fingerprint: check.fingerprint,
      firstFingerprint: mark === 'other' ? first : undefined,
      lookAlikes: [],
      unusual: [],
    });
  });
  // Look-alike names, class by class (classes matched by their own skeleton).
  const byClass = new Map<string, HandIn[]>();
  for (const h of handIns) {
    const key = nameKey(h.assignment.className);
    byClass.set(key, [...(byClass.get(key) ?? []), h]);
  }
  for (const group of byClass.values()) {
    const names = [...new Set(group.map((h) => h.student).filter((n) => n.trim()))];
    const alike = lookAlikes(names, sameName);
    for (const h of group) {
      const i = names.indexOf(h.student);
      if (i === -1 || alike[i]!.length === 0) continue;
      result.get(h)!.lookAlikes = alike[i]!;
      result.get(h)!.unusual = unusualCharacters(h.student);
    }
  }
  return result;
}
