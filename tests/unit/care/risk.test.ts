import { describe, expect, test } from 'vitest';
import { anyRisk, normalizeForRisk, riskIn } from '../../../src/lib/care/risk';
import { KNOWN_FALSE_ALARMS, KNOWN_MISSES, ORDINARY, RISK } from './risk-table';
import * as rewriterTable from '../cant-rewriter-table';

describe('the table', () => {
  test('has at least 150 risk rows and 150 look-alikes, each once', () => {
    expect(RISK.length).toBeGreaterThanOrEqual(150);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(150);
    expect(new Set(RISK.map(([t]) => t)).size).toBe(RISK.length);
    expect(new Set(ORDINARY).size).toBe(ORDINARY.length);
  });
  test('known misses and false alarms name rows of the table', () => {
    for (const text of Object.keys(KNOWN_MISSES)) expect(RISK.map(([t]) => t)).toContain(text);
    for (const text of Object.keys(KNOWN_FALSE_ALARMS)) expect(ORDINARY).toContain(text);
  });
});

describe('risk rows', () => {
  const missed = RISK.filter(([text]) => !riskIn(text)).map(([text]) => text);
  test('no new miss: every risk row is caught unless it is a known miss', () => {
    expect(missed.filter((t) => !(t in KNOWN_MISSES))).toEqual([]);
  });
  test('a known miss that is now caught leaves the list', () => {
    expect(Object.keys(KNOWN_MISSES).filter((t) => !missed.includes(t))).toEqual([]);
  });
  test('at least 98% caught', () => {
    expect(1 - missed.length / RISK.length).toBeGreaterThanOrEqual(0.98);
  });
  test.each(RISK.slice(0, 40))('%s → %s', (text, kind) => {
    // The first rows also check the kind reported, so a rule in the wrong group shows.
    expect(riskIn(text)).toBe(kind);
  });
});

describe('look-alikes', () => {
  const flagged = ORDINARY.filter((text) => riskIn(text));
  test('no new false alarm: no ordinary row is flagged unless it is a known false alarm', () => {
    expect(flagged.filter((t) => !(t in KNOWN_FALSE_ALARMS)).map((t) => [t, riskIn(t)])).toEqual([]);
  });
  test('a known false alarm that no longer fires leaves the list', () => {
    expect(Object.keys(KNOWN_FALSE_ALARMS).filter((t) => !flagged.includes(t))).toEqual([]);
  });
  test('at most 2% flagged', () => {
    expect(flagged.length / ORDINARY.length).toBeLessThanOrEqual(0.02);
  });
  test('no thought in the rewriter’s own table is flagged', () => {
    const thoughts = Object.values(rewriterTable)
      .filter(Array.isArray)
      .flatMap((rows) => (rows as unknown[]).map((row) => (Array.isArray(row) ? row[0] : row)))
      .filter((t): t is string => typeof t === 'string');
    expect(thoughts.length).toBeGreaterThan(100);
    expect(thoughts.filter((t) => riskIn(t)).map((t) => [t, riskIn(t)])).toEqual([]);
  });
});

describe('reading the words as people type them', () => {
  test.each([
    ['I can’t go on', 'I cant go on', 'i CAN NOT go on', 'I cannot go on.'],
    ['I wanna die', 'i want to die', 'I WANT TO DIE!!!', 'i wana dieee'],
    ['I’m going to kill myself', 'im gonna kill my self', 'I am going to kill myslef'],
  ])('%s and its spellings', (...variants) => {
    const kinds = variants.map((v) => riskIn(v));
    expect(kinds[0]).toBeDefined();
    expect(new Set(kinds).size).toBe(1);
  });
  test('full-width letters and ligatures read as plain ones', () => {
    expect(riskIn('I want to ｄｉｅ')).toBe('die');
  });
  test('a phrase that must end its clause does not fire mid-sentence', () => {
    expect(riskIn("I can't go on the trip")).toBeUndefined();
    expect(riskIn("I can't go on. Everything is too much")).toBe('hopeless');
  });
  test('normalising drops apostrophes and marks clause ends', () => {
    expect(normalizeForRisk('I can’t, I won’t.')).toBe(' i cant | i wont | ');
  });
  test('empty and blank text is never a risk', () => {
    expect(riskIn('')).toBeUndefined();
    expect(riskIn('   ')).toBeUndefined();
  });
  test('anyRisk reads every text, inside lists and records too (a ladder’s tasks), and skips what is not text', () => {
    expect(anyRisk(['I bank a win', 3, undefined, 'I want to die'])).toBe(true);
    expect(
      anyRisk([
        'I bank a win',
        {
          rungs: [
            { task: 'Cook dinner', rating: 60 },
            { task: 'i wanna die', rating: 5 },
          ],
        },
      ]),
    ).toBe(true);
    expect(anyRisk(['I bank a win', { rungs: [{ task: 'Cook dinner', rating: 60 }] }, null, 7])).toBe(false);
  });
});
