// The efficacy grid: a person rates how sure they are that they can handle each of 4 to 6 areas of
// life (1-10), sees strong and weak areas at a glance, picks one low area and names one small success
// to aim for there this week. Each saved rating round is kept, so change shows over time.
import type { DataShape } from '../../lib/storage/envelope';
import { blankState, type EntryMeta, type SavedState } from '../../lib/storage/entries';
import { int, list, nullable, obj, str } from '../../lib/storage/shape';
import { savedStateCheck, text } from '../../lib/exercises/saved-state-schema';

export const MIN_DOMAINS = 4;
export const MAX_DOMAINS = 6;
export const MIN_RATING = 1;
export const MAX_RATING = 10;
export const MAX_DOMAIN_NAME = 60;

/** Offered as starting points; people can write their own. */
export const SUGGESTED_DOMAINS = [
  'Work or study',
  'Health and fitness',
  'Friends and family',
  'Money',
  'Learning a new skill',
  'Speaking up',
  'Home and everyday tasks',
  'Creative work',
] as const;

export interface DomainRating {
  domain: string;
  rating: number;
}

export interface EfficacyGridFields {
  /** 4 to 6 areas with their rating, in the order the person listed them. */
  ratings: DomainRating[];
  /** The low area chosen to work on this week. */
  focus: string;
  /** One small success to aim for in that area this week. */
  success: string;
}
export type EfficacyGridEntry = EntryMeta & EfficacyGridFields;

export interface DraftDomain {
  name: string;
  /** null until rated. */
  rating: number | null;
}
export interface EfficacyGridDraft {
  domains: DraftDomain[];
  focus: string;
  success: string;
  /**
   * The class's shared areas, when the grid was started from an assignment (src/exercises/shared-areas.ts):
   * those rows keep their names and cannot be removed, so the class grid counts them. Absent (older
   * drafts, a grid of one's own) means none; dropped once the round is saved.
   */
  shared?: string[];
}
export type EfficacyGridState = SavedState<EfficacyGridEntry, EfficacyGridDraft>;

const rating = int(MIN_RATING, MAX_RATING);
const domainName = str(200);
const isState = savedStateCheck<EfficacyGridFields, EfficacyGridDraft>(
  {
    ratings: list(obj<DomainRating>({ domain: domainName, rating }), 12),
    focus: domainName,
    success: text(),
  },
  obj<EfficacyGridDraft>({
    domains: list(obj<DraftDomain>({ name: domainName, rating: nullable(rating) }), 12),
    focus: domainName,
    success: text(),
  }),
);

export function emptyGridDraft(): EfficacyGridDraft {
  return {
    domains: Array.from({ length: MIN_DOMAINS }, () => ({ name: '', rating: null })),
    focus: '',
    success: '',
  };
}

export const efficacyGridShape: DataShape<EfficacyGridState> = {
  version: 1,
  migrations: {},
  isValid: isState,
  blank: () => blankState(emptyGridDraft()),
};

export type Strength = 'low' | 'middle' | 'strong';

/** Words, not colour, carry the meaning; the chart uses them as text. */
export function strengthOf(value: number): Strength {
  if (value <= 4) return 'low';
  if (value >= 8) return 'strong';
  return 'middle';
}

export const STRENGTH_LABELS: Record<Strength, string> = { low: 'Low', middle: 'Middling', strong: 'Strong' };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Whether a draft row is one of the class's shared areas (src/exercises/shared-areas.ts), which the grid
 * keeps from being renamed or removed. Read with care: `shared` comes from storage unchecked.
 */
export function isSharedRow(draft: EfficacyGridDraft, name: string): boolean {
  return Array.isArray(draft.shared) && name.trim() !== '' && draft.shared.some((a) => typeof a === 'string' && sameName(a, name));
}

/** Rated areas, lowest first: the candidates for this week's focus. */
export function focusCandidates(draft: EfficacyGridDraft): DomainRating[] {
  return draft.domains
    .filter((d): d is { name: string; rating: number } => d.name.trim() !== '' && d.rating !== null)
    .map((d) => ({ domain: d.name.trim(), rating: d.rating }))
    .sort((a, b) => a.rating - b.rating);
}

/** The entry fields for a valid draft (names trimmed, empty rows dropped). */
export function roundFromDraft(draft: EfficacyGridDraft): EfficacyGridFields {
  const ratings = focusCandidates({ ...draft, focus: '' });
  const order = draft.domains.map((d) => d.name.trim());
  ratings.sort((a, b) => order.indexOf(a.domain) - order.indexOf(b.domain));
  const focus = ratings.find((r) => sameName(r.domain, draft.focus))?.domain ?? draft.focus.trim();
  return { ratings, focus, success: draft.success.trim() };
}

/** A new round starts from the latest one: same areas, last ratings as the starting point. */
export function draftFromRound(round: EfficacyGridFields | undefined): EfficacyGridDraft {
  if (!round) return emptyGridDraft();
  return {
    domains: round.ratings.map((r) => ({ name: r.domain, rating: r.rating })),
    focus: '',
    success: '',
  };
}

export interface DomainHistory {
  domain: string;
  /** Oldest first. */
  points: { date: string; rating: number }[];
  /** Latest minus the one before; undefined with a single rating. */
  change: number | undefined;
}

/** Each area's ratings across saved rounds, matching names without regard to case. */
export function domainHistories(rounds: readonly EfficacyGridEntry[]): DomainHistory[] {
  const byName = new Map<string, DomainHistory>();
  const chronological = [...rounds].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  for (const round of chronological) {
    for (const { domain, rating: value } of round.ratings) {
      const key = domain.trim().toLocaleLowerCase();
      const history = byName.get(key) ?? { domain, points: [], change: undefined };
      history.domain = domain; // the latest spelling
      history.points.push({ date: round.createdAt, rating: value });
      byName.set(key, history);
    }
  }
  for (const history of byName.values()) {
    const n = history.points.length;
    history.change = n > 1 ? history.points[n - 1]!.rating - history.points[n - 2]!.rating : undefined;
  }
  return [...byName.values()];
}
