// A class's fixed "We can" statements (the `s` parameters of an assignment link): the one place outside
// the worksheet's folder that names it, and how a student's draft starts with them. Pure, unit-tested
// (tests/unit/we-can-assignment.test.ts). Beside the worksheets, not in src/lib, because it reads the
// worksheet's own rules (src/lib imports nothing from src/exercises).
import { MAX_STATEMENTS, MIN_STATEMENTS, sameStatement, type DraftStatement, type GroupKind, type WeCanDraft } from './we-can/data';
import type { Assignment, OwnGroup } from '../lib/assignment-link';

/** The worksheet's kind of group for a link: a class for a teacher's (no `g`), a workplace team is "another group". */
const KIND_OF_LINK: Record<OwnGroup, GroupKind> = { family: 'family', team: 'team', work: 'other' };

export type { WeCanDraft };
/** The worksheet the statements are for. */
export { WE_CAN_EXERCISE } from '../lib/exercise-ids';
/** What the review page's class picture needs of the worksheet, through this one file. */
export { isStatementRatings } from './we-can/exercise';
/** The class bank the builder offers the teacher (the same words the worksheet suggests for a class). */
export { STATEMENT_BANK } from './we-can/bank';

/**
 * The draft a student meets when they open "We can" from an assignment with statements: the class's
 * statements first, fixed, in the teacher's order (keeping a rating already given to the same words),
 * then any statement of their own already in the draft, then empty rows up to five. Statements fixed
 * by an earlier assignment stay as the student's own, editable. Undefined when nothing needs to change,
 * or when it cannot change without dropping something the student typed (more than eight rows).
 * The kind of group starts as the link names it (a class without `g`), so nobody has to pick what the
 * link already says; once started, a kind the person changed is theirs.
 */
export function draftWithFixedStatements(
  draft: WeCanDraft,
  statements: readonly string[],
  link: Partial<Pick<Assignment, 'group' | 'className'>> = {},
): WeCanDraft | undefined {
  if (statements.length === 0) return undefined;
  const groupKind = link.group ? KIND_OF_LINK[link.group] : 'class';
  // "Another group" must be named: the name the link gives, unless the person named it already.
  const groupName = groupKind === 'other' && !draft.groupName.trim() ? (link.className ?? '').trim() : draft.groupName;
  const rows = draft.statements;
  const starts = statements.every((t, i) => rows[i]?.fixed && sameStatement(rows[i].text, t)) && !rows[statements.length]?.fixed;
  if (starts) return draft.groupKind === '' ? { ...draft, groupKind, groupName } : undefined;
  const typed = rows.filter((s) => s.text.trim() !== '' || s.rating !== null);
  const fixed: DraftStatement[] = statements.map((t) => ({
    text: t.trim(),
    rating: typed.find((s) => sameStatement(s.text, t))?.rating ?? null,
    fixed: true,
  }));
  const own = typed.filter((s) => !statements.some((t) => sameStatement(t, s.text))).map((s) => ({ ...s, fixed: false }));
  const next = [...fixed, ...own];
  if (next.length > MAX_STATEMENTS) return undefined;
  while (next.length < MIN_STATEMENTS) next.push({ text: '', rating: null, fixed: false });
  return { ...draft, groupKind, groupName, statements: next };
}
