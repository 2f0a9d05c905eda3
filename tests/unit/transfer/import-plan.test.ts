import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/lib/transfer/import-plan';
import { openEnvelope, sealEnvelope } from '../../../src/lib/storage/envelope';
import { addEntry, deleteEntry, liveEntries, updateEntry } from '../../../src/lib/storage/entries';
import { type CantRewriterState } from '../../../src/exercises/cant-rewriter/data';
import cantRewriterExercise from '../../../src/exercises/cant-rewriter/exercise';

const cantRewriterSpec = cantRewriterExercise.spec;

const KEY = 'efficacy-lab:data:cant-rewriter';
const t = (m: number) => `2026-04-01T10:${String(m).padStart(2, '0')}:00.000Z`;
const fields = (thought: string) => ({ thought, rewrite: `I don't yet know how to ${thought}.`, skill: '', step: '' });

let base: CantRewriterState = cantRewriterSpec.blank();
base = addEntry(base, fields('a'), t(1), 'a').state;
base = addEntry(base, fields('b'), t(2), 'b').state;
base = addEntry(base, fields('c'), t(3), 'c').state;
const seal = (s: CantRewriterState) => sealEnvelope(s, cantRewriterSpec, new Date(t(59)));

describe('planImport', () => {
  it('into an empty browser: writes the file\'s text exactly, and counts its entries', () => {
    const text = seal(base);
    const plan = planImport({ [KEY]: text }, () => null);
    expect(plan.writes).toEqual({ [KEY]: text });
    expect(plan.previews).toEqual([{ kind: 'cant-rewriter', label: expect.any(String), added: 3, updated: 0, keptNewer: 0, deleted: 0, unchanged: 0 }]);
  });

  it('never lets an older entry in the file replace a newer one saved here, and says so', () => {
    const here = updateEntry(base, 'a', { thought: 'a, edited here later' }, t(20));
    let file = updateEntry(base, 'a', { thought: 'a, edited in the file' }, t(10));
    file = updateEntry(file, 'b', { thought: 'b, edited in the file' }, t(11));
    file = addEntry(file, fields('d'), t(12), 'd').state;
    file = deleteEntry(file, 'c', t(13)).state;
    const plan = planImport({ [KEY]: seal(file) }, () => seal(here));
    expect(plan.previews[0]).toMatchObject({ added: 1, updated: 1, keptNewer: 1, deleted: 1, unchanged: 0 });
    const result = openEnvelope(plan.writes[KEY], cantRewriterSpec);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const byId = Object.fromEntries(liveEntries(result.data).map((e) => [e.id, e.thought]));
    expect(byId).toEqual({ a: 'a, edited here later', b: 'b, edited in the file', d: 'd' });
  });

  it('writes nothing when the file adds nothing new', () => {
    const text = seal(base);
    const plan = planImport({ [KEY]: text }, () => text);
    expect(plan.writes).toEqual({});
    expect(plan.previews[0]).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it('keeps unreadable saved data aside before writing the file\'s data', () => {
    const plan = planImport({ [KEY]: seal(base) }, (key) => (key === KEY ? '{"broken' : null));
    expect(plan.keepAside).toEqual({ [KEY]: '{"broken' });
    expect(plan.writes[KEY]).toBe(seal(base));
  });

  it('adds kept copies that are not here, and never replaces one that is', () => {
    const copy = 'efficacy-lab:backup:cant-rewriter:2026-01-01T00:00:00.000Z';
    expect(planImport({ [copy]: 'old' }, () => null)).toMatchObject({ writes: { [copy]: 'old' }, keptCopies: 1 });
    expect(planImport({ [copy]: 'old' }, () => 'different')).toMatchObject({ writes: {}, keptCopies: 0 });
  });
});
