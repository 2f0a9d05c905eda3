// Issue 23: the teacher's own "Export the kept hand-ins" file opens again on the review page (and the
// workbook says where to open it); a file over the size limit is refused from its size, unread.
import { describe, expect, it } from 'vitest';
import type { HandIn } from '../../../src/lib/transfer/hand-in';
import { encodeHandIn } from '../../../src/lib/transfer/hand-in-code';
import { keptHandInsFile, MAX_HAND_IN_FILE_BYTES, readHandInFile } from '../../../src/lib/transfer/hand-in-file';
import { readImport } from '../../../src/lib/transfer/backup-file';
import { exerciseById } from '../../../src/exercises/catalog';
import { DATA_KINDS } from '../../../src/exercises/data-kinds';

const known = new Set(['catch-one-cant']);
const handIn = (student: string): HandIn => ({
  v: 1,
  assignment: { practices: ['catch-one-cant'], week: '2026-11-23', className: '9B' },
  student,
  handedInAt: '2026-11-25T09:00:00.000Z',
  entries: [],
  reflections: [{ practice: 'catch-one-cant', text: 'It was about a task.' }],
});
const fileOf = (text: string) => new Blob([text]);

describe('files the review page opens', () => {
  it("opens the teacher's own export of kept hand-ins, as the page writes it", async () => {
    const kept = [handIn('Ana'), handIn('Ben')];
    expect(await readHandInFile(exerciseById, fileOf(keptHandInsFile(kept)), known)).toEqual({ handIns: kept, problems: [] });
  });
  it('opens the good hand-ins of a damaged export and names each bad one', async () => {
    const text = JSON.stringify({ format: 'efficacy-lab-hand-ins', handIns: [handIn('Ana'), { ...handIn('Ben'), student: 'Ben\u2028' }] });
    const opened = await readHandInFile(exerciseById, fileOf(text), known);
    expect(opened.handIns).toEqual([handIn('Ana')]);
    expect(opened.problems).toEqual([expect.stringMatching(/^hand-in 2 of 2 cannot be read: .*student name/)]);
  });
  it("still opens a student's hand-in file", async () => {
    const text = JSON.stringify({ format: 'efficacy-lab-hand-in', code: encodeHandIn(handIn('Ana')) });
    expect(await readHandInFile(exerciseById, fileOf(text), known)).toEqual({ handIns: [handIn('Ana')], problems: [] });
  });
  it('refuses a file over the limit from its size, without reading it', async () => {
    let read = false;
    const huge = {
      size: 40 * 1000 * 1000,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    };
    expect(huge.size).toBeGreaterThan(MAX_HAND_IN_FILE_BYTES);
    const opened = await readHandInFile(exerciseById, huge, known);
    expect(opened.handIns).toEqual([]);
    expect(opened.problems[0]).toMatch(/40 MB.*not read/);
    expect(read).toBe(false);
  });
  it('refuses other files with a message', async () => {
    expect((await readHandInFile(exerciseById, fileOf('{"format":"efficacy-lab-export"}'), known)).problems[0]).toMatch(
      /not an Efficacy Lab hand-in file/,
    );
    expect((await readHandInFile(exerciseById, fileOf('not json'), known)).problems[0]).toMatch(/not an Efficacy Lab hand-in file/);
  });
});

describe('the workbook, given a hand-in file', () => {
  it.each([
    ['kept hand-ins', keptHandInsFile([handIn('Ana')])],
    ["a student's hand-in", JSON.stringify({ format: 'efficacy-lab-hand-in', code: encodeHandIn(handIn('Ana')) })],
  ])('says to open %s on the review page', async (_label, text) => {
    const read = await readImport(DATA_KINDS, text);
    expect(read.ok ? 'imported' : read.message).toMatch(/Open it on the review page, \/teach\/review\//);
  });
});
