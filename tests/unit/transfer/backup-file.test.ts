import { describe, expect, it } from 'vitest';
import { checksumOf, createExport, EXPORT_FORMAT, isExportedKey, MAX_IMPORT_BYTES, readImport } from '../../../src/lib/transfer/backup-file';
import { sealEnvelope } from '../../../src/lib/storage/envelope';
import { addEntry } from '../../../src/lib/storage/entries';
import cantRewriterExercise from '../../../src/exercises/cant-rewriter/exercise';
import selfCompassionExercise from '../../../src/exercises/self-compassion/exercise';

const cantRewriterSpec = cantRewriterExercise.spec;
const selfCompassionSpec = selfCompassionExercise.spec;

const rewriter = sealEnvelope(
  addEntry(cantRewriterSpec.blank(), { thought: "I can't swim", rewrite: "I don't yet know how to swim.", skill: '', step: '' }, '2026-03-01T10:00:00.000Z', 'r1').state,
  cantRewriterSpec,
  new Date('2026-03-01T10:00:01.000Z'),
);
const pair = sealEnvelope(
  addEntry(selfCompassionSpec.blank(), { criticism: 'You fool', friend: 'It was one bad day', shareCriticism: false }, '2026-03-02T10:00:00.000Z', 'p1').state,
  selfCompassionSpec,
);
const items = {
  'efficacy-lab:data:cant-rewriter': rewriter,
  'efficacy-lab:data:self-compassion': pair,
  'efficacy-lab:backup:cant-rewriter:2026-01-01T00:00:00.000Z': '{"half a',
};

describe('export files', () => {
  it('round-trips every item exactly', async () => {
    const text = await createExport(items, new Date('2026-03-03T00:00:00.000Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-03-03T00:00:00.000Z' });
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const read = await readImport(text);
    expect(read).toEqual({ ok: true, items, source: 'export', exportedAt: '2026-03-03T00:00:00.000Z' });
  });

  it('does not depend on key order for the checksum', async () => {
    const reversed = Object.fromEntries(Object.entries(items).reverse());
    expect(await checksumOf(reversed)).toBe(await checksumOf(items));
  });

  it('exports saved data and kept copies, not preferences or strangers', () => {
    expect(isExportedKey('efficacy-lab:data:efficacy-grid')).toBe(true);
    expect(isExportedKey('efficacy-lab:data:assignments')).toBe(true);
    expect(isExportedKey('efficacy-lab:backup:self-compassion:2026')).toBe(true);
    expect(isExportedKey('efficacy-lab:pref:theme')).toBe(false);
    expect(isExportedKey('efficacy-lab:data:mood-tracker')).toBe(false);
    expect(isExportedKey('other-site:data')).toBe(false);
  });
});

describe('reading a file: each problem has its message, and nothing is half-read', () => {
  const cases: [string, () => Promise<string> | string, string, number?][] = [
    ['a damaged file (cut short)', async () => (await createExport(items)).slice(0, 300), 'not-json'],
    ['an edited file (checksum no longer matches)', async () => (await createExport(items)).replace('I can', 'You can'), 'damaged'],
    ['a newer version', async () => (await createExport(items)).replace('"version": 1', '"version": 7'), 'newer-version'],
    ['a file from another program', () => JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: {} }), 'not-ours'],
    ['a JSON array', () => '[1,2,3]', 'not-ours'],
    ['plain text', () => 'Dear diary', 'not-json'],
    ['a huge file', () => '{}', 'too-large', 20 * 1024 * 1024],
  ];
  it.each(cases)('%s', async (_name, make, problem, size) => {
    const text = await make();
    const read = await readImport(text, size ?? text.length);
    expect(read).toMatchObject({ ok: false, problem, message: expect.stringMatching(/Nothing was changed\.$/) });
  });

  it('refuses a correctly summed file whose items are not readable data', async () => {
    const bad = { 'efficacy-lab:data:cant-rewriter': '{"app":"efficacy-lab","exercise":"cant-rewriter","version":1,"data":{"entries":"x"}}' };
    const read = await readImport(await createExport(bad));
    expect(read.ok === false && read.problem).toBe('damaged');
  });

  it('refuses items under keys the site does not use', async () => {
    const read = await readImport(await createExport({ 'efficacy-lab:data:mood-tracker': rewriter }));
    expect(read.ok === false && read.problem).toBe('damaged');
  });

  it('accepts the single-exercise copy an exercise offers for download (the older format)', async () => {
    expect(await readImport(pair)).toEqual({
      ok: true,
      items: { 'efficacy-lab:data:self-compassion': pair },
      source: 'exercise-copy',
      exportedAt: undefined,
    });
  });

  // Not MAX_IMPORT_BYTES compared with a copy of its own value, which could never fail: the limit as
  // readImport applies it, before reading a byte.
  it('refuses a file over the size limit before reading it, and reads one at the limit', async () => {
    const text = await createExport(items);
    expect(await readImport(text, MAX_IMPORT_BYTES)).toMatchObject({ ok: true, items });
    expect(await readImport(text, MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, problem: 'too-large' });
  });
});
