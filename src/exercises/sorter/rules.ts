// The logic both sorting exercises share (the sources sorter and "Esteem or efficacy?"): items are
// sorted into categories one at a time, each answer followed by the lesson's reading and why; an
// exercise may also ask for its categories in order (Move up / Move down, never drag only). There
// is no score anywhere: a saved round is a list of what the person chose and, where it differed,
// what the lesson says.
//
// The items themselves (texts, answers, explanations) are data the island receives as props, never
// imported by client code, so this file stays small: it is in the exercise-sorter chunk.
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { bool, list, obj, str, type Check } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

export interface SortCategory {
  id: string;
  label: string;
}

export interface SortItem {
  /** Short, stable id (stored in saved answers). */
  id: string;
  /** The scenario or statement, as shown. */
  text: string;
  /** The category the lesson puts it in. */
  answer: string;
  /** Why the lesson reads it that way; shown after every answer, matching or not. */
  why: string;
}

/** Ordering the categories: where they start, the lesson's order and why each sits where it does. */
export interface SortOrder {
  title: string;
  hint: string;
  /** The order the list starts in (not the lesson's). */
  start: string[];
  /** The lesson's order. */
  expected: string[];
  /**
   * Categories whose order among themselves the lesson leaves open (each group a list of ids that sit
   * next to each other in `expected`). An order that swaps members of a group still matches.
   */
  ties?: string[][];
  /** Per category: why it sits where it does in the lesson's order. */
  why: Record<string, string>;
  /** Shown after the explanation (how far the ordering can be trusted). */
  note: string;
}

/** Everything an exercise gives the shared sorter (passed as island props, written into the page). */
export interface SorterData {
  /** Heading of the sorting part, and what to do in it. */
  title: string;
  hint: string;
  items: SortItem[];
  categories: SortCategory[];
  order?: SortOrder;
  /** The reflection question, offered once everything is answered. */
  prompt: string;
  /** The sorter's own wording (SORTER_TEXT). */
  text: SorterText;
}

/**
 * The words of the sorter's controls and messages. They travel with the items as props (and in
 * the island's props in the page), not as client code: the exercise pages' JavaScript budget is tight.
 */
export const SORTER_TEXT = {
  check: 'Check the order',
  same: 'Your order matches the lesson’s.',
  differs: 'Your order differs from the lesson’s.',
  lessonOrder: 'The lesson’s order, strongest first:',
  orderFollows: 'The lesson’s order and its reasons follow the list.',
  later: 'Once you have answered everything, you can add a short reflection and save the round.',
  reflectionHint: 'Optional: a sentence or two is enough.',
  save: 'Save this round',
  saved: 'Saved. This round is in your list below.',
  again: 'Start again',
  cleared: 'Cleared. Your answers are gone (your reflection is kept); start again from the top.',
  list: 'Your saved rounds',
  empty: 'Nothing saved yet. Your rounds will be listed here, newest first.',
  choices: 'Your choices',
  order: 'Your order of strength',
  reflection: 'Reflection',
  none: '(none written)',
  // Marks on the answered item's buttons, so a differing answer never looks like a match.
  differsMark: 'your answer, not the lesson’s reading',
  lessonMark: 'the lesson’s reading',
};
export type SorterText = typeof SORTER_TEXT;

/** One saved answer: enough for the workbook to show it without the item data. */
export interface SortAnswer {
  /** The item's id. */
  item: string;
  /** The item's text, as it was shown. */
  text: string;
  /** The category the person chose. */
  choice: string;
  /** The category the lesson puts it in. */
  expected: string;
}

export interface SorterFields {
  answers: SortAnswer[];
  /** The person's order of the categories (empty for an exercise without ordering). */
  order: string[];
  reflection: string;
}
export type SorterEntry = EntryMeta & SorterFields;
export interface SorterDraft extends SorterFields {
  /** Whether the order has been checked (its explanation is showing). */
  checked: boolean;
}
export type SorterState = SavedState<SorterEntry, SorterDraft>;

export const blankSorterDraft = (): SorterDraft => ({ answers: [], order: [], checked: false, reflection: '' });

/** The saved data of a sorting exercise whose categories are `ids`. */
export function sorterShape(ids: readonly string[]): DataShape<SorterState> {
  const known: Check<string> = (v): v is string => ids.includes(v as string);
  const answers = list(obj<SortAnswer>({ item: str(40), text: text(), choice: known, expected: known }), 100);
  const order: Check<string[]> = (v): v is string[] => list(known, ids.length)(v) && new Set(v).size === v.length;
  return {
    version: 1,
    migrations: {},
    isValid: savedStateCheck<SorterFields, SorterDraft>(
      { answers, order, reflection: text() },
      obj<SorterDraft>({ answers, order, checked: bool, reflection: text() }),
    ),
    blank: () => blankState(blankSorterDraft()),
  };
}

