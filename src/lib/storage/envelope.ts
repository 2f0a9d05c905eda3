// The versioned wrapper around everything an exercise saves. Reading it never throws: data that is
// not JSON, is shaped wrongly, or comes from a newer version of the site is reported as unreadable so
// the caller can keep it aside instead of overwriting it. Older versions are migrated step by step.
import { isRecord } from './shape';
import { isoOf } from './clock';

export const APP_ID = 'efficacy-lab';

export interface Envelope<T> {
  /** Always "efficacy-lab": tells our data from anything else under the same key. */
  app: typeof APP_ID;
  /** Which exercise the data belongs to. */
  exercise: string;
  /** The data's schema version, for migrations. */
  version: number;
  /** When the data was last written (ISO 8601, UTC). */
  updatedAt: string;
  /**
   * Set by a tab writing as the person types: an id for this write, and the id of the stored write
   * it was made from (absent when that had none). Lets a tab tell whether another tab's write was
   * made knowing its own (see GuardedStorage's Resolver.includes). Readers ignore both.
   */
  rev?: string;
  after?: string | undefined;
  data: T;
}

export interface DataSpec<T> {
  /** The exercise id; also part of the storage key. */
  exercise: string;
  /** The version this build writes. */
  version: number;
  /**
   * migrations[n] turns version-n data into version n+1 data. Each may throw on data it cannot
   * handle; the result must then pass `isValid`.
   */
  migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Whether data has the current version's shape. */
  isValid: (data: unknown) => data is T;
  /** A fresh, empty state. */
  blank: () => T;
}

/** A spec without its name: what an exercise's data module declares (the definition adds the id). */
export type DataShape<T> = Omit<DataSpec<T>, 'exercise'>;

export type UnreadableReason = 'not-json' | 'not-ours' | 'wrong-exercise' | 'newer-version' | 'migration-failed' | 'wrong-shape';

export type OpenResult<T> =
  | { status: 'empty'; data: T }
  | { status: 'ok'; data: T; updatedAt: string; migratedFrom: number | undefined }
  | { status: 'unreadable'; reason: UnreadableReason };

export function openEnvelope<T>(raw: string | null | undefined, spec: DataSpec<T>): OpenResult<T> {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty', data: spec.blank() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', reason: 'not-json' };
  }
  if (!isRecord(parsed) || parsed['app'] !== APP_ID || !Number.isInteger(parsed['version']) || !('data' in parsed)) {
    return { status: 'unreadable', reason: 'not-ours' };
  }
  if (parsed['exercise'] !== spec.exercise) {
    return { status: 'unreadable', reason: 'wrong-exercise' };
  }
  const version = parsed['version'] as number;
  if (version > spec.version) {
    return { status: 'unreadable', reason: 'newer-version' };
  }
  let data: unknown = parsed['data'];
  for (let v = Math.max(version, 1); v < spec.version; v++) {
    try {
      data = spec.migrations[v]!(data);
    } catch {
      // A missing step throws too: either way the data stays as it was, kept aside.
      return { status: 'unreadable', reason: 'migration-failed' };
    }
  }
  if (!spec.isValid(data)) {
    return { status: 'unreadable', reason: 'wrong-shape' };
  }
  const updatedAt = typeof parsed['updatedAt'] === 'string' ? parsed['updatedAt'] : new Date(0).toISOString();
  return { status: 'ok', data, updatedAt, migratedFrom: version < spec.version ? version : undefined };
}

/**
 * `replaces`: when given, the write is stamped with a new rev, made after the one `replaces` (the
 * stored text it replaces) carries. Exports and imports leave it out.
 */
export function sealEnvelope<T>(data: T, spec: DataSpec<T>, now: Date = new Date(), replaces?: string | null): string {
  const envelope: Envelope<T> = {
    app: APP_ID,
    exercise: spec.exercise,
    version: spec.version,
    updatedAt: isoOf(now.getTime()),
    ...(replaces === undefined ? {} : { rev: Math.random().toString(36).slice(2, 12), after: revOf(replaces) }),
    data,
  };
  return JSON.stringify(envelope);
}

/** A sealed text's own rev and the one it was made after; read from the head only, so it is cheap for long texts. */
function stamp(text: string | null | undefined, field: 'rev' | 'after'): string | undefined {
  const head = text?.slice(0, 400).split('"data":')[0] ?? '';
  return new RegExp(`"${field}":"([a-z0-9]+)"`).exec(head)?.[1];
}
export const revOf = (text: string | null | undefined) => stamp(text, 'rev');

/** Whether `stored` is the write `ours`, or was made from it. Writes without a rev cannot tell: yes. */
export function madeKnowing(stored: string | null, ours: string): boolean {
  const rev = revOf(ours);
  return rev === undefined || revOf(stored) === rev || stamp(stored, 'after') === rev;
}
