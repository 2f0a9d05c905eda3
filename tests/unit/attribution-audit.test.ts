import { describe, expect, it } from 'vitest';
import {
  attributionAuditFields,
  auditEntry,
  auditProblems,
  auditReady,
  emptyAuditDraft,
  formatMarks,
  MAX_AUDIT_TEXT,
  type AttributionAuditDraft,
  type AttributionMarks,
} from '../../src/exercises/attribution-audit/data';
import attributionAuditExercise from '../../src/exercises/attribution-audit/exercise';
import { fixedAbilityWording, reframeSuggestions } from '../../src/exercises/attribution-audit/reframe';
import { fieldText } from '../../src/lib/exercises/fields';

const attributionAuditSpec = attributionAuditExercise.spec;

const draft = (marks: AttributionMarks, explanation = 'I rushed the figures the night before.'): AttributionAuditDraft => ({
  happened: 'The budget review went badly.',
  explanation,
  marks,
  reframe: '',
});
const setback = (
  cause: AttributionMarks['cause'],
  control: AttributionMarks['control'] = 'partly',
  stable: AttributionMarks['stable'] = 'no',
) => ({ outcome: 'setback', control, stable, cause }) as AttributionMarks;
const success = (
  cause: AttributionMarks['cause'],
  control: AttributionMarks['control'] = 'yes',
  stable: AttributionMarks['stable'] = 'yes',
) => ({ outcome: 'success', control, stable, cause }) as AttributionMarks;

describe('auditProblems', () => {
  it('asks for every field but the reframe, in the order shown', () => {
    const problems = auditProblems(emptyAuditDraft());
    expect(Object.keys(problems)).toEqual(['outcome', 'happened', 'explanation', 'control', 'stable', 'cause']);
    expect(problems.happened).toBe('Write what happened.');
    expect(problems.explanation).toBe('Write how you explained it.');
    expect(problems.outcome).toMatch(/success or setback/);
    expect(problems.control).toMatch(/yes, partly or no/);
    expect(problems.stable).toMatch(/yes or no/);
    expect(problems.cause).toMatch(/mostly about/);
  });
  it('does not count whitespace as an answer', () => {
    expect(Object.keys(auditProblems({ ...draft(setback('effort')), happened: '  \n ' }))).toEqual(['happened']);
  });
  it('names the first missing field first, so focus can go there', () => {
    const d = { ...draft(setback('effort')), marks: { ...setback('effort'), stable: '' as const } };
    expect(Object.keys(auditProblems(d))[0]).toBe('stable');
  });
  it('refuses text that is too long, the optional reframe included', () => {
    const long = 'a'.repeat(MAX_AUDIT_TEXT + 1);
    const problems = auditProblems({ ...draft(setback('effort'), long), reframe: long });
    expect(problems.explanation).toMatch(`${MAX_AUDIT_TEXT} characters or fewer`);
    expect(problems.reframe).toMatch(`${MAX_AUDIT_TEXT} characters or fewer`);
    expect(auditProblems(draft(setback('effort'), 'a'.repeat(MAX_AUDIT_TEXT)))).toEqual({});
  });
  it('is empty for a complete audit, and the entry is trimmed', () => {
    const d = { ...draft(setback('strategy'), '  I skipped the rehearsal. '), reframe: ' Rehearse once. ' };
    expect(auditProblems(d)).toEqual({});
    expect(auditEntry(d)).toEqual({
      happened: 'The budget review went badly.',
      explanation: 'I skipped the rehearsal.',
      marks: setback('strategy'),
      reframe: 'Rehearse once.',
    });
    expect(auditEntry(emptyAuditDraft())).toBeNull();
  });
});

