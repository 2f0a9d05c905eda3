import { describe, expect, it } from 'vitest';
import { answersTable, answersTo, classViewTable, localMinute, questionsOf, type WorksheetOf } from '../../src/lib/class-export';
import type { HandIn } from '../../src/lib/transfer/hand-in';

const worksheet: WorksheetOf = (id) =>
  id === 'efficacy-grid'
    ? {
        title: 'The efficacy grid',
        fields: [
          {
            key: 'ratings',
            label: 'Ratings',
            format: (v) => (v as { domain: string; rating: number }[]).map((r) => `${r.domain} ${r.rating}`).join(' · '),
          },
          { key: 'success', label: 'Small success to aim for' },
        ],
      }
    : id === 'win-ledger'
      ? { title: 'Win ledger', fields: [{ key: 'win', label: 'The win' }] }
      : undefined;
const at = new Date(2026, 10, 24, 9, 5).toISOString();
const handIn = (student: string, more: Partial<HandIn>): HandIn => ({
  v: 1,
  assignment: { practices: ['efficacy-grid'], week: '2026-11-23', className: '9B' },
  student,
  handedInAt: at,
  entries: [],
  reflections: [],
  ...more,
});
const ana = handIn('Ana', {
  entries: [
    { exercise: 'efficacy-grid', createdAt: at, fields: { ratings: [{ domain: 'Maths', rating: 3 }], success: '=1+1' } },
    { exercise: 'win-ledger', createdAt: at, fields: { win: 'Asked' } },
  ],
  reflections: [{ practice: 'efficacy-grid', text: 'Fine.' }],
});
const ben = handIn('Ben', { entries: [{ exercise: 'efficacy-grid', createdAt: at, fields: { success: 'Read' } }] });
const students = [
  { name: 'Ana', handIn: ana },
  { name: 'Ben', handIn: ben },
];
const title = (id: string) => (id === 'efficacy-grid' ? 'Draw your efficacy grid' : id);

describe('the class as tables', () => {
  it('the class view: a row per student, a column per area and per practice', () => {
    const table = classViewTable({
      className: '9B',
      week: '2026-11-23',
      areas: ['Maths', 'Reading'],
      practices: [{ title: 'Draw your efficacy grid' }],
      students: [
        { name: 'Ana', ratings: [3, undefined], statuses: [{ done: 'done', timing: ['late'], withheld: false }] },
        { name: 'Ben', ratings: [5, 6], statuses: [{ done: 'reflection', timing: [], withheld: true }] },
      ],
    });
    expect(table).toEqual([
      ['Student', 'Class', 'Week', 'Maths', 'Reading', 'Draw your efficacy grid'],
      ['Ana', '9B', '2026-11-23', 3, undefined, 'Done, late'],
      ['Ben', '9B', '2026-11-23', 5, 6, 'Reflection only; parts kept private'],
    ]);
  });
  it('every answer: a row per entry and per reflection, a column per worksheet field met', () => {
    expect(answersTable({ className: '9B', week: '2026-11-23', students, worksheet, practiceTitle: title })).toEqual([
      [
        'Student',
        'Class',
        'Week',
        'Handed in',
        'Worksheet or reflection',
        'Saved',
        'The efficacy grid: Ratings',
        'The efficacy grid: Small success to aim for',
        'Win ledger: The win',
        'Reflection',
      ],
      ['Ana', '9B', '2026-11-23', '2026-11-24 09:05', 'The efficacy grid', '2026-11-24 09:05', 'Maths 3', '=1+1', '', ''],
      ['Ana', '9B', '2026-11-23', '2026-11-24 09:05', 'Win ledger', '2026-11-24 09:05', '', '', 'Asked', ''],
      ['Ana', '9B', '2026-11-23', '2026-11-24 09:05', 'Reflection on “Draw your efficacy grid”', '', '', '', '', 'Fine.'],
      ['Ben', '9B', '2026-11-23', '2026-11-24 09:05', 'The efficacy grid', '2026-11-24 09:05', '', 'Read', '', ''],
    ]);
    expect(localMinute('not a date')).toBe('');
  });
  it('one question across the class: the questions answered, and each student’s answer', () => {
    const questions = questionsOf(students, worksheet, title);
    expect(questions.map((q) => q.label)).toEqual([
      'The efficacy grid: Ratings',
      'The efficacy grid: Small success to aim for',
      'Win ledger: The win',
      'Reflection on “Draw your efficacy grid”',
    ]);
    expect(answersTo(questions[1]!.id, students, worksheet).map((a) => [a.name, a.text])).toEqual([
      ['Ana', '=1+1'],
      ['Ben', 'Read'],
    ]);
    expect(answersTo(questions[3]!.id, students, worksheet)).toEqual([{ name: 'Ana', saved: '', text: 'Fine.' }]);
  });
});
