// A teacher's class list (one name per line, typed on the review page, kept per class name): how a
// list is read and checked, how its names are matched to hand-ins, and the roster it gives: one row
// per listed name, in the list's order, then anyone who handed in but is not on the list.
// Pure functions; the list is saved as typed through src/stores/class-lists.ts.
import { matchKey } from './class-lists-data';
import { hasInvisibleCharacters } from './hidden-characters';

// Matching, and finding a class's list, live with the kind (the workbook loads that, not this).
export { classListId, listFor, matchKey } from './class-lists-data';

export const MAX_NAMES = 60;
export const MAX_NAME = 60;
/** 60 names of 60 characters and their line breaks fit; the box stops there. */
export const MAX_LIST_TEXT = 4000;

/** The names on a list as typed: one per line, spaces tidied, blank lines left out. */
export function namesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** No `<`, `>` and no invisible characters, by the rule for names hand-ins follow (src/lib/hidden-characters.ts). */
const isSafeName = (name: string) => !/[<>]/.test(name) && !hasInvisibleCharacters(name);

/** Why a list cannot be used (the first problem, in words), or undefined when it can. */
export function classListProblem(text: string): string | undefined {
  const names = namesOf(text);
  if (names.length > MAX_NAMES) return `Give at most ${MAX_NAMES} names: this list has ${names.length}.`;
  const long = names.find((n) => n.length > MAX_NAME);
  if (long !== undefined) return `Keep each name to ${MAX_NAME} characters or fewer: “${long.slice(0, 20)}…” is longer.`;
  const unsafe = names.findIndex((n) => !isSafeName(n));
  if (unsafe !== -1) return `Leave out < and > and invisible control characters (name ${unsafe + 1} has one).`;
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(matchKey(n))) return `“${n}” is on the list twice: give each name once (add an initial to tell two apart).`;
    seen.add(matchKey(n));
  }
  return undefined;
}

export interface RosterRow {
  /** The name as the list gives it, or the student's own for someone not on the list. */
  name: string;
  /** Index of the student's hand-in in the class's hand-ins; undefined: not handed in. */
  handIn: number | undefined;
  /** False for someone who handed in but is not on the list. */
  listed: boolean;
}

/**
 * The roster with a class list: each listed name in order, with its hand-in if any, then each
 * hand-in whose student is not on the list (an unnamed hand-in is never taken for a listed name).
 */
export function listedRoster(names: readonly string[], students: readonly string[]): RosterRow[] {
  const keys = students.map(matchKey);
  const used = new Set<number>();
  const rows: RosterRow[] = names.map((name) => {
    const i = keys.findIndex((k, j) => k !== '' && k === matchKey(name) && !used.has(j));
    if (i !== -1) used.add(i);
    return { name, handIn: i === -1 ? undefined : i, listed: true };
  });
  students.forEach((name, i) => {
    if (!used.has(i)) rows.push({ name, handIn: i, listed: false });
  });
  return rows;
}

/**
 * "2 of 3 students handed in the assigned practices", then how many more handed in only part of the
 * work (a reflection only, or not every practice) and how many not on the list handed in.
 * `didAssigned` says, by hand-in index, whether that hand-in has every assigned practice.
 */
export function handedInLine(rows: readonly RosterRow[], didAssigned: (handIn: number) => boolean): string {
  const listed = rows.filter((r) => r.listed);
  const handedIn = listed.filter((r) => r.handIn !== undefined);
  const done = handedIn.filter((r) => didAssigned(r.handIn!)).length;
  const part = handedIn.length - done;
  const extra = rows.length - listed.length;
  const parts = [`${done} of ${listed.length} student${listed.length === 1 ? '' : 's'} handed in the assigned practices`];
  if (part > 0) parts.push(`${part} more handed in only part of them`);
  if (extra > 0) parts.push(`${extra} not on your class list handed in`);
  return `${parts.join('; ')}.`;
}
