import { describe, expect, it } from 'vitest';
import { MAX_THOUGHT_LENGTH, rewriteCant, splitThoughts, TASK_BLANK } from '../../src/lib/exercises/cant-rewriter';
import { NARROWING_QUESTION } from '../../src/lib/exercises/cant-rewriter-data';

/** [what a person types, the rewrite expected] */
const REWRITES: [string, string][] = [
  // "can't" in every spelling
  ["I can't do public speaking", "I don't yet know how to do public speaking."],
  ['I can’t do public speaking', "I don't yet know how to do public speaking."],
  ['I can‘t do public speaking.', "I don't yet know how to do public speaking."],
  ['I cant do public speaking', "I don't yet know how to do public speaking."],
  ['I cannot give a presentation.', "I don't yet know how to give a presentation."],
  ['I can not swim', "I don't yet know how to swim."],
  ['i can’t drive on the motorway!!', "I don't yet know how to drive on the motorway."],
  ["I just can't talk to my manager about money", "I don't yet know how to talk to my manager about money."],
  ["I really can't cook", "I don't yet know how to cook."],
  ["I honestly can't finish this essay in time...", "I don't yet know how to finish this essay in time."],
  ["I can't possibly run 5 km", "I don't yet know how to run 5 km."],
  ['I can never remember names', "I don't yet know how to remember names."],
  ['I could never learn Spanish', "I don't yet know how to learn Spanish."],
  ["I couldn't stick to a budget", "I don't yet know how to stick to a budget."],
  ["I can't do this anymore", "I don't yet know how to do this."],
  ["I can't do it at all", "I don't yet know how to do it."],
  ["I can no longer keep up at work", "I don't yet know how to keep up at work."],
  ['There’s no way I can pass the exam', "I don't yet know how to pass the exam."],
  ['no way I could ever write a novel', "I don't yet know how to write a novel."],
  // able / capable
  ["I'm not able to focus for more than ten minutes", "I don't yet know how to focus for more than ten minutes."],
  ['I’m not able to say no to people', "I don't yet know how to say no to people."],
  ['I am not able to read music', "I don't yet know how to read music."],
  ['I am unable to get up early', "I don't yet know how to get up early."],
  ["I'm incapable of speaking in public", "I don't yet know how to speak in public."],
  ["I'm not capable of managing a team", "I don't yet know how to manage a team."],
  ["I'm never going to be able to drive", "I don't yet know how to drive."],
  // don't know how
  ["I don't know how to ask for help", "I don't yet know how to ask for help."],
  ['I have no idea how to start', "I don't yet know how to start."],
  // not X enough to
  ["I'm not smart enough to study medicine", "I don't yet know how to study medicine."],
  ["I'm not confident enough to lead the meeting", "I don't yet know how to lead the meeting."],
  // negated futures
  ["I'll never get this", "I don't yet know how to work this out."],
  ['I’ll never understand it', "I don't yet know how to work it out."],
  ['I will never finish this project', "I don't yet know how to finish this project."],
  ["I won't ever pass my driving test", "I don't yet know how to pass my driving test."],
  ["I won't be able to run a marathon", "I don't yet know how to run a marathon."],
  ["I'll never be able to save money", "I don't yet know how to save money."],
  ["I'm never going to lose the weight", "I don't yet know how to lose the weight."],
  ["I'm never gonna pass chemistry", "I don't yet know how to pass chemistry."],
  ["I'm not going to manage to finish on time", "I don't yet know how to finish on time."],
  ["I'll never be good at maths", "I don't yet know how to do maths well."],
  ["I'm never going to be good at writing", "I don't yet know how to write."],
  // labels
  ["I'm bad at math", "I don't yet know how to do math well."],
  ['I’m terrible at public speaking.', "I don't yet know how to do public speaking well."],
  ["I'm terrible at speaking in public", "I don't yet know how to speak in public."],
  ["I'm hopeless at cooking", "I don't yet know how to cook."],
  ['I am useless at drawing', "I don't yet know how to draw."],
  ["I'm so bad at saying no", "I don't yet know how to say no."],
  ['I suck at chess', "I don't yet know how to do chess well."],
  ["I've never been good at sport", "I don't yet know how to do sport well."],
  ["I'm not good at making friends", "I don't yet know how to make friends."],
  ["I'm really not very good at maths", "I don't yet know how to do maths well."],
  ["I'm just not a math person", "I don't yet know how to do math well."],
  ["I'm not a people person", "I don't yet know how to get on with new people."],
  ["I’m just not a morning person.", "I don't yet know how to get going in the morning."],
  // other subjects
  ["We can't win this match", "We don't yet know how to win this match."],
  ["We're bad at planning", "We don't yet know how to plan."],
  ["You can't do anything right", "You don't yet know how to do anything right."],
  // mixed case and shouting
  ["I CAN'T DO THIS", "I don't yet know how to do this."],
  ['i CaN’T do Algebra', "I don't yet know how to do Algebra."],
  ["I'M BAD AT EXCEL", "I don't yet know how to do excel well."],
  // leading filler
  ["Honestly, I can't write essays", "I don't yet know how to write essays."],
  ["I think I can't lead a team", "I don't yet know how to lead a team."],
  // worth: no task named, the person fills the blank
  ["I'm not good enough", `I don't yet know how to ${TASK_BLANK}.`],
  ['I’m just not good enough.', `I don't yet know how to ${TASK_BLANK}.`],
  ["I'm useless", `I don't yet know how to ${TASK_BLANK}.`],
  ["I'm such a failure", `I don't yet know how to ${TASK_BLANK}.`],
  ["I'll never be good enough", `I don't yet know how to ${TASK_BLANK}.`],
];

