import { describe, expect, it } from 'vitest';
import { areaSpellings, draftDay, emptyWinDraft, winProblems, winsByDay, type WinEntry } from '../../src/exercises/win-ledger/data';
import winLedgerExercise from '../../src/exercises/win-ledger/exercise';
import { currentStreak, sameTallies, streakMessage, topAreas, winsPerDomain, winsPerWeek } from '../../src/exercises/win-ledger/tally';

const winLedgerSpec = winLedgerExercise.spec;

const today = new Date(2026, 10, 25); // Wednesday 25 Nov 2026
const days = (...list: string[]) => list.map((day) => ({ day }));

describe('winProblems', () => {
  it('asks for the win, the area, how hard it was', () => {
    expect(Object.keys(winProblems(emptyWinDraft(), today))).toEqual(['win', 'domain', 'difficulty']);
  });
  it('refuses a day in the future and one that is not a date', () => {
    const base = { win: 'Spoke up in the meeting', domain: 'work', difficulty: 'a stretch' as const };
    expect(winProblems({ ...base, day: '2026-11-26' }, today).day).toMatch(/already happened/);
    expect(winProblems({ ...base, day: '2026-02-30' }, today).day).toMatch(/as a date/);
    expect(winProblems({ ...base, day: '2026-11-25' }, today)).toEqual({});
    // An empty day means today, filled in when the win is banked.
    expect(winProblems({ ...base, day: '' }, today)).toEqual({});
    expect(draftDay({ ...base, day: '' }, today)).toBe('2026-11-25');
    expect(draftDay({ ...base, day: '2026-11-20' }, today)).toBe('2026-11-20');
  });
});

describe('currentStreak', () => {
  it('counts consecutive days back from today', () => {
    expect(currentStreak(days('2026-11-25', '2026-11-24', '2026-11-23'), today)).toEqual({ days: 3, forgiven: false });
  });
  it('forgives today not having a win yet', () => {
    expect(currentStreak(days('2026-11-24', '2026-11-23'), today)).toEqual({ days: 2, forgiven: false });
  });
  it('forgives one missed day inside a run, and says so', () => {
    expect(currentStreak(days('2026-11-25', '2026-11-23', '2026-11-22'), today)).toEqual({ days: 3, forgiven: true });
  });
  it('ends a run after two missed days', () => {
    expect(currentStreak(days('2026-11-25', '2026-11-22'), today)).toEqual({ days: 1, forgiven: false });
    expect(currentStreak(days('2026-11-20'), today)).toEqual({ days: 0, forgiven: false });
  });
  it('counts a day once however many wins it has', () => {
    expect(currentStreak(days('2026-11-25', '2026-11-25'), today).days).toBe(1);
  });
});

describe('streakMessage never shames', () => {
  it('talks only about wins banked', () => {
    const lines = [
      streakMessage({ days: 0, forgiven: false }, 0),
      streakMessage({ days: 0, forgiven: false }, 4),
      streakMessage({ days: 1, forgiven: false }, 1),
      streakMessage({ days: 5, forgiven: true }, 9),
    ];
    for (const line of lines) expect(line).not.toMatch(/broke|lost|failed|missed \d|only|behind|should have/i);
    expect(lines[1]).toBe('You have banked 4 wins. Add today’s, however small, to start a new run.');
    expect(lines[2]).toBe('A run has started: one day with a win. Small ones count as much as big ones.');
    expect(lines[3]).toBe('5 days with wins in this run. A missed day did not break it: that is how it should be.');
    expect(streakMessage({ days: 3, forgiven: false }, 3)).toBe('3 days in a row with wins. Small ones count as much as big ones.');
  });
});

describe('tallies', () => {
  it('counts wins per week, newest first, with empty weeks shown', () => {
    const weeks = winsPerWeek(days('2026-11-25', '2026-11-23', '2026-11-20'), today, 3);
    expect(weeks).toEqual([
      { week: '2026-11-23', wins: 2 },
      { week: '2026-11-16', wins: 1 },
      { week: '2026-11-09', wins: 0 },
    ]);
  });
  it('counts wins per area, joining different spellings of the same area', () => {
    expect(winsPerDomain([{ domain: 'Work' }, { domain: ' work ' }, { domain: 'Sleep' }])).toEqual([
      { domain: 'Work', wins: 2 },
      { domain: 'Sleep', wins: 1 },
    ]);
  });
});

