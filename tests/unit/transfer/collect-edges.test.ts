// Collecting a class (issue 24): the edges of what is read, held exactly at each limit, and the
// ways a zip or a drop can fail. Written from the mutants that survived in src/lib/transfer/collect*.ts,
// hand-in-zip.ts and dropped-files.ts (docs/testing.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { HandIn } from '../../../src/lib/transfer/hand-in';
import { encodeHandIn } from '../../../src/lib/transfer/hand-in-code';
import { exerciseById } from '../../../src/exercises/catalog';
import { MAX_HAND_IN_FILE_BYTES } from '../../../src/lib/transfer/hand-in-file';
import { MAX_COLLECTED_FILES, MAX_ZIP_BYTES, MAX_ZIP_ENTRIES, planFiles, roleOf } from '../../../src/lib/transfer/collect';
import { collectFiles } from '../../../src/lib/transfer/collect-files';
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
const zipOf = (files: Record<string, string | Uint8Array>) =>
  zipSync(
    Object.fromEntries(Object.entries(files).map(([p, c]) => [p, typeof c === 'string' ? strToU8(c) : c])),
  ) as Uint8Array<ArrayBuffer>;

describe('which files are read, at the edges', () => {
  it.each([
    ['__MACOSX/Ana/efficacy.json', 'system'],
    ['Ana/desktop.ini', 'system'],
    ['Ana/Desktop.ini', 'system'],
    ['Ana/notes.ini', 'other'],
  ])('%s is %s', (path, role) => expect(roleOf(path)).toBe(role));

  it('opens a zip listing exactly the most entries, and exactly the most hand-in files', () => {
    const entries = Array.from({ length: MAX_ZIP_ENTRIES }, (_, i) => ({ path: `f${i}.txt`, size: 1 }));
    expect(planFiles(entries, { inZip: true }).refused).toBeUndefined();
    const handIns = Array.from({ length: MAX_COLLECTED_FILES }, (_, i) => ({ path: `s${i}.json`, size: 1 }));
    expect(planFiles(handIns).read).toHaveLength(MAX_COLLECTED_FILES);
  });
  it('skips another file of any size without a word', () => {
    expect(planFiles([{ path: 'Ben/video.mp4', size: MAX_HAND_IN_FILE_BYTES + 1 }])).toEqual({
      read: [],
      zips: [],
      skipped: 1,
      problems: [],
    });
  });
  it('unpacks no zip when it refuses the files chosen with it', () => {
    const files = [
      ...Array.from({ length: MAX_COLLECTED_FILES + 1 }, (_, i) => ({ path: `s${i}.json`, size: 1 })),
      { path: 'class.zip', size: 1 },
    ];
    expect(planFiles(files)).toMatchObject({ read: [], zips: [] });
  });
});

describe('collecting chosen files, at the edges', () => {
  it('names a hand-in file too large to read, and opens the others', async () => {
    const big = {
      file: {
        size: MAX_HAND_IN_FILE_BYTES + 1,
        text: () => Promise.reject(new Error('must not be read')),
        arrayBuffer: () => Promise.reject(new Error('no')),
      },
      path: 'big.json',
    };
    const collected = await collectFiles(exerciseById, [big, { file: new Blob([handInFile('Ana')]), path: 'ana.json' }], known);
    expect(collected.handIns.map((h) => h.student)).toEqual(['Ana']);
    expect(collected.problems).toEqual([expect.stringMatching(/^big\.json: This file is 31 MB/)]);
    expect(collected.failed).toBe(1);
  });
  it('opens nothing when there are too many hand-in files, and says why once', async () => {
    const many = Array.from({ length: MAX_COLLECTED_FILES + 1 }, (_, i) => ({ file: new Blob(['{}']), path: `s${i}.json` }));
    const collected = await collectFiles(exerciseById, many, known);
    expect(collected).toEqual({
      handIns: [],
      problems: [expect.stringMatching(/^You chose 1,001 hand-in files/)],
      opened: 0,
      skipped: 0,
      failed: 1,
    });
  });
});

describe('a zip, at the edges', () => {
  it('opens a zip of exactly the largest size', async () => {
    const bytes = zipOf({ 'Ana/h.json': handInFile('Ana') });
    const largest = { size: MAX_ZIP_BYTES, arrayBuffer: () => Promise.resolve(bytes.buffer) };
    expect((await readZip(exerciseById, largest, 'class.zip', known)).handIns.map((h) => h.student)).toEqual(['Ana']);
  });
  it('refuses a zip too large to open with its one reason and nothing else', async () => {
    const huge = { size: MAX_ZIP_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    expect(await readZip(exerciseById, huge, 'all.zip', known)).toEqual({
      handIns: [],
      problems: [expect.stringMatching(/^all\.zip: This \.zip is 268 MB/)],
      skipped: 0,
    });
  });
  it('does not unpack a hand-in file that its directory says unpacks past the limit of one file', async () => {
    // Zeros pack into a few kilobytes: only the size the directory declares tells it is too large.
    const bytes = zipOf({ 'Ana/h.json': handInFile('Ana'), 'Ben/h.json': new Uint8Array(MAX_HAND_IN_FILE_BYTES + 1) });
    expect(bytes.length).toBeLessThan(100_000);
    const opened = await readZip(exerciseById, new Blob([bytes]), 'class.zip', known);
    expect(opened.handIns.map((h) => h.student)).toEqual(['Ana']);
    expect(opened.problems).toEqual([expect.stringMatching(/^class\.zip › Ben\/h\.json: This file is 31 MB/)]);
  });
  it('says so when an entry is packed in a way the page does not unpack', async () => {
    const bytes = zipOf({ 'Ana/h.json': handInFile('Ana') });
    // Mark the entry as packed with bzip2 (method 12) in its local header and in the directory.
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint16(i + 8, 12, true);
      if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 10, 12, true);
    }
    const opened = await readZip(exerciseById, new Blob([bytes]), 'class.zip', known);
    expect(opened.handIns).toEqual([]);
    expect(opened.problems).toEqual([expect.stringMatching(/^class\.zip: This \.zip could not be unpacked: .*password/)]);
  });
});

describe('a drop, at the edges', () => {
  it('passes over entries that are neither a readable file nor a readable folder', async () => {
    const entries: DroppedEntry[] = [
      { isFile: false, isDirectory: false, name: 'link' },
      { isFile: true, isDirectory: false, name: 'gone.json' },
      { isFile: false, isDirectory: true, name: 'locked' },
      { isFile: true, isDirectory: false, name: 'a.json', file: (ok) => ok(new File(['{}'], 'a.json')) },
    ];
    const { files, cut } = await filesOfEntries(entries);
    expect(files.map((f) => f.path)).toEqual(['a.json']);
    expect(cut).toBe(false);
  });
});
