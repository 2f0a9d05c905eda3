import { describe, expect, test } from 'vitest';
import { choiceKey, defaultShared, handInFrom, startsShared, type HandInParts } from '../../src/lib/hand-in-choices';
import type { FieldDescriptor } from '../../src/lib/exercises/fields';
import type { EntryMeta } from '../../src/lib/storage/entries';

const fields: FieldDescriptor[] = [
  { key: 'thought', label: 'Thought' },
  { key: 'secret', label: 'Secret', private: {} },
  { key: 'story', label: 'Story', private: { optIn: 'shareStory' } },
];
const entry = (id: string, more: Record<string, unknown>): EntryMeta =>
  ({ id, createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z', ...more }) as unknown as EntryMeta;

describe('what starts ticked', () => {
  test('ordinary fields start ticked; private ones only when the student opted in in the worksheet', () => {
    const e = entry('e1', { shareStory: true });
    expect(fields.map((f) => startsShared(f, e))).toEqual([true, false, true]);
    expect(startsShared(fields[2]!, entry('e2', { shareStory: 'yes' }))).toBe(false);
  });
  test('every entry of the week, keyed by entry and field', () => {
    const on = defaultShared([{ id: 'cant-rewriter', fields }], () => [entry('e1', {}), entry('e2', { shareStory: true })]);
    expect([...on].sort()).toEqual([choiceKey('e1', 'thought'), choiceKey('e2', 'story'), choiceKey('e2', 'thought')].sort());
  });
});

describe('the hand-in made from what is ticked', () => {
  const inWeek = entry('e1', { thought: 'I can’t do fractions', secret: 'my secret', story: '' });
  const older = entry('e0', { thought: 'An older thought', secret: '', story: '' });
  const parts = (ticked: string[], off: string[] = []): HandInParts => ({
    assignment: { practices: ['self-talk', 'walk'], week: '2026-11-30', className: '9B', areas: [] },
    student: '  Sam ',
    studentClass: ' 9B ',
    sheets: [{ id: 'cant-rewriter', fields, entries: [inWeek, older] }],
    practices: [
      { id: 'self-talk', sheets: [{ id: 'cant-rewriter', fields, inWeek: [inWeek] }] },
      { id: 'walk', sheets: [] },
    ],
    reflections: [
      { practice: 'self-talk', text: ' It went well. ' },
      { practice: 'walk', text: 'Walked.' },
    ],
    goesIn: (key) => ticked.includes(key),
    reflectionGoesIn: (r) => !off.includes(r.practice),
    handedInAt: '2026-12-04T10:00:00.000Z',
  });
  test('carries exactly the ticked fields that have a value, and the ticked reflections, trimmed', () => {
    const h = handInFrom(parts([choiceKey('e1', 'thought'), choiceKey('e1', 'story'), choiceKey('e0', 'thought')]));
    expect(h.student).toBe('Sam');
    expect(h.assignment).toEqual({ practices: ['self-talk', 'walk'], week: '2026-11-30', className: '9B' });
    expect(h.entries).toEqual([
      { exercise: 'cant-rewriter', createdAt: inWeek.createdAt, fields: { thought: 'I can’t do fractions' } },
      { exercise: 'cant-rewriter', createdAt: older.createdAt, fields: { thought: 'An older thought' } },
    ]);
    expect(h.reflections).toEqual([
      { practice: 'self-talk', text: 'It went well.' },
      { practice: 'walk', text: 'Walked.' },
    ]);
    // The private field with a value was left unticked: the practice says so, never what it was.
    expect(h.withheld).toEqual(['self-talk']);
  });
  test('nothing withheld when everything with a value goes in; an unticked reflection is withheld', () => {
    const all = [choiceKey('e1', 'thought'), choiceKey('e1', 'secret')];
    expect(handInFrom(parts(all))).not.toHaveProperty('withheld');
    expect(handInFrom(parts(all, ['walk'])).withheld).toEqual(['walk']);
  });
  test('carries the teacher’s “We can” statements in the teacher’s order, so the class picture can keep it', () => {
    const p = parts([]);
    const withStatements = { ...p, assignment: { ...p.assignment, statements: ['share the work', 'finish on time'] } };
    expect(handInFrom(withStatements).assignment.statements).toEqual(['share the work', 'finish on time']);
  });
});
