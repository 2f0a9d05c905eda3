// A student's hand-in: what they chose to share for an assignment, carried in the fragment of a
// link (/teach/review/#h=…), which browsers never send to a server. This module holds its shape and
// its checks: the version, and every field against what the exercises actually save. Packing it into
// a link and unpacking it (fflate, base64url, the unpacked-size limit) is ./hand-in-code.ts, loaded
// only by what makes or opens a hand-in, so pages that only keep hand-ins do not carry fflate.
import type { FieldDescriptor } from '../exercises/fields';
import type { ExerciseId } from '../exercise-ids';
import { isIsoStamp, isRecord } from '../storage/shape';
import { isoOf } from '../storage/clock';
import { hasHiddenCharacters, hasInvisibleCharacters } from '../hidden-characters';
import { weekProblem } from '../dates';
import { MAX_PRACTICES } from '../assignment-limits';

/**
 * The worksheets a hand-in may carry entries of, by id: each one's title and fields. Passed in by the
 * caller (the exercise catalog, src/exercises/catalog.ts exerciseById), so this module knows no
 * worksheet itself.
 */
export type HandInExercises = (id: string) => { title: string; fields: readonly FieldDescriptor[] } | undefined;

/**
 * Version 2 (issue 23) may carry `signature`, made by the student's device. Version 1 hand-ins
 * (made before) are still read, and shown as unsigned. A reader older than version 2 refuses a
 * version 2 hand-in ("made by a newer version"), so a page that cannot check signatures never
 * shows a signed hand-in as if there were nothing to check.
 */
export const HAND_IN_VERSION = 2;

/**
 * When a hand-in is made, as its `handedInAt`: through the stamp clamp (storage/clock.ts), so a clock
 * in year 10000 writes 9999-12-31T23:59:59.999Z, which the teacher's check accepts (and flags as
 * dated in the future), not "+010000-…", which it refuses as a damaged date.
 */
export const handInTime = (wall: number = Date.now()): string => isoOf(wall);
/** A link's code longer than this is refused before it is unpacked (and the student is told first). */
export const MAX_CODE_LENGTH = 48_000;
/**
 * A hand-in file's code may be longer: a file has no address-length limit. Anything that unpacks
 * within MAX_UNPACKED_BYTES packs into fewer characters than this.
 */
export const MAX_FILE_CODE_LENGTH = 400_000;
/** The most the unpacked JSON may be. */
export const MAX_UNPACKED_BYTES = 256 * 1024;
export const MAX_ENTRIES = 100;
export const MAX_FIELD_TEXT = 4000;
/** What every hand-in code starts with (./hand-in-code.ts writes and reads the rest). */
export const CODE_PREFIX = 'h1.';

export interface HandInEntry {
  exercise: ExerciseId;
  /** When the entry was first saved. */
  createdAt: string;
  /**
   * Only the fields the student chose to share: text, or a structured value for fields that travel
   * as they are (see FieldDescriptor.handInValue).
   */
  fields: Record<string, unknown>;
}

/** A hand-in's signature (src/lib/transfer/hand-in-signature.ts): the device's public key and its signature. */
export interface HandInSignature {
  /** The public key, ECDSA P-256: the JWK's x and y, base64url. */
  key: { x: string; y: string };
  /** ECDSA P-256 with SHA-256 over the hand-in's canonical JSON without `signature`, r‖s, base64url. */
  sig: string;
}

export interface HandIn {
  v: 1 | typeof HAND_IN_VERSION;
  /**
   * `areas` (added without a new version: older readers ignore it, and a hand-in without it has no
   * shared areas): the class's shared grid areas the assignment gave.
   */
  assignment: {
    practices: string[];
    week: string;
    className: string;
    areas?: string[];
    /** The class's fixed "We can" statements in the teacher's order (added like `areas`), so the class picture keeps that order. */
    statements?: string[];
  };
  /** The name the student gave, or ''. */
  student: string;
  handedInAt: string;
  entries: HandInEntry[];
  reflections: { practice: string; text: string }[];
  /** Practices for which the student left something unticked (added like `areas`; absent means none). */
  withheld?: string[];
  /** Version 2 only, and only when the student's browser could sign (absent: unsigned). */
  signature?: HandInSignature;
}

