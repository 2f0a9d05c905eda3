// What goes into a student's hand-in: which fields start ticked, and the hand-in made from what is
// ticked. The worksheets are passed in as their field descriptors, so nothing here knows any one
// worksheet. Tested in tests/unit/hand-in-choices.test.ts.
import { fieldText, handInFieldValue, type FieldDescriptor } from './exercises/fields';
import type { EntryMeta } from './storage/entries';
import type { ExerciseId } from './exercise-ids';
import { HAND_IN_VERSION, type HandIn, type HandInEntry } from './transfer/hand-in';

/** A worksheet as the hand-in sees it: its id and its fields. */
export interface SheetFields {
  id: ExerciseId;
  fields: readonly FieldDescriptor[];
}

/** The key of one field of one saved entry, as the choices track it: "<entry id>:<field>". */
export const choiceKey = (entryId: string, field: string) => `${entryId}:${field}`;

const valueOf = (e: EntryMeta, key: string) => (e as unknown as Record<string, unknown>)[key];

/** A private field starts ticked only when the student said so in the worksheet. */
export function startsShared(f: FieldDescriptor, e: EntryMeta): boolean {
  return !f.private || (f.private.optIn !== undefined && valueOf(e, f.private.optIn) === true);
}

/** The fields ticked to start with: every field of the week's entries, private ones only when opted in. */
export function defaultShared(sheets: readonly SheetFields[], inWeekOf: (sheet: ExerciseId) => readonly EntryMeta[]): Set<string> {
  const on = new Set<string>();
  for (const ex of sheets) {
    for (const e of inWeekOf(ex.id)) {
      for (const f of ex.fields) if (startsShared(f, e)) on.add(choiceKey(e.id, f.key));
    }
  }
  return on;
}

/** One field of a saved entry: what would travel, and its text (what the risk check reads). */
export function fieldOf(e: EntryMeta, f: FieldDescriptor): { value: unknown; text: string } {
  return { value: handInFieldValue(valueOf(e, f.key), f), text: fieldText(valueOf(e, f.key), f) };
}

const hasValue = (value: unknown) => value !== undefined && value !== '';

export interface HandInParts {
  assignment: { practices: string[]; week: string; className: string; areas?: string[]; statements?: string[] };
  /** The student's name and class as typed (trimmed here). */
  student: string;
  studentClass: string;
  /** Each worksheet of the assignment once, with every live entry saved in it. */
  sheets: readonly (SheetFields & { entries: readonly EntryMeta[] })[];
  /** Each practice, with its worksheets and the entries saved in them during the week. */
  practices: readonly { id: string; sheets: readonly (SheetFields & { inWeek: readonly EntryMeta[] })[] }[];
  /** The student's reflections that are not blank, for practices of this assignment. */
  reflections: readonly { practice: string; text: string }[];
  /** Whether a field (by choiceKey, with its text) goes in. */
  goesIn: (key: string, text: string) => boolean;
  /** Whether a reflection goes in. */
  reflectionGoesIn: (r: { practice: string; text: string }) => boolean;
  handedInAt: string;
}

/**
 * The hand-in: every ticked field with a value, the ticked reflections, and the practices for which
 * the student left something of this week unticked (the roster says "parts kept private", never what
 * they were).
 */
export function handInFrom(parts: HandInParts): HandIn {
  const { goesIn, reflectionGoesIn } = parts;
  const entries: HandInEntry[] = [];
  for (const ex of parts.sheets) {
    for (const e of ex.entries) {
      const fields: HandInEntry['fields'] = {};
      for (const f of ex.fields) {
        const { value, text } = fieldOf(e, f);
        if (goesIn(choiceKey(e.id, f.key), text) && hasValue(value)) fields[f.key] = value;
      }
      if (Object.keys(fields).length > 0) entries.push({ exercise: ex.id, createdAt: e.createdAt, fields });
    }
  }
  const withheld = parts.practices
    .filter(
      (p) =>
        p.sheets.some((ex) =>
          ex.inWeek.some((e) =>
            ex.fields.some((f) => {
              const { value, text } = fieldOf(e, f);
              return hasValue(value) && !goesIn(choiceKey(e.id, f.key), text);
            }),
          ),
        ) || parts.reflections.some((r) => r.practice === p.id && !reflectionGoesIn(r)),
    )
    .map((p) => p.id);
  return {
    v: HAND_IN_VERSION,
    assignment: {
      practices: parts.assignment.practices,
      week: parts.assignment.week,
      className: parts.studentClass.trim(),
      ...(parts.assignment.areas?.length ? { areas: parts.assignment.areas } : {}),
      // The class picture shows the statements in the teacher's order.
      ...(parts.assignment.statements?.length ? { statements: parts.assignment.statements } : {}),
    },
    student: parts.student.trim(),
    ...(withheld.length > 0 ? { withheld } : {}),
    handedInAt: parts.handedInAt,
    entries,
    // Reflections are shared unless the student unticks them.
    reflections: parts.reflections.filter((r) => reflectionGoesIn(r)).map((r) => ({ practice: r.practice, text: r.text.trim() })),
  };
}
