// Every lesson ends with "Check your understanding", read from the built pages: three to five
// questions, each a group of options with exactly one right answer, and a sentence explaining every
// option, whichever is picked. The check's code loads only when the reader starts it, so a lesson
// without a worksheet still loads no framework at first (tests/dist/budget.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import { textContent, type AnyNode } from 'domutils';
import { describe, expect, test } from 'vitest';
import { KB, bytesWhenLoaded, pageWeight } from '../../scripts/lib/page-weight.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const lessons = readdirSync(join(DIST, 'lessons'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const text = (node: AnyNode) => textContent(node).replace(/\s+/g, ' ').trim();

interface Props {
  lesson: string;
  questions: { id: string; prompt: string; options: { id: string; text: string; correct?: true; why: string }[] }[];
}

test('there are lessons to check', () => expect(lessons.length).toBeGreaterThan(5));

describe.each(lessons)('/lessons/%s/', (lesson) => {
  const html = readFileSync(join(DIST, 'lessons', lesson, 'index.html'), 'utf8');
  const doc = parseDocument(html, { withStartIndices: true });
  const section = selectOne('section#check', doc);

  test('ends its text with "Check your understanding", before the weekly practice', () => {
    expect(section).not.toBeNull();
    expect(text(selectOne('h2', section!)!)).toBe('Check your understanding');
    // After the lesson's prose, before the practice box and the references.
    const at = (selector: string) => selectOne(selector, doc)!.startIndex!;
    expect(at('.prose')).toBeLessThan(at('section#check'));
    expect(at('section#check')).toBeLessThan(at('section#practice'));
  });

  test('has 3 to 5 questions, one right answer each, and a sentence explaining every option', () => {
    const mount = selectOne('[data-check-mount]', section!)!;
    const props = JSON.parse(mount.attribs['data-check-props']!) as Props;
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
    const groups = selectAll('fieldset[data-question]', mount);
    expect(groups.map((g) => g.attribs['data-question'])).toEqual(props.questions.map((q) => q.id));
    groups.forEach((group, i) => {
      expect(text(selectOne('legend', group)!)).toContain(props.questions[i]!.prompt);
      expect(selectAll('input[type="radio"]', group).map((r) => r.attribs['value'])).toEqual(props.questions[i]!.options.map((o) => o.id));
      // The explanation is shown once an option is picked, not before.
      expect(text(selectOne('[data-feedback]', group)!)).toBe('');
    });
  });

  test('loads its code only when started, and within the worksheet budget then', () => {
    const weight = pageWeight(DIST, join('lessons', lesson, 'index.html'));
    const firstLoad = weight.files.filter((f: { when: string }) => f.when === 'hydrated').map((f: { url: string }) => f.url);
    expect(firstLoad.some((url: string) => /\/CheckSection\.astro_astro_type_script/.test(url))).toBe(true);
    expect(firstLoad.filter((url: string) => /\/(?:Check|mount-check)\.\w+\.js$/.test(url))).toEqual([]);
    const check = weight.files.find((f: { url: string; when: string }) => f.when === 'lazy' && /\/mount-check\.\w+\.js$/.test(f.url));
    expect(check, 'the check is a part loaded on demand').toBeDefined();
    // Once started, as budget.test.ts counts: a lesson without a worksheet is then within a worksheet
    // page's budget, and one with a worksheet within the budget of a page with a second tool opened.
    const started = weight.hydrated + bytesWhenLoaded(DIST, join('lessons', lesson, 'index.html'), check.url);
    expect(started).toBeLessThanOrEqual((weight.islands === 0 ? 24 * KB : 28 * KB) - 1.5 * KB);
  });
});
