import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/lib/transfer/import-plan';
import { openEnvelope, sealEnvelope } from '../../../src/lib/storage/envelope';
import { addEntry, deleteEntry, liveEntries, MAX_ENTRIES, setDraft, updateEntry } from '../../../src/lib/storage/entries';
import cantRewriterSpec from '../../../src/exercises/cant-rewriter/spec';
import type { CantRewriterState } from '../../../src/exercises/cant-rewriter/data';
import { DATA_KINDS } from '../../../src/exercises/data-kinds';

const KEY = 'efficacy-lab:data:cant-rewriter';
const t = (m: number) => `2026-04-01T10:${String(m).padStart(2, '0')}:00.000Z`;
const fields = (thought: string) => ({ thought, rewrite: `I don't yet know how to ${thought}.`, skill: '', step: '' });

let base: CantRewriterState = cantRewriterSpec.blank();
base = addEntry(base, fields('a'), t(1), 'a').state;
base = addEntry(base, fields('b'), t(2), 'b').state;
base = addEntry(base, fields('c'), t(3), 'c').state;
const seal = (s: CantRewriterState) => sealEnvelope(s, cantRewriterSpec, new Date(t(59)));

describe('planImport', () => {
  it("into an empty browser: writes the file's text exactly, and counts its entries", () => {
    const text = seal(base);
    const plan = planImport(DATA_KINDS, { [KEY]: text }, () => null);
    expect(plan.writes).toEqual({ [KEY]: text });
    expect(plan.previews).toEqual([
      {
        kind: 'cant-rewriter',
        label: expect.any(String),
        added: 3,
        updated: 0,
        keptNewer: 0,
        deleted: 0,
        unchanged: 0,
        total: 3,
        futureDated: 0,
      },
    ]);
  });

  it('never lets an older entry in the file replace a newer one saved here, and says so', () => {
    const here = updateEntry(base, 'a', { thought: 'a, edited here later' }, t(20));
    let file = updateEntry(base, 'a', { thought: 'a, edited in the file' }, t(10));
    file = updateEntry(file, 'b', { thought: 'b, edited in the file' }, t(11));
    file = addEntry(file, fields('d'), t(12), 'd').state;
    file = deleteEntry(file, 'c', t(13)).state;
    const plan = planImport(DATA_KINDS, { [KEY]: seal(file) }, () => seal(here));
    expect(plan.previews[0]).toMatchObject({ added: 1, updated: 1, keptNewer: 1, deleted: 1, unchanged: 0 });
    const result = openEnvelope(plan.writes[KEY], cantRewriterSpec);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const byId = Object.fromEntries(liveEntries(result.data).map((e) => [e.id, e.thought]));
    expect(byId).toEqual({ a: 'a, edited here later', b: 'b, edited in the file', d: 'd' });
  });

  it('writes nothing when the file adds nothing new', () => {
    const text = seal(base);
    const plan = planImport(DATA_KINDS, { [KEY]: text }, () => text);
    expect(plan.writes).toEqual({});
    expect(plan.previews[0]).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it("keeps unreadable saved data aside before writing the file's data", () => {
    const plan = planImport(DATA_KINDS, { [KEY]: seal(base) }, (key) => (key === KEY ? '{"broken' : null));
    expect(plan.keepAside).toEqual({ [KEY]: '{"broken' });
    expect(plan.writes[KEY]).toBe(seal(base));
  });

  it('adds kept copies that are not here, and never replaces one that is', () => {
    const copy = 'efficacy-lab:backup:cant-rewriter:2026-01-01T00:00:00.000Z';
    expect(planImport(DATA_KINDS, { [copy]: 'old' }, () => null)).toMatchObject({ writes: { [copy]: 'old' }, keptCopies: 1 });
    expect(planImport(DATA_KINDS, { [copy]: 'old' }, () => 'different')).toMatchObject({ writes: {}, keptCopies: 0 });
  });

  // Issue 11, defect 11: the preview said "New 2" and the import added 1.
  it('counts an id twice in the file once', () => {
    const doubled = sealEnvelope(
      { ...base, entries: [...base.entries, { ...base.entries[0]!, updatedAt: t(30), thought: 'a, later' }] },
      cantRewriterSpec,
    );
    const plan = planImport(DATA_KINDS, { [KEY]: doubled }, () => null);
    expect(plan.previews[0]).toMatchObject({ added: 3, total: 3 });
    // And it is written once, the newer version (QA: into an empty browser both copies were stored,
    // the workbook said 4, and deleting one deleted both).
    const written = openEnvelope(plan.writes[KEY], cantRewriterSpec);
    expect(written.status === 'ok' && written.data.entries.map((e) => e.id).sort()).toEqual(['a', 'b', 'c']);
    expect(written.status === 'ok' && liveEntries(written.data).find((e) => e.id === 'a')?.thought).toBe('a, later');
    const here = addEntry(cantRewriterSpec.blank(), fields('z'), t(40), 'z').state;
    expect(planImport(DATA_KINDS, { [KEY]: doubled }, () => seal(here)).previews[0]).toMatchObject({ added: 3, total: 4 });
  });

  // QA after issue 11: on an exact tie the preview said "Newer here (kept)" and the file's text won.
  it('on an exact tie keeps the entry saved here, as the preview says', () => {
    const here = updateEntry(base, 'a', { thought: 'a, typed here' }, t(20));
    const file = updateEntry(base, 'a', { thought: 'zz, the file wins any tie-break by text' }, t(20));
    const plan = planImport(DATA_KINDS, { [KEY]: seal(file) }, () => seal(here));
    expect(plan.previews[0]).toMatchObject({ keptNewer: 1, updated: 0 });
    const written = plan.writes[KEY] ? openEnvelope(plan.writes[KEY], cantRewriterSpec) : openEnvelope(seal(here), cantRewriterSpec);
    expect(written.status === 'ok' && liveEntries(written.data).find((e) => e.id === 'a')?.thought).toBe('a, typed here');
  });

  // Issue 11, defect 3: importing 4,999 entries onto 2 made data no page could read.
  it('refuses, before writing anything, an import that would pass the limit, and says what to do', () => {
    let many: CantRewriterState = cantRewriterSpec.blank();
    for (let i = 0; i < MAX_ENTRIES - 1; i++) many = addEntry(many, fields(`m${i}`), t(5), `m${i}`).state;
    const plan = planImport(DATA_KINDS, { [KEY]: seal(many) }, () => seal(addEntry(base, fields('d'), t(6), 'd').state));
    expect(plan.previews[0]!.total).toBe(MAX_ENTRIES + 3);
    expect(plan.refusal).toMatch(/Nothing was imported.*5,000.*Export your workbook first/);
  });

  it("takes the file's draft only when it is newer than the one here", () => {
    const draftKey = 'efficacy-lab:draft:cant-rewriter';
    const draft = (text: string, m: number) =>
      seal(setDraft(cantRewriterSpec.blank(), { ...cantRewriterSpec.blank().draft.value, thought: text }, t(m)));
    expect(planImport(DATA_KINDS, { [draftKey]: draft('file', 10) }, () => draft('here', 20)).writes).toEqual({});
    expect(planImport(DATA_KINDS, { [draftKey]: draft('file', 30) }, () => draft('here', 20)).writes).toEqual({
      [draftKey]: draft('file', 30),
    });
    expect(planImport(DATA_KINDS, { [draftKey]: draft('file', 30) }, () => null).previews).toEqual([]);
  });

  it('issue 23: dates more than a day past this clock are imported as now, counted, and what they replace is kept first', () => {
    const now = new Date(t(30));
    const future = '2999-01-01T00:00:00.000Z';
    const file = updateEntry(base, 'a', { thought: 'from a wrong clock' }, future);
    const plan = planImport(DATA_KINDS, { [KEY]: seal(file) }, () => seal(base), now);
    expect(plan.previews[0]).toMatchObject({ updated: 1, futureDated: 1 });
    expect(plan.replacedFromFuture).toMatchObject([{ entryId: 'a', value: { thought: 'a' } }]);
    const written = openEnvelope(plan.writes[KEY], cantRewriterSpec);
    const a = written.status === 'ok' ? written.data.entries.find((e) => e.id === 'a') : undefined;
    expect(a).toMatchObject({ thought: 'from a wrong clock', updatedAt: now.toISOString() });
    // A draft too: taken (it is newer than the one here) but dated now, so later typing wins.
    const draftKey = 'efficacy-lab:draft:cant-rewriter';
    const draft = sealEnvelope(setDraft(cantRewriterSpec.blank(), { ...base.draft.value, thought: 'far' }, future), cantRewriterSpec);
    const drafts = planImport(DATA_KINDS, { [draftKey]: draft }, () => null, now);
    expect(drafts.futureDrafts).toBe(1);
    expect(openEnvelope(drafts.writes[draftKey], cantRewriterSpec)).toMatchObject({
      status: 'ok',
      data: { draft: { updatedAt: now.toISOString() } },
    });
  });

  describe('issue 23: drafts', () => {
    const draftKey = 'efficacy-lab:draft:cant-rewriter';
    const blank = cantRewriterSpec.blank().draft.value;
    const draftState = (fields: Partial<typeof blank>, m: number) => setDraft(cantRewriterSpec.blank(), { ...blank, ...fields }, t(m));
    const draft = (fields: Partial<typeof blank>, m: number) => seal(draftState(fields, m));

    it('a draft here that a newer draft in the file replaces is kept as a copy first, field by field, and the plan says so', () => {
      const plan = planImport(DATA_KINDS, { [draftKey]: draft({ thought: 'from the file', rewrite: 'same' }, 30) }, (k) =>
        k === draftKey ? draft({ thought: 'typed here, not saved', rewrite: 'same', step: 'a step here' }, 20) : null,
      );
      expect(plan.writes[draftKey]).toBe(draft({ thought: 'from the file', rewrite: 'same' }, 30));
      expect(plan.draftsReplaced).toBe(1);
      expect(plan.draftsKept).toEqual([
        { kind: 'cant-rewriter', field: 'thought', value: 'typed here, not saved' },
        { kind: 'cant-rewriter', field: 'step', value: 'a step here' },
      ]);
    });

    it('an empty draft here, or one with the same words, is replaced with nothing to keep; an older file draft replaces nothing', () => {
      const same = planImport(DATA_KINDS, { [draftKey]: draft({ thought: 'same' }, 30) }, () => draft({ thought: 'same' }, 20));
      expect(same.draftsKept).toEqual([]);
      const empty = planImport(DATA_KINDS, { [draftKey]: draft({ thought: 'new' }, 30) }, () => null);
      expect([empty.draftsKept, empty.draftsReplaced]).toEqual([[], 0]);
      const older = planImport(DATA_KINDS, { [draftKey]: draft({ thought: 'old' }, 10) }, () => draft({ thought: 'mine' }, 20));
      expect([older.writes, older.draftsKept, older.draftsReplaced]).toEqual([{}, [], 0]);
    });

    it('a draft kept only beside the entries here (saved before drafts had their own key) is kept too', () => {
      const here = seal({ ...base, draft: draftState({ thought: 'typed long ago' }, 20).draft });
      const plan = planImport(DATA_KINDS, { [draftKey]: draft({ thought: 'from the file' }, 30) }, (k) => (k === KEY ? here : null));
      expect(plan.draftsKept).toEqual([{ kind: 'cant-rewriter', field: 'thought', value: 'typed long ago' }]);
    });

    it("a file with no draft key (an older export) brings its entries' copy of the draft to the draft's key", () => {
      const file = seal({ ...base, draft: draftState({ thought: 'in an old file' }, 30).draft });
      const plan = planImport(DATA_KINDS, { [KEY]: file }, (k) => (k === draftKey ? draft({ thought: 'mine' }, 20) : null));
      expect(openEnvelope(plan.writes[draftKey], cantRewriterSpec)).toMatchObject({
        status: 'ok',
        data: { draft: { value: { thought: 'in an old file' } } },
      });
      expect(plan.draftsKept).toEqual([{ kind: 'cant-rewriter', field: 'thought', value: 'mine' }]);
    });
  });
});

describe('planImport: limits and edges the mutation run found untested', () => {
  it('exactly MAX_ENTRIES after the import is allowed; one more is refused', () => {
    let many: CantRewriterState = cantRewriterSpec.blank();
    for (let i = 0; i < MAX_ENTRIES - 3; i++) many = addEntry(many, fields(`m${i}`), t(5), `m${i}`).state;
    const atLimit = planImport(DATA_KINDS, { [KEY]: seal(many) }, () => seal(base));
    expect(atLimit.previews[0]!.total).toBe(MAX_ENTRIES);
    expect(atLimit.refusal).toBeUndefined();
    const over = planImport(DATA_KINDS, { [KEY]: seal(addEntry(many, fields('x'), t(6), 'x').state) }, () => seal(base));
    expect(over.refusal).toMatch(/^Nothing was imported: .+ would have 5,001 entries, and one worksheet keeps at most 5,000/);
  });

  it('a deletion in the file of an entry never saved here adds nothing; one already deleted here counts nothing', () => {
    const deletedHere = deleteEntry(base, 'a', t(10)).state;
    const file = deleteEntry(addEntry(base, fields('gone'), t(4), 'gone').state, 'gone', t(5)).state;
    const plan = planImport(DATA_KINDS, { [KEY]: seal(deleteEntry(file, 'a', t(11)).state) }, () => seal(deletedHere));
    expect(plan.previews[0]).toMatchObject({ added: 0, updated: 0, keptNewer: 0, deleted: 0, unchanged: 2, total: 2 });
    const older = planImport(DATA_KINDS, { [KEY]: seal(deleteEntry(base, 'a', t(9)).state) }, () => seal(deletedHere));
    expect(older.previews[0]).toMatchObject({ keptNewer: 0, deleted: 0, unchanged: 2 });
  });

  it('counts future dates of entries and of the draft, not one at the limit', () => {
    const now = new Date(t(30));
    const limit = new Date(now.getTime() + 86_400_000).toISOString();
    let file = updateEntry(base, 'a', { thought: 'at the limit' }, limit);
    file = updateEntry(file, 'b', { thought: 'past it' }, '2999-01-01T00:00:00.000Z');
    file = setDraft(file, { ...file.draft.value, thought: 'draft past it' }, '2999-01-01T00:00:00.000Z');
    expect(planImport(DATA_KINDS, { [KEY]: seal(file) }, () => null, now).previews[0]!.futureDated).toBe(2);
  });

  it('keeps unreadable saved drafts aside, and skips a draft in the file it cannot read', () => {
    const draftKey = 'efficacy-lab:draft:cant-rewriter';
    const draft = seal(setDraft(cantRewriterSpec.blank(), { ...base.draft.value, thought: 'file' }, t(10)));
    const plan = planImport(DATA_KINDS, { [draftKey]: draft }, () => '{"damaged');
    expect(plan.keepAside).toEqual({ [draftKey]: '{"damaged' });
    expect(plan.writes).toEqual({ [draftKey]: draft });
    expect(plan.futureDrafts).toBe(0);
    expect(planImport(DATA_KINDS, { [draftKey]: '{"damaged' }, () => null)).toMatchObject({ writes: {}, keepAside: {} });
    // A draft here at the same moment is kept.
    expect(planImport(DATA_KINDS, { [draftKey]: draft }, () => draft).writes).toEqual({});
  });
});
