import { describe, expect, it } from 'vitest';
import { countSentences, lessonSchema } from '../../src/lib/lesson-schema';

const valid = {
  title: 'Self-esteem vs self-efficacy',
  summary: 'Liking yourself and believing you can do a task are different things. Only the second predicts action.',
  order: 1,
  coreInsight: 'Esteem is a feeling about your worth; efficacy is a belief about a specific capability.',
  efficacySources: ['mastery'],
  practice: {
    id: 'catch-one-cant',
    title: 'Catch one “I can’t”',
    steps: ['Notice an “I can’t” thought.', 'Rewrite it as a task.'],
    reflection: 'What changed when you named the skill?',
    exercise: 'cant-rewriter',
  },
  references: [
    {
      authors: ['Bandura, A.'],
      year: 1977,
      title: 'Beliefs about capability: A test title',
      venue: 'Psychological Review, 84(2), 191–215',
      doi: '10.1037/0033-295X.84.2.191',
    },
  ],
};

/** The dotted paths of every issue zod reports, e.g. ["practice.reflection"]. */
function failingPaths(data: unknown): string[] {
  const result = lessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

function without(path: string): unknown {
  const copy = structuredClone(valid) as Record<string, any>;
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key];
  delete target[keys[keys.length - 1]!];
  return copy;
}

describe('lessonSchema', () => {
  it('accepts a complete lesson', () => {
    expect(failingPaths(valid)).toEqual([]);
  });

  it.each([
    'title',
    'summary',
    'order',
    'coreInsight',
    'efficacySources',
    'practice',
    'practice.id',
    'practice.title',
    'practice.steps',
    'practice.reflection',
    'references',
  ])('names the missing field %s', (field) => {
    expect(failingPaths(without(field))).toContain(field);
  });

  it('names the field of a malformed value, down to the list item', () => {
    const bad = structuredClone(valid);
    (bad.references[0] as Record<string, unknown>)['doi'] = 'https://doi.org/10.1037/0033-295X.84.2.191';
    (bad as Record<string, unknown>)['order'] = 0;
    bad.efficacySources = ['confidence'];
    bad.practice.id = 'Catch One';
    expect(failingPaths(bad).sort()).toEqual(['efficacySources.0', 'order', 'practice.id', 'references.0.doi']);
  });

  it('rejects a summary longer than two sentences', () => {
    expect(failingPaths({ ...valid, summary: 'One idea here. A second idea. And a third idea too.' })).toEqual(['summary']);
  });

  it('wants the reflection to be a question', () => {
    expect(failingPaths({ ...valid, practice: { ...valid.practice, reflection: 'Think about what changed.' } })).toEqual([
      'practice.reflection',
    ]);
  });

  it('requires a DOI or an https URL for every work', () => {
    const work = { authors: ['Ames, K.'], year: 2003, title: 'A test title', venue: 'A Journal, 2(2), 85–101' };
    expect(failingPaths({ ...valid, references: [work] })).toEqual(['references.0.doi']);
    expect(failingPaths({ ...valid, references: [{ ...work, url: 'https://example.org/book' }] })).toEqual([]);
    expect(failingPaths({ ...valid, references: [{ ...work, url: 'http://example.org/book' }] })).toEqual(['references.0.url']);
  });

  it('only knows the exercises that exist', () => {
    expect(failingPaths({ ...valid, practice: { ...valid.practice, exercise: 'mood-tracker' } })).toEqual(['practice.exercise']);
  });
});

describe('countSentences', () => {
  it.each([
    ['One sentence.', 1],
    ['One. Two!', 2],
    ['Is it three? Yes. It is.', 3],
    ['No final stop', 1],
    ['', 0],
  ])('%j has %i', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});
