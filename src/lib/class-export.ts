// A class's hand-ins as tables (issue 24): the class view (one row per student: ratings per shared
// area, status per practice), every shared answer (one row per student per entry), and one question
// across the class (one field of one worksheet, or one practice's reflection). Pure: the review page
// passes in how a worksheet names its fields (src/lib/exercises/fields.ts) and draws or writes them.
import type { HandIn } from './transfer/hand-in';
import { fieldText, type FieldDescriptor } from './exercises/fields';
import type { Cell } from './csv';
import { statusText, type PracticeStatus } from './roster-status';

export interface WorksheetInfo {
  title: string;
  fields: readonly FieldDescriptor[];
}
export type WorksheetOf = (id: string) => WorksheetInfo | undefined;

/** A student as the class view shows them: their name on screen, their hand-in. */
export interface ShownStudent {
  name: string;
  handIn: HandIn;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A moment as a spreadsheet sorts it, in this device's time: "2026-11-17 10:05". */
export function localMinute(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The class view: Student, Class, Week, a column per shared area (the rating), a column per practice (its status). */
export function classViewTable(input: {
  className: string;
  week: string;
  areas: readonly string[];
  practices: readonly { title: string }[];
  students: readonly { name: string; ratings: readonly (number | undefined)[]; statuses: readonly PracticeStatus[] }[];
}): Cell[][] {
  const header = ['Student', 'Class', 'Week', ...input.areas, ...input.practices.map((p) => p.title)];
  return [header, ...input.students.map((s) => [s.name, input.className, input.week, ...s.ratings, ...s.statuses.map(statusText)])];
}

/**
 * Every shared answer: one row per student per entry (and per reflection). Fixed columns first, then
 * one column per worksheet field met ("The efficacy grid: Ratings"), then the reflection.
 */
export function answersTable(input: {
  className: string;
  week: string;
  students: readonly ShownStudent[];
  worksheet: WorksheetOf;
  practiceTitle: (id: string) => string;
}): Cell[][] {
  const columns: string[] = [];
  const column = (exercise: string, field: FieldDescriptor) => {
    const name = `${input.worksheet(exercise)?.title ?? exercise}: ${field.label}`;
    if (!columns.includes(name)) columns.push(name);
    return name;
  };
  const rows: { fixed: Cell[]; values: Map<string, string>; reflection: string }[] = [];
  for (const { name, handIn } of input.students) {
    const fixed = (what: string, saved: string): Cell[] => [name, input.className, input.week, localMinute(handIn.handedInAt), what, saved];
    for (const entry of handIn.entries) {
      const sheet = input.worksheet(entry.exercise);
      const values = new Map<string, string>();
      for (const field of sheet?.fields ?? []) {
        const text = fieldText(entry.fields[field.key], field);
        if (text) values.set(column(entry.exercise, field), text);
      }
      rows.push({ fixed: fixed(sheet?.title ?? entry.exercise, localMinute(entry.createdAt)), values, reflection: '' });
    }
    for (const r of handIn.reflections) {
      rows.push({ fixed: fixed(`Reflection on “${input.practiceTitle(r.practice)}”`, ''), values: new Map(), reflection: r.text });
    }
  }
  return [
    ['Student', 'Class', 'Week', 'Handed in', 'Worksheet or reflection', 'Saved', ...columns, 'Reflection'],
    ...rows.map((r) => [...r.fixed, ...columns.map((c) => r.values.get(c) ?? ''), r.reflection]),
  ];
}

export interface Question {
  /** `entry` + worksheet + field key, or `reflection` + practice. */
  id: string;
  label: string;
}

/** The questions the class's hand-ins answer: each worksheet field that has an answer, then each reflection. */
export function questionsOf(students: readonly ShownStudent[], worksheet: WorksheetOf, practiceTitle: (id: string) => string): Question[] {
  const found = new Map<string, string>();
  for (const { handIn } of students) {
    for (const entry of handIn.entries) {
      const sheet = worksheet(entry.exercise);
      for (const field of sheet?.fields ?? []) {
        if (fieldText(entry.fields[field.key], field))
          found.set(`entry\u0000${entry.exercise}\u0000${field.key}`, `${sheet!.title}: ${field.label}`);
      }
    }
  }
  const reflections = new Map<string, string>();
  for (const { handIn } of students) {
    for (const r of handIn.reflections) {
      if (r.text.trim()) reflections.set(`reflection\u0000${r.practice}`, `Reflection on “${practiceTitle(r.practice)}”`);
    }
  }
  return [...found, ...reflections].map(([id, label]) => ({ id, label }));
}

/** One question's answers: one per entry (a student may have saved the worksheet twice), students in the order given. */
export function answersTo(
  question: string,
  students: readonly ShownStudent[],
  worksheet: WorksheetOf,
): { name: string; saved: string; text: string }[] {
  const [kind, a, b] = question.split('\u0000');
  const answers: { name: string; saved: string; text: string }[] = [];
  for (const { name, handIn } of students) {
    if (kind === 'reflection') {
      for (const r of handIn.reflections) if (r.practice === a && r.text.trim()) answers.push({ name, saved: '', text: r.text });
      continue;
    }
    const field = worksheet(a!)?.fields.find((f) => f.key === b);
    if (!field) continue;
    for (const entry of handIn.entries) {
      const text = entry.exercise === a ? fieldText(entry.fields[b!], field) : '';
      if (text) answers.push({ name, saved: entry.createdAt, text });
    }
  }
  return answers;
}
