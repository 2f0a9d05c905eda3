// Issue 24: collecting a class in one step. Which files are read, the zip's limits (checked from its
// directory before anything is inflated), the summary, and the whole path through real zips as a
// class platform's "download all" makes them (a folder per student, names the platform chose).
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { HandIn } from '../../../src/lib/transfer/hand-in';
import { encodeHandIn } from '../../../src/lib/transfer/hand-in-code';
import { exerciseById } from '../../../src/exercises/catalog';
import { keptHandInsFile, MAX_HAND_IN_FILE_BYTES } from '../../../src/lib/transfer/hand-in-file';
import {
  collectSummary,
  MAX_COLLECTED_FILES,
  MAX_ZIP_BYTES,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_UNPACKED_BYTES,
  planFiles,
  roleOf,
} from '../../../src/lib/transfer/collect';
import { collectFiles, type PickedFile } from '../../../src/lib/transfer/collect-files';
import { readZip } from '../../../src/lib/transfer/hand-in-zip';
import { filesOfEntries, type DroppedEntry } from '../../../src/lib/transfer/dropped-files';

const known = new Set(['catch-one-cant']);
const handIn = (student: string): HandIn => ({
  v: 1,
  assignment: { practices: ['catch-one-cant'], week: '2026-11-23', className: '9B' },
  student,
  handedInAt: '2026-11-25T09:00:00.000Z',
  entries: [],
  reflections: [{ practice: 'catch-one-cant', text: 'It was about a task.' }],
});
const handInFile = (student: string) => JSON.stringify({ format: 'efficacy-lab-hand-in', code: encodeHandIn(handIn(student)) });
const picked = (path: string, text: string | Uint8Array<ArrayBuffer>): PickedFile => ({ file: new Blob([text]), path });

describe('which files are read', () => {
  it.each([
    ['Ana_12345_assignsubmission_file_/efficacy-lab-hand-in-9B-Ana-2026-11-23.json', 'hand-in'],
    ['Ana/ANSWERS.JSON', 'hand-in'],
    ['class.zip', 'zip'],
    ['Ben/essay.pdf', 'other'],
    ['Ben/notes', 'other'],
    ['__MACOSX/Ana/._efficacy.json', 'system'],
    ['Ana/._efficacy.json', 'system'],
    ['Ana/.DS_Store', 'system'],
    ['Thumbs.db', 'system'],
  ])('%s is %s', (path, role) => expect(roleOf(path)).toBe(role));

  it('reads hand-in files, unpacks zips, counts other files and leaves system files and folders out', () => {
    const plan = planFiles([
      { path: 'Ana/a.json', size: 10 },
      { path: 'Ben/', size: 0 },
      { path: 'Ben/b.json', size: 10 },
      { path: 'Ben/photo.jpg', size: 10 },
      { path: 'week.zip', size: 10 },
      { path: '.DS_Store', size: 10 },
    ]);
    expect(plan.read.map((f) => f.path)).toEqual(['Ana/a.json', 'Ben/b.json']);
    expect(plan.zips.map((f) => f.path)).toEqual(['week.zip']);
    expect(plan.skipped).toBe(1);
    expect(plan.refused).toBeUndefined();
  });
  it('does not unpack a zip inside a zip: it is another file', () => {
    expect(planFiles([{ path: 'inner.zip', size: 10 }], { inZip: true })).toMatchObject({ zips: [], skipped: 1 });
  });
  it('holds each file to the limit of one hand-in file', () => {
    const plan = planFiles([
      { path: 'big.json', size: MAX_HAND_IN_FILE_BYTES + 1 },
      { path: 'fine.json', size: MAX_HAND_IN_FILE_BYTES },
    ]);
    expect(plan.read.map((f) => f.path)).toEqual(['fine.json']);
    expect(plan.problems).toEqual([expect.stringMatching(/^big\.json: This file is 31 MB, .*not read/)]);
  });
  it('refuses a zip whose directory lists too many entries, or whose hand-in files unpack to too much', () => {
    const many = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ path: `f${i}.txt`, size: 1 }));
    expect(planFiles(many, { inZip: true }).refused).toMatch(/lists 20,001 files; the page opens a \.zip of up to 20,000 files/);
    expect(planFiles(many).refused).toBeUndefined();
    const heavy = Array.from({ length: 17 }, (_, i) => ({ path: `s${i}.json`, size: MAX_ZIP_UNPACKED_BYTES / 16 }));
    const plan = planFiles(heavy, { inZip: true });
    expect(plan.read).toEqual([]);
    expect(plan.refused).toMatch(/unpack to 71 MB; the page unpacks up to 67 MB/);
    expect(planFiles(heavy.slice(1), { inZip: true }).refused).toBeUndefined();
  });
  it('refuses more hand-in files than it opens at once, naming the limit', () => {
    const files = Array.from({ length: MAX_COLLECTED_FILES + 1 }, (_, i) => ({ path: `s${i}.json`, size: 1 }));
    const plan = planFiles(files);
    expect(plan.read).toEqual([]);
    expect(plan.refused).toMatch(/You chose 1,001 hand-in files; the page opens up to 1,000 files at a time/);
  });
});

