// The workbook's export file: everything saved, as the exact text each item is stored as, in a
// versioned wrapper with a SHA-256 checksum. Reading a file checks it completely before anything
// changes: size, JSON, that it is ours, its version (older ones are migrated), its checksum, and
// that every item is data this site can read.
import { openEnvelope } from '../storage/envelope';
import type { DataKinds } from './data-kinds';
import { BACKUP_PREFIX, CONFLICT_PREFIX, DATA_PREFIX, DRAFT_PREFIX } from '../storage-keys';
import { isRecord } from '../storage/shape';

export const EXPORT_FORMAT = 'efficacy-lab-export';
export const EXPORT_VERSION = 1;
/**
 * The most text (UTF-16 code units, as localStorage counts) any browser lets a site store: 5 MiB
 * characters in Chrome and Firefox. Safari allows fewer.
 */
export const MAX_STORED_UNITS = 5 * 1024 * 1024;
/**
 * The longest export text there can be: every stored character once, plus the backslash JSON adds
 * before each quote of the stored JSON (at most doubling it), plus the wrapper. Anything the site
 * let a person store, it lets them restore.
 */
export const MAX_IMPORT_UNITS = 2 * MAX_STORED_UNITS + 64 * 1024;
/**
 * Files larger than this are refused before they are read: UTF-8 takes at most 3 bytes for one
 * UTF-16 code unit (a character outside the BMP is 4 bytes for 2 units).
 */
export const MAX_IMPORT_BYTES = 3 * MAX_IMPORT_UNITS;

export interface ExportFile {
  /** Always "efficacy-lab-export". */
  format: typeof EXPORT_FORMAT;
  /** Version of this wrapper (not of the data inside, which carries its own). */
  version: number;
  exportedAt: string;
  /** "sha256:<hex>" of the items, so a damaged or edited file is noticed. */
  checksum: string;
  /** Storage key → the stored text, exactly. */
  items: Record<string, string>;
}

