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
    card: {
      time: 'A few minutes, once this week.',
      whyTry: 'It turns a verdict about yourself into a task you can work on.',
      whyItWorks: 'Belief is about tasks, so a named task points to the practice that could change it.',
      evidence: { restsOn: 'the theory of self-efficacy; no study has tested this rewrite.', cite: 'Bandura, 1977' },
      whoFor: {
        suits: 'Anyone who holds back because of a quick “I can’t”.',
        care: 'Not for thoughts about life itself: talk to someone.',
        lowMood: true,
      },
    },
  },
  check: {
    questions: ['one', 'two', 'three'].map((id) => ({
      id,
      prompt: `Question ${id}: which is right?`,
      options: [
        { id: 'right', text: 'This one', correct: true, why: 'Because the lesson says so, in one sentence.' },
        { id: 'wrong', text: 'That one', why: 'Because the lesson says otherwise, in one sentence.' },
      ],
    })),
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
    'practice.card',
    'practice.card.evidence',
    'practice.card.whoFor.lowMood',
    'check',
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

  it('wants a check of three to five questions, each with exactly one right answer and every option explained', () => {
    const questions = valid.check.questions;
    expect(failingPaths({ ...valid, check: { questions: questions.slice(0, 2) } })).toEqual(['check.questions']);
    expect(failingPaths({ ...valid, check: { questions: [...questions, ...questions].map((q, i) => ({ ...q, id: `q${i}` })) } })).toEqual([
      'check.questions',
    ]);
    const twoRight = { ...questions[0]!, options: questions[0]!.options.map((o) => ({ ...o, correct: true as const })) };
    expect(failingPaths({ ...valid, check: { questions: [twoRight, ...questions.slice(1)] } })).toEqual(['check.questions.0.options']);
    const noneRight = { ...questions[0]!, options: questions[0]!.options.map(({ correct: _, ...o }) => o) };
    expect(failingPaths({ ...valid, check: { questions: [noneRight, ...questions.slice(1)] } })).toEqual(['check.questions.0.options']);
    const unexplained = { ...questions[0]!, options: [questions[0]!.options[0]!, { id: 'wrong', text: 'That one', why: '' }] };
    expect(new Set(failingPaths({ ...valid, check: { questions: [unexplained, ...questions.slice(1)] } }))).toEqual(
      new Set(['check.questions.0.options.1.why']),
    );
    expect(failingPaths({ ...valid, check: { questions: [questions[0]!, questions[0]!, questions[2]!] } })).toEqual(['check.questions']);
  });

  it('wants evidence that names a direct test with its DOI, or says what the practice rests on', () => {
    const withEvidence = (evidence: unknown) => ({ ...valid, practice: { ...valid.practice, card: { ...valid.practice.card, evidence } } });
    // zod names the union as a whole: neither a direct test with a DOI nor "rests on".
    expect(
      failingPaths(withEvidence({ directTest: 'In four experiments, people did better than a control group.', cite: 'Author, 2012' })),
    ).toEqual(['practice.card.evidence']);
    expect(failingPaths(withEvidence({ cite: 'Bandura, 1977' }))).not.toEqual([]);
    expect(
      failingPaths(
        withEvidence({ directTest: 'In four experiments, people did better than a control group.', cite: 'Author, 2012', doi: '10.1/x' }),
      ),
    ).not.toEqual([]);
    expect(
      failingPaths(
        withEvidence({
          directTest: 'In four experiments, people did better than a control group.',
          cite: 'Author, 2012',
          doi: '10.1177/0146167212445599',
        }),
      ),
    ).toEqual([]);
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
