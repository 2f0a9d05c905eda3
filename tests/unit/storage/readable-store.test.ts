// One read-only view of every store (ReadableExerciseStore in src/stores/exercise-store.ts): the
// frame, the notices, the workbook and the teacher pages take any exercise's store as it is. These
// lines compile only while every store is one without a cast (`npm run check` type-checks tests),
// and the source scan fails when a store is cast again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { EXERCISE_STORES } from '../../../src/exercises/stores';
import { assignments } from '../../../src/stores/assignments';
import { builtAssignments } from '../../../src/stores/built-assignments';
import { classLists } from '../../../src/stores/class-lists';
import { groupLinks } from '../../../src/stores/group-links';
import { handIns } from '../../../src/stores/hand-ins';
import { progress } from '../../../src/stores/progress';
import { exportText } from '../../../src/stores/kept-copies';
import type { ReadableExerciseStore } from '../../../src/stores/exercise-store';
import { fakeStoragePerTest } from './fake-storage';

fakeStoragePerTest();

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });

test('every store, the exercises’ and the site’s own, is a ReadableExerciseStore as it is', () => {
  const readable: ReadableExerciseStore[] = [
    ...EXERCISE_STORES.map((s) => s.store),
    assignments,
    builtAssignments,
    classLists,
    groupLinks,
    handIns,
    progress,
  ];
  for (const store of readable) {
    expect(store.$state.get().entries, store.spec.exercise).toEqual([]);
    // What the notices' "Download a copy" makes of a store read through the view: its own kind's data.
    expect(JSON.parse(exportText(store)), store.spec.exercise).toMatchObject({ exercise: store.spec.exercise });
  }
});

test('no store is cast through unknown in src/ (a view that needs more says so in its type)', () => {
  const files = filesUnder(SRC).map((file) => [relative(SRC, file), readFileSync(file, 'utf8')] as const);
  // The stores by the names they are exported as (`export const handIns = createExerciseStore(…)`).
  const storeNames = files.flatMap(([, text]) => [...text.matchAll(/export const (\w+) = createExerciseStore\(/g)].map((m) => m[1]!));
  expect(storeNames).toEqual(expect.arrayContaining(['handIns', 'efficacyGrid', 'weCan']));
  // `<expression> as unknown as <type>`, where either side names a store or a spec.
  const cast = /([\w.$]+)\s+as unknown as\s+([^;,)\n]+)/g;
  const namesStore = (expression: string) => /store|spec$/i.test(expression) || storeNames.includes(expression.split('.')[0]!);
  const found = files.flatMap(([file, text]) =>
    [...text.matchAll(cast)]
      .filter(([, expression, type]) => namesStore(expression!) || /Store|Spec\b/.test(type!))
      .map(([text]) => `${file}: ${text}`),
  );
  expect(found).toEqual([]);
});