/** The checksum covers the items in key order, so it does not depend on how the JSON is laid out. */
export async function checksumOf(items: Record<string, string>): Promise<string> {
  const canonical = JSON.stringify(
    Object.keys(items)
      .sort()
      .map((key) => [key, items[key]]),
  );
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Which stored keys belong in an export: saved data and kept-aside copies (not display preferences). */
export function isExportedKey({ isDataKind }: DataKinds, key: string): boolean {
  if (key.startsWith(DATA_PREFIX)) return isDataKind(key.slice(DATA_PREFIX.length));
  if (key.startsWith(DRAFT_PREFIX)) return isDataKind(key.slice(DRAFT_PREFIX.length));
  for (const prefix of [BACKUP_PREFIX, CONFLICT_PREFIX]) {
    if (key.startsWith(prefix)) return isDataKind(key.slice(prefix.length).split(':')[0] ?? '');
  }
  return false;
}

export async function createExport(items: Record<string, string>, now: Date = new Date()): Promise<string> {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    checksum: await checksumOf(items),
    items,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportProblem = 'too-large' | 'not-json' | 'not-ours' | 'hand-ins' | 'newer-version' | 'newer-item' | 'damaged';

export type ReadImport =
  | {
      ok: true;
      items: Record<string, string>;
      /** What the file was: a workbook export, or the single-exercise copy an exercise offers. */
      source: 'export' | 'exercise-copy';
      exportedAt: string | undefined;
    }
  | { ok: false; problem: ImportProblem; message: string };

const MESSAGES: Record<ImportProblem, string> = {
  'too-large':
    'This file is larger than any Efficacy Lab export could be: even a browser full of saved work exports to less. Nothing was changed.',
  'not-json': 'This file is not an Efficacy Lab export (it is not even JSON). Nothing was changed.',
  'not-ours': 'This file was not made by Efficacy Lab. Choose a file you exported from your workbook. Nothing was changed.',
  'hand-ins':
    'This is a hand-in file (a student’s, or kept hand-ins a teacher exported), not a workbook export. Open it on the review page, /teach/review/, under “Or open hand-in files”. Nothing was changed.',
  'newer-version':
    'This file was exported by a newer version of Efficacy Lab than this page. Reload the page and try again. Nothing was changed.',
  'newer-item':
    'Some of the saved work in this file was made by a newer version of Efficacy Lab than this page. Reload the page and try again. Nothing was changed.',
  damaged: 'This file is damaged or has been edited, so it cannot be trusted. Nothing was changed.',
};

const fail = (problem: ImportProblem): ReadImport => ({ ok: false, problem, message: MESSAGES[problem] });

/**
 * Migrations of the export wrapper: migrations[n] turns a version-n file into version n+1. There
 * is only version 1 so far; the single-exercise copy (an older, simpler download) is handled below.
 */
const MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Every item must be data this site can read, for a kind it knows (kept copies are taken as they
 * are). Returns the problem, or undefined when all is well.
 */
function itemsProblem(kinds: DataKinds, items: Record<string, unknown>): ImportProblem | undefined {
  let problem: ImportProblem | undefined;
  for (const [key, value] of Object.entries(items)) {
    if (typeof value !== 'string' || !isExportedKey(kinds, key)) return 'damaged';
    if (key.startsWith(BACKUP_PREFIX) || key.startsWith(CONFLICT_PREFIX)) continue;
    const kind = key.slice(key.startsWith(DRAFT_PREFIX) ? DRAFT_PREFIX.length : DATA_PREFIX.length);
    if (!kinds.isDataKind(kind)) return 'damaged';
    const opened = openEnvelope(value, kinds.dataKind(kind).spec);
    if (opened.status === 'unreadable') {
      if (opened.reason !== 'newer-version') return 'damaged';
      problem = 'newer-item';
    }
  }
  return problem;
}

/** Reads a chosen file's text, for these kinds of data. `byteLength` is the file's size, checked before reading it. */
export async function readImport(kinds: DataKinds, text: string, byteLength = text.length): Promise<ReadImport> {
  const { isDataKind, dataKind } = kinds;
  if (byteLength > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_UNITS) return fail('too-large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (!isRecord(parsed)) return fail('not-ours');

  // An exercise's own "Download a copy": one stored item, as it was stored.
  if (parsed['app'] === 'efficacy-lab' && typeof parsed['exercise'] === 'string' && isDataKind(parsed['exercise'])) {
    const items = { [`${DATA_PREFIX}${parsed['exercise']}`]: text.trim() };
    if (typeof parsed['version'] === 'number' && parsed['version'] > dataKind(parsed['exercise']).spec.version)
      return fail('newer-version');
    const problem = itemsProblem(kinds, items);
    return problem ? fail(problem) : { ok: true, items, source: 'exercise-copy', exportedAt: undefined };
  }

  // A hand-in file opens on the review page (src/lib/transfer/hand-in-file.ts): say where.
  if (parsed['format'] === 'efficacy-lab-hand-ins' || parsed['format'] === 'efficacy-lab-hand-in') return fail('hand-ins');
  if (parsed['format'] !== EXPORT_FORMAT) return fail('not-ours');
  const version = parsed['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('damaged');
  if (version > EXPORT_VERSION) return fail('newer-version');
  let file = parsed;
  for (let v = version; v < EXPORT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail('damaged');
    file = step(file);
  }
  const items = file['items'];
  if (!isRecord(items) || typeof file['checksum'] !== 'string') return fail('damaged');
  if (!Object.values(items).every((v) => typeof v === 'string')) return fail('damaged');
  if ((await checksumOf(items as Record<string, string>)) !== file['checksum']) return fail('damaged');
  const problem = itemsProblem(kinds, items);
  if (problem) return fail(problem);
  return {
    ok: true,
    items: items as Record<string, string>,
    source: 'export',
    exportedAt: typeof file['exportedAt'] === 'string' ? file['exportedAt'] : undefined,
  };
}
