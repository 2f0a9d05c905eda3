// The files the review page opens: a student's hand-in file ({ format: 'efficacy-lab-hand-in', code })
// and the teacher's own "Export the kept hand-ins" file ({ format: 'efficacy-lab-hand-ins', handIns }).
// A file's size is checked before a byte of it is read (issue 23: a 40 MB file was read for
// seconds before it was refused); every hand-in in it is then checked as a link's would be.
import { handInProblems, MAX_FILE_CODE_LENGTH, type HandIn, type HandInExercises } from './hand-in';
import { decodeHandIn } from './hand-in-code';

export const HAND_IN_FILE_FORMAT = 'efficacy-lab-hand-in';
export const KEPT_HAND_INS_FORMAT = 'efficacy-lab-hand-ins';

/**
 * The largest file either kind can be: the kept hand-ins are at most what one browser's storage
 * holds (5 MiB characters, backup-file.ts MAX_STORED_UNITS, not imported: that module brings every
 * exercise's spec), written out with indentation (at most doubling it), at most
 * 3 bytes a character in UTF-8. A student's hand-in file is far smaller (MAX_FILE_CODE_LENGTH) and
 * is held to that once read.
 */
export const MAX_HAND_IN_FILE_BYTES = 3 * 2 * 5 * 1024 * 1024;

/** The kept hand-ins as a file the review page opens again. */
export const keptHandInsFile = (handIns: readonly HandIn[]): string =>
  `${JSON.stringify({ format: KEPT_HAND_INS_FORMAT, handIns }, null, 2)}\n`;

const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1e6))} MB`;
/** Said of a file larger than any hand-in file can be (one chosen on its own, or in a folder or a zip). */
export const tooLargeProblem = (bytes: number): string =>
  `This file is ${mb(bytes)}, larger than any hand-in file or file of kept hand-ins can be, so it was not read.`;

export interface OpenedFile {
  handIns: HandIn[];
  /** What could not be opened, in words (a whole file, or one hand-in in a file of kept hand-ins). */
  problems: string[];
  /** Set when the file is not a hand-in file at all (collecting a folder or a zip skips and counts it). */
  other?: true;
}

/** Reads a chosen file: its size first (File.size), its text only if that fits. */
export async function readHandInFile(
  exercises: HandInExercises,
  file: Pick<Blob, 'size' | 'text'>,
  knownPractices: ReadonlySet<string>,
): Promise<OpenedFile> {
  const refuse = (message: string): OpenedFile => ({ handIns: [], problems: [message] });
  if (file.size > MAX_HAND_IN_FILE_BYTES) {
    return refuse(tooLargeProblem(file.size));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    parsed = undefined;
  }
  const format = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['format'] : undefined;
  if (format === HAND_IN_FILE_FORMAT) {
    const code = (parsed as Record<string, unknown>)['code'];
    const decoded = decodeHandIn(exercises, typeof code === 'string' ? code : '', knownPractices, MAX_FILE_CODE_LENGTH);
    return decoded.ok ? { handIns: [decoded.handIn], problems: [] } : refuse(decoded.message);
  }
  if (format === KEPT_HAND_INS_FORMAT) {
    const list = (parsed as Record<string, unknown>)['handIns'];
    if (!Array.isArray(list)) return refuse('This file of kept hand-ins is damaged: it has no list of hand-ins.');
    const opened: OpenedFile = { handIns: [], problems: [] };
    list.forEach((h: unknown, i) => {
      const [problem] = handInProblems(exercises, h, knownPractices);
      if (problem) opened.problems.push(`hand-in ${i + 1} of ${list.length} cannot be read: ${problem}`);
      else opened.handIns.push(h as HandIn);
    });
    return opened;
  }
  return { ...refuse('This is not an Efficacy Lab hand-in file, nor a file of kept hand-ins exported from this page.'), other: true };
}
