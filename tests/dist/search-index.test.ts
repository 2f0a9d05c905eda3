// Issue 26: the search index holds each page's prose, not the labels of its controls. Results once
// showed snippets such as "Move Mastery experience up": the worksheets' buttons and fields were
// indexed with the lesson. Read from the built pages and from Pagefind's own index.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';

const { findAll, textContent } = DomUtils;
type Element = ReturnType<typeof findAll>[number];

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every page Pagefind indexed, with the text it holds for it. */
function indexedPages(): { url: string; content: string }[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const json = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    // A fragment is a signature then the page's JSON.
    const { url, content } = JSON.parse(json.slice(json.indexOf('{'))) as { url: string; content: string };
    return { url, content };
  });
}

/** What a person operates: these are what the index must leave out. */
const INTERACTIVE = new Set(['button', 'input', 'select', 'textarea', 'label', 'summary', 'astro-island']);

/** Whether Pagefind skips the element: marked ignored, or inside an element it leaves out itself. */
function ignored(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parent as Element | null) {
    if (at.attribs && 'data-pagefind-ignore' in at.attribs) return true;
    if (at.name === 'form' || at.name === 'nav') return true; // Pagefind skips these on its own
  }
  return false;
}

test('the index has the worksheet and lesson pages, and no control labels in their text', () => {
  const pages = indexedPages();
  expect(pages.map((p) => p.url)).toEqual(expect.arrayContaining(['/practice/sources-sorter/', '/lessons/four-sources/']));
  const sorter = pages.find((p) => p.url === '/practice/sources-sorter/')!;
  // The page's prose stays...
  expect(sorter.content).toContain('Sort everyday moments into the four sources');
  // ...its controls go.
  for (const page of pages) {
    expect(page.content, page.url).not.toMatch(/Move [\w ]+ (up|down)|Check the order|Bank this win|Open the worksheet here/);
  }
});

test('every control inside an indexed page is marked for the index to ignore', () => {
  const problems: string[] = [];
  for (const { url } of indexedPages()) {
    const doc = parseDocument(readFileSync(join(DIST, url, 'index.html'), 'utf8'));
    const [body] = findAll((el) => el.attribs['data-pagefind-body'] !== undefined, doc.children);
    expect(body, url).toBeDefined();
    const controls = findAll(
      (el) => INTERACTIVE.has(el.name) || (el.name === 'a' && /\bbutton\b/.test(el.attribs.class ?? '')),
      body!.children,
    );
    for (const control of controls.filter((c) => !ignored(c))) {
      problems.push(`${url}: <${control.name}> ${textContent(control).trim().slice(0, 60)}`);
    }
  }
  expect(problems).toEqual([]);
});
