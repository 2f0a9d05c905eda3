// Assignment links: /assignment/?p=<practice codes>&w=<yyyymmdd>&c=<class>&n=<note>&a=<grid area>…&s=<"We can" statement>…&g=<own group>
// (the short form, issue 24); links of the first form (/assignment/?p=<practice ids>&w=<yyyy-mm-dd>…&area=<grid area>…)
// keep opening: each part is read in either form.
// They carry only practice ids, a date, two short texts and up to six short grid area names, and everything is checked on arrival: a link that is
// unknown, malformed or too long gets a clear message, and nothing from it is stored or shown as HTML.
import { weekProblem } from './dates';
import { hasHiddenCharacters, hasInvisibleCharacters } from './hidden-characters';
import { codeOfPractice, practiceOfCode } from './practice-codes';

export const MAX_CLASS_NAME = 60;
export const MAX_NOTE = 280;
export { MAX_PRACTICES } from './assignment-limits';
import { MAX_PRACTICES } from './assignment-limits';
/** The class's shared grid areas: as many as a grid holds, each as long as a grid area's name. */
export const MAX_AREAS = 6;
export const MAX_AREA_NAME = 60;
/** The class's fixed "We can" statements: as many as the worksheet holds, each as long as one of its statements. */
export const MAX_LINK_STATEMENTS = 8;
export const MAX_LINK_STATEMENT = 140;
/**
 * A "We can" link a person makes for their own group, without a teacher (`g`): the member's pages
 * then speak of the group and the person who sent the link, not of a class and a teacher.
 */
export const OWN_GROUPS = ['family', 'team', 'work'] as const;
export type OwnGroup = (typeof OWN_GROUPS)[number];
export const isOwnGroup = (v: unknown): v is OwnGroup => (OWN_GROUPS as readonly unknown[]).includes(v);

/** Longer query strings are refused before parsing. */
export const MAX_QUERY_LENGTH = 1500;

export interface Assignment {
  /** Practice ids, in the order the teacher chose them. */
  practices: string[];
  /** The Monday (YYYY-MM-DD) of the week it runs. */
  week: string;
  className: string;
  note: string;
  /** The class's shared efficacy-grid areas (repeated `area` parameters), in the teacher's order. */
  areas?: string[];
  /** The class's fixed "We can" statements (repeated `s` parameters), in the teacher's order. */
  statements?: string[];
  /** Made by a person for their own family or team (`g`), not by a teacher for a class. */
  group?: OwnGroup;
}

export type ParsedAssignment = { ok: true; assignment: Assignment } | { ok: false; problems: string[] };

/**
 * No hidden characters (src/lib/hidden-characters.ts) and no angle brackets (nothing a teacher needs,
 * and the first thing an attacker would send). The builder refuses them too, so a link it makes
 * always passes. A note may also have line breaks: it is typed in a box of several lines, and shown
 * line by line (but not U+2028 or U+2029, which some programs take for a line break and some do not).
 * A class name and a grid area are names, and follow the stricter rule for names (no blank or
 * stand-alone characters either: hasInvisibleCharacters).
 */
const isSafe = (text: string, lines: boolean) =>
  !/[<>]/.test(text) && (lines ? !hasHiddenCharacters(text, { lines }) && !/[\u2028\u2029]/.test(text) : !hasInvisibleCharacters(text));

/** Why a class name or note cannot go in a link, or undefined if it can. */
export function textProblem(text: string, max: number, { lines = false } = {}): string | undefined {
  if (text.length > max) return `Use ${max} characters or fewer.`;
  if (!isSafe(text, lines)) {
    return lines || !/\n/.test(text) ? 'Leave out < and > and invisible control characters.' : 'Keep this to one line.';
  }
  return undefined;
}

/**
 * The short form: practices by their codes (src/lib/practice-codes.ts) joined by dots (a comma would
 * be written %2C), the week's Monday without dashes, each grid area as `a`.
 */
export function buildAssignmentQuery(a: Assignment): string {
  return queryOf(a, { p: a.practices.map(codeOfPractice).join('.'), w: a.week.replaceAll('-', ''), area: 'a' });
}

/**
 * The first form, as links made before issue 24 read. Still what an assignment's id is made from,
 * so an assignment kept from an old link and the same one opened from a short link stay one.
 */
export function longAssignmentQuery(a: Assignment): string {
  return queryOf(a, { p: a.practices.join(','), w: a.week, area: 'area' });
}

function queryOf(a: Assignment, form: { p: string; w: string; area: string }): string {
  const params = new URLSearchParams({ p: form.p, w: form.w });
  if (a.className.trim()) params.set('c', a.className.trim());
  if (a.note.trim()) params.set('n', a.note.trim());
  for (const area of a.areas ?? []) params.append(form.area, area.trim());
  for (const statement of a.statements ?? []) params.append('s', statement.trim());
  if (a.group) params.set('g', a.group);
  return `?${params.toString()}`;
}

/** A week as a link gives it: the Monday with or without dashes (20261123 is 2026-11-23). */
const weekOfLink = (w: string) => (/^\d{8}$/.test(w) ? `${w.slice(0, 4)}-${w.slice(4, 6)}-${w.slice(6)}` : w);

/**
 * `areaPractices`: the practices whose worksheet is the efficacy grid; grid areas are refused unless
 * the link assigns one of them. `statementPractices`: the same for "We can" statements.
 */
