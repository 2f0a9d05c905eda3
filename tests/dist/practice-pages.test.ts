// Every exercise has its own practice page in the build, with its worksheet as an island.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EXERCISE_IDS } from '../../src/lib/exercise-ids';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

test.each([...EXERCISE_IDS])('/practice/%s/ is built, with its worksheet as an island', (id) => {
  const file = join(DIST, 'practice', id, 'index.html');
  expect(existsSync(file)).toBe(true);
  const html = readFileSync(file, 'utf8');
  expect(html).toContain(`data-island="${id}"`);
  expect(html).toMatch(/<astro-island[^>]*client="visible"/);
  expect(readFileSync(join(DIST, 'practice', 'index.html'), 'utf8')).toContain(`href="/practice/${id}/"`);
});
