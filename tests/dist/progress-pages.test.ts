// Where a reader is in the course, as the built HTML has it before any script runs: a first visit
// (or no JavaScript) is told where to start, and each lesson's end links to marking it read and to
// the next lesson. No script on a lesson page for it (see src/components/lesson/LessonProgress.astro).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const home = readFileSync(join(DIST, 'index.html'), 'utf8');
const lessons = [...home.matchAll(/data-lesson="([\w-]+)" data-title="([^"]+)"/g)].map((m) => ({ id: m[1]!, title: m[2]! }));

test('the home page says "Start with lesson 1" in its HTML, and lists every lesson for the progress script', () => {
  expect(lessons.length).toBe(readdirSync(join(DIST, 'lessons')).length);
  const first = lessons[0]!;
  expect(home).toMatch(new RegExp(`<a href="/lessons/${first.id}/"[^>]*data-next-step[^>]*>Start with lesson 1: ${first.title}</a>`));
});

test.each(lessons.map((l, i) => [l.id, i] as const))('/lessons/%s/ ends with its place, "mark as read" and the next lesson', (id, i) => {
  // Only the end box, so a failure does not print the whole page.
  const html = /class="lesson-progress"[\s\S]*?<\/div>/.exec(readFileSync(join(DIST, 'lessons', id, 'index.html'), 'utf8'))?.[0] ?? '';
  expect(html).toContain(`End of lesson ${i + 1} of ${lessons.length}.`);
  expect(html).toMatch(new RegExp(`<a href="/\\?read=${id}#next-step"[^>]*>Mark this lesson as read</a>`));
  const next = lessons[i + 1];
  if (next) expect(html).toMatch(new RegExp(`<a href="/lessons/${next.id}/"[^>]*>Lesson ${i + 2}: ${RegExp.escape(next.title)}</a>`));
});
