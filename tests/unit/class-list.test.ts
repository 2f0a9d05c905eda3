import { describe, expect, it } from 'vitest';
import {
  classListId,
  classListProblem,
  handedInLine,
  listedRoster,
  listFor,
  matchKey,
  MAX_NAME,
  MAX_NAMES,
  namesOf,
} from '../../src/lib/class-list';
import { classListsSpec } from '../../src/lib/class-lists-data';
import { liveEntries } from '../../src/lib/storage/entries';
import { openEnvelope } from '../../src/lib/storage/envelope';
import { classLists, setClassList } from '../../src/stores/class-lists';
import { DATA_PREFIX, storage } from '../../src/stores/persistence';
import { fakeStoragePerTest } from './storage/fake-storage';

const fake = fakeStoragePerTest();

describe('matching names', () => {
  it('trims, ignores case and counts a run of spaces or tabs as one space', () => {
    expect(matchKey('  Ana   María ')).toBe(matchKey('ana maría'));
    expect(matchKey('Ana\tMaría')).toBe('ana maría');
    expect(matchKey('Ana')).not.toBe(matchKey('Anna'));
  });
  it('reads one name per line, spaces tidied, blank lines left out', () => {
    expect(namesOf('Ana\n\n  Ben   Ode \r\n\nCy\n')).toEqual(['Ana', 'Ben Ode', 'Cy']);
    expect(namesOf('')).toEqual([]);
  });
});

describe('checking a list', () => {
  it('accepts a class of names, up to the limits', () => {
    expect(classListProblem('Ana\nBen\nCy')).toBeUndefined();
    expect(classListProblem('')).toBeUndefined();
    expect(classListProblem(Array.from({ length: MAX_NAMES }, (_, i) => `S${i}`).join('\n'))).toBeUndefined();
    expect(classListProblem('a'.repeat(MAX_NAME))).toBeUndefined();
  });
  it(`refuses more than ${MAX_NAMES} names, a name over ${MAX_NAME} characters, < > or control characters, a name twice`, () => {
    expect(classListProblem(Array.from({ length: MAX_NAMES + 1 }, (_, i) => `S${i}`).join('\n'))).toMatch(
      /at most 60 names: this list has 61/,
    );
    expect(classListProblem(`Ana\n${'b'.repeat(MAX_NAME + 1)}`)).toMatch(/60 characters or fewer/);
    expect(classListProblem('Ana\n<b>Ben</b>')).toMatch(/Leave out < and >.*name 2/);
    expect(classListProblem('Ana\nBe\u202en')).toMatch(/control characters/);
    expect(classListProblem('Ana\nBe\u0007n')).toMatch(/control characters/);
    // The same rule as hand-ins: names with the joiners emoji and Persian names need are fine.
    expect(classListProblem('Ana 👩‍💻\nشیرین\u200Cدخت')).toBeUndefined();
    expect(classListProblem('Ana María\nBen\n ana   MARÍA')).toBe(
      '“ana MARÍA” is on the list twice: give each name once (add an initial to tell two apart).',
    );
  });
});

describe('the roster with a class list', () => {
  it('has each listed name in order, then those not on the list', () => {
    const rows = listedRoster(['Ana', 'Ben Ode', 'Dee'], ['cy', ' BEN  ode', 'ana']);
    expect(rows).toEqual([
      { name: 'Ana', handIn: 2, listed: true },
      { name: 'Ben Ode', handIn: 1, listed: true },
      { name: 'Dee', handIn: undefined, listed: true },
      { name: 'cy', handIn: 0, listed: false },
    ]);
    const all = () => true;
    expect(handedInLine(rows, all)).toBe('2 of 3 students handed in the assigned practices; 1 not on your class list handed in.');
    expect(handedInLine(listedRoster(['Ana', 'Ben', 'Cy'], ['Cy', 'Ana']), all)).toBe('2 of 3 students handed in the assigned practices.');
    expect(handedInLine(listedRoster(['Ana'], []), all)).toBe('0 of 1 student handed in the assigned practices.');
  });
  it('counts as handed in only those who did the assigned practices', () => {
    // Hand-in 1 (Ana) has every practice; hand-in 0 (Cy) only a reflection.
    const rows = listedRoster(['Ana', 'Ben', 'Cy'], ['Cy', 'Ana']);
    expect(handedInLine(rows, (i) => i === 1)).toBe(
      '1 of 3 students handed in the assigned practices; 1 more handed in only part of them.',
    );
    expect(handedInLine(rows, () => false)).toBe('0 of 3 students handed in the assigned practices; 2 more handed in only part of them.');
  });
  it('never takes an unnamed hand-in for a listed name, and drops no hand-in', () => {
    const rows = listedRoster(['Ana'], ['', 'Ana', 'ana']);
    expect(rows.map((r) => [r.name, r.handIn, r.listed])).toEqual([
      ['Ana', 1, true],
      ['', 0, false],
      ['ana', 2, false],
    ]);
  });
  it("finds a class's list by class name in any case, the latest edited", () => {
    const lists = [
      { className: '9B', updatedAt: '2026-11-30T10:00:00.000Z', names: 'old' },
      { className: ' 9b', updatedAt: '2026-12-01T10:00:00.000Z', names: 'new' },
      { className: '9C', updatedAt: '2026-12-02T10:00:00.000Z', names: 'other' },
    ];
    expect(listFor(lists, '9B')?.names).toBe('new');
    expect(listFor(lists, '10A')).toBeUndefined();
    expect(classListId(' 9B ')).toBe('class:9b');
    expect(classListId('x'.repeat(200))).toHaveLength(80);
  });
});

describe('the class-lists kind', () => {
  it('is saved as typed, one entry per class, through the store, and reads back', () => {
    classLists.reload();
    setClassList('9B', 'Ana\n');
    setClassList('9B', 'Ana\nBen\n<oops');
    setClassList('9C', 'Cy');
    storage.flush();
    const text = fake().getItem(`${DATA_PREFIX}class-lists`)!;
    const opened = openEnvelope(text, classListsSpec);
    expect(opened.status).toBe('ok');
    const entries = liveEntries(classLists.$state.get());
    expect(entries.map((e) => [e.id, e.className, e.names]).sort()).toEqual([
      ['class:9b', '9B', 'Ana\nBen\n<oops'],
      ['class:9c', '9C', 'Cy'],
    ]);
  });
  it('a deleted list comes back under its id when typed again', () => {
    classLists.reload();
    setClassList('9B', 'Ana');
    classLists.remove('class:9b');
    setClassList('9B', 'Ben');
    const state = classLists.$state.get();
    expect(state.entries.filter((e) => e.id === 'class:9b')).toHaveLength(1);
    expect(liveEntries(state).map((e) => e.names)).toEqual(['Ben']);
  });
  it('refuses saved data of the wrong shape', () => {
    const ok = { entries: [], draft: { value: {}, updatedAt: '' } };
    expect(classListsSpec.isValid(ok)).toBe(true);
    const entry = { id: 'class:9b', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z', className: '9B' };
    expect(classListsSpec.isValid({ ...ok, entries: [{ ...entry, names: 'Ana' }] })).toBe(true);
    expect(classListsSpec.isValid({ ...ok, entries: [{ ...entry, names: 3 }] })).toBe(false);
    expect(classListsSpec.isValid({ ...ok, entries: [{ ...entry, names: 'x'.repeat(10_001) }] })).toBe(false);
  });
});
