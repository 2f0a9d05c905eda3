// Short codes for practice ids in assignment links (issue 24: a typical assignment in a link of at
// most 150 characters, so its QR code stays coarse enough to scan from a printed handout). A code is
// digits only, and no practice id is (tests/unit/assignment-link.test.ts checks both), so a link can
// carry either. Append only: a code, once shipped, is in printed handouts and must keep its meaning.
// A practice without a code travels by its id, as before.
import { EXERCISE_LINK_CODES } from './exercise-ids';

export const PRACTICE_CODES: Readonly<Record<string, string>> = {
  // The lessons' weekly practices (their ids are in content/*.mdx; efficacy-grid is also an exercise's id).
  'catch-one-cant': '1',
  'smallest-step': '2',
  'run-the-protocol': '3',
  'bank-a-win': '4',
  'rate-a-ladder': '6',
  'keep-one-skill': '7',
  'two-line-self-compassion': '8',
  // Every exercise, assignable as a practice of its own (src/lib/exercise-ids.ts keeps their codes).
  ...EXERCISE_LINK_CODES,
};

const BY_CODE: ReadonlyMap<string, string> = new Map(Object.entries(PRACTICE_CODES).map(([id, code]) => [code, id]));

export const codeOfPractice = (id: string): string => PRACTICE_CODES[id] ?? id;
/** The practice id a link's part names: a code's practice, or the part itself (an id, or unknown). */
export const practiceOfCode = (part: string): string => BY_CODE.get(part) ?? part;
