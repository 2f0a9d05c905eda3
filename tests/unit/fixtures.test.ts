// Saved data, export files and hand-in links made by every shipped version still open in this code:
// nothing moved aside, nothing lost, byte for byte where the format promises it. Each fixture was
// made by the shipped site itself (tests/fixtures/README.md). Changing a shape? Bump the spec's
// version, add a migration, and add tests/fixtures/saved/<kind>/v<new>.json: the first test below
// fails until there is a fixture for every version.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DataKind } from '../../src/lib/transfer/data-kinds';
import { openEnvelope } from '../../src/lib/storage/envelope';
import { liveEntries } from '../../src/lib/storage/entries';
import { readImport } from '../../src/lib/transfer/backup-file';
import { planImport } from '../../src/lib/transfer/import-plan';
import { decodeHandIn, encodeHandIn } from '../../src/lib/transfer/hand-in-code';
import { checkSignature } from '../../src/lib/transfer/hand-in-signature';
import { createExerciseStore } from '../../src/stores/exercise-store';
import { BACKUP_PREFIX, DATA_PREFIX, storage } from '../../src/stores/persistence';
import { fakeStoragePerTest } from './storage/fake-storage';
import { exerciseById } from '../../src/exercises/catalog';
import { DATA_KINDS } from '../../src/exercises/data-kinds';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (...path: string[]) => readFileSync(join(FIXTURES, ...path), 'utf8');

const fake = fakeStoragePerTest();
/** Kinds whose pages keep only what is being typed (their fixture is the draft's stored text). */
const DRAFT_ONLY = new Set<DataKind>(['group-links']);

describe('saved data of every shipped version', () => {
  const kinds = Object.keys(DATA_KINDS.all) as DataKind[];

  // A kind without a fixture folder yet (a new worksheet made by hand) is named by the test below,
  // instead of stopping the whole file while tests are collected.
  const fixtureFiles = (kind: DataKind) => {
    const folder = join(FIXTURES, 'saved', kind);
    return existsSync(folder) ? readdirSync(folder).sort() : [];
  };

  it.each(kinds)('%s has a fixture for every version up to the current one', (kind) => {
    const wanted = Array.from({ length: DATA_KINDS.dataKind(kind).spec.version }, (_, i) => `v${i + 1}.json`);
    expect(fixtureFiles(kind), `tests/fixtures/saved/${kind}/ should hold ${wanted.join(', ')} (npm run new:worksheet writes v1)`).toEqual(
      wanted,
    );
  });

  const cases = kinds.flatMap((kind) => fixtureFiles(kind).map((file) => [kind, file] as const));
  it.each(cases)('%s %s opens with nothing moved aside', (kind, file) => {
    const text = read('saved', kind, file);
    const { spec } = DATA_KINDS.dataKind(kind);
    const opened = openEnvelope(text, spec);
    expect(opened.status).toBe('ok');
    fake().data.set(`${DATA_PREFIX}${kind}`, text);
    const store = createExerciseStore(spec);
    expect(store.$recovery.get()).toBeUndefined();
    expect([...fake().data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toEqual([]);
    // Something to lose: entries, or for a kind that keeps only a draft (group-links), the draft.
    if (DRAFT_ONLY.has(kind)) expect(store.$state.get().draft.updatedAt).not.toBe('');
    else expect(liveEntries(store.$state.get()).length).toBeGreaterThan(0);
    // The draft saved with the entries (the shipped format kept them together) is still there.
    expect(store.$state.get().draft).toEqual((opened as { data: { draft: unknown } }).data.draft);
    // Opening it writes nothing: the stored text stays as it was.
    storage.flush();
    expect(fake().getItem(`${DATA_PREFIX}${kind}`)).toBe(text);
  });
});

describe('export files of every version', () => {
  it('v1 imports into an empty browser byte for byte', async () => {
    const text = read('export', 'v1.json');
    const file = await readImport(DATA_KINDS, text, new TextEncoder().encode(text).length);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const plan = planImport(DATA_KINDS, file.items, () => null);
    expect(plan.refusal).toBeUndefined();
    expect(plan.writes).toEqual(file.items);
    expect(Object.keys(file.items).length).toBeGreaterThanOrEqual(10);
  });

  it("an exercise's own downloaded copy (the stored text) imports byte for byte", async () => {
    const text = JSON.stringify(JSON.parse(read('saved', 'cant-rewriter', 'v1.json')));
    const file = await readImport(DATA_KINDS, text);
    expect(file).toMatchObject({ ok: true, source: 'exercise-copy' });
    if (file.ok) expect(planImport(DATA_KINDS, file.items, () => null).writes).toEqual({ [`${DATA_PREFIX}cant-rewriter`]: text });
  });
});

describe('hand-in links of every version', () => {
  it('h1 opens, and packs back to the same code', () => {
    const code = read('hand-in', 'h1.txt').trim();
    const decoded = decodeHandIn(exerciseById, code, new Set(['catch-one-cant']));
    expect(decoded).toMatchObject({ ok: true, handIn: { v: 1, student: 'Sam' } });
    if (decoded.ok) expect(encodeHandIn(decoded.handIn)).toBe(code);
  });
  it('h2 (signed by the student’s device) opens, and its signature checks', async () => {
    const code = read('hand-in', 'h2.txt').trim();
    const decoded = decodeHandIn(exerciseById, code, new Set(['keep-one-skill']));
    expect(decoded).toMatchObject({ ok: true, handIn: { v: 2, student: 'Sam', signature: { key: expect.any(Object) } } });
    if (decoded.ok) expect(await checkSignature(decoded.handIn)).toMatchObject({ status: 'signed' });
  });
});
