import { describe, expect, test } from 'vitest';
import { practiceWords } from '../../src/lib/group-words';

const practice = {
  steps: ['List four to six areas of your life.', 'Rate each.'],
  reflection: 'What did your team or family manage together?',
  classReflection: 'What did your class manage together?',
  sharedAreasStep: 'Start from your class’s grid areas, listed above.',
};

describe('a practice in the words of the group it is assigned to', () => {
  test('a class gets the class’s reflection, and starts from its shared areas when there are some', () => {
    expect(practiceWords(practice, {})).toEqual({ steps: practice.steps, reflection: 'What did your class manage together?' });
    expect(practiceWords(practice, { areas: ['Maths'] }).steps).toEqual([
      'Start from your class’s grid areas, listed above.',
      'Rate each.',
    ]);
  });

  test('a family or team keeps the lesson’s own words', () => {
    expect(practiceWords(practice, { group: 'family', areas: ['Maths'] })).toEqual({
      steps: practice.steps,
      reflection: practice.reflection,
    });
  });

  test('a practice without class words keeps its own', () => {
    const plain = { steps: ['Do it.'], reflection: 'What did you notice?' };
    expect(practiceWords(plain, { areas: ['Maths'] })).toEqual({ steps: ['Do it.'], reflection: 'What did you notice?' });
  });
});
