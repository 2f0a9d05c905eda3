// One definition per worksheet (src/exercises/<id>/): every exercise the site knows is reachable from
// the workbook, export and import, hand-ins and its practice page, and nothing outside its folder
// needs to know its id.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXERCISE_IDS } from '../../src/lib/exercise-ids';
import { EXERCISES } from '../../src/exercises/catalog';
import { EXERCISE_STORES } from '../../src/exercises/stores';
import { handInProblems, type HandIn } from '../../src/lib/transfer/hand-in';
import { exerciseById } from '../../src/exercises/catalog';
import { DATA_KINDS } from '../../src/exercises/data-kinds';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const folderOf = (id: string) => join(SRC, 'exercises', id);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('every id has a folder with a definition, and every exercise folder has an id', () => {
  expect(EXERCISES.map((e) => e.id)).toEqual([...EXERCISE_IDS]);
  const folders = readdirSync(join(SRC, 'exercises')).filter((name) => existsSync(join(SRC, 'exercises', name, 'exercise.ts')));
  expect(folders.sort()).toEqual([...EXERCISE_IDS].sort());
});

describe.each(EXERCISES.map((e) => [e.id, e] as const))('%s', (id, exercise) => {
  test('its saved data is named by its id and has a store (the workbook lists it)', () => {
    expect(exercise.spec.exercise).toBe(id);
    const withStore = EXERCISE_STORES.find((s) => s.definition.id === id);
    expect(withStore?.store.key).toBe(`efficacy-lab:data:${id}`);
  });

  // Saved data at any older version must still open: migrations[n] takes version n to n + 1, so
  // raising the version without a migration (or leaving one for a version that never was) fails here.
  test('has a migration from each older version of its saved data, and no other', () => {
    const { version, migrations } = exercise.spec;
    expect(version).toBeGreaterThanOrEqual(1);
    expect(Object.keys(migrations).map(Number)).toEqual(Array.from({ length: version - 1 }, (_, i) => i + 1));
  });

  test('export and import know its data', () => {
    expect(DATA_KINDS.all[id]?.spec).toBe(exercise.spec);
    expect(DATA_KINDS.all[id]?.label).toBe(exercise.title);
  });

  test('a hand-in can carry every one of its fields', () => {
    expect(exercise.fields.length).toBeGreaterThan(0);
    const handIn: HandIn = {
      v: 1,
      assignment: { practices: ['p'], week: '2026-11-30', className: '' },
      student: 'Sam',
      handedInAt: '2026-12-01T10:00:00.000Z',
      entries: [
        {
          exercise: id,
          createdAt: '2026-12-01T09:00:00.000Z',
          fields: Object.fromEntries(exercise.fields.filter((f) => !f.handInValue).map((f) => [f.key, 'text'])),
        },
      ],
      reflections: [],
    };
    expect(handInProblems(exerciseById, handIn)).toEqual([]);
  });

  test('its folder has the island its pages render', () => {
    expect(existsSync(join(folderOf(id), 'Island.astro'))).toBe(true);
  });

  test('outside its folder, its id appears in at most two files of src/', () => {
    const mentions = filesUnder(SRC)
      .filter((file) => !file.startsWith(folderOf(id) + '/'))
      .filter((file) => new RegExp(`['"\`/]${id}['"\`/]`).test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(mentions.length, mentions.join(', ')).toBeLessThanOrEqual(2);
  });
});