/** The person's answer to an item, if they have given one. */
export const answerOf = (draft: SorterDraft, item: string): SortAnswer | undefined => draft.answers.find((a) => a.item === item);

/** The draft with this item answered; an item already answered keeps its first answer. */
export function answer(draft: SorterDraft, item: SortItem, choice: string): SorterDraft {
  if (answerOf(draft, item.id)) return draft;
  return { ...draft, answers: [...draft.answers, { item: item.id, text: item.text, choice, expected: item.answer }] };
}

/** What is shown after an answer: the choice, whether it matches the lesson's reading, and why. */
export function feedback(item: SortItem, choice: string, label: (id: string) => string): string {
  const reading = choice === item.answer ? 'That matches the lesson’s reading.' : `The lesson’s reading: ${label(item.answer)}.`;
  return `Your choice: ${label(choice)}. ${reading} ${item.why}`;
}

/**
 * How a category's button reads once its item is answered: the person's choice that matches the
 * lesson ('match'), their choice that differs ('differs'), the lesson's reading beside a differing
 * choice ('lesson'), or nothing.
 */
export function choiceMark(item: SortItem, choice: string | undefined, category: string): 'match' | 'differs' | 'lesson' | undefined {
  if (choice === undefined) return undefined;
  if (category === choice) return choice === item.answer ? 'match' : 'differs';
  return category === item.answer ? 'lesson' : undefined;
}

/** The order as it stands: the draft's, or the starting order until the person moves something. */
export const currentOrder = (draft: SorterDraft, start: string[]): string[] => (draft.order.length ? draft.order : start);

/** The order with `id` moved one place up (-1) or down (+1); unchanged at the edges. */
export function move(order: string[], id: string, by: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return order;
  const next = [...order];
  next[from] = next[to] as string;
  next[to] = id;
  return next;
}

export const sameOrder = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Whether `order` agrees with the lesson's: the same as `expected`, except that members of a tie
 * group may stand in any order among themselves (each must still be at a place the group holds).
 */
export function orderMatches(order: readonly string[], expected: readonly string[], ties: readonly (readonly string[])[] = []): boolean {
  if (order.length !== expected.length) return false;
  const group = (id: string | undefined) => ties.find((g) => id !== undefined && g.includes(id));
  return (
    order.every((id, i) => {
      if (id === expected[i]) return true;
      const g = group(expected[i]);
      return g !== undefined && g.includes(id);
    }) && new Set(order).size === order.length
  );
}

/** Whether a round is finished: every item answered and, when there is ordering, the order checked. */
export const finished = (draft: SorterDraft, data: Pick<SorterData, 'items' | 'order'>): boolean =>
  data.items.every((item) => answerOf(draft, item.id)) && (!data.order || draft.checked);

/** "A friend’s talk → Vicarious experience (the lesson: Mastery experience)". */
export const answerLine = (a: SortAnswer, label: (id: string) => string): string =>
  `${a.text} → ${label(a.choice)}${a.choice === a.expected ? '' : ` (the lesson: ${label(a.expected)})`}`;

/** A label lookup for category ids; unknown ids are shown as they are. */
export const labeller =
  (categories: readonly SortCategory[]) =>
  (id: string): string =>
    categories.find((c) => c.id === id)?.label ?? id;

/** Field formats for the workbook and hand-ins. */
export const formatAnswers =
  (categories: readonly SortCategory[]) =>
  (value: unknown): string =>
    Array.isArray(value) ? (value as SortAnswer[]).map((a) => answerLine(a, labeller(categories))).join('; ') : '';

export const formatOrder =
  (categories: readonly SortCategory[], expected: readonly string[], ties: readonly (readonly string[])[] = []) =>
  (value: unknown): string => {
    if (!Array.isArray(value) || value.length === 0) return '';
    const label = labeller(categories);
    const mine = (value as string[]).map(label).join(', ');
    if (orderMatches(value as string[], expected, ties)) return mine;
    // The lesson's order, with a tie group written as "A or B" at each of its places.
    const lesson = expected
      .filter((id, i) => !ties.some((g) => g.includes(id) && g.includes(expected[i - 1] as string)))
      .map((id) => {
        const g = ties.find((t) => t.includes(id));
        return g ? `${g.map(label).join(' and ')} (either order)` : label(id);
      });
    return `${mine} (the lesson: ${lesson.join(', ')})`;
  };
