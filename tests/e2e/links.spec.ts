// Every link inside the built site leads somewhere: the page exists and, when the link names a
// fragment (/glossary/#coping-model, #practice), an element with that id exists on it. Reads the
// files in dist/ with htmlparser2. (linkinator was tried first; it did not follow the links of some
// pages, so a broken glossary link went unnoticed.)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { test, expect } from '@playwright/test';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file is served at: dist/lessons/x/index.html → /lessons/x/. */
const urlPathOf = (file: string) =>
  '/' +
  file
    .slice(DIST.length + 1)
    .replace(/\\/g, '/')
    .replace(/index\.html$/, '');

/** The file that serves a URL path, as a static host does. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const pages = new Map<string, { ids: Set<string>; links: string[] }>();
for (const file of htmlFiles(DIST)) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const ids = new Set(DomUtils.findAll((el) => Boolean(el.attribs['id']), doc.children).map((el) => el.attribs['id']!));
  const links = DomUtils.findAll((el) => el.name === 'a' && Boolean(el.attribs['href']), doc.children).map((el) => el.attribs['href']!);
  pages.set(file, { ids, links });
}

test('the site has pages to check', () => {
  expect(pages.size).toBeGreaterThan(10);
});

test('every internal link leads to a page that exists, and to an element with its fragment', () => {
  const broken: string[] = [];
  for (const [file, { links }] of pages) {
    const base = new URL(urlPathOf(file), 'http://site.local');
    for (const href of links) {
      const url = new URL(href, base);
      if (url.origin !== base.origin) continue; // DOI links and the like: not ours to check offline
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${urlPathOf(file)}: ${href} (no such page)`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !pages.get(target)?.ids.has(id)) broken.push(`${urlPathOf(file)}: ${href} (no element with id "${id}")`);
    }
  }
  expect(broken).toEqual([]);
});

test('external links are only to https addresses', () => {
  const insecure = [...pages.values()].flatMap(({ links }) => links.filter((href) => href.startsWith('http:')));
  expect(insecure).toEqual([]);
});

test('links use trailing slashes, as the site is built', () => {
  const unslashed = [...pages.entries()].flatMap(([file, { links }]) =>
    links
      .filter((href) => href.startsWith('/') && !href.includes('#') && !posix.extname(href.split('?')[0]!) && !href.endsWith('/'))
      .map((href) => `${urlPathOf(file)}: ${href}`),
  );
  expect(unslashed).toEqual([]);
});