describe('fixedAbilityWording', () => {
  it.each([
    ['I’m just not a numbers person', 'not a numbers person'],
    ['I am not a people person at all', 'not a people person'],
    ['I’m just bad at presenting', 'just bad at'],
    ['I have never been good at maths', 'never been good at'],
    ['I was never any good at sport', 'never any good at'],
    ['I have no talent for it', 'no talent'],
    ['Too stupid to get it', 'Too stupid'],
    ['I’m not smart enough for this course', 'not smart enough'],
    ['Some people are born with it', 'born'],
    ['I’ve always been slow with languages', 'I’ve always been'],
    ["I've always been like this", "I've always been"],
  ])('finds fixed-ability words in “%s”', (text, found) => {
    expect(fixedAbilityWording(text)).toBe(found);
  });
  it.each([
    'I did not prepare the figures',
    'The method I used was wrong for this audience',
    'I was stubborn about the plan',
    'It has always been busy on Mondays',
    'I need more practice with the tool',
    'There is no talk of it yet',
    '',
  ])('leaves “%s” alone', (text) => {
    expect(fixedAbilityWording(text)).toBeUndefined();
  });
});

describe('reframeSuggestions', () => {
  it('waits for the explanation and every mark', () => {
    expect(reframeSuggestions(emptyAuditDraft())).toEqual([]);
    const noCause = { ...draft(setback('ability')), marks: { ...setback('ability'), cause: '' as const } };
    expect(auditReady(noCause)).toBe(false);
    expect(reframeSuggestions(noCause)).toEqual([]);
    expect(auditReady({ ...draft(setback('ability')), explanation: '  ' })).toBe(false);
    expect(auditReady(draft(setback('ability')))).toBe(true);
  });

  it('turns a setback put down to fixed ability towards method', () => {
    const tips = reframeSuggestions(draft(setback('ability'), 'I’m just not a numbers person'));
    expect(tips).toHaveLength(1);
    expect(tips[0]).toMatch(/Which part of the method could I change next time\?/);
  });

  it('gently points out fixed-ability words when the mark says otherwise', () => {
    const tips = reframeSuggestions(draft(setback('effort'), 'I’m just not a numbers person'));
    expect(tips).toHaveLength(1);
    expect(tips[0]).toMatch(/^You marked effort, but “not a numbers person” sounds like a fixed trait\./);
    expect(reframeSuggestions(draft(setback('luck', 'partly', 'no'), 'Never been good at maths'))[0]).toMatch(
      /You marked circumstances or luck, but “Never been good at”/,
    );
  });

  it('asks a success put down to luck to notice what the person did', () => {
    const tips = reframeSuggestions(draft(success('luck', 'no', 'no'), 'The questions happened to suit me.'));
    expect(tips).toEqual([expect.stringMatching(/Notice what you did.*owning your part of a success builds belief/)]);
    // Out of their control, whatever the cause, counts the same.
    expect(reframeSuggestions(draft(success('strategy', 'no')))).toHaveLength(1);
  });

  it('asks a success put down to talent to credit effort and method too', () => {
    expect(reframeSuggestions(draft(success('ability')))).toEqual([expect.stringMatching(/Credit your effort and method/)]);
  });

  it('looks for the part that can change after an uncontrollable, stable setback', () => {
    const tips = reframeSuggestions(draft(setback('luck', 'no', 'yes'), 'The client always changes the brief.'));
    expect(tips).toEqual([expect.stringMatching(/Look for the part that can change/)]);
    // Not stable, or partly in control: nothing to add.
    expect(reframeSuggestions(draft(setback('luck', 'no', 'no')))).toEqual([]);
    expect(reframeSuggestions(draft(setback('luck', 'partly', 'yes')))).toEqual([]);
  });

  it('can give more than one suggestion', () => {
    const tips = reframeSuggestions(draft(setback('ability', 'no', 'yes'), 'I was born without a head for figures'));
    expect(tips).toHaveLength(2);
  });

  it('has nothing to add to an explanation that leaves room to act', () => {
    expect(reframeSuggestions(draft(setback('strategy')))).toEqual([]);
    expect(reframeSuggestions(draft(setback('effort', 'yes', 'no')))).toEqual([]);
    expect(reframeSuggestions(draft(success('effort')))).toEqual([]);
  });

  it('never shames', () => {
    const all = [
      ...reframeSuggestions(draft(setback('ability', 'no', 'yes'), 'I’m too stupid for this')),
      ...reframeSuggestions(draft(setback('effort'), 'I’m not smart enough')),
      ...reframeSuggestions(draft(success('luck', 'no'))),
      ...reframeSuggestions(draft(success('ability'))),
    ];
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const tip of all) expect(tip).not.toMatch(/\b(should have|wrong|fault|lazy|failure|stupid|excuse)\b/i);
  });
});

