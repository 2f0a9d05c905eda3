import { describe, expect, it } from 'vitest';
import { madeKnowing, openEnvelope, revOf, sealEnvelope, type DataSpec } from '../../../src/lib/storage/envelope';

// A spec at version 3 whose data went through two changes: v1 {notes: string[]} → v2 {items: string[]}
// → v3 {items: {text}[]}.
interface V3 {
  items: { text: string }[];
}
const spec: DataSpec<V3> = {
  exercise: 'test-exercise',
  version: 3,
  migrations: {
    1: (d) => ({ items: (d as { notes: string[] }).notes }),
    2: (d) => ({ items: (d as { items: string[] }).items.map((text) => ({ text })) }),
  },
  isValid: (d): d is V3 =>
    typeof d === 'object' && d !== null && Array.isArray((d as V3).items) && (d as V3).items.every((i) => typeof i?.text === 'string'),
  blank: () => ({ items: [] }),
};
const wrap = (version: number, data: unknown, extra: object = {}) =>
  JSON.stringify({ app: 'efficacy-lab', exercise: 'test-exercise', version, updatedAt: '2026-01-01T00:00:00.000Z', data, ...extra });

describe('openEnvelope', () => {
  it('treats nothing stored as empty, with a blank state', () => {
    for (const raw of [null, undefined, '']) expect(openEnvelope(raw, spec)).toEqual({ status: 'empty', data: { items: [] } });
  });

  it('reads what sealEnvelope wrote', () => {
    const sealed = sealEnvelope({ items: [{ text: 'a' }] }, spec, new Date('2026-02-03T04:05:06.000Z'));
    expect(JSON.parse(sealed)).toMatchObject({
      app: 'efficacy-lab',
      exercise: 'test-exercise',
      version: 3,
      updatedAt: '2026-02-03T04:05:06.000Z',
    });
    expect(openEnvelope(sealed, spec)).toEqual({
      status: 'ok',
      data: { items: [{ text: 'a' }] },
      updatedAt: '2026-02-03T04:05:06.000Z',
      migratedFrom: undefined,
    });
  });

  it('migrates old versions step by step', () => {
    const fromV1 = openEnvelope(wrap(1, { notes: ['x', 'y'] }), spec);
    expect(fromV1).toMatchObject({ status: 'ok', data: { items: [{ text: 'x' }, { text: 'y' }] }, migratedFrom: 1 });
    expect(openEnvelope(wrap(2, { items: ['z'] }), spec)).toMatchObject({
      status: 'ok',
      data: { items: [{ text: 'z' }] },
      migratedFrom: 2,
    });
  });

  it.each([
    ['not JSON', '{"app":"efficacy-lab",', 'not-json'],
    ['JSON but not ours', JSON.stringify({ hello: 'world' }), 'not-ours'],
    ['a bare array', '[1,2,3]', 'not-ours'],
    ['another exercise', wrap(3, { items: [] }, { exercise: 'other' }), 'wrong-exercise'],
    ['a newer version', wrap(4, { items: [] }), 'newer-version'],
    ['a migration that throws', wrap(1, { notes: 'not an array' }), 'migration-failed'],
    ['a version with no migration', wrap(0, {}), 'migration-failed'],
    ['the wrong shape', wrap(3, { items: [{ text: 5 }] }), 'wrong-shape'],
    ['no data at all', JSON.stringify({ app: 'efficacy-lab', exercise: 'test-exercise', version: 3 }), 'not-ours'],
    // Each with data, so that only the check named rejects it.
    ['JSON null', 'null', 'not-ours'],
    ['a bare string', '"efficacy-lab"', 'not-ours'],
    ["another app's data", wrap(3, { items: [] }, { app: 'other-app' }), 'not-ours'],
    ['a version that is text', wrap(3, { items: [] }, { version: '3' }), 'not-ours'],
    ['a version that is not whole', wrap(3, { items: [] }, { version: 2.5 }), 'not-ours'],
  ])('reports %s as unreadable, without throwing', (_name, raw, reason) => {
    expect(openEnvelope(raw, spec)).toEqual({ status: 'unreadable', reason });
  });
});

describe('openEnvelope: the date it reports', () => {
  it('is the stored date, or the start of 1970 when the data has none', () => {
    expect(openEnvelope(wrap(3, { items: [] }), spec)).toMatchObject({ status: 'ok', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(openEnvelope(wrap(3, { items: [] }, { updatedAt: undefined }), spec)).toMatchObject({
      status: 'ok',
      updatedAt: '1970-01-01T00:00:00.000Z',
    });
  });
});

describe('revOf and madeKnowing: which write another was made from', () => {
  const at = new Date('2026-02-03T04:05:06.000Z');
  it('reads the rev from the envelope, never from the data inside it', () => {
    // A person's words may contain anything, even text shaped like a rev.
    const plain = sealEnvelope({ items: [{ text: '"rev":"abc123"' }] }, spec, at);
    expect(revOf(plain)).toBeUndefined();
    const dataLike = JSON.stringify({ app: 'efficacy-lab', data: { rev: 'abc123' } });
    expect(revOf(dataLike)).toBeUndefined();
    const stamped = sealEnvelope({ items: [] }, spec, at, null);
    expect(revOf(stamped)).toMatch(/^[a-z0-9]+$/);
  });

  it('says yes for the same write or one made after it, no for one made without it', () => {
    const first = sealEnvelope({ items: [] }, spec, at, null);
    const after = sealEnvelope({ items: [{ text: 'more' }] }, spec, at, first);
    const unrelated = sealEnvelope({ items: [{ text: 'other tab' }] }, spec, at, null);
    expect(madeKnowing(first, first)).toBe(true);
    expect(madeKnowing(after, first)).toBe(true);
    expect(madeKnowing(unrelated, first)).toBe(false);
    expect(madeKnowing(null, first)).toBe(false);
    // A write without a rev (an import) cannot tell, so it counts as known.
    expect(madeKnowing(unrelated, sealEnvelope({ items: [] }, spec, at))).toBe(true);
  });
});
