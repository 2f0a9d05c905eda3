// Reading built pages in the dist tests: htmlparser2 (a dev dependency) and its DomUtils, with small
// helpers for "the elements that match".
import { DomUtils, parseDocument } from 'htmlparser2';

export type Root = ReturnType<typeof parseDocument>;
export type El = NonNullable<ReturnType<typeof DomUtils.findOne>>;
type Test = (el: El) => boolean;

export const parse = (html: string): Root => parseDocument(html, { withStartIndices: true });

/** Every element under `root` that passes `test`, in document order. */
export const all = (root: Root | El, test: Test): El[] => DomUtils.findAll(test, root.children);
/** The first element under `root` that passes `test`, or null. */
export const one = (root: Root | El, test: Test): El | null => DomUtils.findOne(test, root.children, true);
/** Its text, spaces collapsed. */
export const text = (node: Root | El): string => DomUtils.textContent(node).replace(/\s+/g, ' ').trim();

/** Element tests: by tag and attributes (`undefined` value: the attribute is there at all). */
export const is =
  (name: string | RegExp | null, attrs: Record<string, string | RegExp | undefined> = {}): Test =>
  (el) =>
    (name === null || (typeof name === 'string' ? el.name === name : name.test(el.name))) &&
    Object.entries(attrs).every(([key, want]) => {
      const value = el.attribs[key];
      if (value === undefined) return false;
      return want === undefined || (typeof want === 'string' ? value === want : want.test(value));
    });

/**
 * An Astro island's props, from its `props` attribute. Astro writes each value as a pair [type, value]:
 * 0 a plain value (an object's own values written the same way), 1 an array of such pairs. Only
 * these two are read here (the islands the tests read pass strings, booleans, objects and arrays);
 * any other type fails the test instead of being guessed at.
 */
export function islandProps(island: El): Record<string, unknown> {
  const decode = (pair: unknown): unknown => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new Error(`not an island value: ${JSON.stringify(pair)}`);
    const [type, value] = pair as [number, unknown];
    if (type === 1) return (value as unknown[]).map(decode);
    if (type !== 0) throw new Error(`island value of type ${type} is not read by this helper`);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  };
  const raw = JSON.parse(island.attribs['props'] ?? '{}') as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, decode(v)]));
}
