// A teacher's comment to one student (issue 24, item 9), carried back the way hand-ins travel: in
// the fragment of a link to the student's own assignment page (/assignment/?…#f=f1.<code>), which
// browsers never send to a server, or in a file. The JSON is compressed with fflate and written as
// base64url; decoding checks sizes first, then every field, and text is only ever shown as text.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { isIsoStamp, isRecord } from '../storage/shape';
import { hasHiddenCharacters, hasInvisibleCharacters } from '../hidden-characters';
import { weekProblem } from '../dates';
import { MAX_PRACTICES } from '../assignment-limits';
import { matchKey } from '../class-lists-data';

export const FEEDBACK_VERSION = 1;
/** A short comment: a few sentences, as on a sticky note. */
export const MAX_COMMENT = 1000;
/** Longer codes are refused before they are unpacked; a comment at its longest packs into far less. */
export const MAX_FEEDBACK_CODE = 6000;
const MAX_UNPACKED = 8 * 1024;
const PREFIX = 'f1.';
export const FEEDBACK_FILE_FORMAT = 'efficacy-lab-feedback';

export interface Feedback {
  v: 1;
  /** Which assignment it answers: as the student's hand-in named it. */
  assignment: { practices: string[]; week: string; className: string };
  /** The student's name, as handed in. */
  student: string;
  comment: string;
  writtenAt: string;
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Why a comment cannot be sent, in words for the teacher, or undefined. */
export function commentProblem(comment: string): string | undefined {
  if (!comment.trim()) return 'Write a comment first.';
  if (comment.length > MAX_COMMENT) return `Use ${MAX_COMMENT} characters or fewer (this is ${comment.length}).`;
  if (/[<>]/.test(comment) || hasHiddenCharacters(comment, { lines: true })) return 'Leave out < and > and invisible control characters.';
  return undefined;
}

export function feedbackProblems(value: unknown, knownPractices?: ReadonlySet<string>): string[] {
  if (!isRecord(value)) return ['It is not a comment from a teacher.'];
  if (value['v'] !== FEEDBACK_VERSION) {
    return [
      typeof value['v'] === 'number' && value['v'] > FEEDBACK_VERSION
        ? 'It was made by a newer version of this site.'
        : 'Its version is unknown.',
    ];
  }
  const problems: string[] = [];
  const a = value['assignment'];
  if (
    !isRecord(a) ||
    !Array.isArray(a['practices']) ||
    a['practices'].length === 0 ||
    a['practices'].length > MAX_PRACTICES ||
    !a['practices'].every((p) => isText(p, 80) && (!knownPractices || knownPractices.has(p))) ||
    typeof a['week'] !== 'string' ||
    weekProblem(a['week']) !== undefined ||
    !isText(a['className'], 60) ||
    hasInvisibleCharacters(a['className'])
  ) {
    problems.push('Its assignment is damaged.');
  }
  if (!isText(value['student'], 60) || hasInvisibleCharacters(value['student'])) problems.push('Its student name is damaged.');
  const comment = value['comment'];
  if (typeof comment !== 'string' || commentProblem(comment)) problems.push('Its comment is damaged.');
  if (!isIsoStamp(value['writtenAt'])) problems.push('Its date is damaged.');
  return problems;
}

export function encodeFeedback(feedback: Feedback): string {
  const bytes = deflateSync(strToU8(JSON.stringify(feedback)), { level: 9 });
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type DecodedFeedback = { ok: true; feedback: Feedback } | { ok: false; message: string };

export function decodeFeedback(code: string, knownPractices?: ReadonlySet<string>): DecodedFeedback {
  const broken: DecodedFeedback = { ok: false, message: 'This comment from your teacher has been cut short or changed: ask for it again.' };
  const trimmed = code.trim();
  if (trimmed.length > MAX_FEEDBACK_CODE) return { ok: false, message: 'This is longer than a comment from a teacher can be.' };
  if (!trimmed.startsWith(PREFIX) || !/^[A-Za-z0-9_-]+$/.test(trimmed.slice(PREFIX.length))) return broken;
  let value: unknown;
  try {
    const binary = atob(trimmed.slice(PREFIX.length).replace(/-/g, '+').replace(/_/g, '/'));
    const packed = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    // One byte more than allowed: if it fills, the comment unpacks to too much.
    const out = inflateSync(packed, { out: new Uint8Array(MAX_UNPACKED + 1) });
    if (out.length > MAX_UNPACKED) return broken;
    value = JSON.parse(strFromU8(out));
  } catch {
    return broken;
  }
  const problems = feedbackProblems(value, knownPractices);
  return problems.length > 0
    ? { ok: false, message: `This comment cannot be read: ${problems[0]}` }
    : { ok: true, feedback: value as Feedback };
}

/** The code in an address's fragment ("#f=…"), or undefined. */
export function feedbackCodeIn(hash: string): string | undefined {
  const match = /(?:^#?|&)f=([^&\s]+)/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/**
 * Whether a comment answers this assignment (same week, class in any case, same practices) and this
 * student (names matched as class lists match them). A comment for another assignment or another
 * name is shown with a warning, never silently as this one's.
 */
export function feedbackMatches(
  feedback: Feedback,
  assignment: { practices: readonly string[]; week: string; className: string },
  student: string,
): { assignment: boolean; student: boolean } {
  const a = feedback.assignment;
  return {
    assignment:
      a.week === assignment.week &&
      (!assignment.className || a.className.toLocaleLowerCase() === assignment.className.toLocaleLowerCase()) &&
      a.practices.length === assignment.practices.length &&
      a.practices.every((p) => assignment.practices.includes(p)),
    student: !student.trim() || matchKey(student) === matchKey(feedback.student),
  };
}

/** A feedback file: for a class platform's "return to student", or any way files travel. */
export const feedbackFile = (feedback: Feedback): string =>
  `${JSON.stringify({ format: FEEDBACK_FILE_FORMAT, code: encodeFeedback(feedback) }, null, 2)}\n`;
