// The lowest area of the person's latest efficacy-grid round, read straight from the grid's saved text:
// a loose look, as a lesson page peeks at progress (src/lib/progress-peek.ts). Loading the grid's store
// would bring its checks and merging into this page for one suggestion; the ladder only reads, and
// anything it cannot read (storage blocked, damaged, a newer version) means no suggestion, nothing more.
// A unit test keeps GRID_VERSION and the rating scale in step with the grid's own spec.
import { GRID_EXERCISE } from '../../lib/exercise-ids';
import { DATA_PREFIX } from '../../lib/storage-keys';
import { lowestAreas } from './ladder';

/** The grid's saved-data version this look understands. */
export const GRID_VERSION = 1;
/** Where the grid keeps its rounds. */
export const GRID_KEY = `${DATA_PREFIX}${GRID_EXERCISE}`;

export interface GridArea {
  domain: string;
  rating: number;
}

const isArea = (r: unknown): r is GridArea => {
  const a = r as GridArea | null;
  return (
    typeof a === 'object' && a !== null && typeof a.domain === 'string' && Number.isInteger(a.rating) && a.rating >= 1 && a.rating <= 10
  );
};

/** The lowest-rated areas (all, when tied) of the newest live round in the grid's saved text; none if unreadable. */
export function lowestOnLatestGrid(stored: string | null): GridArea[] {
  try {
    const saved = JSON.parse(stored ?? 'null');
    if (saved?.app !== 'efficacy-lab' || saved.exercise !== GRID_EXERCISE || saved.version !== GRID_VERSION) return [];
    // Deleted rounds are tombstones (an id and dates, no ratings), so they drop out here.
    const rounds = (saved.data.entries as { createdAt?: unknown; ratings?: unknown }[]).filter(
      (e) => typeof e.createdAt === 'string' && Array.isArray(e.ratings) && e.ratings.every(isArea),
    );
    const latest = rounds.reduce<(typeof rounds)[number] | undefined>(
      (a, b) => (!a || (b.createdAt as string) > (a.createdAt as string) ? b : a),
      undefined,
    );
    return lowestAreas((latest?.ratings ?? []) as GridArea[]).map((r) => ({ domain: r.domain.trim(), rating: r.rating }));
  } catch {
    return [];
  }
}

/** The same, read from this browser's storage (nothing when storage is blocked). */
export function lowestOnStoredGrid(): GridArea[] {
  try {
    return lowestOnLatestGrid(localStorage.getItem(GRID_KEY));
  } catch {
    return [];
  }
}
