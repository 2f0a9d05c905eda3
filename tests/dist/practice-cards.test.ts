// Every practice carries the same six-part card, read from the built pages: each practice page
// (/practice/<id>/, found in the sitemap, so a new tool's page is covered the day it is built) and
// each lesson's weekly practice box. Where low mood is likely, "Who it is for" links to /help/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CARD_HEADINGS } from '../../src/lib/practice-card';
import { all, is, one, parse, text, type El, type Root } from './html';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const pages = readdirSync(DIST)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
const practicePages = pages.filter((p) => /^\/practice\/[\w-]+\/$/.test(p));
const lessonPages = pages.filter((p) => /^\/lessons\/[\w-]+\/$/.test(p));

/** Practices where a person is likely to be low: their "Who it is for" must link to /help/. */
const LOW_MOOD_PAGES = ['/practice/self-compassion/', '/practice/cant-rewriter/', '/practice/attribution-audit/'];
const LOW_MOOD_LESSON_PRACTICES = ['two-line-self-compassion', 'catch-one-cant', 'run-the-protocol'];

const doc = (path: string) => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const practiceBox = (root: Root) => one(root, is('section', { id: 'practice' }));

/** The card's parts, each with its heading's text, in document order. */
function cardOf(root: Root | El): { heading: string; part: El }[] {
  const cards = all(root, is(null, { 'data-practice-card': undefined }));
  expect(cards, 'exactly one practice card').toHaveLength(1);
  return all(cards[0]!, is(null, { 'data-card-part': undefined })).map((part) => ({ heading: text(one(part, is(/^h[2-5]$/))!), part }));
}

function expectSixParts(root: Root | El) {
  const parts = cardOf(root);
  expect(parts.map((p) => p.heading)).toEqual([...CARD_HEADINGS]);
  for (const { heading, part } of parts) expect(text(part).length, `"${heading}" has words under it`).toBeGreaterThan(heading.length + 10);
  // "How to do it" has steps; "Evidence" names a direct test with its DOI, or says there is none.
  expect(all(parts[1]!.part, (el) => el.name === 'li' && (el.parent as El | null)?.name === 'ol').length).toBeGreaterThanOrEqual(2);
  const evidence = text(parts[4]!.part);
  if (evidence.startsWith('Evidence A direct test:')) expect(one(parts[4]!.part, is('a', { href: /^https:\/\/doi\.org\/10\./ }))).not.toBeNull();
  else expect(evidence).toContain('No direct test of this practice; it rests on ');
  return parts;
}

const helpLinks = (parts: { part: El }[]) => all(parts[5]!.part, is('a', { href: '/help/' })).length;

test('the sitemap lists practice pages and lessons to check', () => {
  expect(practicePages.length).toBeGreaterThan(5);
  expect(lessonPages.length).toBeGreaterThan(5);
});

describe.each(practicePages)('%s', (path) => {
  test('has the six parts of a practice card, in order', () => {
    const parts = expectSixParts(doc(path));
    if (LOW_MOOD_PAGES.includes(path)) expect(helpLinks(parts), '"Who it is for" links to /help/').toBeGreaterThan(0);
  });
});

describe.each(lessonPages)('%s', (path) => {
  test('its weekly practice box has the six parts of a practice card, in order', () => {
    const box = practiceBox(doc(path));
    expect(box).not.toBeNull();
    const parts = expectSixParts(box!);
    if (LOW_MOOD_LESSON_PRACTICES.includes(box!.attribs['data-practice']!)) {
      expect(helpLinks(parts), '"Who it is for" links to /help/').toBeGreaterThan(0);
    }
  });
});

test('every listed low-mood practice is on the site (a renamed one must not drop out of the check)', () => {
  for (const path of LOW_MOOD_PAGES) expect(practicePages).toContain(path);
  const practices = lessonPages.map((p) => practiceBox(doc(p))?.attribs['data-practice']);
  for (const id of LOW_MOOD_LESSON_PRACTICES) expect(practices).toContain(id);
});
