import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import {
  codeFromText,
  fitsInLink,
  handInProblems,
  handInTime,
  MAX_CODE_LENGTH,
  MAX_FILE_CODE_LENGTH,
  MAX_ENTRIES,
  MAX_UNPACKED_BYTES,
  sendProblem,
  type HandIn,
} from '../../../src/lib/transfer/hand-in';
import { decodeHandIn, encodeHandIn } from '../../../src/lib/transfer/hand-in-code';
import { exerciseById } from '../../../src/exercises/catalog';

const known = new Set(['catch-one-cant', 'efficacy-grid', 'two-line-self-compassion']);
const handIn: HandIn = {
  v: 1,
  assignment: { practices: ['catch-one-cant', 'efficacy-grid'], week: '2026-11-23', className: '9B' },
  student: 'Sam',
  handedInAt: '2026-11-25T09:00:00.000Z',
  entries: [
    {
      exercise: 'cant-rewriter',
      createdAt: '2026-11-24T09:00:00.000Z',
      fields: { thought: "I can't sing", rewrite: "I don't yet know how to sing." },
    },
    {
      exercise: 'efficacy-grid',
      createdAt: '2026-11-24T10:00:00.000Z',
      fields: { ratings: [{ domain: 'Maths', rating: 4 }], success: 'one problem a day' },
    },
  ],
  reflections: [{ practice: 'catch-one-cant', text: 'It was about a task.' }],
};
const b64 = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('hand-in links', () => {
  it('round-trip through a compact, URL-safe code', () => {
    const code = encodeHandIn(handIn);
    expect(code).toMatch(/^h1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(JSON.stringify(handIn).length);
    expect(decodeHandIn(exerciseById, code, known)).toEqual({ ok: true, handIn });
  });

  it('finds the code in a pasted link or fragment', () => {
    const code = encodeHandIn(handIn);
    expect(codeFromText(`https://example.org/teach/review/#h=${code}`)).toBe(code);
    expect(codeFromText(`  #h=${code} `)).toBe(code);
    expect(codeFromText(code)).toBe(code);
  });

  const cutShort = 'This hand-in has been cut short or changed: ask for the link again.';
  const tooLarge = 'This hand-in unpacks to far more than a hand-in can hold.';
  /** A compressed code whose JSON unpacks to exactly `bytes` bytes. */
  const unpackingTo = (bytes: number) => `h1.${b64(deflateSync(strToU8(`{"v":1,"x":"${'a'.repeat(bytes - '{"v":1,"x":""}'.length)}"}`)))}`;
  // Each refusal with its own message: a check that is removed shows as another message (M4).
  it.each([
    ['empty', '', 'This is not an Efficacy Lab hand-in.'],
    ["another site's text", 'hello world', 'This is not an Efficacy Lab hand-in.'],
    ['a cut-off code', encodeHandIn(handIn).slice(0, 40), cutShort],
    ['characters that are not base64url', 'h1.<script>alert(1)</script>', cutShort],
    ['a javascript: URL', 'javascript:alert(1)', 'This is not an Efficacy Lab hand-in.'],
    [
      'a huge code',
      `h1.${'A'.repeat(MAX_CODE_LENGTH)}`,
      'This link is longer than a hand-in link can be: ask the student for their hand-in file instead.',
    ],
    ['valid compression of something that is not JSON', `h1.${b64(deflateSync(strToU8('not json')))}`, cutShort],
    ['a zip bomb', `h1.${b64(deflateSync(strToU8(`{"v":1,"x":"${'a'.repeat(5_000_000)}"}`)))}`, tooLarge],
    ['one byte more than a hand-in may unpack to', unpackingTo(MAX_UNPACKED_BYTES + 1), tooLarge],
  ])('%s: refused with its message', (_name, code, message) => {
    expect(decodeHandIn(exerciseById, code, known)).toEqual({ ok: false, message });
  });

  it('unpacks up to the limit exactly, then reads what it unpacked', () => {
    const atLimit = decodeHandIn(exerciseById, unpackingTo(MAX_UNPACKED_BYTES), known);
    expect(atLimit.ok).toBe(false);
    expect(atLimit).toMatchObject({ message: expect.stringMatching(/^This hand-in cannot be read: /) });
  });

  it('refuses fields the exercises do not have, unknown practices, and text that is too long', () => {
    const withField = structuredClone(handIn);
    (withField.entries[0]!.fields as Record<string, string>)['onclick'] = 'x';
    expect(handInProblems(exerciseById, withField, known)).not.toEqual([]);
    const unknownPractice = { ...handIn, assignment: { ...handIn.assignment, practices: ['evil'] } };
    expect(handInProblems(exerciseById, unknownPractice, known)).toEqual(['It names a practice this site does not have.']);
    const tooLong = structuredClone(handIn);
    tooLong.entries[0]!.fields['thought'] = 'x'.repeat(5000);
    expect(handInProblems(exerciseById, tooLong)).not.toEqual([]);
    const badRating = structuredClone(handIn);
    badRating.entries[1]!.fields['ratings'] = [{ domain: 'Maths', rating: 99 }];
    expect(handInProblems(exerciseById, badRating)).not.toEqual([]);
    expect(handInProblems(exerciseById, { ...handIn, v: 3 })).toEqual(['It was made by a newer version of this site.']);
  });

  it('accepts a valid hand-in', () => {
    expect(handInProblems(exerciseById, handIn, known)).toEqual([]);
  });
});

// Issue 11, defects 8 and 9.
describe('hand-in links, issue 11', () => {
  it('a malformed %-escape does not throw: the link is reported as cut short', () => {
    const code = codeFromText('https://example.org/teach/review/#h=h1.%ZZabc');
    expect(code).toBe('h1.%ZZabc');
    expect(decodeHandIn(exerciseById, code, known)).toMatchObject({ ok: false, message: expect.stringMatching(/cut short or changed/) });
  });

  it('in a pasted batch each link opens or fails on its own', () => {
    const good = `https://example.org/teach/review/#h=${encodeHandIn(handIn)}`;
    const results = [good, 'https://example.org/teach/review/#h=%E0%A4%A', good].map((line) =>
      decodeHandIn(exerciseById, codeFromText(line), known),
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
  });

  it('refuses names with invisible control characters, as assignment links do', () => {
    for (const name of ['Sam\u202Egnp.exe', 'Sam\u200B', 'Sam\u0007']) {
      expect(handInProblems(exerciseById, { ...handIn, student: name }), name).toContain(
        'Its student name is damaged, or has invisible control characters.',
      );
      expect(handInProblems(exerciseById, { ...handIn, assignment: { ...handIn.assignment, className: name } })).toContain(
        'Its assignment details are missing or damaged.',
      );
    }
    expect(handInProblems(exerciseById, { ...handIn, student: 'Zoë Ó Briain-Łukasz 李' })).toEqual([]);
    // The joiners are part of real text: an emoji sequence, a Persian name.
    expect(handInProblems(exerciseById, { ...handIn, student: 'Ana 👩‍💻' })).toEqual([]);
    expect(handInProblems(exerciseById, { ...handIn, student: 'شیرین‌دخت' })).toEqual([]);
  });

  // QA after issue 11: the student's page checked only a link's length, so it made hand-ins the
  // teacher's page refused (too many entries, too large unpacked, a name with a tab).
  it('sendProblem says, before anything is made, whatever would make the teacher refuse it', () => {
    expect(sendProblem(exerciseById, handIn)).toBeUndefined();
    expect(sendProblem(exerciseById, { ...handIn, student: 'Sam\tLee' })).toMatchObject({ field: 'student' });
    expect(sendProblem(exerciseById, { ...handIn, assignment: { ...handIn.assignment, className: '9\u202EB' } })).toMatchObject({
      field: 'className',
    });
    const entry = handIn.entries[0]!;
    const many = { ...handIn, entries: Array.from({ length: MAX_ENTRIES + 20 }, () => entry) };
    expect(sendProblem(exerciseById, many)).toMatchObject({ message: expect.stringContaining(`${MAX_ENTRIES + 20} entries`) });
    expect(handInProblems(exerciseById, many)).not.toEqual([]);
    // Within the count, but far too large once unpacked (long answers in a script of 3 bytes a letter).
    const wide = {
      ...handIn,
      entries: Array.from({ length: 60 }, () => ({ ...entry, fields: { thought: '思'.repeat(1800), rewrite: '想'.repeat(1800) } })),
    };
    expect(handInProblems(exerciseById, wide)).toEqual([]);
    expect(sendProblem(exerciseById, wide)).toMatchObject({ message: expect.stringContaining('too large') });
    const code = encodeHandIn(wide);
    expect(decodeHandIn(exerciseById, code, known, MAX_FILE_CODE_LENGTH)).toMatchObject({ ok: false });
  });

  it('refuses a made-up hand-in date', () => {
    expect(handInProblems(exerciseById, { ...handIn, handedInAt: 'Tuesday' })).toContain('Its date is damaged.');
  });

  it('a hand-in too long for a link is made as a file, which the review page opens', () => {
    // Random-looking text does not compress: a week of long answers.
    let seed = 7;
    const noise = () => Array.from({ length: 3900 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
    const long: HandIn = {
      ...handIn,
      entries: Array.from({ length: 14 }, () => ({
        exercise: 'cant-rewriter' as const,
        createdAt: handIn.handedInAt,
        fields: { thought: noise() },
      })),
    };
    const code = encodeHandIn(long);
    expect(code.length).toBeGreaterThan(MAX_CODE_LENGTH);
    expect(fitsInLink(code)).toBe(false);
    expect(decodeHandIn(exerciseById, code, known)).toMatchObject({ ok: false, message: expect.stringMatching(/hand-in file/) });
    expect(decodeHandIn(exerciseById, code, known, MAX_FILE_CODE_LENGTH)).toEqual({ ok: true, handIn: long });
    expect(fitsInLink(encodeHandIn(handIn))).toBe(true);
  });
});

// Issue 23: a student's clock in year 10000 wrote "+010000-…", which the teacher's check refuses as a
// damaged date; before year 1 it wrote "-000001-…". The hand-in's time goes through the stamp clamp.
describe('the hand-in time with a wrong clock', () => {
  const at = (year: number) => {
    const d = new Date(Date.UTC(2026, 0, 1, 12));
    d.setUTCFullYear(year);
    return d.getTime();
  };
  it('is written within years 0001–9999, so the teacher can open the hand-in', () => {
    expect(new Date(at(10000)).toISOString()).toMatch(/^\+010000-/); // what was written before
    expect(handInTime(at(10000))).toBe('9999-12-31T23:59:59.999Z');
    expect(handInTime(at(0))).toBe('0001-01-01T00:00:00.000Z');
    expect(handInTime(at(2026))).toBe('2026-01-01T12:00:00.000Z');
    for (const year of [10000, 0, -5, 2026])
      expect(handInProblems(exerciseById, { ...handIn, handedInAt: handInTime(at(year)) }, known)).toEqual([]);
  });
});
