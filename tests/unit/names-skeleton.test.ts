// Issue 23: names that look identical are found (UTS #39 skeleton after NFKC), and different names are not.
import { describe, expect, it } from 'vitest';
import { lookAlikes, nameKey, skeleton } from '../../src/lib/names/skeleton';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

describe('look-alike names', () => {
  it.each([
    ['Alice + U+034F', 'Alice\u034F'],
    ['Alice + U+3164', 'Alice\u3164'],
    ['Alice + U+2800', 'Alice\u2800'],
    ['Alice with a Cyrillic А', '\u0410lice'],
    ['ALICE with a Cyrillic А', '\u0410LICE'],
    ['Alice in full-width letters', 'Ａｌｉｃｅ'],
    ['AIice, with a capital I for the l', 'AIice'],
  ])('%s is flagged beside Alice', (_label, lookalike) => {
    expect(lookAlikes(['Alice', lookalike, 'Bob'], same)).toEqual([[lookalike], ['Alice'], []]);
  });
  it('the same name in another case is the same name, not a look-alike; different names are not flagged', () => {
    expect(lookAlikes(['Alice', 'alice ', 'Alicia', 'Ali', 'Álice'], same)).toEqual([[], [], [], [], []]);
  });
  it('gives the same key to a name and its disguises, and another to another name', () => {
    expect(nameKey('\u0410lice')).toBe(nameKey('alice'));
    expect(nameKey('Bob')).toBe(nameKey('B\u043Eb'));
    expect(nameKey('Bob')).not.toBe(nameKey('Rob'));
    expect(skeleton('B0b')).toBe(skeleton('BOb'));
  });
});

describe('the confusables data', () => {
  it('is what scripts/confusables.mjs makes from the installed unhomoglyph (run it after an update)', async () => {
    const { confusablesModule } = await import('../../scripts/confusables.mjs');
    const { readFileSync } = await import('node:fs');
    const kept = readFileSync(new URL('../../src/lib/names/confusables-data.ts', import.meta.url), 'utf8');
    // A boolean, not the two texts: a difference would print 26 KB of confusables.
    expect(kept === confusablesModule(), 'src/lib/names/confusables-data.ts is out of date: run node scripts/confusables.mjs').toBe(true);
  }, 30_000);
});