describe('the summary', () => {
  it.each([
    [{ opened: 30, skipped: 2, failed: 0 }, '30 hand-ins opened, 2 other files skipped.'],
    [{ opened: 1, skipped: 0, failed: 0 }, '1 hand-in opened.'],
    [{ opened: 0, skipped: 1, failed: 1 }, '0 hand-ins opened, 1 other file skipped, 1 file could not be opened (below).'],
  ])('%o', (count, words) => expect(collectSummary(count)).toBe(words));
});

/** A zip as a platform's "download all" makes it: a folder per student, the platform's own names. */
function platformZip(students: string[], extra: Zippable = {}): Uint8Array<ArrayBuffer> {
  const tree: Zippable = { ...extra };
  students.forEach((s, i) => {
    tree[`${s}_${1000 + i}_assignsubmission_file_`] = { [`efficacy-lab-hand-in-9B-${s}-2026-11-23.json`]: strToU8(handInFile(s)) };
  });
  return zipSync(tree) as Uint8Array<ArrayBuffer>;
}

describe('a zip of a class, opened on the device', () => {
  it('opens every hand-in in nested folders and counts the stray files', async () => {
    const zip = platformZip(['Ana', 'Ben', 'Cleo'], {
      Ben_1001_onlinetext_: { 'essay.pdf': strToU8('%PDF-1.4') },
      'grades.json': strToU8('{"format":"moodle-grades"}'),
      __MACOSX: { '._grades.json': strToU8('x') },
    });
    const collected = await collectFiles(exerciseById, [picked('class.zip', zip)], known);
    expect(collected.handIns.map((h) => h.student).sort()).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(collected).toMatchObject({ opened: 3, skipped: 2, failed: 0, problems: [] });
    expect(collectSummary(collected)).toBe('3 hand-ins opened, 2 other files skipped.');
  });
  it('names a damaged hand-in inside the zip by its path, and opens the rest', async () => {
    const zip = platformZip(['Ana'], { 'Ben/efficacy-lab-hand-in.json': strToU8('{"format":"efficacy-lab-hand-in","code":"h1.AAAA"}') });
    const collected = await collectFiles(exerciseById, [picked('class.zip', zip)], known);
    expect(collected.handIns.map((h) => h.student)).toEqual(['Ana']);
    expect(collected.problems).toEqual([expect.stringMatching(/^class\.zip › Ben\/efficacy-lab-hand-in\.json: /)]);
  });
  it('checks the directory before inflating: an entry that unpacks past its declared size is cut there, not unpacked whole', async () => {
    const zip = platformZip(['Ana']);
    // Lower the declared size of the only entry in the central directory (offset 24 of its header).
    const view = new DataView(zip.buffer);
    const central = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 20, true);
    const opened = await readZip(exerciseById, new Blob([zip]), 'class.zip', known);
    expect(opened.handIns).toEqual([]);
    expect(opened.skipped).toBe(1); // 20 bytes of JSON: no longer a hand-in file
  });
  it('refuses a zip over its limits with a clear message, before unpacking', async () => {
    const huge = { size: MAX_ZIP_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    expect((await readZip(exerciseById, huge, 'all.zip', known)).problems).toEqual([
      expect.stringMatching(/^all\.zip: This \.zip is 268 MB; .* up to 268 MB/),
    ]);
    const tooMany = Object.fromEntries(Array.from({ length: MAX_COLLECTED_FILES + 1 }, (_, i) => [`s${i}.json`, strToU8('{}')]));
    expect((await readZip(exerciseById, new Blob([zipSync(tooMany) as Uint8Array<ArrayBuffer>]), 'all.zip', known)).problems[0]).toMatch(
      /^all\.zip: This \.zip holds 1,001 hand-in files/,
    );
  });
  it('says so when a file named .zip is not one', async () => {
    const collected = await collectFiles(exerciseById, [picked('class.zip', 'not a zip')], known);
    expect(collected.problems).toEqual(['class.zip: This file could not be read as a .zip: it may be damaged, or not a .zip at all.']);
  });
  it('opens a file of kept hand-ins found in a zip, each hand-in counted', async () => {
    const zip = <Uint8Array<ArrayBuffer>>zipSync({ 'exports/kept.json': strToU8(keptHandInsFile([handIn('Ana'), handIn('Ben')])) });
    expect(await collectFiles(exerciseById, [picked('old.zip', zip)], known)).toMatchObject({ opened: 2, skipped: 0, failed: 0 });
  });
});

