// Collecting a class's hand-ins in one step (issue 24): many files, a folder, or the .zip a class
// platform's "download all submissions" makes (a folder per student, names the platform chose).
// This module decides, from names and sizes alone, what is read: hand-in files (.json) are opened,
// .zip files are unpacked on the device, everything else is skipped and counted. It reads nothing,
// so a zip's limits are checked from its directory before a byte is inflated.
import { MAX_HAND_IN_FILE_BYTES, tooLargeProblem } from './hand-in-file';

/** The most hand-in files opened in one step (a class of 40 over a term's weeks, with room). */
export const MAX_COLLECTED_FILES = 1000;
/** The largest .zip read (it is read whole into memory to be unpacked). */
export const MAX_ZIP_BYTES = 256 * 1024 * 1024;
/** The most entries a zip's directory may list (files and folders, taken or not). */
export const MAX_ZIP_ENTRIES = 20_000;
/** The most a zip's hand-in files may unpack to, all together. */
export const MAX_ZIP_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * What a file is to the review page: a hand-in file to open, a zip to unpack, a system file the
 * teacher never made (macOS's `__MACOSX/` copies and `._` files, `.DS_Store`, Windows' `Thumbs.db`
 * and `desktop.ini`: left out without a word), or another file (skipped and counted).
 */
export type FileRole = 'hand-in' | 'zip' | 'system' | 'other';

const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

export function roleOf(path: string): FileRole {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const base = (parts.at(-1) ?? '').toLowerCase();
  if (parts.some((p) => p === '__MACOSX') || base.startsWith('._') || SYSTEM_FILES.has(base)) return 'system';
  if (base.endsWith('.json')) return 'hand-in';
  if (base.endsWith('.zip')) return 'zip';
  return 'other';
}

/** A file as its size and path say it is, before it is read (a zip's entry: from its directory). */
export interface Listed {
  path: string;
  /** Bytes once unpacked (File.size; a zip entry's declared size). */
  size: number;
}

export interface Plan<T extends Listed> {
  /** Hand-in files to read. */
  read: T[];
  /** Zips to unpack (only when the files were chosen or dropped; a zip inside a zip is another file). */
  zips: T[];
  /** Files that are neither: skipped, and counted for the teacher. */
  skipped: number;
  /** Per-file problems, in words, each starting with the file's path. */
  problems: string[];
  /** When set, nothing is read: why, in words. */
  refused?: string;
}

const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1e6))} MB`;
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Which files to read, from their paths and sizes. `inZip`: the files are a zip's entries, so a zip
 * among them is not unpacked, and the zip's own limits (entry count, total unpacked size) apply.
 */
export function planFiles<T extends Listed>(files: readonly T[], { inZip = false } = {}): Plan<T> {
  const plan: Plan<T> = { read: [], zips: [], skipped: 0, problems: [] };
  if (inZip && files.length > MAX_ZIP_ENTRIES) {
    return {
      ...plan,
      refused: `This .zip lists ${count(files.length, 'file')}; the page opens a .zip of up to ${count(MAX_ZIP_ENTRIES, 'file')}. Download one assignment’s submissions at a time.`,
    };
  }
  let unpacked = 0;
  for (const file of files) {
    // A zip's folders are entries of their own, ending in a slash; they hold nothing to read.
    if (file.path.endsWith('/')) continue;
    const role = roleOf(file.path);
    if (role === 'system') continue;
    if (role === 'zip' && !inZip) plan.zips.push(file);
    else if (role === 'hand-in' && file.size > MAX_HAND_IN_FILE_BYTES) plan.problems.push(`${file.path}: ${tooLargeProblem(file.size)}`);
    else if (role === 'hand-in') {
      plan.read.push(file);
      unpacked += file.size;
    } else plan.skipped++;
  }
  if (plan.read.length > MAX_COLLECTED_FILES) {
    return {
      ...plan,
      read: [],
      zips: [],
      refused: `${inZip ? 'This .zip holds' : 'You chose'} ${count(plan.read.length, 'hand-in file')}; the page opens up to ${count(MAX_COLLECTED_FILES, 'file')} at a time. Open them in smaller groups (one class or one week at a time).`,
    };
  }
  if (inZip && unpacked > MAX_ZIP_UNPACKED_BYTES) {
    return {
      ...plan,
      read: [],
      refused: `This .zip’s hand-in files unpack to ${mb(unpacked)}; the page unpacks up to ${mb(MAX_ZIP_UNPACKED_BYTES)} at a time, far more than a class’s hand-ins. Download one assignment’s submissions at a time.`,
    };
  }
  return plan;
}

/** What one step of collecting found: counted as the teacher reads it in the summary. */
export interface CollectedCount {
  /** Hand-ins that opened (a file of kept hand-ins counts each one in it). */
  opened: number;
  /** Files that were not hand-in files (other file types, .json files of other kinds). */
  skipped: number;
  /** Hand-ins or files that could not be opened, each named apart. */
  failed: number;
}

/** "30 hand-ins opened, 2 other files skipped." */
export function collectSummary({ opened, skipped, failed }: CollectedCount): string {
  const parts = [`${count(opened, 'hand-in')} opened`];
  if (skipped > 0) parts.push(`${count(skipped, 'other file')} skipped`);
  if (failed > 0) parts.push(`${count(failed, 'file')} could not be opened (below)`);
  return `${parts.join(', ')}.`;
}
