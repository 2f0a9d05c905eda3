// Unpacks a .zip of hand-ins on the device (fflate, already the hand-ins' compression library):
// the zip's directory is listed first and its limits checked (./collect.ts planFiles) before any
// entry is inflated; then only the hand-in files are unpacked, each to at most the size the
// directory declares for it (fflate writes into a buffer of that size), and each is read as a
// hand-in file chosen on its own would be. Loaded only when a zip is opened.
import { unzipSync } from 'fflate';
import { MAX_ZIP_BYTES, planFiles, type Listed } from './collect';
import { readHandInFile } from './hand-in-file';
import type { HandIn, HandInExercises } from './hand-in';

export interface Unzipped {
  handIns: HandIn[];
  problems: string[];
  skipped: number;
}

const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1e6))} MB`;

export async function readZip(
  exercises: HandInExercises,
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
  zipName: string,
  knownPractices: ReadonlySet<string>,
): Promise<Unzipped> {
  const refuse = (message: string): Unzipped => ({ handIns: [], problems: [`${zipName}: ${message}`], skipped: 0 });
  if (file.size > MAX_ZIP_BYTES) {
    return refuse(
      `This .zip is ${mb(file.size)}; the page opens a .zip of up to ${mb(MAX_ZIP_BYTES)}. Download one assignment’s submissions at a time.`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const listed: Listed[] = [];
  try {
    // The directory alone: every entry is listed and none is inflated (the filter says no to each).
    unzipSync(bytes, {
      filter: (entry) => {
        listed.push({ path: entry.name, size: Math.max(entry.originalSize, entry.size) });
        return false;
      },
    });
  } catch {
    return refuse('This file could not be read as a .zip: it may be damaged, or not a .zip at all.');
  }
  const plan = planFiles(listed, { inZip: true });
  if (plan.refused) return refuse(plan.refused);
  const unzipped: Unzipped = { handIns: [], problems: plan.problems.map((p) => `${zipName} › ${p}`), skipped: plan.skipped };
  const wanted = new Set(plan.read.map((f) => f.path));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (entry) => wanted.has(entry.name) });
  } catch {
    return refuse(
      'This .zip could not be unpacked: it may be damaged, protected by a password, or packed in a way this page does not read. Unzip it on your computer and open the folder instead.',
    );
  }
  const decoder = new TextDecoder();
  for (const { path } of plan.read) {
    const content = files[path] ?? new Uint8Array();
    const opened = await readHandInFile(
      exercises,
      { size: content.length, text: () => Promise.resolve(decoder.decode(content)) },
      knownPractices,
    );
    // In a platform's zip, a .json file that is no hand-in is one more other file.
    if (opened.other) unzipped.skipped++;
    else {
      unzipped.handIns.push(...opened.handIns);
      unzipped.problems.push(...opened.problems.map((p) => `${zipName} › ${path}: ${p}`));
    }
  }
  return unzipped;
}
