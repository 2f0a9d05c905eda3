// "We can": a person names a group they belong to (a class, a team, a family, another group) and
// rates from 0 to 100 how sure they are that the group, together, can do each of five to eight
// things; then one line on the last time the group got something done together. The pure rules the
// worksheet uses are here (unit-tested in tests/unit/we-can.test.ts).
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { bool, int, list, nullable, obj, str, type Check } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

export const MIN_STATEMENTS = 5;
export const MAX_STATEMENTS = 8;
export const MIN_RATING = 0;
export const MAX_RATING = 100;
/** The scale moves in tens, as confidence scales usually do: 0, 10, … 100. */
export const RATING_STEP = 10;
export const MAX_STATEMENT = 140;
export const MAX_GROUP_NAME = 60;
export const MAX_LAST_TIME = 300;

export const GROUP_KINDS = ['class', 'team', 'family', 'other'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  class: 'A class',
  team: 'A team',
  family: 'A family',
  other: 'Another group',
};

/** What each statement completes: "How sure am I that we, as a group, can …". */
export const STEM = 'How sure am I that we, as a group, can';
/** The same question when the group answers it together, on one device. */
export const AGREED_STEM = 'How sure are we, as a group, that we can';

/**
 * Who gives the ratings (version 2): one person privately ('own'), or the group together after
 * talking each statement through, recorded on one device ('agreed'). The literature measures
 * collective efficacy both ways (aggregated private ratings, or one rating agreed by discussion).
 */
export const RATING_MODES = ['own', 'agreed'] as const;
export type RatingMode = (typeof RATING_MODES)[number];
export const isRatingMode = (v: unknown): v is RatingMode => v === 'own' || v === 'agreed';

export interface StatementRating {
  statement: string;
  rating: number;
}

export interface WeCanFields {
  groupKind: GroupKind;
  /** The group named in words ("9B", "the under-14s"); may be empty except for "other". */
  groupName: string;
  /** Five to eight statements with their rating, in the order the person listed them. */
  ratings: StatementRating[];
  /** One line: the last time we got something done together. */
  lastTime: string;
  /** Private ratings, or the group's agreed ones. */
  mode: RatingMode;
}
export type WeCanEntry = EntryMeta & WeCanFields;

export interface DraftStatement {
  text: string;
  /** null until rated. */
  rating: number | null;
  /** Set by an assignment: the student rates it but cannot change or remove its words. */
  fixed: boolean;
}
export interface WeCanDraft {
  /** '' until chosen. */
  groupKind: GroupKind | '';
  groupName: string;
  statements: DraftStatement[];
  lastTime: string;
  mode: RatingMode;
}
export type WeCanState = SavedState<WeCanEntry, WeCanDraft>;

const isKind: Check<GroupKind> = (v): v is GroupKind => (GROUP_KINDS as readonly unknown[]).includes(v);
const rating = int(MIN_RATING, MAX_RATING);
const statementText = str(400);
const isState = savedStateCheck<WeCanFields, WeCanDraft>(
  {
    groupKind: isKind,
    groupName: str(200),
    ratings: list(obj<StatementRating>({ statement: statementText, rating }), 12),
    lastTime: text(),
    mode: isRatingMode,
  },
  obj<WeCanDraft>({
    groupKind: (v): v is GroupKind | '' => v === '' || isKind(v),
    groupName: str(200),
    statements: list(obj<DraftStatement>({ text: statementText, rating: nullable(rating), fixed: bool }), 12),
    lastTime: text(),
    mode: isRatingMode,
  }),
);

export function emptyWeCanDraft(fixed: readonly string[] = []): WeCanDraft {
  const statements = fixed.map((t) => ({ text: t, rating: null, fixed: true }));
  while (statements.length < MIN_STATEMENTS) statements.push({ text: '', rating: null, fixed: false });
  return { groupKind: '', groupName: '', statements, lastTime: '', mode: 'own' };
}

export const weCanShape: DataShape<WeCanState> = {
  version: 2,
  migrations: {
    // Version 2 adds who gave the ratings: every check saved before was one person's own.
    1: (data) => {
      const state = data as { entries: Record<string, unknown>[]; draft: { value: Record<string, unknown> } };
      return {
        ...state,
        entries: state.entries.map((e) => ('deletedAt' in e ? e : { ...e, mode: 'own' })),
        draft: { ...state.draft, value: { ...state.draft.value, mode: 'own' } },
      };
    },
  },
  isValid: isState,
  blank: () => blankState(emptyWeCanDraft()),
};

export const sameStatement = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The rated statements, in the person's order, words trimmed, empty rows dropped. */
export function ratedStatements(draft: WeCanDraft): StatementRating[] {
  return draft.statements
    .filter((s): s is DraftStatement & { rating: number } => s.text.trim() !== '' && s.rating !== null)
    .map((s) => ({ statement: s.text.trim(), rating: s.rating }));
}

/** The entry fields for a valid draft. */
export function entryFromDraft(draft: WeCanDraft): WeCanFields {
  return {
    groupKind: draft.groupKind === '' ? 'other' : draft.groupKind,
    groupName: draft.groupName.trim(),
    ratings: ratedStatements(draft),
    lastTime: draft.lastTime.trim(),
    mode: draft.mode,
  };
}

/** The group as a reader sees it: "Family: the Okafors", or just "A family" when unnamed. */
export function groupWords(kind: GroupKind, name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return GROUP_KIND_LABELS[kind];
  return kind === 'other' ? trimmed : `${GROUP_KIND_LABELS[kind].replace(/^An? /, '').replace(/^./, (c) => c.toUpperCase())}: ${trimmed}`;
}

/** How sure, in words, for a rating on the 0-100 scale: the chart and saved list say it beside the number. */
export function sureWords(value: number): string {
  if (value <= 20) return 'hardly sure';
  if (value <= 40) return 'not very sure';
  if (value <= 60) return 'half sure';
  if (value <= 80) return 'fairly sure';
  return 'very sure';
}

/** The statements rated lowest (ties all returned), in the person's order: "least sure of". */
export function leastSure(ratings: readonly StatementRating[]): StatementRating[] {
  if (ratings.length === 0) return [];
  const lowest = Math.min(...ratings.map((r) => r.rating));
  return ratings.filter((r) => r.rating === lowest);
}

/** A kind of group's suggested statements, shown as buttons: each finishes the sentence in STEM. */
export type StatementBank = Record<GroupKind, readonly string[]>;