describe('areaSpellings (issue 26: "School" and "school" are one area, shown one way)', () => {
  const win = (domain: string, createdAt: string) => ({ domain, createdAt });
  it('shows each area in its most common spelling', () => {
    const spellings = areaSpellings([
      win('school', '2026-11-03T10:00:00Z'),
      win('School', '2026-11-02T10:00:00Z'),
      win(' School ', '2026-11-04T10:00:00Z'),
      win('Work', '2026-11-01T10:00:00Z'),
    ]);
    expect([...spellings.values()]).toEqual(['Work', 'School']); // in the order first banked
    expect(spellings.get('school')).toBe('School');
  });
  it('takes the spelling banked first when two are as common, whatever the list order', () => {
    const first = win('French', '2026-11-01T10:00:00Z');
    const later = win('french', '2026-11-05T10:00:00Z');
    expect(areaSpellings([later, first]).get('french')).toBe('French');
    expect(areaSpellings([first, later]).get('french')).toBe('French');
  });
  it('is what the tally per area shows', () => {
    const rows = winsPerDomain([
      win('school', '2026-11-03T10:00:00Z'),
      win('School', '2026-11-02T10:00:00Z'),
      win('School', '2026-11-04T10:00:00Z'),
    ]);
    expect(rows).toEqual([{ domain: 'School', wins: 3 }]);
  });
});

describe('saved data', () => {
  it('accepts a blank state and refuses an unknown difficulty', () => {
    const state = winLedgerSpec.blank();
    expect(winLedgerSpec.isValid(state)).toBe(true);
    expect(winLedgerSpec.isValid({ ...state, draft: { ...state.draft, value: { ...state.draft.value, difficulty: 'impossible' } } })).toBe(
      false,
    );
  });
});

describe('winsByDay', () => {
  const win = (id: string, day: string): WinEntry => ({
    id,
    day,
    win: id,
    domain: 'Work',
    difficulty: 'easy',
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  });
  it('lists by the day of the win, latest first, not by when it was banked', () => {
    // Newest banked first, as the store gives them: a win about last Tuesday banked today comes first.
    const banked = [win('tuesday, banked today', '2026-11-24'), win('friday', '2026-11-27'), win('monday', '2026-11-23')];
    expect(winsByDay(banked).map((w) => w.id)).toEqual(['friday', 'tuesday, banked today', 'monday']);
  });
  it('keeps the banking order within a day, and leaves its input alone', () => {
    const banked = [win('second', '2026-11-27'), win('first', '2026-11-27')];
    expect(winsByDay(banked).map((w) => w.id)).toEqual(['second', 'first']);
    expect(banked.map((w) => w.id)).toEqual(['second', 'first']);
  });
});

describe('sameTallies', () => {
  const win = (day: string, domain: string, text = 'x') => ({ day, domain, win: text });
  it('is true when only the words of a win changed', () => {
    expect(sameTallies([win('2026-11-30', 'Work', 'a')], [win('2026-11-30', 'Work', 'a longer win')])).toBe(true);
  });
  it('is false when a day, an area, the order or the number of wins changed', () => {
    const before = [win('2026-11-30', 'Work'), win('2026-11-29', 'Home')];
    expect(sameTallies(before, [win('2026-11-28', 'Work'), win('2026-11-29', 'Home')])).toBe(false);
    expect(sameTallies(before, [win('2026-11-30', 'Work'), win('2026-11-29', 'Family')])).toBe(false);
    expect(sameTallies(before, [...before].reverse())).toBe(false);
    expect(sameTallies(before, before.slice(1))).toBe(false);
  });
});

describe('areas a chart or hint can show', () => {
  it('keeps the most used areas and sums the rest into one line', () => {
    const domains = [
      { domain: 'Work', wins: 5 },
      { domain: 'Study', wins: 3 },
      { domain: 'Home', wins: 2 },
      { domain: 'Music', wins: 1 },
    ];
    expect(topAreas(domains, 2)).toEqual({ shown: domains.slice(0, 2), others: { areas: 2, wins: 3 } });
    expect(topAreas(domains, 10)).toEqual({ shown: domains, others: { areas: 0, wins: 0 } });
  });
});

// Issue 23: with the clock in year 10000 (or before year 1), a win left on "today" was dated
// "10000-01-01" (or "0000-…"), which no reader accepts: it could not be banked ("Enter the day as a
// date." for a field left empty). The day is held within years 0001–9999, as stamps are.
describe('a win banked with a wrong clock', () => {
  const inYear = (year: number, month = 0, day = 1) => {
    const d = new Date(2026, month, day, 12);
    d.setFullYear(year);
    return d;
  };
  it('is dated within years 0001–9999 and can be banked', () => {
    const draft = { ...emptyWinDraft(), win: 'Asked a question', domain: 'School', difficulty: 'hard' as const };
    expect(draftDay(draft, inYear(10000))).toBe('9999-12-31');
    expect(draftDay(draft, inYear(0))).toBe('0001-01-01');
    expect(draftDay(draft, inYear(-3))).toBe('0001-01-01');
    expect(draftDay(draft, inYear(2026, 10, 25))).toBe('2026-11-25');
    for (const year of [10000, 0, -3]) expect(winProblems(draft, inYear(year))).toEqual({});
  });
});
