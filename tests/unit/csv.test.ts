import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { BOM, safeCell, toCsv } from '../../src/lib/csv';

describe('CSV for a spreadsheet', () => {
  it('starts with a byte-order mark and ends rows with CRLF; accents kept', () => {
    const text = toCsv([
      ['Student', 'Maths'],
      ['Élodie Dupré', 7],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('Student,Maths\r\nÉlodie Dupré,7');
  });
  it('quotes commas, quotes and line breaks so they read back as written', () => {
    const cells = ['a, b', 'say "hi"', 'two\nlines', 'cr\r\nlf', ' padded '];
    const text = toCsv([cells]);
    expect(text.slice(1)).toBe('"a, b","say ""hi""","two\nlines","cr\r\nlf"," padded "');
    expect(Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data[0]).toEqual(cells);
  });
  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-5 minutes', "'-5 minutes"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+2', "'\t=1+2"],
    ['\r=1+2', "'\r=1+2"],
    ['\n=1', "'\n=1"],
    ['  =1+2', "'  =1+2"],
    ['=HYPERLINK("http://x","y")\nsecond line', '\'=HYPERLINK("http://x","y")\nsecond line'],
    ['a=b', 'a=b'],
    ['Ana', 'Ana'],
    ['', ''],
  ])('neutralises formulas: %j → %j', (cell, safe) => {
    expect(safeCell(cell)).toBe(safe);
    const read = Papa.parse<string[]>(toCsv([[cell, 'x']]).slice(1)).data[0]!;
    expect(read[0]).toBe(safe);
  });
  it('keeps numbers as numbers (a rating is never prefixed) and writes nothing for a missing one', () => {
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(undefined)).toBe('');
    expect(toCsv([[7, undefined, 'x']]).slice(1)).toBe('7,,x');
  });
});