export function parseAssignment(
  search: string,
  knownPractices: ReadonlySet<string>,
  areaPractices?: ReadonlySet<string>,
  statementPractices?: ReadonlySet<string>,
): ParsedAssignment {
  if (search.length > MAX_QUERY_LENGTH) return { ok: false, problems: ['The link is far longer than an assignment link can be.'] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ok: false, problems: ['The link could not be read.'] };
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!['p', 'w', 'c', 'n', 'a', 'area', 's', 'g'].includes(key))
      problems.push(`The link has a part this site does not use (“${key.slice(0, 20)}”).`);
    else if (seen.has(key) && key !== 'a' && key !== 'area' && key !== 's') problems.push(`The link gives “${key}” more than once.`);
    seen.add(key);
  }
  const practices = (params.get('p') ?? '').split(/[.,]/).filter(Boolean).map(practiceOfCode);
  if (practices.length === 0) problems.push('The link names no practice.');
  if (practices.length > MAX_PRACTICES) problems.push(`The link names more than ${MAX_PRACTICES} practices.`);
  if (new Set(practices).size !== practices.length) problems.push('The link names a practice twice.');
  const unknown = practices.filter((p) => !knownPractices.has(p));
  if (unknown.length > 0) problems.push(`The link names a practice this site does not have (“${unknown[0]!.slice(0, 40)}”).`);
  const week = weekOfLink(params.get('w') ?? '');
  const weekWrong = weekProblem(week);
  if (weekWrong) problems.push(WEEK_PROBLEMS[weekWrong]);
  const className = params.get('c') ?? '';
  const note = params.get('n') ?? '';
  if (className.length > MAX_CLASS_NAME) problems.push(`The class name is longer than ${MAX_CLASS_NAME} characters.`);
  if (note.length > MAX_NOTE) problems.push(`The note is longer than ${MAX_NOTE} characters.`);
  if (!isSafe(className, false) || !isSafe(note, true)) problems.push('The class name or note contains characters that are not allowed.');
  const areas = [...params.getAll('area'), ...params.getAll('a')];
  problems.push(...areasProblems(areas));
  if (areas.length > 0 && areaPractices && !practices.some((p) => areaPractices.has(p)))
    problems.push('The link gives grid areas but does not assign the efficacy grid.');
  const statements = params.getAll('s');
  problems.push(...statementsProblems(statements));
  if (statements.length > 0 && statementPractices && !practices.some((p) => statementPractices.has(p)))
    problems.push('The link gives “We can” statements but does not assign a practice with that worksheet.');
  const group = params.get('g');
  if (group !== null && !isOwnGroup(group)) problems.push('The link names a kind of group this site does not know.');
  if (problems.length > 0) return { ok: false, problems };
  const assignment: Assignment = { practices, week, className, note, areas };
  // Only when given, so an assignment without them reads (and is kept) exactly as before.
  if (statements.length > 0) assignment.statements = statements;
  if (isOwnGroup(group)) assignment.group = group;
  return { ok: true, assignment };
}

/** What is wrong with a link's week, in words (src/lib/dates.ts weekProblem). */
export const WEEK_PROBLEMS: Record<NonNullable<ReturnType<typeof weekProblem>>, string> = {
  'not-a-day': 'The link’s week is not a valid date.',
  'not-a-monday': 'The link’s week does not start on a Monday: a teacher’s link always gives the Monday.',
  'out-of-range': 'The link’s week is outside the years 0001 to 9999.',
};

/** Why a list of shared grid areas cannot go in a link (empty when it can): the builder and the link agree. */
export function areasProblems(areas: readonly string[]): string[] {
  const problems: string[] = [];
  if (areas.length > MAX_AREAS) problems.push(`The link gives more than ${MAX_AREAS} grid areas.`);
  if (areas.some((a) => a.trim() === '')) problems.push('A grid area is empty.');
  if (areas.some((a) => a.length > MAX_AREA_NAME)) problems.push(`A grid area is longer than ${MAX_AREA_NAME} characters.`);
  if (!areas.every((a) => isSafe(a, false))) problems.push('A grid area contains characters that are not allowed.');
  if (new Set(areas.map((a) => a.trim().toLocaleLowerCase())).size !== areas.length) problems.push('The link gives a grid area twice.');
  return problems;
}

/** Why a list of fixed "We can" statements cannot go in a link (empty when it can): the same checks as grid areas. */
export function statementsProblems(statements: readonly string[]): string[] {
  const problems: string[] = [];
  if (statements.length > MAX_LINK_STATEMENTS) problems.push(`The link gives more than ${MAX_LINK_STATEMENTS} “We can” statements.`);
  if (statements.some((a) => a.trim() === '')) problems.push('A “We can” statement is empty.');
  if (statements.some((a) => a.length > MAX_LINK_STATEMENT))
    problems.push(`A “We can” statement is longer than ${MAX_LINK_STATEMENT} characters.`);
  if (!statements.every((a) => isSafe(a, false))) problems.push('A “We can” statement contains characters that are not allowed.');
  if (new Set(statements.map((a) => a.trim().toLocaleLowerCase())).size !== statements.length)
    problems.push('The link gives a “We can” statement twice.');
  return problems;
}

/** Why an assignment's link would be refused for its length (the builder checks before offering it), or undefined. */
export function linkLengthProblem(a: Assignment): string | undefined {
  const over = buildAssignmentQuery(a).length - MAX_QUERY_LENGTH;
  return over > 0 ? `The link would be ${over} characters too long: shorten the statements, the grid areas or the note.` : undefined;
}

/** A stable id for an assignment, so opening the same link twice keeps one copy. */
export function assignmentId(a: Assignment): string {
  const text = longAssignmentQuery(a);
  let hash = 0x811c9dc5; // FNV-1a, 32 bit: enough to tell a person's handful of assignments apart
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `a-${(hash >>> 0).toString(36)}`;
}
