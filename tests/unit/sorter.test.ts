import { describe, expect, it } from 'vitest';
import { EFFICACY_SOURCE_IDS, EFFICACY_SOURCE_TIES } from '../../src/lib/efficacy-sources';
import { ESTEEM_CATEGORIES, esteemOrEfficacyFields } from '../../src/exercises/esteem-or-efficacy/data';
import esteemOrEfficacyExercise from '../../src/exercises/esteem-or-efficacy/exercise';
import { esteemOrEfficacyData } from '../../src/exercises/esteem-or-efficacy/scenarios';
import {
  answer,
  answerLine,
  blankSorterDraft,
  choiceMark,
  currentOrder,
  feedback,
  finished,
  formatOrder,
  labeller,
  move,
  orderMatches,
  sameOrder,
  type SorterData,
  type SorterState,
} from '../../src/exercises/sorter/rules';
import { SOURCE_CATEGORIES, sourcesSorterFields } from '../../src/exercises/sources-sorter/data';
import sourcesSorterExercise from '../../src/exercises/sources-sorter/exercise';
import { sourcesSorterData } from '../../src/exercises/sources-sorter/scenarios';
import { fieldText } from '../../src/lib/exercises/fields';

const esteemOrEfficacySpec = esteemOrEfficacyExercise.spec;
const sourcesSorterSpec = sourcesSorterExercise.spec;

const label = labeller(SOURCE_CATEGORIES);
const item = sourcesSorterData.items.find((i) => i.answer === 'vicarious')!;

describe('answering an item', () => {
  it('says when the choice matches the lesson’s reading, and always says why', () => {
    const text = feedback(item, 'vicarious', label);
    expect(text).toContain('Your choice: Vicarious experience.');
    expect(text).toContain('That matches the lesson’s reading.');
    expect(text).toContain(item.why);
  });
  it('names the lesson’s reading when the choice differs', () => {
    const text = feedback(item, 'persuasion', label);
    expect(text).toContain('Your choice: Verbal persuasion.');
    expect(text).toContain('The lesson’s reading: Vicarious experience.');
    expect(text).not.toContain('matches');
    expect(text).toContain(item.why);
  });
  it('records the answer with what the workbook needs, and keeps the first answer', () => {
    const once = answer(blankSorterDraft(), item, 'persuasion');
    expect(once.answers).toEqual([{ item: item.id, text: item.text, choice: 'persuasion', expected: 'vicarious' }]);
    expect(answer(once, item, 'vicarious')).toBe(once);
  });
  // Reported: the chosen button turned solid green with ✓ whether or not it matched the lesson.
  it('marks a differing choice apart from a match, and points to the lesson’s reading', () => {
    expect(choiceMark(item, 'vicarious', 'vicarious')).toBe('match');
    expect(choiceMark(item, 'persuasion', 'persuasion')).toBe('differs');
    expect(choiceMark(item, 'persuasion', 'vicarious')).toBe('lesson');
    expect(choiceMark(item, 'persuasion', 'mastery')).toBeUndefined();
    expect(choiceMark(item, undefined, 'vicarious')).toBeUndefined();
  });
  it('never reads as a score', () => {
    for (const i of [...sourcesSorterData.items, ...esteemOrEfficacyData.items]) {
      for (const choice of [i.answer, 'mastery', 'esteem']) {
        expect(feedback(i, choice, label)).not.toMatch(/score|\d+\s*\/\s*\d+|%|\bcorrect\b|\bwrong\b/i);
      }
    }
  });
});

