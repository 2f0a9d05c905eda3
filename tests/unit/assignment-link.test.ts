import { describe, expect, it } from 'vitest';
import {
  assignmentId,
  buildAssignmentQuery,
  longAssignmentQuery,
  type Assignment,
  MAX_CLASS_NAME,
  MAX_NOTE,
  MAX_QUERY_LENGTH,
  parseAssignment,
  textProblem,
} from '../../src/lib/assignment-link';
import { formatDate, inWeek, isoDay, parseDay, weekLabel, weekStart, whenFor } from '../../src/lib/dates';
import { weekCalendar } from '../../src/lib/calendar';
import { PRACTICE_CODES } from '../../src/lib/practice-codes';
import { EXERCISES } from '../../src/exercises/catalog';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { organiser } from '../../src/lib/group-words';

const known = new Set(['catch-one-cant', 'smallest-step', 'efficacy-grid']);
const assignment = {
  practices: ['catch-one-cant', 'efficacy-grid'],
  week: '2026-11-23',
  className: 'Year 9 · Set 2',
  note: 'Bring it on Friday & be honest!',
};

describe('assignment links', () => {
  it('round-trip', () => {
    const query = buildAssignmentQuery(assignment);
    expect(query).toBe('?p=1.5&w=20261123&c=Year+9+%C2%B7+Set+2&n=Bring+it+on+Friday+%26+be+honest%21');
    expect(parseAssignment(query, known)).toEqual({ ok: true, assignment: { ...assignment, areas: [] } });
  });

  it('a family’s or team’s own link names the kind of group (g); an unknown kind is refused', () => {
    const own = { ...assignment, className: 'the Okafors', note: '', statements: ['plan a month’s spending'], group: 'family' as const };
    const query = buildAssignmentQuery(own);
    expect(query).toContain('&g=family');
    expect(parseAssignment(query, known)).toEqual({ ok: true, assignment: { ...own, areas: [] } });
    expect(parseAssignment(buildAssignmentQuery(assignment), known)).not.toHaveProperty('assignment.group');
    const parsed = parseAssignment(`${buildAssignmentQuery(assignment)}&g=club`, known);
    expect(parsed.ok ? 'accepted' : parsed.problems).toEqual(['The link names a kind of group this site does not know.']);
    expect(organiser('team')).toEqual({ who: 'the person who sent you this link', page: 'their page' });
    expect(organiser(undefined).who).toBe('your teacher');
  });

  // Issue 23: a week is a real Monday, and the whole week lies in the years 0001–9999.
  it.each([
    ['2024-13-45', /not a valid date/],
    ['lol', /not a valid date/],
    ['2026-11-26', /does not start on a Monday/],
    ['0000-01-03', /outside the years 0001 to 9999/],
    ['9999-12-27', /outside the years 0001 to 9999/],
  ])('refuses the week %s', (week, message) => {
    const parsed = parseAssignment(`?p=smallest-step&w=${week}`, known);
    expect(parsed.ok ? 'accepted' : parsed.problems.join(' ')).toMatch(message);
  });

  it.each(['0001-01-01', '0100-01-04', '9999-12-20'])('accepts the Monday %s, and its calendar file is valid', (week) => {
    const parsed = parseAssignment(`?p=smallest-step&w=${week}`, known);
    expect(parsed.ok && parsed.assignment.week).toBe(week);
    const ics = weekCalendar({ week, title: 'Practice', description: 'Practice', url: 'https://x.example/', id: 'a-1' });
    const days = [...ics.matchAll(/DTSTART:(\d+)T/g)].map((m) => m[1]);
    expect(days).toHaveLength(7);
    expect(days[0]).toBe(week.replace(/-/g, ''));
    for (const day of days) expect(day).toMatch(/^\d{8}$/);
  });

  it('leaves out empty class and note', () => {
    expect(buildAssignmentQuery({ ...assignment, className: ' ', note: '' })).toBe('?p=1.5&w=20261123');
  });

  it.each([
    ['no practice', '?w=2026-11-23', /names no practice/],
    ['an unknown practice', '?p=catch-one-cant,rm-rf&w=2026-11-23', /does not have/],
    ['a practice twice', '?p=smallest-step,smallest-step&w=2026-11-23', /twice/],
    ['a bad date', '?p=smallest-step&w=2026-02-30', /not a valid date/],
    ['script in the note', '?p=smallest-step&w=2026-11-23&n=%3Cscript%3Ealert(1)%3C/script%3E', /not allowed/],
    ['a javascript: class name with a control character', '?p=smallest-step&w=2026-11-23&c=javascript:alert(1)%0A', /not allowed/],
    ['an over-long note', `?p=smallest-step&w=2026-11-23&n=${'x'.repeat(300)}`, /longer than 280/],
    ['an unexpected parameter', '?p=smallest-step&w=2026-11-23&redirect=https://evil.example', /does not use/],
    ['a repeated parameter', '?p=smallest-step&p=efficacy-grid&w=2026-11-23', /more than once/],
    ['a huge link', `?p=smallest-step&w=2026-11-23&n=${'x'.repeat(MAX_QUERY_LENGTH)}`, /far longer/],
  ])('%s: refused with a clear message', (_name, query, message) => {
    const parsed = parseAssignment(query, known);
    expect(parsed.ok ? 'accepted' : parsed.problems.join(' ')).toMatch(message);
  });

  it('gives the same assignment the same id', () => {
    expect(assignmentId(assignment)).toBe(assignmentId({ ...assignment }));
    expect(assignmentId(assignment)).not.toBe(assignmentId({ ...assignment, week: '2026-11-30' }));
  });
});

