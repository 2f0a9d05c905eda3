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

// The teacher's list (/teach/): each worksheet can be assigned, and none is offered twice as the only
// worksheet of two practices (the belief ladder was: as its lesson's practice and as a tool of its own).
test('/teach/ offers every worksheet, and no worksheet as the only one of two practices', async () => {
  const { parse, one, is, islandProps } = await import('./html');
  const html = readFileSync(join(DIST, 'teach', 'index.html'), 'utf8');
  const island = one(parse(html), is('astro-island', { props: /&quot;practices&quot;|"practices"/ }))!;
  const practices = islandProps(island)['practices'] as { id: string; worksheets: { id: string }[] }[];
  const offered = new Set(practices.flatMap((p) => p.worksheets.map((w) => w.id)));
  expect([...offered].sort()).toEqual([...EXERCISE_IDS].sort());
  const alone = practices.filter((p) => p.worksheets.length === 1).map((p) => p.worksheets[0]!.id);
  expect(alone.filter((id, i) => alone.indexOf(id) !== i)).toEqual([]);
});
