// The docs name real files: every path under src/, tests/ or scripts/ that README.md or docs/*.md
// mentions must exist, so a file moved or renamed cannot leave a newcomer following a dead path.
// A placeholder (`src/exercises/<id>/store.ts`) is checked up to the placeholder; a glob
// (`content/**/[^_]*.mdx`) is not a path and is skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const docs = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Paths under src/, tests/ or scripts/ in a Markdown text, as written (without a trailing dot or comma). */
export function namedPaths(markdown: string): string[] {
  const found = markdown.match(/(?<![\w./-])(?:src|tests|scripts)\/[\w./<>[\]-]*/g) ?? [];
  return [...new Set(found.map((p) => p.replace(/[.,:;]+$/, '')))];
}

/** The part of a path that must exist: up to its first placeholder (`<id>`, `x`), if it has one. */
export function checkablePart(path: string): string {
  const placeholder = path.search(/<|\/x\//);
  return placeholder === -1 ? path : path.slice(0, path.lastIndexOf('/', placeholder) + 1);
}

describe('paths in the docs', () => {
  it('finds paths, placeholders cut off', () => {
    expect(namedPaths('See `src/lib/dates.ts`, and src/exercises/<id>/store.ts. Also tests/e2e/.')).toEqual([
      'src/lib/dates.ts',
      'src/exercises/<id>/store.ts',
      'tests/e2e/',
    ]);
    expect(checkablePart('src/exercises/<id>/store.ts')).toBe('src/exercises/');
    expect(checkablePart('tests/fixtures/saved/<kind>/v<N>.json')).toBe('tests/fixtures/saved/');
    expect(checkablePart('src/lib/dates.ts')).toBe('src/lib/dates.ts');
  });

  it('reads the README and at least the core docs', () => {
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md', 'docs/testing.md']));
  });

  it.each(docs)('every path %s names exists', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const missing = namedPaths(text).filter((path) => !existsSync(join(ROOT, checkablePart(path))));
    expect(missing).toEqual([]);
  });
});
