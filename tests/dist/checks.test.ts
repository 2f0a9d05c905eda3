// Every lesson ends with "Check your understanding", read from the built pages: three to five
// questions, each a group of options with exactly one right answer, and a sentence explaining every
// option, whichever is picked. The check is an Astro island hydrated near the viewport (client:visible),
// so a lesson loads no framework until the reader comes near its end (tests/dist/budget.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { all, is, islandProps, one, parse, text } from './html';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const lessons = readdirSync(join(DIST, 'lessons'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

interface Props {
  lesson: string;
  questions: { id: string; prompt: string; options: { id: string; text: string; correct?: true; why: string }[] }[];
}

test('there are lessons to check', () => expect(lessons.length).toBeGreaterThan(5));

describe.each(lessons)('/lessons/%s/', (lesson) => {
  const html = readFileSync(join(DIST, 'lessons', lesson, 'index.html'), 'utf8');
  const doc = parse(html);
  const section = one(doc, is('section', { id: 'check' }));

  test('ends its text with "Check your understanding", before the weekly practice', () => {
    expect(section).not.toBeNull();
    expect(text(one(section!, is('h2'))!)).toBe('Check your understanding');
    // After the lesson's prose, before the practice box.
    const prose = one(doc, is(null, { class: /(?:^|\s)prose(?:\s|$)/ }))!;
    const practice = one(doc, is('section', { id: 'practice' }))!;
    expect(prose.startIndex!).toBeLessThan(section!.startIndex!);
    expect(section!.startIndex!).toBeLessThan(practice.startIndex!);
  });

  test('has 3 to 5 questions, one right answer each, and a sentence explaining every option', () => {
    const mount = one(section!, is('astro-island', { 'component-url': /\/Check\.[\w-]+\.js$/ }))!;
    const props = islandProps(mount) as unknown as Props;
    expect(props.lesson).toBe(lesson);
    expect(props.questions.length).toBeGreaterThanOrEqual(3);
    expect(props.questions.length).toBeLessThanOrEqual(5);
    for (const q of props.questions) {
      expect(q.prompt.length, q.id).toBeGreaterThan(10);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.options.filter((o) => o.correct).length, `${q.id}: one right answer`).toBe(1);
      for (const o of q.options) expect(o.why, `${q.id}/${o.id} is explained in a sentence`).toMatch(/^\S.{18,}[.?!”)]$/);
    }
    // The questions as the server rendered them: a group per question, a radio per option.
    const groups = all(mount, is('fieldset', { 'data-question': undefined }));
    expect(groups.map((g) => g.attribs['data-question'])).toEqual(props.questions.map((q) => q.id));
    groups.forEach((group, i) => {
      expect(text(one(group, is('legend'))!)).toContain(props.questions[i]!.prompt);
      expect(all(group, is('input', { type: 'radio' })).map((r) => r.attribs['value'])).toEqual(props.questions[i]!.options.map((o) => o.id));
      // The explanation is shown once an option is picked, not before.
      expect(text(one(group, is(null, { 'data-feedback': undefined }))!)).toBe('');
    });
  });

  test('is an island hydrated when it comes near the viewport, with nothing of the framework before', () => {
    const island = one(section!, is('astro-island', { 'component-url': /\/Check\.[\w-]+\.js$/ }))!;
    expect(island.attribs['client']).toBe('visible');
    expect(JSON.parse(island.attribs['opts']!)).toMatchObject({ value: { rootMargin: '400px' } });
    const weight = pageWeight(DIST, join('lessons', lesson, 'index.html'));
    expect(weight.frameworkBeforeIslands).toBe(false);
  });
});
