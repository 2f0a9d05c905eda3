// The lesson page's loose look at progress agrees with the course page's full checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isMarkedRead } from '../../src/lib/progress-peek';
import { PROGRESS_KEY, lessonsRead, markLesson, openProgress, sealProgress } from '../../src/lib/progress-data';

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  (globalThis as any).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
  };
});

const fixture = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'saved', 'progress', 'v1.json'), 'utf8');

describe('isMarkedRead', () => {
  it('agrees with the full checks on the shipped fixture', () => {
    store.set(PROGRESS_KEY, fixture);
    const read = lessonsRead(openProgress(fixture)!);
    expect(read.size).toBeGreaterThan(0);
    for (const lesson of [...read, 'the-evidence', 'open-questions']) expect(isMarkedRead(lesson)).toBe(read.has(lesson));
  });
  it('reads a lesson marked not read (a tombstone) as not read', () => {
    const state = markLesson(openProgress(fixture)!, 'esteem-vs-efficacy', false, '2026-12-02T00:00:00.000Z');
    store.set(PROGRESS_KEY, sealProgress(state, new Date('2026-12-02T00:00:00.000Z')));
    expect(isMarkedRead('esteem-vs-efficacy')).toBe(false);
  });
  it('reads nothing stored, unreadable text, a newer version or blocked storage as not read', () => {
    expect(isMarkedRead('esteem-vs-efficacy')).toBe(false);
    store.set(PROGRESS_KEY, '{"app":"efficacy-lab","exercise":"progress","version":1,"data":{"entries":[{');
    expect(isMarkedRead('esteem-vs-efficacy')).toBe(false);
    store.set(PROGRESS_KEY, fixture.replace('"version": 1', '"version": 2'));
    expect(isMarkedRead('esteem-vs-efficacy')).toBe(false);
    (globalThis as any).localStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(isMarkedRead('esteem-vs-efficacy')).toBe(false);
  });
});