const isText = (v: unknown, max = MAX_FIELD_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isStamp = isIsoStamp;
const BASE64URL_32 = /^[A-Za-z0-9_-]{43}$/;
const BASE64URL_64 = /^[A-Za-z0-9_-]{86}$/;
const isSignature = (v: unknown): v is HandInSignature =>
  isRecord(v) &&
  isRecord(v['key']) &&
  typeof v['key']['x'] === 'string' &&
  BASE64URL_32.test(v['key']['x']) &&
  typeof v['key']['y'] === 'string' &&
  BASE64URL_32.test(v['key']['y']) &&
  typeof v['sig'] === 'string' &&
  BASE64URL_64.test(v['sig']);

/** Every text inside a structured value (a grid's area names) follows the name rule. */
const namesInside = (v: unknown): boolean =>
  typeof v === 'string'
    ? !hasInvisibleCharacters(v)
    : Array.isArray(v)
      ? v.every(namesInside)
      : isRecord(v)
        ? Object.values(v).every(namesInside)
        : true;

/**
 * Checks a decoded hand-in, field by field. Returns the problems found (empty when it is valid).
 * `knownPractices`, when given, must contain every practice the assignment names.
 *
 * `stored`: a hand-in this browser already kept, checked by the rules it was received under (the
 * older, narrower hidden-character rule; any week text). A newly received one follows issue 23's
 * rules: names without invisible characters (src/lib/hidden-characters.ts), the week a real Monday
 * in the years 0001–9999, each practice named once and at most as many as an assignment has. So
 * nothing a teacher kept becomes unreadable because the rules grew.
 */
export function handInProblems(
  exercises: HandInExercises,
  value: unknown,
  knownPractices?: ReadonlySet<string>,
  { stored = false } = {},
): string[] {
  const isName = (v: unknown, max: number): v is string => isText(v, max) && !(stored ? hasHiddenCharacters(v) : hasInvisibleCharacters(v));
  if (!isRecord(value)) return ['It is not a hand-in.'];
  if (value['v'] !== 1 && value['v'] !== HAND_IN_VERSION) {
    return [
      typeof value['v'] === 'number' && value['v'] > HAND_IN_VERSION
        ? 'It was made by a newer version of this site.'
        : 'It is not a hand-in this site can read.',
    ];
  }
  const problems: string[] = [];
  const a = value['assignment'];
  if (
    !isRecord(a) ||
    !Array.isArray(a['practices']) ||
    !a['practices'].every((p) => isText(p, 80)) ||
    !isText(a['week'], 10) ||
    !isName(a['className'], 60)
  ) {
    problems.push('Its assignment details are missing or damaged.');
  } else if (!stored && weekProblem(a['week']) !== undefined) {
    problems.push('Its week is not a Monday in the years 0001 to 9999.');
  } else if (
    !stored &&
    (a['practices'].length === 0 || a['practices'].length > MAX_PRACTICES || new Set(a['practices']).size !== a['practices'].length)
  ) {
    problems.push(`Its assignment must name each practice once, and at most ${MAX_PRACTICES}.`);
  } else if (a['areas'] !== undefined && !(Array.isArray(a['areas']) && a['areas'].length <= 6 && a['areas'].every((x) => isName(x, 60)))) {
    problems.push('Its grid areas are damaged.');
  } else if (
    a['statements'] !== undefined &&
    !(Array.isArray(a['statements']) && a['statements'].length <= 8 && a['statements'].every((x) => isName(x, 140)))
  ) {
    problems.push('Its “We can” statements are damaged.');
  } else if (knownPractices && !(a['practices'] as string[]).every((p) => knownPractices.has(p))) {
    problems.push('It names a practice this site does not have.');
  }
  if (!isName(value['student'], 80)) problems.push('Its student name is damaged, or has invisible control characters.');
  if (!isStamp(value['handedInAt'])) problems.push('Its date is damaged.');
  const entries = value['entries'];
  if (!Array.isArray(entries) || entries.length > MAX_ENTRIES) problems.push('Its entries are missing or too many.');
  else {
    for (const entry of entries) {
      const exercise = isRecord(entry) && typeof entry['exercise'] === 'string' ? exercises(entry['exercise']) : undefined;
      if (!isRecord(entry) || !exercise || !isStamp(entry['createdAt']) || !isRecord(entry['fields'])) {
        problems.push('An entry is damaged.');
        break;
      }
      const allowed = new Map(exercise.fields.map((f) => [f.key, f]));
      const fits = (key: string, v: unknown) => {
        const field = allowed.get(key);
        return field !== undefined && (field.handInValue ? field.handInValue(v) && (stored || namesInside(v)) : isText(v));
      };
      const bad = Object.entries(entry['fields']).find(([key, v]) => !fits(key, v));
      if (bad) {
        problems.push('An entry has a field this site does not know, or one that is too long.');
        break;
      }
    }
  }
  const reflections = value['reflections'];
  if (
    !Array.isArray(reflections) ||
    reflections.length > 20 ||
    !reflections.every((r) => isRecord(r) && isText(r['practice'], 80) && isText(r['text']))
  ) {
    problems.push('Its reflections are damaged.');
  }
  const withheld = value['withheld'];
  if (withheld !== undefined && !(Array.isArray(withheld) && withheld.length <= 20 && withheld.every((p) => isText(p, 80)))) {
    problems.push('Its list of private parts is damaged.');
  }
  const signature = value['signature'];
  if (signature !== undefined && (value['v'] === 1 || !isSignature(signature))) problems.push('Its signature is damaged.');
  return problems;
}

/**
 * Finds the code in a pasted link, a bare code, or a fragment ("#h=…"). Never throws: broken
 * %-escapes are left as they are, and decoding then says the link was cut short or changed.
 */
export function codeFromText(text: string): string {
  const match = /(?:^|[#&?])h=([^&\s]+)/.exec(text.trim());
  if (!match) return text.trim();
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

/**
 * What would make the teacher's page refuse this hand-in, in words for the student, or undefined:
 * checked before a link or a file is made (the same checks decodeHandIn makes, and the unpacked
 * size). `field` names the field to correct, when it is one the student typed.
 */
export function sendProblem(exercises: HandInExercises, handIn: HandIn): { field?: 'student' | 'className'; message: string } | undefined {
  const hidden = 'Leave out invisible characters, such as a tab, a blank that is not a space, or an accent on its own.';
  const isName = (v: string, max: number) => isText(v, max) && !hasInvisibleCharacters(v);
  if (!isName(handIn.student, 80)) return { field: 'student', message: hidden };
  if (!isName(handIn.assignment.className, 60)) return { field: 'className', message: hidden };
  const area = handIn.entries.find((e) => !Object.values(e.fields).every((v) => typeof v === 'string' || namesInside(v)));
  if (area) {
    return {
      message: `An area name in your ${exercises(area.exercise)?.title ?? 'worksheet'} has an invisible character. Rename that area in the worksheet (type it again), then make the hand-in again.`,
    };
  }
  if (handIn.entries.length > MAX_ENTRIES) {
    return {
      message: `${handIn.entries.length} entries are ticked, and a hand-in holds at most ${MAX_ENTRIES}. Untick the ones your teacher does not need, then make it again.`,
    };
  }
  const size = new TextEncoder().encode(JSON.stringify(handIn)).length;
  if (size > MAX_UNPACKED_BYTES) {
    return {
      message: `Your hand-in is too large for your teacher’s page (${Math.ceil(size / 1024)} KB, and it opens up to ${MAX_UNPACKED_BYTES / 1024} KB). Untick some long answers, then make it again.`,
    };
  }
  const [problem] = handInProblems(exercises, handIn);
  return problem ? { message: `Your teacher’s page could not open this hand-in: ${problem}` } : undefined;
}

/** Whether a hand-in can travel as a link the review page opens, or only as a file. */
export const fitsInLink = (code: string): boolean => code.length <= MAX_CODE_LENGTH;