describe('rewriteCant: the rewrite table', () => {
  it('has at least 60 phrasings', () => {
    expect(REWRITES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(REWRITES)('%j', (input, expected) => {
    const result = rewriteCant(input);
    expect(result.kind, JSON.stringify(result)).toBe('rewrite');
    if (result.kind === 'rewrite') expect(result.text).toBe(expected);
  });
});

describe('rewriteCant: several sentences at once', () => {
  it('rewrites each thought and keeps their order', () => {
    const result = rewriteCant("I can't do public speaking. I'm bad at math! I'll never get this");
    expect(result.kind).toBe('rewrite');
    if (result.kind !== 'rewrite') return;
    expect(result.thoughts.map((t) => t.rewrite)).toEqual([
      "I don't yet know how to do public speaking.",
      "I don't yet know how to do math well.",
      "I don't yet know how to work this out.",
    ]);
    expect(result.text).toBe(
      "I don't yet know how to do public speaking. I don't yet know how to do math well. I don't yet know how to work this out.",
    );
  });

  it('skips sentences that are not "I can\'t" thoughts and rewrites the rest', () => {
    const result = rewriteCant('The meeting is on Friday.\nI can’t present the results');
    expect(result.kind === 'rewrite' && result.text).toBe("I don't yet know how to present the results.");
  });

  it('adds a note when a thought is about worth and leaves a blank to fill', () => {
    const result = rewriteCant("I'm bad at chemistry. I'm not good enough.");
    expect(result.kind === 'rewrite' && result.note).toMatch(/good enough for what/);
  });
});

describe('rewriteCant: guidance instead of garbage', () => {
  it.each([
    ['', 'empty'],
    ['   \n  ', 'empty'],
    ['!!!', 'empty'],
    ['x'.repeat(MAX_THOUGHT_LENGTH + 1), 'too-long'],
    ['I can do this', 'already-can'],
    ['I am able to swim', 'already-can'],
    ["I can't wait for the holidays", 'not-ability'],
    ["I can't stand my commute", 'not-ability'],
    ["I can't believe it's Friday", 'not-ability'],
    ["He can't do anything right", 'not-about-self'],
    ['My boss never listens', 'not-a-cant'],
    ['What should I have for dinner?', 'not-a-cant'],
    ['Public speaking', 'not-a-cant'],
    ['asdf qwerty', 'not-a-cant'],
  ])('%j → %s', (input, reason) => {
    const result = rewriteCant(input);
    expect(result.kind).toBe('guidance');
    if (result.kind === 'guidance') {
      expect(result.reason).toBe(reason);
      expect(result.message.length).toBeGreaterThan(20);
    }
  });

  it('treats "!!!" as nothing typed', () => {
    // normalise keeps punctuation, but a thought needs letters
    expect(splitThoughts('!!!')).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const input of ['\u0000', '🙂🙂', "can't", "I can't", 'I can’t.', "i'm", 'İ CAN’T DO İT', '\\n'.repeat(50)]) {
      expect(() => rewriteCant(input)).not.toThrow();
    }
  });

  it('a bare "I can\'t" gets guidance, not "I don\'t yet know how to ."', () => {
    const result = rewriteCant("I can't.");
    expect(result.kind).toBe('guidance');
  });
});

describe('the narrowing question', () => {
  it('asks for one skill, in our own words', () => {
    expect(NARROWING_QUESTION).toBe('Which one skill in this would I need to practise first?');
  });
});
