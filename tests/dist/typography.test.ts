// Issue 26: one typographic rule on every built page. The lessons' Markdown gets curly quotes and
// apostrophes at build; the glossary, the lessons' frontmatter (practice steps, references) and the
// pages' own words must read the same, and lists are punctuated without a space before a comma.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';

type Node = ReturnType<typeof parseDocument>['children'][number];

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Attributes whose words people read or hear (descriptions show in search results and link previews). */
const WORDS_IN = ['aria-label', 'alt', 'title', 'placeholder'];

/**
 * The words a reader sees or hears: every text node outside scripts and styles (islands' first render
 * included), the attributes above, and the page's description.
 */
function readTexts(nodes: Node[], into: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'text') into.push(node.data);
    if (!('children' in node)) continue;
    const el = node as unknown as { name: string; attribs: Record<string, string>; children: Node[] };
    if (['script', 'style'].includes(el.name)) continue;
    for (const name of WORDS_IN) if (el.attribs[name]) into.push(el.attribs[name]);
    if (el.name === 'meta' && /description|title/.test(el.attribs.name ?? el.attribs.property ?? '')) into.push(el.attribs.content ?? '');
    readTexts(el.children, into);
  }
  return into;
}

test('no page shows a straight quote or apostrophe', () => {
  const found: string[] = [];
  for (const file of htmlFiles(DIST)) {
    for (const text of readTexts(parseDocument(readFileSync(file, 'utf8')).children)) {
      const at = text.search(/['"]/);
      if (at >= 0) found.push(`${relative(DIST, file)}: …${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}…`);
    }
  }
  expect(found).toEqual([]);
});

test('the glossary and the practice panels have curly quotes from their data', () => {
  const glossary = DomUtils.textContent(parseDocument(readFileSync(join(DIST, 'glossary', 'index.html'), 'utf8')));
  expect(glossary).toContain('such as “revising will raise my mark”');
  expect(glossary).toContain('other people’s approval');
  const lesson = DomUtils.textContent(parseDocument(readFileSync(join(DIST, 'lessons', 'the-evidence', 'index.html'), 'utf8')));
  expect(lesson).toContain('This week’s practice');
});

test('the references page lists the lessons that cite a work with no space before a comma', () => {
  const doc = parseDocument(readFileSync(join(DIST, 'references', 'index.html'), 'utf8'));
  const cited = DomUtils.findAll((el) => /^\s*Cited in:/.test(DomUtils.textContent(el)) && el.name === 'span', doc.children);
  expect(cited.length).toBeGreaterThan(5);
  const lists = cited.map((el) => DomUtils.textContent(el).replace(/\s+/g, ' ').trim());
  expect(lists.filter((text) => /\s[,;.]/.test(text))).toEqual([]);
  expect(lists.some((text) => /^Cited in: [^,]+, [^,]+/.test(text))).toBe(true);
});