describe('weeks', () => {
  it('run Monday to Sunday', () => {
    expect(isoDay(weekStart(parseDay('2026-11-29')!))).toBe('2026-11-23');
    expect(isoDay(weekStart(parseDay('2026-11-23')!))).toBe('2026-11-23');
    expect(inWeek(new Date(2026, 10, 29, 23, 59).toISOString(), '2026-11-23')).toBe(true);
    expect(inWeek(new Date(2026, 10, 30, 0, 1).toISOString(), '2026-11-23')).toBe(false);
    expect(weekLabel('2026-11-23')).toBe(`Week of ${formatDate(new Date(2026, 10, 23))}`);
  });
  // Issue 24: work done in the days before the week goes into the hand-in by default, with a note.
  it('tells work of the week from early work and work of other times', () => {
    const at = (d: number, h = 12) => new Date(2026, 10, d, h).toISOString();
    expect(whenFor(at(23, 0), '2026-11-23')).toBe('week');
    expect(whenFor(at(29, 23), '2026-11-23')).toBe('week');
    expect(whenFor(at(22, 23), '2026-11-23')).toBe('early');
    expect(whenFor(at(16, 0), '2026-11-23')).toBe('early');
    expect(whenFor(new Date(2026, 10, 15, 23, 59).toISOString(), '2026-11-23')).toBe('other');
    expect(whenFor(at(30, 0), '2026-11-23')).toBe('other');
    expect(whenFor('not a date', '2026-11-23')).toBe('other');
  });
  it('reject impossible dates', () => {
    for (const bad of ['2026-13-01', '2026-02-29', '26-11-23', '2026-11-23T00:00', '']) expect(parseDay(bad)).toBeUndefined();
  });
});

// Issue 11, defect 11: a line break in the builder's note was refused as an "invisible control character".
describe('the note may have line breaks', () => {
  it('in the builder and in the link; the class name may not', () => {
    expect(textProblem('Read the lesson first.\nThen try it.', MAX_NOTE, { lines: true })).toBeUndefined();
    expect(textProblem('Class\n9B', MAX_CLASS_NAME)).toBe('Keep this to one line.');
    expect(textProblem('a\u202Eb', MAX_NOTE, { lines: true })).toMatch(/invisible control characters/);
    const query = buildAssignmentQuery({ practices: ['smallest-step'], week: '2026-11-23', className: '9B', note: 'Line one\nLine two' });
    expect(parseAssignment(query, new Set(['smallest-step']))).toMatchObject({ ok: true, assignment: { note: 'Line one\nLine two' } });
  });
});

describe('shared grid areas in assignment links', () => {
  const withAreas = { practices: ['efficacy-grid'], week: '2026-11-23', className: '9B', note: '', areas: ['Maths', 'Reading aloud'] };
  it('travel as repeated area parameters and come back in order', () => {
    const query = buildAssignmentQuery(withAreas);
    expect(query).toBe('?p=5&w=20261123&c=9B&a=Maths&a=Reading+aloud');
    expect(parseAssignment(query, known)).toEqual({ ok: true, assignment: withAreas });
  });
  it('an assignment without areas keeps its id', () => {
    expect(assignmentId({ ...withAreas, areas: [] })).toBe(
      assignmentId({ practices: ['efficacy-grid'], week: '2026-11-23', className: '9B', note: '' }),
    );
  });
  it.each([
    ['seven areas', '?p=efficacy-grid&w=2026-11-23' + '&area=a&area=b&area=c&area=d&area=e&area=f&area=g', /more than 6 grid areas/],
    ['an empty area', '?p=efficacy-grid&w=2026-11-23&area=', /empty/],
    ['a long area', `?p=efficacy-grid&w=2026-11-23&area=${'x'.repeat(61)}`, /longer than 60/],
    ['markup', '?p=efficacy-grid&w=2026-11-23&area=%3Cb%3E', /not allowed/],
    ['an invisible control', '?p=efficacy-grid&w=2026-11-23&area=a%E2%80%AE', /not allowed/],
    ['the same area twice', '?p=efficacy-grid&w=2026-11-23&area=Maths&area=maths', /twice/],
    ['areas without the grid', '?p=smallest-step&w=2026-11-23&area=Maths', /does not assign the efficacy grid/],
  ])('refuses %s', (_, query, problem) => {
    const parsed = parseAssignment(query, known, new Set(['efficacy-grid']));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join(' ')).toMatch(problem);
  });
});

