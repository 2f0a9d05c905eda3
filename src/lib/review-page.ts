// The review page's bookkeeping that is not about showing anything: which hand-ins are on the page and
// in what order, how students are numbered when names are hidden, and how problems opening them are
// summed up. Pure, so it is tested on its own (tests/unit/review-page.test.ts).
import type { HandIn } from './transfer/hand-in';
import { handInIdentity } from './hand-in-identity';

/** The most pasted links opened at once (each is checked and unpacked on this device). */
export const MAX_PASTED_LINKS = 200;

/** A hand-in on the page: kept in this browser (`keptId`) or opened this visit. */
export interface Opened {
  /** Its identity (class-view.ts handInIdentity): two different hand-ins never share it. */
  key: string;
  handIn: HandIn;
  keptId?: string;
  /** When the teacher chose it to count among the student's versions. */
  chosenAt?: string;
}

/** A hand-in kept in this browser, as the hand-ins store holds it. */
export interface KeptHandIn {
  id: string;
  createdAt: string;
  handIn: HandIn;
  chosenAt?: string;
}

/**
 * Kept hand-ins first (in the order they were kept), then those opened this visit, each hand-in once.
 * A student's later hand-in never replaces an earlier one: both stay, as versions, and one counts.
 * `choices` holds the versions chosen before they are kept (a kept one keeps its choice in its entry).
 */
export function handInsOnPage(kept: readonly KeptHandIn[], received: readonly HandIn[], choices: ReadonlyMap<string, string>): Opened[] {
  const opened: Opened[] = [];
  const onPage = new Set<string>();
  // The store lists the newest first; the first seen must come first (hand-ins kept together: by their dates).
  const keptInOrder = [...kept].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.handIn.handedInAt.localeCompare(b.handIn.handedInAt),
  );
  for (const k of keptInOrder) {
    const key = handInIdentity(k.handIn);
    if (onPage.has(key)) continue;
    onPage.add(key);
    opened.push({ key, handIn: k.handIn, keptId: k.id, ...(k.chosenAt ? { chosenAt: k.chosenAt } : {}) });
  }
  for (const h of received) {
    const key = handInIdentity(h);
    if (onPage.has(key)) continue;
    onPage.add(key);
    const chosenAt = choices.get(key);
    opened.push({ key, handIn: h, ...(chosenAt ? { chosenAt } : {}) });
  }
  return opened;
}

/** The hand-ins just opened that are not on the page yet, added after those that are. */
export function withNew(current: readonly HandIn[], fresh: readonly HandIn[]): HandIn[] {
  const seen = new Set(current.map(handInIdentity));
  return [...current, ...fresh.filter((h) => !seen.has(handInIdentity(h)) && seen.add(handInIdentity(h)))];
}

/**
 * Numbers for "Student N" in the order given: each key gets the next number the first time it is seen,
 * so the numbers run along the class view's columns and stay put after a reload.
 */
export function numberInOrder(keys: Iterable<string>): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  for (const key of keys) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  return numbers;
}

const NOT_OPENED = 'Not opened: ';

/** Said when more links were pasted than the page opens at once: how many, and where they are. */
export const notOpenedLine = (count: number): string =>
  `${NOT_OPENED}${count === 1 ? '1 more link' : `${count} more links`}. The page opens ${MAX_PASTED_LINKS} links at a time; ${count === 1 ? 'it is' : 'they are'} left in the box above: choose “Open the links” again.`;

/** "One hand-in could not be opened:", or how many; a note about links left unopened is counted apart. */
export function problemsHeading(problems: readonly string[]): string {
  const failed = problems.filter((p) => !p.startsWith(NOT_OPENED)).length;
  if (failed === 0) return 'Not everything was opened:';
  return `${failed === 1 ? 'One hand-in' : `${failed} hand-ins`} could not be opened:`;
}
