import { describe, expect, it } from 'vitest';
import { openEnvelope, sealEnvelope, type DataSpec } from '../../../src/lib/storage/envelope';

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
  ])('reports %s as unreadable, without throwing', (_name, raw, reason) => {
    expect(openEnvelope(raw, spec)).toEqual({ status: 'unreadable', reason });
  });
});
