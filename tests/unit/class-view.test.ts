import { describe, expect, it } from 'vitest';
import {
  classGrid,
  classWeeks,
  compareGrids,
  isDatedInFuture,
  listInWords,
  median,
  offAssignment,
  versionsPerStudent,
} from '../../src/lib/class-view';
import { handInFileName, safeFilePart } from '../../src/lib/hand-in-file-name';
import { fold, icsText, weekCalendar } from '../../src/lib/calendar';
import { handInProblems, type HandIn } from '../../src/lib/transfer/hand-in';
import { draftWithSharedAreas, isRatings } from '../../src/exercises/shared-areas';
import { exerciseById } from '../../src/exercises/catalog';

const AREAS = ['Maths', 'Reading aloud', 'Speaking in class', 'Homework'];

function handIn(student: string, ratings: number[] | undefined, more: Partial<HandIn> = {}, week = '2026-11-23'): HandIn {
  return {
    v: 1,
    assignment: { practices: ['efficacy-grid', 'catch-one-cant'], week, className: '9B', areas: AREAS },
    student,
    handedInAt: '2026-11-27T10:00:00.000Z',
    entries: ratings
      ? [
          {
            exercise: 'efficacy-grid',
            createdAt: '2026-11-24T10:00:00.000Z',
            fields: {
              ratings: [...ratings.map((rating, i) => ({ domain: AREAS[i]!.toUpperCase(), rating })), { domain: 'Football', rating: 9 }],
            },
          },
        ]
      : [],
    reflections: [],
    ...more,
  };
}