describe('many files and a folder', () => {
  it('opens hand-in files chosen together, and names a chosen .json that is not one', async () => {
    const collected = await collectFiles(
      exerciseById,
      [picked('a.json', handInFile('Ana')), picked('b.json', '{"x":1}'), picked('c.pdf', 'x')],
      known,
    );
    expect(collected.handIns.map((h) => h.student)).toEqual(['Ana']);
    expect(collected).toMatchObject({ opened: 1, skipped: 1, failed: 1 });
    expect(collected.problems[0]).toMatch(/^b\.json: This is not an Efficacy Lab hand-in file/);
  });
  it('counts a folder’s other .json files as other files, and opens zips inside the folder', async () => {
    const collected = await collectFiles(
      exerciseById,
      [picked('class/Ana/a.json', handInFile('Ana')), picked('class/meta.json', '{}'), picked('class/more.zip', platformZip(['Ben']))],
      known,
    );
    expect(collected.handIns.map((h) => h.student)).toEqual(['Ana', 'Ben']);
    expect(collected).toMatchObject({ opened: 2, skipped: 1, failed: 0 });
  });
  it('loads the zip reader only when a zip is among the files', async () => {
    let loaded = 0;
    const load = () => {
      loaded++;
      return Promise.resolve(readZip);
    };
    await collectFiles(exerciseById, [picked('a.json', handInFile('Ana'))], known, load);
    expect(loaded).toBe(0);
    await collectFiles(exerciseById, [picked('a.zip', platformZip(['Ana']))], known, load);
    expect(loaded).toBe(1);
  });
});

describe('a dropped folder', () => {
  const fileEntry = (name: string, text: string): DroppedEntry => ({
    isFile: true,
    isDirectory: false,
    name,
    file: (ok) => ok(new File([text], name)),
  });
  /** A folder whose reader gives its entries in batches of `batch`, as browsers do (about 100). */
  const folderEntry = (name: string, children: DroppedEntry[], batch = 2): DroppedEntry => ({
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return { readEntries: (ok) => ok(children.slice(at, (at += batch))) };
    },
  });
  it('walks nested folders, reading every batch of a folder, and keeps each path', async () => {
    const students = Array.from({ length: 5 }, (_, i) => folderEntry(`S${i}`, [fileEntry('h.json', handInFile(`S${i}`))]));
    const { files, cut } = await filesOfEntries([folderEntry('class', students), fileEntry('loose.json', '{}')]);
    expect(files.map((f) => f.path)).toEqual([...students.map((s) => `class/${s.name}/h.json`), 'loose.json']);
    expect(cut).toBe(false);
    const collected = await collectFiles(exerciseById, files, known);
    expect(collected.opened).toBe(5);
  });
  it('stops at its limit and says it did', async () => {
    const { files, cut } = await filesOfEntries(
      [
        folderEntry(
          'many',
          Array.from({ length: 9 }, (_, i) => fileEntry(`${i}.txt`, '')),
        ),
      ],
      4,
    );
    expect(files).toHaveLength(4);
    expect(cut).toBe(true);
  });
});
