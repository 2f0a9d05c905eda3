import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  createExport,
  EXPORT_FORMAT,
  isExportedKey,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_UNITS,
  MAX_STORED_UNITS,
  readImport,
} from '../../../src/lib/transfer/backup-file';
import { sealEnvelope } from '../../../src/lib/storage/envelope';
import { addEntry } from '../../../src/lib/storage/entries';
import cantRewriterSpec from '../../../src/exercises/cant-rewriter/spec';
import selfCompassionSpec from '../../../src/exercises/self-compassion/spec';
import { DATA_KINDS } from '../../../src/exercises/data-kinds';

const rewriter = sealEnvelope(
  addEntry(
    cantRewriterSpec.blank(),
    { thought: "I can't swim", rewrite: "I don't yet know how to swim.", skill: '', step: '' },
    '2026-03-01T10:00:00.000Z',
    'r1',
  ).state,
  cantRewriterSpec,
  new Date('2026-03-01T10:00:01.000Z'),
);
const pair = sealEnvelope(
  addEntry(
    selfCompassionSpec.blank(),
    { criticism: 'You fool', friend: 'It was one bad day', shareCriticism: false },
    '2026-03-02T10:00:00.000Z',
    'p1',
  ).state,
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
    const read = await readImport(DATA_KINDS, text);
    expect(read).toEqual({ ok: true, items, source: 'export', exportedAt: '2026-03-03T00:00:00.000Z' });
  });

  it('does not depend on key order for the checksum', async () => {
    const reversed = Object.fromEntries(Object.entries(items).reverse());
    expect(await checksumOf(reversed)).toBe(await checksumOf(items));
  });

  it('exports saved data and kept copies, not preferences or strangers', () => {
    expect(isExportedKey(DATA_KINDS, 'efficacy-lab:data:efficacy-grid')).toBe(true);
    expect(isExportedKey(DATA_KINDS, 'efficacy-lab:data:assignments')).toBe(true);
    expect(isExportedKey(DATA_KINDS, 'efficacy-lab:backup:self-compassion:2026')).toBe(true);
    expect(isExportedKey(DATA_KINDS, 'efficacy-lab:pref:theme')).toBe(false);
    expect(isExportedKey(DATA_KINDS, 'efficacy-lab:data:mood-tracker')).toBe(false);
    expect(isExportedKey(DATA_KINDS, 'other-site:data')).toBe(false);
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
    ['a huge file', () => '{}', 'too-large', 40 * 1024 * 1024],
  ];
  it.each(cases)('%s', async (_name, make, problem, size) => {
    const text = await make();
    const read = await readImport(DATA_KINDS, text, size ?? text.length);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem).toBe(problem);
      expect(read.message).toMatch(/Nothing was changed\.$/);
    }
  });

  it('refuses a correctly summed file whose items are not readable data', async () => {
    const bad = {
      'efficacy-lab:data:cant-rewriter': '{"app":"efficacy-lab","exercise":"cant-rewriter","version":1,"data":{"entries":"x"}}',
    };
    const read = await readImport(DATA_KINDS, await createExport(bad));
    expect(read.ok === false && read.problem).toBe('damaged');
  });

  it('refuses items under keys the site does not use', async () => {
    const read = await readImport(DATA_KINDS, await createExport({ 'efficacy-lab:data:mood-tracker': rewriter }));
    expect(read.ok === false && read.problem).toBe('damaged');
  });

  it('accepts the single-exercise copy an exercise offers for download (the older format)', async () => {
    expect(await readImport(DATA_KINDS, pair)).toEqual({
      ok: true,
      items: { 'efficacy-lab:data:self-compassion': pair },
      source: 'exercise-copy',
      exportedAt: undefined,
    });
  });

  // Issue 11, defect 7: the limit counted UTF-8 bytes while storage counts UTF-16 units, so 1,000
  // rewrites in Chinese (6.4 MB exported) could be stored but not restored.
  it('reads back any export of what storage can hold, whatever the script', async () => {
    let state = cantRewriterSpec.blank();
    const long = '我不知道怎么做这件事'.repeat(100); // 1,000 characters, well within a field's limit
    for (let i = 0; i < 1000; i++) {
      state = addEntry(
        state,
        { thought: long, rewrite: long, skill: long.slice(0, 300), step: '' },
        '2026-03-01T10:00:00.000Z',
        `r${i}`,
      ).state;
    }
    const stored = sealEnvelope(state, cantRewriterSpec);
    expect(stored.length).toBeLessThan(MAX_STORED_UNITS); // the browser could hold it
    const file = await createExport({ 'efficacy-lab:data:cant-rewriter': stored });
    const bytes = new TextEncoder().encode(file).length;
    expect(bytes).toBeGreaterThan(5 * 1024 * 1024); // more than the old limit
    const read = await readImport(DATA_KINDS, file, bytes);
    expect(read.ok).toBe(true);
  });

  it('the limits cover the worst case: every stored character escaped and 3 bytes in UTF-8', () => {
    expect(MAX_IMPORT_UNITS).toBeGreaterThanOrEqual(2 * MAX_STORED_UNITS);
    expect(MAX_IMPORT_BYTES).toBeGreaterThanOrEqual(3 * MAX_IMPORT_UNITS);
  });

  // Issue 11, defect 11: an item from a newer version is not "damaged or edited".
  it('says an item made by a newer version is made by a newer version', async () => {
    const newer = sealEnvelope(cantRewriterSpec.blank(), { ...cantRewriterSpec, version: cantRewriterSpec.version + 1 });
    const file = await createExport({ 'efficacy-lab:data:cant-rewriter': newer });
    const read = await readImport(DATA_KINDS, file);
    expect(read).toMatchObject({ ok: false, problem: 'newer-item' });
    if (!read.ok) expect(read.message).toMatch(/newer version/);
  });

  it('exports drafts and conflict copies with the entries', () => {
    expect(isExportedKey(DATA_KINDS, 'efficacy-lab:draft:cant-rewriter')).toBe(true);
    expect(isExportedKey(DATA_KINDS, 'efficacy-lab:conflict:cant-rewriter:2026-01-01T00:00:00.000Z')).toBe(true);
    expect(isExportedKey(DATA_KINDS, 'efficacy-lab:draft:nonsense')).toBe(false);
  });
});
