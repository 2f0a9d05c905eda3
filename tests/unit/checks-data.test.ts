// The saved answers to the lessons' checks ("checks" kind): what the saving layer accepts, when a
// check counts as done, and the course page's loose reader agreeing with both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksSpec, isCheckDone } from '../../src/lib/checks-data';
import { checksDone } from '../../src/lib/checks-peek';
import { openEnvelope } from '../../src/lib/storage/envelope';
import { DATA_KINDS } from '../../src/exercises/data-kinds';

const fixture = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'saved', 'checks', 'v1.json'), 'utf8');
const questions = new Map([
  ['esteem-vs-efficacy', ['which-belief', 'what-is-low', 'where-it-blurs', 'what-builds']],
  ['the-evidence', ['snake-study', 'reading-38', 'which-way', 'bandura-limit']],
]);
const stamp = '2026-12-01T10:00:00.000Z';
const seal = (data: unknown, version = 1) => JSON.stringify({ app: 'efficacy-lab', exercise: 'checks', version, updatedAt: stamp, data });
const state = (entries: unknown[]) => ({ entries, draft: { value: {}, updatedAt: '' } });

describe('isCheckDone', () => {
  it('is done when every question has an answer, right or wrong', () => {
    expect(isCheckDone({ a: 'x', b: 'y' }, ['a', 'b'])).toBe(true);
    expect(isCheckDone({ a: 'x', b: 'y', old: 'z' }, ['a', 'b'])).toBe(true);
  });
  it('is not done with a question unanswered, no answers, or no questions', () => {
    expect(isCheckDone({ a: 'x' }, ['a', 'b'])).toBe(false);
    expect(isCheckDone(undefined, ['a'])).toBe(false);
    expect(isCheckDone({}, [])).toBe(false);
  });
});

describe('the checks kind', () => {
  it('is a kind of saved data that export, import and the workbook know', () => {
    expect(DATA_KINDS.all['checks']?.spec).toBe(checksSpec);
    expect(DATA_KINDS.all['checks']?.exercise).toBe(false);
  });

  it('opens the v1 fixture', () => {
    expect(openEnvelope(fixture, checksSpec).status).toBe('ok');
  });

  it.each([
    ['an answer that is not text', { a: 1 }],
    ['answers that are a list', ['a']],
    ['too many answers to be a check', Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`q${i}`, 'x']))],
    ['an absurdly long option id', { a: 'x'.repeat(81) }],
  ])('refuses %s (kept aside, not read)', (_, answers) => {
    const text = seal(state([{ id: 'esteem-vs-efficacy', createdAt: stamp, updatedAt: stamp, answers }]));
    expect(openEnvelope(text, checksSpec).status).toBe('unreadable');
    expect(checksDone(text, questions)).toEqual(new Set());
  });
});

describe('checksDone (the course page)', () => {
  it('reads the fixture: the first lesson’s check done, the second half answered', () => {
    expect(checksDone(fixture, questions)).toEqual(new Set(['esteem-vs-efficacy']));
  });

  it('does not count a deleted check, a lesson no longer in the course, or another kind', () => {
    const deleted = seal(state([{ id: 'esteem-vs-efficacy', updatedAt: stamp, deletedAt: stamp }]));
    expect(checksDone(deleted, questions)).toEqual(new Set());
    const gone = seal(state([{ id: 'old-lesson', createdAt: stamp, updatedAt: stamp, answers: { a: 'x' } }]));
    expect(checksDone(gone, questions)).toEqual(new Set());
    expect(checksDone(fixture.replace('"exercise": "checks"', '"exercise": "progress"'), questions)).toEqual(new Set());
  });

  it('reads nothing from a newer version, damaged text or nothing stored', () => {
    expect(checksDone(fixture.replace('"version": 1', '"version": 2'), questions)).toEqual(new Set());
    expect(checksDone('{not json', questions)).toEqual(new Set());
    expect(checksDone(null, questions)).toEqual(new Set());
  });
});
