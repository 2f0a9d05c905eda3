// Reading an export file at each check and limit (src/lib/transfer/backup-file.ts), for what the
// mutation run (npm run test:mutation) found untested: every way a file can be damaged is refused as
// damaged before anything changes, and the limits hold at their exact values.
import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  createExport,
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_UNITS,
  readImport,
} from '../../../src/lib/transfer/backup-file';
import { DATA_KINDS } from '../../../src/exercises/data-kinds';
import { sealEnvelope } from '../../../src/lib/storage/envelope';
import { addEntry } from '../../../src/lib/storage/entries';
import cantRewriterSpec from '../../../src/exercises/cant-rewriter/spec';

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
const items = { 'efficacy-lab:data:cant-rewriter': rewriter, 'efficacy-lab:draft:cant-rewriter': rewriter };

/** An export file with `change` applied and its checksum made to match again. */
async function file(change: Record<string, unknown>, itemsIn: Record<string, unknown> = items): Promise<string> {
  const body = { format: EXPORT_FORMAT, version: 1, exportedAt: '2026-03-01T12:00:00.000Z', items: itemsIn, ...change };
  const summed = { ...body, checksum: await checksumOf(itemsIn as Record<string, string>) };
  return JSON.stringify({ ...summed, ...('checksum' in change ? { checksum: change['checksum'] } : {}) });
}
const problem = async (text: string) => {
  const read = await readImport(DATA_KINDS, text);
  return read.ok ? 'ok' : read.problem;
};

describe('readImport: each check', () => {
  it('reads a good file with its date, drafts included', async () => {
    expect(await readImport(DATA_KINDS, await file({}))).toEqual({
      ok: true,
      items,
      source: 'export',
      exportedAt: '2026-03-01T12:00:00.000Z',
    });
    expect(await readImport(DATA_KINDS, await file({ exportedAt: 5 }))).toMatchObject({ ok: true, exportedAt: undefined });
  });

  it.each([
    ['a version of 0', { version: 0 }],
    ['a version that is not whole', { version: 1.5 }],
    ['a version that is text', { version: '1' }],
    ['no list of items', { items: ['a'] }],
    ['no checksum', { checksum: 7 }],
  ])('refuses %s as damaged', async (_name, change) => {
    expect(await problem(await file(change))).toBe('damaged');
  });

  it('refuses an item that is not text, or under a key the site does not use, as damaged', async () => {
    expect(await problem(await file({}, { ...items, 'efficacy-lab:data:cant-rewriter': 5 }))).toBe('damaged');
    expect(await problem(await file({}, { ...items, 'efficacy-lab:data:no-such-kind': rewriter }))).toBe('damaged');
    expect(await problem(await file({}, { ...items, 'efficacy-lab:draft:no-such-kind': rewriter }))).toBe('damaged');
    expect(await problem(await file({}, { ...items, 'efficacy-lab:conflict:cant-rewriter:1': '{"kept as it is' }))).toBe('ok');
    expect(await problem(await file({}, { ...items, 'efficacy-lab:draft:cant-rewriter': '{"half' }))).toBe('damaged');
  });

  it('a JSON value that is no object is not ours', async () => {
    for (const text of ['null', '"efficacy-lab-export"', '5']) expect(await problem(text)).toBe('not-ours');
  });

  it('a single-exercise copy: ours only when its exercise is a kind the site has; a newer one says so', async () => {
    const copy = JSON.parse(rewriter) as Record<string, unknown>;
    expect(await readImport(DATA_KINDS, `\n${rewriter}\n`)).toMatchObject({
      ok: true,
      items: { 'efficacy-lab:data:cant-rewriter': rewriter },
    });
    expect(await problem(JSON.stringify({ ...copy, version: 99 }))).toBe('newer-version');
    expect(await problem(JSON.stringify({ ...copy, exercise: 'no-such-kind' }))).toBe('not-ours');
    expect(await problem(JSON.stringify({ ...copy, app: 'other' }))).toBe('not-ours');
    expect(await problem(JSON.stringify({ ...copy, exercise: 5 }))).toBe('not-ours');
  });

  it('the size limits hold at their exact values', async () => {
    const good = await createExport(items);
    expect((await readImport(DATA_KINDS, good, MAX_IMPORT_BYTES)).ok).toBe(true);
    expect(await readImport(DATA_KINDS, good, MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, problem: 'too-large' });
    const padded = good.replace('{', `{"pad":"${'x'.repeat(MAX_IMPORT_UNITS - good.length - 9)}",`);
    expect(padded).toHaveLength(MAX_IMPORT_UNITS);
    expect(await problem(padded)).toBe('ok');
    expect(await problem(`${padded} `)).toBe('too-large');
  });
});
