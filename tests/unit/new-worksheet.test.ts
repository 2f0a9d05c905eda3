// `npm run new:worksheet`, run against a scratch copy of the files it reads and writes. (That what it
// writes builds, lints and passes every test is checked by hand in a scratch clone: docs/adding-a-worksheet.md.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'new-worksheet.mjs');
const IDS = join(import.meta.dirname, '..', '..', 'src', 'lib', 'exercise-ids.ts');

function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'new-worksheet-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content', 'building-efficacy.mdx'), '---\n---\n');
  writeFileSync(join(root, 'content', 'four-sources.mdx'), '---\n---\n');
  mkdirSync(join(root, 'src', 'lib'), { recursive: true });
  mkdirSync(join(root, 'src', 'exercises'));
  copyFileSync(IDS, join(root, 'src', 'lib', 'exercise-ids.ts'));
  return root;
}

const run = (root: string, ...args: string[]) =>
  execFileSync(process.execPath, [SCRIPT, ...args], { env: { ...process.env, NEW_WORKSHEET_ROOT: root }, encoding: 'utf8', stdio: 'pipe' });

describe('new:worksheet', () => {
  test('makes the folder, registers the id last and writes the v1 fixture', () => {
    const root = scratch();
    run(root, 'sample-sheet', '--lesson', 'four-sources');
    const folder = join(root, 'src', 'exercises', 'sample-sheet');
    for (const file of ['data.ts', 'spec.ts', 'store.ts', 'exercise.ts', 'Island.astro', 'SampleSheet.tsx', 'README.md']) {
      expect(existsSync(join(folder, file)), file).toBe(true);
    }
    expect(readFileSync(join(folder, 'exercise.ts'), 'utf8')).toContain("lesson: 'four-sources'");
    const ids = readFileSync(join(root, 'src', 'lib', 'exercise-ids.ts'), 'utf8');
    // Appended: every id already there keeps its place (ids live in browsers and links).
    expect(ids).toBe(readFileSync(IDS, 'utf8').replace('] as const;', "  'sample-sheet',\n] as const;"));
    const fixture = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'saved', 'sample-sheet', 'v1.json'), 'utf8'));
    expect(fixture).toMatchObject({ app: 'efficacy-lab', exercise: 'sample-sheet', version: 1 });
    expect(fixture.data.entries).toHaveLength(1);
  });
  test('an id alone goes with the default lesson', () => {
    const root = scratch();
    run(root, 'x');
    expect(readFileSync(join(root, 'src', 'exercises', 'x', 'exercise.ts'), 'utf8')).toContain("lesson: 'building-efficacy'");
  });
  test.each([
    [['Bad_Id'], /not an id/],
    [['x', '--lesson', 'no-such-lesson'], /no lesson "no-such-lesson"/],
    [[], /name the worksheet/],
  ])('refuses %j', (args, message) => {
    const root = scratch();
    expect(() => run(root, ...args)).toThrow(message);
  });
  test('refuses an id that exists', () => {
    const root = scratch();
    run(root, 'x');
    expect(() => run(root, 'x')).toThrow(/exists already/);
  });
});
