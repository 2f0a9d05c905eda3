// A lesson with a missing or malformed field must fail the build with a message naming the file and
// the field. This runs Astro's content sync (the step of the build that validates lessons) on a
// throwaway copy of the project holding one broken lesson.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
// The glossary too, so the only thing wrong in the copy is the broken lesson (without it the sync logs
// an unrelated "File not found" error beside the lesson's).
copyFileSync(join(root, 'content', 'glossary.yaml'), join(work, 'content', 'glossary.yaml'));

const template = readFileSync(join(root, 'content', '_template.mdx'), 'utf8');

/** Replaces one field of the template, failing if the template no longer has it: a replace that
 * matched nothing would leave that field valid, and the field's expectation below could then pass
 * on some other mention of its name. */
function breakField(text: string, pattern: RegExp, replacement: string): string {
  expect(text, `content/_template.mdx no longer matches ${pattern}`).toMatch(pattern);
  return text.replace(pattern, replacement);
}

describe('a malformed lesson fails the build', () => {
  it('names the file and every bad field', () => {
    let broken = breakField(template, /^coreInsight:.*\n/m, ''); // missing field
    broken = breakField(broken, /^order: \d+$/m, 'order: first'); // wrong type
    broken = breakField(broken, /^ {4}doi: .*$/m, '    doi: https://doi.org/10.1037/0033-295X.84.2.191'); // malformed DOI
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
    // Each field on a line of its own in the list of problems, not merely mentioned somewhere.
    expect(output).toMatch(/^\s*coreInsight\b/m);
    expect(output).toMatch(/^\s*order\b/m);
    expect(output).toMatch(/^\s*references\.0\.doi\b/m);
  }, 120_000);
});
