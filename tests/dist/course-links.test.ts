// The course's previous and next links, read from the built pages: starting at the first lesson the
// home page lists, "next" walks every lesson in the home page's order and "previous" walks back.
// (Plain links: reading them from the HTML proves what a click would, without a browser.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';

const { findAll, findOne, getAttributeValue } = DomUtils;
type Element = Parameters<typeof getAttributeValue>[0];

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const page = (path: string) => parseDocument(readFileSync(join(DIST, path, 'index.html'), 'utf8')).children;
const isLink = (el: Element) => el.name === 'a' && el.attribs.href !== undefined;
const relLink = (path: string, rel: 'prev' | 'next') => {
  const link = findOne((el) => isLink(el) && el.attribs.rel === rel, page(path));
  return link ? getAttributeValue(link, 'href') : undefined;
};
/** The lesson links of the home page's course list (`.course-list h3 a`), in order. */
const courseOrder = () => {
  const list = findOne((el) => (el.attribs.class ?? '').split(' ').includes('course-list'), page('/'));
  const headings = list ? findAll((el) => el.name === 'h3', list.children) : [];
  return headings.flatMap((h) => findAll(isLink, h.children)).map((a) => getAttributeValue(a, 'href')!);
};

test('previous and next links walk the course in the order the home page lists it', () => {
  const order = courseOrder();
  expect(order.length).toBeGreaterThan(1);
  const walked = [order[0]!];
  for (let at = order[0]; (at = relLink(at!, 'next')); ) walked.push(at);
  expect(walked).toEqual(order);
  const back = [order.at(-1)!];
  for (let at = order.at(-1); (at = relLink(at!, 'prev')); ) back.push(at);
  expect(back).toEqual([...order].reverse());
});
