// A lesson with a missing or malformed field must fail the build with a message naming the file and
// the field. This runs Astro's content sync (the step of the build that validates lessons) on a
// throwaway copy of the project holding one broken lesson.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'efficacy-lab-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

for (const entry of ['node_modules', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
  symlinkSync(join(root, entry), join(work, entry));
}
mkdirSync(join(work, 'content'));

const template = readFileSync(join(root, 'content', '_template.mdx'), 'utf8');

describe('a malformed lesson fails the build', () => {
  it('names the file and every bad field', () => {
    const broken = template
      .replace(/^coreInsight:.*\n/m, '') // missing field
      .replace(/^order: 99$/m, 'order: first') // wrong type
      .replace(/^ {4}doi: .*$/m, '    doi: https://doi.org/10.1037/0033-295X.84.2.191'); // malformed DOI
    writeFileSync(join(work, 'content', 'broken-lesson.mdx'), broken);

    const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['sync'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 90_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('broken-lesson.mdx');
    expect(output).toContain('coreInsight');
    expect(output).toContain('order');
    expect(output).toContain('references.0.doi');
  }, 120_000);
});