describe('medians and words', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeUndefined();
    expect(median([7, 2, 5])).toBe(5);
    expect(median([1, 9, 4, 6])).toBe(5);
  });
  it('lists in words', () => {
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('the class grid', () => {
  const group = classWeeks([handIn('Ana', [3, 6, 2, 8]), handIn('Ben', [5, 6, 2, 9]), handIn('Cy', [4, 7, 1, 9])])[0]!;
  const grid = classGrid(group, isRatings)!;

  // Seen in the class-list work: kept hand-ins come back in storage order, so the columns moved after a reload.
  it('puts the students in the order of their names, whatever order the hand-ins come in', () => {
    const names = (list: HandIn[]) => classWeeks(list)[0]!.handIns.map((h) => h.student);
    expect(names([handIn('cy', [1, 1, 1, 1]), handIn('Ana', [1, 1, 1, 1]), handIn('Ben', [1, 1, 1, 1])])).toEqual(['Ana', 'Ben', 'cy']);
    expect(names([handIn('Ben', [1, 1, 1, 1]), handIn('cy', [1, 1, 1, 1]), handIn('Ana', [1, 1, 1, 1])])).toEqual(['Ana', 'Ben', 'cy']);
  });

  it('has one row per shared area and one column per student, matched in any case', () => {
    expect(grid.rows.map((r) => r.area)).toEqual(AREAS);
    expect(grid.rows[0]).toEqual({ area: 'Maths', ratings: [3, 5, 4], median: 4 });
    expect(grid.rows[2]!.median).toBe(2);
    expect(grid.lowest).toEqual(['Speaking in class']);
  });

  it('keeps areas a student added on their own apart', () => {
    expect(grid.own).toEqual([
      [{ domain: 'Football', rating: 9 }],
      [{ domain: 'Football', rating: 9 }],
      [{ domain: 'Football', rating: 9 }],
    ]);
  });

  it('uses the latest grid round of each hand-in, and leaves a missing rating empty', () => {
    const h = handIn('Di', [9, 9, 9, 9]);
    h.entries.push({
      exercise: 'efficacy-grid',
      createdAt: '2026-11-26T10:00:00.000Z',
      fields: { ratings: [{ domain: 'Maths', rating: 1 }] },
    });
    const g = classGrid(classWeeks([h])[0]!, isRatings)!;
    expect(g.rows.map((r) => r.ratings[0])).toEqual([1, undefined, undefined, undefined]);
  });

  it('with no shared areas (an older assignment), every rated area is a row', () => {
    const h = handIn('Ana', [3, 6, 2, 8]);
    delete h.assignment.areas;
    expect(classGrid(classWeeks([h])[0]!, isRatings)!.rows.map((r) => r.area)).toEqual([...AREAS.map((a) => a.toUpperCase()), 'Football']);
  });

  it('is absent when nobody handed in a grid', () => {
    expect(classGrid(classWeeks([handIn('Ana', undefined)])[0]!, isRatings)).toBeUndefined();
  });

  it('compares a later week per area', () => {
    const later = classWeeks([handIn('Ana', [5, 6, 4, 8], {}, '2026-11-30')])[0]!;
    expect(compareGrids(grid, classGrid(later, isRatings)!)[0]).toEqual({ area: 'Maths', before: 4, after: 5, change: 1 });
  });

  it('groups by class (any case) and week, oldest week first', () => {
    const weeks = classWeeks([
      handIn('Ana', [1, 1, 1, 1], {}, '2026-11-30'),
      handIn('Ana', [1, 1, 1, 1]),
      { ...handIn('Bo', undefined), assignment: { ...handIn('Bo', undefined).assignment, className: '9b ' } },
    ]);
    expect(weeks.map((w) => [w.className, w.week, w.handIns.length])).toEqual([
      ['9B', '2026-11-23', 2],
      ['9B', '2026-11-30', 1],
    ]);
  });
});

describe('hand-ins from the same student (issue 23: versions, never a silent replacement)', () => {
  const NOW = Date.parse('2026-11-28T12:00:00.000Z');
  const at = (name: string, time: string, ratings = [1, 1, 1, 1]) => ({ handIn: { ...handIn(name, ratings), handedInAt: time } });

  it('a later hand-in in the same name is a second version: both are kept, the newer counts by default', () => {
    const older = at('Ana', '2026-11-25T10:00:00.000Z');
    const newer = at('ana ', '2026-11-26T10:00:00.000Z', [2, 2, 2, 2]);
    const other = at('Ben', '2026-11-25T11:00:00.000Z');
    const { current, multiple } = versionsPerStudent([newer, other, older], NOW);
    expect(current).toEqual([newer, other]);
    expect(multiple).toEqual([{ versions: [older, newer], counted: newer, chosen: false }]);
  });
  it("another student's later hand-in in Bob's name does not outrank Bob's from his own device", () => {
    const bob = at('Bob', '2026-11-25T10:00:00.000Z');
    const forged = at('Bob', '2026-11-26T10:00:00.000Z', [9, 9, 9, 9]);
    const { current, multiple } = versionsPerStudent([bob, forged], NOW, (item) => item === bob);
    expect(current).toEqual([bob]);
    expect(multiple[0]!.versions).toEqual([bob, forged]);
  });
  it('a hand-in dated in the future (9999) never outranks a real one, and goes last', () => {
    const real = at('Bob', '2026-11-25T10:00:00.000Z');
    const future = at('Bob', '9999-12-31T23:59:59.000Z');
    expect(isDatedInFuture(future.handIn, NOW)).toBe(true);
    expect(isDatedInFuture(real.handIn, NOW)).toBe(false);
    const { current, multiple } = versionsPerStudent([future, real], NOW);
    expect(current).toEqual([real]);
    expect(multiple[0]!.versions).toEqual([real, future]);
    // A slightly fast clock is not "the future".
    expect(isDatedInFuture(at('Bob', '2026-11-28T12:30:00.000Z').handIn, NOW)).toBe(false);
  });
  it('two different hand-ins with the same name and time are both kept; the same one twice is one', () => {
    const a = at('Bob', '2026-11-25T10:00:00.000Z', [1, 1, 1, 1]);
    const b = at('Bob', '2026-11-25T10:00:00.000Z', [5, 5, 5, 5]);
    const again = { handIn: structuredClone(a.handIn) };
    const { current, multiple } = versionsPerStudent([a, b, again], NOW);
    expect(current).toHaveLength(1);
    expect(multiple[0]!.versions).toEqual([a, b]);
  });
  it("the teacher's latest choice counts, whatever the dates", () => {
    const older = { ...at('Bob', '2026-11-25T10:00:00.000Z'), chosenAt: '2026-11-27T09:00:00.000Z' };
    const newer = at('Bob', '2026-11-26T10:00:00.000Z');
    expect(versionsPerStudent([older, newer], NOW).multiple[0]).toMatchObject({ counted: older, chosen: true });
    const future = { ...at('Bob', '9999-01-01T00:00:00.000Z'), chosenAt: '2026-11-28T09:00:00.000Z' };
    expect(versionsPerStudent([older, newer, future], NOW).current).toEqual([future]);
  });
  it('two unnamed hand-ins are never taken for the same student, even at the same time', () => {
    const a = { handIn: handIn('', [1, 1, 1, 1]) };
    const b = { handIn: handIn('', [2, 2, 2, 2]) };
    expect(versionsPerStudent([a, b], NOW).current).toHaveLength(2);
  });
});

describe('work outside the assignment', () => {
  const practicesOf = (p: string) => (p === 'efficacy-grid' ? ['efficacy-grid'] : p === 'catch-one-cant' ? ['cant-rewriter'] : []);
  it('flags entries from another week or another practice, and reflections on practices not set', () => {
    const h = handIn('Ana', [1, 1, 1, 1]);
    const flagged = offAssignment(
      {
        ...h,
        entries: [
          { exercise: 'efficacy-grid', createdAt: '2026-11-24T10:00:00.000Z', fields: {} },
          { exercise: 'efficacy-grid', createdAt: '2026-10-01T10:00:00.000Z', fields: {} },
          { exercise: 'win-ledger', createdAt: '2026-11-24T10:00:00.000Z', fields: {} },
          // Issue 24: the weekend before the week, and the Monday a week before: early, shared by default.
          { exercise: 'efficacy-grid', createdAt: '2026-11-21T10:00:00.000Z', fields: {} },
          { exercise: 'efficacy-grid', createdAt: '2026-11-16T12:00:00.000Z', fields: {} },
          { exercise: 'efficacy-grid', createdAt: '2026-11-14T12:00:00.000Z', fields: {} },
        ],
        reflections: [
          { practice: h.assignment.practices[0]!, text: 'fine' },
          { practice: 'smallest-step', text: 'not set' },
        ],
      },
      practicesOf,
    );
    expect(flagged).toEqual({
      entries: [undefined, 'other-week', 'other-practice', 'early', 'early', 'other-week'],
      reflections: [undefined, 'other-practice'],
    });
  });
});

describe('hand-ins carry areas and private parts, checked', () => {
  it('accepts them, and refuses damaged ones', () => {
    expect(handInProblems(exerciseById, handIn('Ana', [1, 2, 3, 4], { withheld: ['x'] }))).toEqual([]);
    const bad = handIn('Ana', undefined);
    bad.assignment.areas = ['a\u202e'];
    expect(handInProblems(exerciseById, bad)).toEqual(['Its grid areas are damaged.']);
    expect(handInProblems(exerciseById, { ...handIn('Ana', undefined), withheld: 'x' })).toEqual(['Its list of private parts is damaged.']);
  });
});

describe('hand-in file names', () => {
  it('are efficacy-lab-hand-in-<class>-<name>-<week>.json, safe for file systems', () => {
    expect(handInFileName('Year 9, set 2', 'Ana María', '2026-11-23')).toBe('efficacy-lab-hand-in-year-9-set-2-ana-maría-2026-11-23.json');
    expect(handInFileName('../../etc', 'CON: <x>/\\?*', '2026-11-23')).toBe('efficacy-lab-hand-in-etc-con-x-2026-11-23.json');
    expect(handInFileName('', '', '2026-11-23')).toBe('efficacy-lab-hand-in-class-student-2026-11-23.json');
    expect(safeFilePart('a'.repeat(100))).toHaveLength(40);
  });
});

describe('the week in a calendar file', () => {
  const ics = weekCalendar(
    {
      week: '2026-11-23',
      title: 'Efficacy Lab: 9B, the efficacy grid',
      description: 'Practice; then reflect',
      url: 'https://example.org/assignment/?p=x',
      id: 'a-1',
    },
    new Date('2026-11-20T08:00:00Z'),
  );
  it('has one event with a reminder on each day, Monday to Sunday, at 17:00 local time', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(7);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(7);
    expect([...ics.matchAll(/DTSTART:(\d+)T170000/g)].map((m) => m[1])).toEqual([
      '20261123',
      '20261124',
      '20261125',
      '20261126',
      '20261127',
      '20261128',
      '20261129',
    ]);
    expect(ics).toContain('DTSTAMP:20261120T080000Z');
    expect(ics).toContain('SUMMARY:Efficacy Lab: 9B\\, the efficacy grid');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
  it('escapes text and folds long lines without splitting a character', () => {
    expect(icsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = fold('é'.repeat(60));
    expect(folded.split('\r\n ').join('')).toBe('é'.repeat(60));
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});

describe('a grid opened from an assignment with shared areas', () => {
  const blank = { domains: [0, 1, 2, 3].map(() => ({ name: '', rating: null })), focus: '', success: '' };
  it('starts with exactly those areas, then empty rows up to four', () => {
    expect(draftWithSharedAreas(blank, ['Maths', 'Reading'])!.domains).toEqual([
      { name: 'Maths', rating: null },
      { name: 'Reading', rating: null },
      { name: '', rating: null },
      { name: '', rating: null },
    ]);
  });
  it('keeps what the student typed: their ratings of the same areas, and their own areas below', () => {
    const typed = {
      ...blank,
      domains: [
        { name: 'Football', rating: 9 },
        { name: 'maths', rating: 3 },
      ],
      success: 'x',
    };
    expect(draftWithSharedAreas(typed, ['Maths', 'Reading'])).toEqual({
      ...typed,
      domains: [
        { name: 'Maths', rating: 3 },
        { name: 'Reading', rating: null },
        { name: 'Football', rating: 9 },
        { name: '', rating: null },
      ],
      shared: ['Maths', 'Reading'],
    });
  });
  it('changes nothing when the grid already starts with them, or when they would not fit', () => {
    const started = draftWithSharedAreas(blank, ['Maths'])!;
    expect(draftWithSharedAreas(started, ['Maths'])).toBeUndefined();
    const full = { ...blank, domains: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, rating: 5 })) };
    expect(draftWithSharedAreas(full, ['Maths', 'Reading'])).toBeUndefined();
    expect(draftWithSharedAreas(blank, [])).toBeUndefined();
  });
});
