// Names that look alike: Unicode's confusable skeleton (UTS #39, section 4), after NFKC. Two names
// whose skeletons are equal look the same, or nearly, to a reader: "Alice" with a Latin A and with a
// Cyrillic А, "Bob" and "B0b", "Ian" and "lan". The prototype of each character comes from
// Unicode's confusables.txt, as the unhomoglyph package ships it, less the entries NFKC and NFD
// leave no room for (scripts/confusables.mjs writes confusables-data.ts; docs/hand-ins.md says why).
// Loaded only by the review page's lazy trust check (src/lib/hand-in-trust.ts): about 12 KB gzipped.
import { CONFUSABLES } from './confusables-data';

let prototypes: Map<string, string> | undefined;
/** Each character's prototype, read from the data the first time a name is compared. */
function prototypeOf(char: string): string {
  prototypes ??= new Map(CONFUSABLES.split('\n').map((line) => line.split('\t') as [string, string]));
  return prototypes.get(char) ?? char;
}

/** Characters that show as nothing are dropped; anything that shows as a blank counts as one space. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const BLANK = /[\p{Z}\s\u2800]+/gu;

/** UTS #39's skeleton: NFD, default-ignorables removed, each character replaced by its prototype, NFD again. */
export function skeleton(text: string): string {
  const prepared = text.normalize('NFKC').normalize('NFD').replace(IGNORABLE, '').replace(BLANK, ' ').trim();
  let mapped = '';
  for (const char of prepared) mapped += prototypeOf(char);
  return mapped.normalize('NFD');
}

/**
 * The keys under which a name is compared, in any case: the skeleton of the name as written (so
 * "Ian" meets "lan") and of the name in lower case (so "ALICE" with a Cyrillic А meets "alice").
 */
export function lookAlikeKeys(name: string): string[] {
  const keys = [skeleton(name).toLocaleLowerCase(), skeleton(name.toLocaleLowerCase()).toLocaleLowerCase()];
  return keys[0] === keys[1] ? [keys[0]!] : keys;
}

/** The key a name is remembered under (a device's key per name and class): its lower-case skeleton. */
export const nameKey = (name: string): string => skeleton(name.toLocaleLowerCase()).toLocaleLowerCase();

/**
 * For each name, the other names in the list that look like it but are not the same name
 * (`sameName` says which are: the class view's matching, trimmed and in any case).
 */
export function lookAlikes(names: readonly string[], sameName: (a: string, b: string) => boolean): string[][] {
  const keys = names.map(lookAlikeKeys);
  return names.map((name, i) => {
    const found: string[] = [];
    names.forEach((other, j) => {
      if (j !== i && !sameName(name, other) && keys[i]!.some((k) => keys[j]!.includes(k)) && !found.some((f) => sameName(f, other))) {
        found.push(other);
      }
    });
    return found;
  });
}
