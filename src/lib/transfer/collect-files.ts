// Reads what the teacher chose or dropped in one step (files, a folder's files, .zip files) and
// opens every hand-in in it. Which files are read is decided by ./collect.ts from names and sizes;
// zips are unpacked by ./hand-in-zip.ts, loaded only when a zip is among them.
import type { HandIn, HandInExercises } from './hand-in';
import { planFiles, type CollectedCount } from './collect';
import { readHandInFile } from './hand-in-file';

/** A chosen or dropped file, with its path in its folder (its name alone when chosen on its own). */
export interface PickedFile {
  file: Pick<Blob, 'size' | 'text' | 'arrayBuffer'>;
  path: string;
}

export interface Collected extends CollectedCount {
  handIns: HandIn[];
  /** What could not be opened, in words, each starting with the file's path. */
  problems: string[];
}

type ReadZip = (typeof import('./hand-in-zip'))['readZip'];

/** Opens every hand-in in `picked`; files that are not hand-in files are skipped and counted. */
export async function collectFiles(
  exercises: HandInExercises,
  picked: readonly PickedFile[],
  knownPractices: ReadonlySet<string>,
  loadZipReader: () => Promise<ReadZip> = () => import('./hand-in-zip').then((m) => m.readZip),
): Promise<Collected> {
  const plan = planFiles(picked.map((p) => ({ ...p, size: p.file.size })));
  const collected: Collected = {
    handIns: [],
    problems: [...plan.problems],
    opened: 0,
    skipped: plan.skipped,
    failed: plan.problems.length,
  };
  if (plan.refused) return { ...collected, problems: [plan.refused], failed: 1 };
  for (const { file, path } of plan.read) {
    const opened = await readHandInFile(exercises, file, knownPractices);
    // A .json file chosen on its own that is no hand-in is named; in a folder it is one more other file.
    if (opened.other && path.includes('/')) collected.skipped++;
    else
      add(
        collected,
        opened.handIns,
        opened.problems.map((p) => `${path}: ${p}`),
      );
  }
  if (plan.zips.length > 0) {
    const readZip = await loadZipReader();
    for (const { file, path } of plan.zips) {
      const unzipped = await readZip(exercises, file, path, knownPractices);
      add(collected, unzipped.handIns, unzipped.problems);
      collected.skipped += unzipped.skipped;
    }
  }
  return collected;
}

function add(collected: Collected, handIns: readonly HandIn[], problems: readonly string[]) {
  collected.handIns.push(...handIns);
  collected.problems.push(...problems);
  collected.opened += handIns.length;
  collected.failed += problems.length;
}
