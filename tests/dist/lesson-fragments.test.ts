// Every link to a place inside a lesson (/lessons/<id>/#<fragment>) lands on an element the built
// lesson has, so a renamed heading fails here rather than leaving a reader at the top of the page
// (issue 26: "Conviction, not confidence" had become "Belief, not mood"). Two kinds of link:
// - built into the page at run time, from data the code exports: the "I can't" rewriter's left-out
//   kinds (LEFT_OUT in src/exercises/cant-rewriter/rules.ts), each naming a heading by its words and
//   its id, so the heading must exist with those words;
// - built into the HTML from data (practice panels on the home page, the references page, glossary
//   entries' taughtIn.section, links between lessons): read from every built page.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT } from '../../src/exercises/cant-rewriter/rules';
import { TWO_WAYS } from '../../src/lib/we-can-picture';

const { findAll, findOne, textContent } = DomUtils;
type Element = Parameters<typeof textContent>[0] & { attribs?: Record<string, string>; name?: string };

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const parsed = new Map<string, ReturnType<typeof parseDocument>['children']>();
/** The built page served at a path such as /lessons/x/, parsed once; undefined if there is none. */
function page(path: string) {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) return undefined;
  if (!parsed.has(file)) parsed.set(file, parseDocument(readFileSync(file, 'utf8')).children);
  return parsed.get(file)!;
}
const byId = (path: string, id: string) => {
  const nodes = page(path);
  return nodes && (findOne((el) => el.attribs['id'] === id, nodes) as Element | null);
};
/** Words as a reader sees them: curly apostrophes and straight ones alike, single spaces. */
const words = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

describe('the rewriter’s lesson links (built at run time)', () => {
  it.each(Object.entries(LEFT_OUT))('%s → a heading of the lesson with the words the link shows', (_kind, info) => {
    expect(page(info.lesson), `${info.lesson} is not built`).toBeDefined();
    const target = byId(info.lesson, info.id);
    expect(target, `${info.lesson}#${info.id} ("${info.heading}") is not in the built lesson`).toBeTruthy();
    expect(target!.name).toMatch(/^h[2-4]$/);
    expect(words(textContent(target!))).toBe(words(info.heading));
  });
});

describe('the “We can” picture’s link to the two ways of measuring (built at run time)', () => {
  it('lands on the lesson heading with the words it names', () => {
    expect(TWO_WAYS.href).toBe(`${TWO_WAYS.lesson}#${TWO_WAYS.id}`);
    const target = byId(TWO_WAYS.lesson, TWO_WAYS.id);
    expect(target, `${TWO_WAYS.href} is not in the built lesson`).toBeTruthy();
    expect(target!.name).toMatch(/^h[2-4]$/);
    expect(words(textContent(target!))).toBe(words(TWO_WAYS.heading));
  });
});

describe('lesson links in the built pages', () => {
  const links: { from: string; href: string; path: string; id: string }[] = [];
  for (const file of htmlFiles(DIST)) {
    const from = file.slice(DIST.length).replace(/index\.html$/, '');
    const doc = parseDocument(readFileSync(file, 'utf8')).children;
    for (const a of findAll((el) => el.name === 'a' && Boolean(el.attribs['href']), doc)) {
      const url = new URL(a.attribs['href']!, `http://site.local${from}`);
      if (url.origin !== 'http://site.local' || !url.hash || !/^\/lessons\/[^/]+\/$/.test(url.pathname)) continue;
      links.push({ from, href: a.attribs['href']!, path: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
    }
  }

  it('include the practice panel of every lesson (so this test reads real links)', () => {
    const lessons = readdirSync(join(DIST, 'lessons')).filter((name) => existsSync(join(DIST, 'lessons', name, 'index.html')));
    expect(lessons.length).toBeGreaterThan(3);
    const practiceLinks = new Set(links.filter((l) => l.id === 'practice').map((l) => l.path));
    expect([...practiceLinks].sort()).toEqual(lessons.map((id) => `/lessons/${id}/`).sort());
  });

  it('each lead to an element with that id in the built lesson', () => {
    const broken = links.filter(({ path, id }) => !byId(path, id)).map(({ from, href }) => `${from}: ${href}`);
    expect(broken).toEqual([]);
  });
});
