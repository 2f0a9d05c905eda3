// The versioned wrapper around everything an exercise saves. Reading it never throws: data that is
// not JSON, is shaped wrongly, or comes from a newer version of the site is reported as unreadable so
// the caller can keep it aside instead of overwriting it. Older versions are migrated step by step.
import { isRecord } from './shape';

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

export function sealEnvelope<T>(data: T, spec: DataSpec<T>, now: Date = new Date()): string {
  const envelope: Envelope<T> = {
    app: APP_ID,
    exercise: spec.exercise,
    version: spec.version,
    updatedAt: now.toISOString(),
    data,
  };
  return JSON.stringify(envelope);
}