// QA after issue 11: emoji sequences and Persian names use the zero-width joiner and non-joiner,
// which are "invisible formatting" characters but part of the text; other hidden characters are not.
describe('names and class names keep the joiners real text needs', () => {
  it('allows U+200D in an emoji and U+200C in a Persian name, and still refuses other hidden characters', () => {
    expect(textProblem('9B 👩‍💻', MAX_CLASS_NAME)).toBeUndefined();
    expect(textProblem('کلاس\u200Cها', MAX_CLASS_NAME)).toBeUndefined();
    for (const bad of ['a\u202Eb', 'a\u200Bb', 'a\tb', 'a\u2066b', 'a\uFEFFb']) expect(textProblem(bad, MAX_CLASS_NAME), bad).toBeDefined();
    const query = buildAssignmentQuery({ practices: ['smallest-step'], week: '2026-11-23', className: '9B 👩‍💻', note: '' });
    expect(parseAssignment(query, new Set(['smallest-step']))).toMatchObject({ ok: true, assignment: { className: '9B 👩‍💻' } });
  });
});

// Issue 24: short links. A typical assignment fits 150 characters with the site's address; links made
// before keep opening (tests/fixtures/links/assignment-v1.txt: made by the site's builder as it shipped).
describe('short assignment links', () => {
  const everyPractice = new Set(Object.keys(PRACTICE_CODES));
  const grid = new Set(['efficacy-grid']);
  const weCan = new Set(['we-can']);
  const typical = {
    practices: ['efficacy-grid'],
    week: '2026-11-23',
    className: 'Year 9C',
    note: '',
    areas: ['Maths', 'Reading aloud', 'Speaking in class', 'Homework'],
  };
  it('a typical assignment (one practice, four shared areas, class and week) is a link of at most 150 characters', () => {
    const link = `https://efficacy-lab.example/assignment/${buildAssignmentQuery(typical)}`;
    expect(link).toBe(
      'https://efficacy-lab.example/assignment/?p=5&w=20261123&c=Year+9C&a=Maths&a=Reading+aloud&a=Speaking+in+class&a=Homework',
    );
    expect(link.length).toBeLessThanOrEqual(150);
    expect(`https://efficacy-lab.example/assignment/${longAssignmentQuery(typical)}`.length).toBeGreaterThan(link.length + 20);
  });
  it('every link made before opens as it did, and keeps its assignment id', () => {
    const old = readFileSync(join(import.meta.dirname, '../fixtures/links/assignment-v1.txt'), 'utf8')
      .trim()
      .split('\n');
    expect(old).toHaveLength(4);
    for (const link of old) {
      const search = link.slice(link.indexOf('?'));
      const parsed = parseAssignment(search, everyPractice, grid, weCan);
      if (!parsed.ok) throw new Error(`${link}: ${parsed.problems.join(' ')}`);
      // The same assignment as a short link reads the same, and is the same kept assignment.
      const short = parseAssignment(buildAssignmentQuery(parsed.assignment), everyPractice, grid, weCan);
      expect(short).toEqual(parsed);
      expect(longAssignmentQuery(parsed.assignment)).toBe(search);
      expect(assignmentId(parsed.assignment)).toBe(assignmentId((short as { assignment: Assignment }).assignment));
    }
    expect(parseAssignment(old[0]!.slice(old[0]!.indexOf('?')), everyPractice, grid, weCan)).toEqual({ ok: true, assignment: typical });
  });
  it('codes are digits, each once; no practice id is digits or holds a dot or a comma', () => {
    const codes = Object.values(PRACTICE_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^\d+$/.test(c))).toBe(true);
    const ids = [
      ...EXERCISES.map((e) => e.id),
      ...readdirSync(join(import.meta.dirname, '../../content'))
        .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
        .map((f) => /\n {2}id: (\S+)/.exec(readFileSync(join(import.meta.dirname, '../../content', f), 'utf8'))![1]!),
    ];
    for (const id of ids) {
      expect(id).not.toMatch(/^\d+$|[.,]/);
      // Every practice and tool has a code, so each link is short.
      expect(PRACTICE_CODES[id], id).toBeDefined();
    }
  });
  it('reads a code, an id or both; an unknown code is named', () => {
    expect(parseAssignment('?p=1.smallest-step&w=20261123', known)).toMatchObject({
      ok: true,
      assignment: { practices: ['catch-one-cant', 'smallest-step'], week: '2026-11-23' },
    });
    expect(parseAssignment('?p=99&w=20261123', known)).toEqual({
      ok: false,
      problems: ['The link names a practice this site does not have (“99”).'],
    });
    expect(parseAssignment('?p=1.catch-one-cant&w=20261123', known)).toMatchObject({
      ok: false,
      problems: ['The link names a practice twice.'],
    });
    expect(parseAssignment('?p=1&w=20261126', known)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/not start on a Monday/)],
    });
  });
});