describe('attributionAuditSpec', () => {
  const entry = {
    id: 'a1',
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    happened: 'Presented the plan',
    explanation: 'I rehearsed twice',
    marks: success('effort'),
    reframe: '',
  };
  const state = {
    entries: [entry, { id: 'a2', updatedAt: '2026-11-26T10:00:00.000Z', deletedAt: '2026-11-26T10:00:00.000Z' }],
    draft: { value: emptyAuditDraft(), updatedAt: '' },
  };

  // Its id and version are checked with every exercise's in exercise-catalog.test.ts.
  it('is blank to start', () => {
    expect(attributionAuditSpec.blank()).toEqual({ entries: [], draft: { value: emptyAuditDraft(), updatedAt: '' } });
    expect(attributionAuditSpec.isValid(attributionAuditSpec.blank())).toBe(true);
  });
  it('accepts a good state, with a half-marked draft', () => {
    expect(attributionAuditSpec.isValid(state)).toBe(true);
    const half = {
      ...state,
      draft: {
        value: { ...emptyAuditDraft(), marks: { outcome: 'setback', control: '', stable: 'no', cause: '' } },
        updatedAt: '2026-03-01T10:00:00.000Z',
      },
    };
    expect(attributionAuditSpec.isValid(half)).toBe(true);
  });
  it('rejects damaged states', () => {
    const withEntry = (e: object) => ({ ...state, entries: [e] });
    expect(attributionAuditSpec.isValid(withEntry({ ...entry, marks: { ...entry.marks, cause: 'genes' } }))).toBe(false);
    expect(attributionAuditSpec.isValid(withEntry({ ...entry, marks: { ...entry.marks, cause: 'toString' } }))).toBe(false);
    expect(attributionAuditSpec.isValid(withEntry({ ...entry, marks: { ...entry.marks, outcome: '' } }))).toBe(false);
    expect(attributionAuditSpec.isValid(withEntry({ ...entry, marks: 'success' }))).toBe(false);
    expect(attributionAuditSpec.isValid(withEntry({ ...entry, reframe: undefined }))).toBe(false);
    expect(attributionAuditSpec.isValid(withEntry({ ...entry, explanation: 42 }))).toBe(false);
    expect(
      attributionAuditSpec.isValid({ ...state, draft: { value: { ...emptyAuditDraft(), marks: { outcome: 'maybe' } }, updatedAt: '' } }),
    ).toBe(false);
    expect(attributionAuditSpec.isValid({ ...state, draft: { value: { ...emptyAuditDraft(), happened: null }, updatedAt: '' } })).toBe(
      false,
    );
    expect(attributionAuditSpec.isValid({ entries: 'none', draft: state.draft })).toBe(false);
    expect(attributionAuditSpec.isValid(null)).toBe(false);
  });
});

describe('attributionAuditFields', () => {
  it('lists the saved entry’s keys with readable labels, none private', () => {
    expect(attributionAuditFields.map((f) => f.key)).toEqual(['happened', 'explanation', 'marks', 'reframe']);
    expect(attributionAuditFields.every((f) => f.label.length > 0 && !f.private)).toBe(true);
  });
  it('formats the marks as readable text', () => {
    const marks = attributionAuditFields.find((f) => f.key === 'marks')!;
    expect(marks.format?.(setback('ability', 'no', 'yes'))).toBe(
      'Outcome: setback; In my control: no; Same next time: yes; About: fixed ability or talent',
    );
    expect(fieldText(success('luck', 'partly', 'no'), marks)).toBe(
      'Outcome: success; In my control: partly; Same next time: no; About: circumstances or luck',
    );
    expect(formatMarks({ outcome: 'setback' })).toBe('');
    expect(formatMarks(undefined)).toBe('');
    // Text fields stay as written.
    expect(fieldText('I rehearsed twice', attributionAuditFields[1]!)).toBe('I rehearsed twice');
  });
});
