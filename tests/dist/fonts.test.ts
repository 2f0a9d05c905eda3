// The shipped reading face (src/styles/fonts.css), read from the built site in dist/ (run after
// `npm run build`): small Latin woff2 files that never block text, preloaded only where the main text
// is set in them, and kept by the offline cache so a lesson offline looks as it does online.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** One Latin face of the reading font is about 22 KB; more means another subset or format slipped in. */
const FACE_BYTES = 25 * 1024;

if (!existsSync(join(DIST, 'sitemap-index.xml'))) throw new Error('No dist/: run `npm run build` before these tests.');

const assets = readdirSync(join(DIST, '_astro'));
const fontFiles = assets.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
const css = assets
  .filter((f) => f.endsWith('.css'))
  .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))
  .join('\n');
const faces = [...css.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1]!);
const preloads = (page: string) =>
  [...readFileSync(join(DIST, page, 'index.html'), 'utf8').matchAll(/<link rel="preload" href="([^"]+)" as="font"[^>]*>/g)].map((m) => m[0]);

describe('the reading face', () => {
  test('ships as Latin woff2 files only, each a small download', () => {
    expect(fontFiles.length).toBeGreaterThan(0);
    for (const file of fontFiles) {
      expect(file).toMatch(/^charis-sil-latin-\d{3}-(normal|italic)\.[\w-]+\.woff2$/);
      expect(statSync(join(DIST, '_astro', file)).size, file).toBeLessThanOrEqual(FACE_BYTES);
    }
  });

  test('every face shows text at once in the fallback (font-display: swap) and names a shipped file', () => {
    expect(faces).toHaveLength(fontFiles.length);
    for (const face of faces) {
      expect(face).toContain('font-display:swap');
      const url = /src:url\(([^)]+)\)format\("woff2"\)$/.exec(face)?.[1];
      expect(url, face).toBeDefined();
      expect(existsSync(join(DIST, url!))).toBe(true);
    }
  });

  test('a lesson and the glossary preload the regular face, the one their first screen shows; other pages preload nothing', () => {
    const regular = faces.find((face) => face.includes('font-style:normal;font-weight:400'));
    const url = /url\(([^)]+)\)/.exec(regular!)![1]!;
    for (const page of ['lessons/esteem-vs-efficacy', 'glossary']) {
      expect(preloads(page), page).toEqual([`<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin>`]);
    }
    for (const page of ['', 'practice/efficacy-grid', 'workbook', 'teach']) expect(preloads(page), page).toEqual([]);
  });

  test('the offline cache keeps every face', () => {
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    for (const file of fontFiles) expect(worker).toContain(`url:"_astro/${file}"`);
  });
});
