import { expect, test } from 'vitest';
import { offeredPractices } from '../../src/lib/practice-catalog';

const practice = (id: string, ...sheets: string[]) => ({ id, worksheets: sheets.map((s) => ({ id: s as never, title: s })) });

test('a tool already the only worksheet of a lesson practice is not offered again on its own', () => {
  const all = [
    practice('rate-a-ladder', 'belief-ladder'),
    practice('belief-ladder', 'belief-ladder'),
    practice('bank-a-win', 'win-ledger', 'sources-sorter'),
    practice('sources-sorter', 'sources-sorter'),
    practice('win-ledger-alone', 'win-ledger'),
  ];
  expect(offeredPractices(all).map((p) => p.id)).toEqual(['rate-a-ladder', 'bank-a-win', 'sources-sorter', 'win-ledger-alone']);
});