describe('ordering', () => {
  const start = ['a', 'b', 'c', 'd'];
  it('moves an item one place up or down', () => {
    expect(move(start, 'b', -1)).toEqual(['b', 'a', 'c', 'd']);
    expect(move(start, 'b', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(start).toEqual(['a', 'b', 'c', 'd']); // not changed in place
  });
  it('leaves the order alone at the edges and for unknown ids', () => {
    expect(move(start, 'a', -1)).toEqual(start);
    expect(move(start, 'd', 1)).toEqual(start);
    expect(move(start, 'z', 1)).toEqual(start);
  });
  it('starts from the given order until the person moves something', () => {
    expect(currentOrder(blankSorterDraft(), start)).toEqual(start);
    expect(currentOrder({ ...blankSorterDraft(), order: ['d', 'c', 'b', 'a'] }, start)).toEqual(['d', 'c', 'b', 'a']);
  });
  it('checks an order against the lesson’s', () => {
    const order = sourcesSorterData.order!;
    expect(sameOrder(order.start, order.expected)).toBe(false);
    expect(sameOrder([...EFFICACY_SOURCE_IDS], order.expected)).toBe(true);
    expect(sameOrder(['mastery', 'vicarious', 'persuasion'], order.expected)).toBe(false);
    // Four moves take the starting order to the lesson's.
    let o = order.start;
    o = move(o, 'mastery', -1);
    o = move(o, 'mastery', -1);
    o = move(o, 'vicarious', -1);
    o = move(o, 'vicarious', -1);
    o = move(o, 'physiological', 1);
    expect(o).toEqual(order.expected);
  });
  it('formats an order, adding the lesson’s only when they differ', () => {
    const format = formatOrder(SOURCE_CATEGORIES, EFFICACY_SOURCE_IDS);
    expect(format([...EFFICACY_SOURCE_IDS])).toBe(
      'Mastery experience, Vicarious experience, Verbal persuasion, Physiological and emotional states',
    );
    expect(format(['vicarious', 'mastery', 'persuasion', 'physiological'])).toBe(
      'Vicarious experience, Mastery experience, Verbal persuasion, Physiological and emotional states (the lesson: Mastery experience, Vicarious experience, Verbal persuasion, Physiological and emotional states)',
    );
    expect(format([])).toBe('');
    expect(format('nonsense')).toBe('');
  });
});

describe('an order with a tie (Bandura fixed no order between the last two sources)', () => {
  const order = sourcesSorterData.order!;
  const swapped = ['mastery', 'vicarious', 'physiological', 'persuasion'];
  it('accepts either order for persuasion and body signals', () => {
    expect(orderMatches([...EFFICACY_SOURCE_IDS], order.expected, order.ties)).toBe(true);
    expect(orderMatches(swapped, order.expected, order.ties)).toBe(true);
  });
  it('still needs mastery first and vicarious experience second', () => {
    expect(orderMatches(['vicarious', 'mastery', 'persuasion', 'physiological'], order.expected, order.ties)).toBe(false);
    expect(orderMatches(['mastery', 'persuasion', 'vicarious', 'physiological'], order.expected, order.ties)).toBe(false);
    expect(orderMatches(['persuasion', 'physiological', 'mastery', 'vicarious'], order.expected, order.ties)).toBe(false);
  });
  it('rejects short, long and repeated orders', () => {
    expect(orderMatches(['mastery', 'vicarious', 'persuasion'], order.expected, order.ties)).toBe(false);
    expect(orderMatches(['mastery', 'vicarious', 'persuasion', 'persuasion'], order.expected, order.ties)).toBe(false);
  });
  it('without ties is the same as an exact match', () => {
    expect(orderMatches(swapped, order.expected)).toBe(false);
    expect(orderMatches([...EFFICACY_SOURCE_IDS], order.expected)).toBe(true);
  });
  it('the sorter data carries the tie, and its reasons say why', () => {
    expect(order.ties).toEqual(EFFICACY_SOURCE_TIES);
    for (const id of ['persuasion', 'physiological']) expect(order.why[id]).toMatch(/either order/);
    expect(order.note).toMatch(/either order/);
    expect(order.hint).toMatch(/either way/);
  });
  it('formats a swapped order as agreeing, and names the tie when an order differs', () => {
    const format = formatOrder(SOURCE_CATEGORIES, EFFICACY_SOURCE_IDS, EFFICACY_SOURCE_TIES);
    expect(format(swapped)).toBe('Mastery experience, Vicarious experience, Physiological and emotional states, Verbal persuasion');
    expect(format(['vicarious', 'mastery', 'persuasion', 'physiological'])).toBe(
      'Vicarious experience, Mastery experience, Verbal persuasion, Physiological and emotional states (the lesson: Mastery experience, Vicarious experience, Verbal persuasion and Physiological and emotional states (either order))',
    );
    const field = sourcesSorterFields.find((f) => f.key === 'order')!;
    expect(fieldText(swapped, field)).not.toContain('the lesson');
  });
  it('no sorter text calls one source the weakest', () => {
    expect(JSON.stringify(sourcesSorterData)).not.toMatch(/weakest/i);
  });
});

describe('a finished round', () => {
  const answerAll = (data: SorterData) => data.items.reduce((d, i) => answer(d, i, i.answer), blankSorterDraft());
  it('needs every item answered and, with ordering, the order checked', () => {
    const all = answerAll(sourcesSorterData);
    expect(finished(blankSorterDraft(), sourcesSorterData)).toBe(false);
    expect(finished({ ...all, answers: all.answers.slice(1) }, sourcesSorterData)).toBe(false);
    expect(finished(all, sourcesSorterData)).toBe(false);
    expect(finished({ ...all, checked: true }, sourcesSorterData)).toBe(true);
    expect(finished(answerAll(esteemOrEfficacyData), esteemOrEfficacyData)).toBe(true);
  });
});

describe('formatting saved answers', () => {
  const a = { item: 'friend', text: 'A friend’s talk', choice: 'vicarious', expected: 'mastery' };
  it('writes the choice and, where it differed, the lesson’s reading', () => {
    expect(answerLine(a, label)).toBe('A friend’s talk → Vicarious experience (the lesson: Mastery experience)');
    expect(answerLine({ ...a, choice: 'mastery' }, label)).toBe('A friend’s talk → Mastery experience');
  });
  it('joins answers with semicolons for the workbook and hand-ins', () => {
    const field = sourcesSorterFields.find((f) => f.key === 'answers')!;
    expect(fieldText([a, { ...a, item: 'b', text: 'Second', choice: 'mastery' }], field)).toBe(
      'A friend’s talk → Vicarious experience (the lesson: Mastery experience); Second → Mastery experience',
    );
    const esteem = esteemOrEfficacyFields.find((f) => f.key === 'answers')!;
    expect(fieldText([{ item: 'x', text: '“I’m stupid.”', choice: 'efficacy', expected: 'esteem' }], esteem)).toBe(
      '“I’m stupid.” → An efficacy question (the lesson: An esteem question)',
    );
    expect(
      fieldText(
        'A reflection',
        sourcesSorterFields.find((f) => f.key === 'reflection')!,
      ),
    ).toBe('A reflection');
  });
  it('has the fields the brief names', () => {
    expect(sourcesSorterFields.map((f) => f.key)).toEqual(['answers', 'order', 'reflection']);
    expect(esteemOrEfficacyFields.map((f) => f.key)).toEqual(['answers', 'reflection']);
  });
});

describe('saved data', () => {
  const now = '2026-03-02T10:00:00.000Z';
  const good: SorterState = {
    entries: [
      {
        id: 'e1',
        createdAt: now,
        updatedAt: now,
        answers: [{ item: 'tyre', text: 'A tyre', choice: 'persuasion', expected: 'mastery' }],
        order: ['mastery', 'vicarious', 'persuasion', 'physiological'],
        reflection: 'Watch my sister cook.',
      },
      { id: 'e0', updatedAt: now, deletedAt: now },
    ],
    draft: { value: { answers: [], order: [], checked: false, reflection: '' }, updatedAt: '' },
  };
  const damaged = (change: (s: any) => void) => {
    const copy = structuredClone(good) as any;
    change(copy);
    return copy;
  };

  // Ids, versions and migrations are checked for every exercise in exercise-catalog.test.ts, against the
  // catalogue rather than against copies of their own values.
  it('has a blank state that passes its own check, new each time', () => {
    for (const spec of [sourcesSorterSpec, esteemOrEfficacySpec]) {
      expect(spec.isValid(spec.blank())).toBe(true);
      expect(spec.blank()).not.toBe(spec.blank());
    }
  });
  it('accepts a good state', () => {
    expect(sourcesSorterSpec.isValid(good)).toBe(true);
  });
  it('rejects damaged states', () => {
    const bad = [
      damaged((s) => (s.entries[0].answers[0].choice = 'luck')),
      damaged((s) => (s.entries[0].answers[0].expected = 7)),
      damaged((s) => (s.entries[0].answers[0].item = 'x'.repeat(41))),
      damaged((s) => delete s.entries[0].answers[0].text),
      damaged((s) => (s.entries[0].order = ['mastery', 'mastery'])),
      damaged((s) => (s.entries[0].order = ['mastery', 'vicarious', 'persuasion', 'physiological', 'luck'])),
      damaged((s) => (s.entries[0].reflection = null)),
      damaged((s) => (s.draft.value.checked = 'yes')),
      damaged((s) => (s.draft.value.answers = {})),
      damaged((s) => delete s.draft.value.order),
      damaged((s) => (s.entries = 'none')),
    ];
    for (const state of bad) expect(sourcesSorterSpec.isValid(state)).toBe(false);
  });
  it('checks choices against each exercise’s own categories', () => {
    expect(esteemOrEfficacySpec.isValid(good)).toBe(false);
    const esteem = damaged((s) => {
      s.entries[0].answers[0] = { item: 'stupid', text: '“I’m stupid.”', choice: 'efficacy', expected: 'esteem' };
      s.entries[0].order = [];
    });
    expect(esteemOrEfficacySpec.isValid(esteem)).toBe(true);
  });
});

describe('the exercises’ data', () => {
  const sets: [string, SorterData, readonly string[]][] = [
    ['sources sorter', sourcesSorterData, EFFICACY_SOURCE_IDS],
    ['esteem or efficacy', esteemOrEfficacyData, ESTEEM_CATEGORIES.map((c) => c.id)],
  ];
  for (const [name, data, ids] of sets) {
    it(`${name}: about eight items, unique short ids, known answers, explanations given`, () => {
      expect(data.items.length).toBeGreaterThanOrEqual(6);
      expect(data.items.length).toBeLessThanOrEqual(10);
      expect(new Set(data.items.map((i) => i.id)).size).toBe(data.items.length);
      expect(data.categories.map((c) => c.id)).toEqual([...ids]);
      for (const i of data.items) {
        expect(i.id).toMatch(/^[a-z0-9-]{1,40}$/);
        expect(ids).toContain(i.answer);
        expect(i.text.trim().length).toBeGreaterThan(10);
        expect(i.why.trim().length).toBeGreaterThan(20);
      }
      // Every category is the lesson's answer at least once, and no more than half the time.
      for (const id of ids) {
        const n = data.items.filter((i) => i.answer === id).length;
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(data.items.length / 2);
      }
      expect(data.prompt).toMatch(/\?$/);
    });
  }
  it('sources sorter: two scenarios per source', () => {
    for (const id of EFFICACY_SOURCE_IDS) expect(sourcesSorterData.items.filter((i) => i.answer === id)).toHaveLength(2);
  });
  it('sources sorter: the order starts shuffled and every source has its reason', () => {
    const order = sourcesSorterData.order!;
    expect([...order.start].sort()).toEqual([...EFFICACY_SOURCE_IDS].sort());
    expect(order.expected).toEqual([...EFFICACY_SOURCE_IDS]);
    for (const id of EFFICACY_SOURCE_IDS) expect(order.why[id]?.trim().length).toBeGreaterThan(20);
    expect(order.why['mastery']).toMatch(/own record/);
    expect(order.why['persuasion']).toMatch(/nothing you have experienced/);
    expect(order.why['physiological']).toMatch(/read/);
  });
  it('esteem or efficacy has no ordering', () => {
    expect(esteemOrEfficacyData.order).toBeUndefined();
  });
  it('uses curly quotes and apostrophes only', () => {
    const text = JSON.stringify([sourcesSorterData, esteemOrEfficacyData]).replace(/\\"/g, '');
    expect(text.replace(/"[a-zA-Z]+":/g, '')).not.toMatch(/'/);
  });
});

describe('the server-rendered worksheet', async () => {
  const { h } = await import('preact');
  const { render } = await import('preact-render-to-string');
  const SourcesSorter = (await import('../../src/exercises/sources-sorter/SourcesSorter')).default;
  const EsteemOrEfficacy = (await import('../../src/exercises/esteem-or-efficacy/EsteemOrEfficacy')).default;

  it('lists every scenario with its choice buttons, and the sources with move buttons', () => {
    const html = render(h(SourcesSorter, { ...sourcesSorterData, level: 3 }));
    for (const i of sourcesSorterData.items) expect(html).toContain(`id="sources-sorter-${i.id}-mastery"`);
    expect(html.match(/<legend/g)).toHaveLength(sourcesSorterData.items.length);
    expect(html).toContain('Move <span class="visually-hidden">Verbal persuasion </span>up');
    // Verbal persuasion starts at the top, so it cannot move up.
    expect(html).toMatch(/<button type="button" class="quiet" id="sources-sorter-persuasion-up" disabled/);
    expect(html).toContain('<h4 class="sorter__title">Sort the scenarios</h4>');
    expect(html).toContain('aria-live="polite"');
    expect(html).not.toContain('sorter__why'); // nothing answered yet
    expect(html).not.toMatch(/score|\d\s*\/\s*\d/i);
  });
  it('puts headings one level below the exercise title', () => {
    const html = render(h(EsteemOrEfficacy, { ...esteemOrEfficacyData, level: 2 }));
    expect(html).toContain('<h3 class="sorter__title">Sort the questions</h3>');
    expect(html).toContain('id="esteem-or-efficacy-stupid-esteem"');
    expect(html).not.toContain('Move');
  });
});
