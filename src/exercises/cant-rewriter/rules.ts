// The "I can't" rewriter's rules. A thought like "I can't do public speaking" or "I'm bad at math"
// becomes a task statement, "I don't yet know how to ...", which names something learnable. Runs on
// the device, needs no dictionary download, and answers anything it cannot rewrite with guidance
// instead of a garbled sentence.

/** Longest input the rules will read (about a paragraph). */
export const MAX_THOUGHT_LENGTH = 600;

export type RewriteKind =
  /** "I can't X", "I'm not able to X", "I'll never X": X is already a task. */
  | 'ability'
  /** "I'm bad at X", "I'm not a X person": a label about a skill area. */
  | 'label'
  /** "I'm not good enough", "I'm useless": about worth, with no task named; the rewrite has a blank. */
  | 'worth';

export interface RewrittenThought {
  /** The sentence as the person wrote it. */
  original: string;
  /** The task statement. */
  rewrite: string;
  kind: RewriteKind;
}

export type GuidanceReason = 'empty' | 'too-long' | 'already-can' | 'not-ability' | 'not-about-self' | 'not-a-cant';

export type RewriteResult =
  | {
      kind: 'rewrite';
      thoughts: RewrittenThought[];
      /** All rewrites as one editable text. */
      text: string;
      /** A short note when a thought needed the person to fill in the task. */
      note: string | undefined;
    }
  | { kind: 'guidance'; reason: GuidanceReason; message: string };

/** The blank a worth-type rewrite leaves for the person to fill in. */
export const TASK_BLANK = '…';

const GUIDANCE: Record<GuidanceReason, string> = {
  empty: 'Write down a thought that stops you, in your own words: for example “I can’t do public speaking” or “I’m bad at math”.',
  'too-long': `That is a lot to carry at once. Pick the one thought that weighs most and write just that (up to ${MAX_THOUGHT_LENGTH} characters).`,
  'already-can':
    'That already sounds like a “can” thought. Keep it! If a doubt sits behind it, write the doubt the way it sounds in your head.',
  'not-ability':
    'That sounds like a feeling about something (“can’t wait”, “can’t stand”) rather than doubt about your ability. Is there a task you doubt you can do? Write that one.',
  'not-about-self':
    'The rewriter works on thoughts about yourself. Write it the way it sounds in your own head, starting with “I”.',
  'not-a-cant':
    'This doesn’t read like an “I can’t” thought. Try writing the doubt the way it sounds in your head, starting with “I can’t…”, “I’m bad at…” or “I’ll never…”.',
};

const WORTH_NOTE =
  'That thought is about your worth, not a task, so there is nothing in it to learn. Fill in the blank with the task you had in mind: good enough for what?';

// ---------- small word lists ----------

/** "can't stand", "can't wait": a feeling, not a doubt about ability. */
const IDIOMS = /^(?:stand|bear|wait|believe|help (?:it|myself|ourselves)|be bothered|imagine|afford|complain|thank)\b/;

/** Gerunds people put after "bad at"/"capable of", with the verb to use instead. */
const GERUNDS: Record<string, string> = {
  asking: 'ask', baking: 'bake', beginning: 'begin', budgeting: 'budget', changing: 'change', coding: 'code',
  concentrating: 'concentrate', cooking: 'cook', dancing: 'dance', dating: 'date', drawing: 'draw', driving: 'drive',
  exercising: 'exercise', explaining: 'explain', finishing: 'finish', focusing: 'focus', getting: 'get', giving: 'give',
  having: 'have', keeping: 'keep', leading: 'lead', learning: 'learn', listening: 'listen', losing: 'lose', making: 'make',
  managing: 'manage', meeting: 'meet', negotiating: 'negotiate', networking: 'network', organising: 'organise',
  organizing: 'organize', painting: 'paint', parenting: 'parent', planning: 'plan', playing: 'play', practicing: 'practice',
  practising: 'practise', presenting: 'present', programming: 'program', reading: 'read', remembering: 'remember',
  running: 'run', saving: 'save', saying: 'say', singing: 'sing', sitting: 'sit', sleeping: 'sleep', speaking: 'speak',
  spelling: 'spell', standing: 'stand', starting: 'start', sticking: 'stick', stopping: 'stop', studying: 'study',
  swimming: 'swim', taking: 'take', talking: 'talk', teaching: 'teach', telling: 'tell', thinking: 'think',
  trying: 'try', typing: 'type', understanding: 'understand', using: 'use', waking: 'wake', winning: 'win',
  working: 'work', writing: 'write',
};

/** "I'm not a ___ person": the few that "do ___ well" would garble. */
const PERSON_AREAS: Record<string, string> = {
  people: 'get on with new people',
  morning: 'get going in the morning',
  numbers: 'work with numbers',
  words: 'work with words',
  sports: 'play sports well',
  sporty: 'play sports well',
  creative: 'do creative work',
  tech: 'use technology well',
  technical: 'do technical work',
  maths: 'do maths well',
  math: 'do math well',
};

// ---------- patterns ----------

const SUBJECT = String.raw`(i|we|you)`;
const ADVERBS = String.raw`(?:(?:just|really|honestly|simply|still|totally|literally|seriously|definitely|probably|so|actually|ever|even)\s+)*`;
/** "am"/"are" with or without contraction, for the three subjects. */
const BE = String.raw`(?:'m|\s+am|'re|\s+are)`;
const WILL = String.raw`(?:'ll|\s+will|\s+shall)`;

interface Rule {
  kind: RewriteKind;
  pattern: RegExp;
  /**
   * Builds the task from the regex match. undefined: the rule does not apply after all (try the
   * next); null: the words are an idiom of feeling, not a doubt about ability.
   */
  task: (match: RegExpMatchArray) => string | null | undefined;
}

/** "speaking in public" → "speak in public"; a noun phrase → "do X well". */
function fromActivity(activity: string): string {
  const [first = '', ...others] = activity.split(/\s+/);
  const verb = GERUNDS[first.toLowerCase()];
  if (verb) return [verb, ...others].join(' ');
  return `do ${activity} well`;
}

const rules: Rule[] = [
  // I can't / cannot / can not / cant / can never / could never / couldn't ... X
  {
    kind: 'ability',
    pattern: new RegExp(
      String.raw`^${SUBJECT}\s+${ADVERBS}(?:can't|cant|cannot|can not|can never|could never|couldn't|could not|can no longer)\s+${ADVERBS}(?:possibly\s+)?(.+)$`,
    ),
    task: (m) => (IDIOMS.test(m[2]!) ? null : m[2]),
  },
  // there's no way I can X
  {
    kind: 'ability',
    pattern: new RegExp(String.raw`^(?:there(?:'s| is) )?no way ${SUBJECT}\s+(?:can|could|will|'ll)\s+(?:ever\s+)?(.+)$`),
    task: (m) => m[2],
  },
  // I'm not able to / I'm unable to / I'm never going to be able to X
  {
    kind: 'ability',
    pattern: new RegExp(
      String.raw`^${SUBJECT}${BE}\s+${ADVERBS}(?:not|never|un)\s*(?:going to be |gonna be )?able\s+to\s+(.+)$`,
    ),
    task: (m) => m[2],
  },
  // I'm incapable of / not capable of X-ing
  {
    kind: 'ability',
    pattern: new RegExp(String.raw`^${SUBJECT}${BE}\s+${ADVERBS}(?:not capable|incapable)\s+of\s+(.+)$`),
    task: (m) => fromActivity(m[2]!),
  },
  // I don't know how to / have no idea how to / never know how to X
  {
    kind: 'ability',
    pattern: new RegExp(
      String.raw`^${SUBJECT}\s+${ADVERBS}(?:don't|dont|do not|never|have no idea|haven't got a clue|have no clue)\s+(?:know\s+)?how\s+to\s+(.+)$`,
    ),
    task: (m) => m[2],
  },
  // I'm not smart / good / clever / strong enough to X
  {
    kind: 'ability',
    pattern: new RegExp(String.raw`^${SUBJECT}${BE}\s+${ADVERBS}not\s+(?:\w+\s+)?enough\s+to\s+(.+)$`),
    task: (m) => m[2],
  },
  // I'll never be good at X / I'm never going to be good at X
  {
    kind: 'label',
    pattern: new RegExp(
      String.raw`^${SUBJECT}(?:${WILL}\s+never|\s+won't\s+ever|\s+won't|${BE}\s+never\s+(?:going to|gonna))\s+be\s+(?:any\s+)?(?:good|great|any good)\s+at\s+(.+)$`,
    ),
    task: (m) => fromActivity(m[2]!),
  },
  // I'll never be able to / won't be able to X
  {
    kind: 'ability',
    pattern: new RegExp(String.raw`^${SUBJECT}(?:${WILL}\s+never|\s+won't\s+ever|\s+won't|\s+will not)\s+be\s+able\s+to\s+(.+)$`),
    task: (m) => m[2],
  },
  // I'll never / I'm never going to / I won't ever X (negated futures)
  {
    kind: 'ability',
    pattern: new RegExp(
      String.raw`^${SUBJECT}(?:${WILL}\s+never|\s+won't\s+ever|${BE}\s+never\s+(?:going to|gonna)|${BE}\s+not\s+(?:going to|gonna)\s+(?:manage to|be able to))\s+(?:manage\s+to\s+)?(.+)$`,
    ),
    task: (m) => (/^be\b/.test(m[2]!) ? undefined : m[2]),
  },
  // I'm bad / terrible / hopeless / useless / no good / not good at X; I suck at X; I've never been good at X
  {
    kind: 'label',
    pattern: new RegExp(
      String.raw`^${SUBJECT}(?:${BE}|'ve|\s+have)?\s+${ADVERBS}(?:(?:always\s+|never\s+)?been\s+)?(?:so\s+|really\s+|very\s+|such\s+|pretty\s+)?(?:bad|terrible|hopeless|useless|awful|rubbish|crap|lousy|no good|not good|not very good|not great|not any good|suck|stink|fail|(?<=never been\s+)(?:very\s+|any\s+|that\s+)?good)\s+at\s+(.+)$`,
    ),
    task: (m) => fromActivity(m[2]!),
  },
  // I'm just not a X person
  {
    kind: 'label',
    pattern: new RegExp(String.raw`^${SUBJECT}${BE}\s+${ADVERBS}not\s+(?:a|an)\s+(.+?)\s+person$`),
    task: (m) => PERSON_AREAS[m[2]!.toLowerCase()] ?? `do ${m[2]} well`,
  },
  // I'm not good enough / I'm useless / I'm a failure / I'm stupid / I'll never be good enough
  {
    kind: 'worth',
    pattern: new RegExp(
      String.raw`^${SUBJECT}(?:${BE}|${WILL}\s+never\s+be|\s+won't\s+ever\s+be|${BE}\s+never\s+going\s+to\s+be)\s+${ADVERBS}(?:not\s+(?:\w+\s+)?enough|(?:such\s+)?an?\s+(?:failure|loser|idiot|disaster|mess|fraud)|useless|hopeless|worthless|stupid|dumb|pathetic|incompetent|a waste of space|never enough)$`,
    ),
    task: () => TASK_BLANK,
  },
  // I'll never be good enough / I'm never going to be smart enough
  {
    kind: 'worth',
    pattern: new RegExp(
      String.raw`^${SUBJECT}(?:${WILL}\s+never|\s+won't\s+ever|${BE}\s+never\s+(?:going to|gonna))\s+be\s+(?:\w+\s+)?enough$`,
    ),
    task: () => TASK_BLANK,
  },
];

// ---------- text handling ----------

/** Straight apostrophes and quotes, single spaces. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC\u2032`´]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences: split after . ! ? ; and at line breaks. */
export function splitThoughts(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]/u.test(s));
}

function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/** Strips the trailing punctuation, emoji and filler ("at all", "anymore") from a task. */
function tidyTask(task: string): string {
  return task
    .replace(/[\s.!?,;:…"'\p{Extended_Pictographic}]+$/u, '')
    .replace(/\s+(?:at all|anymore|any more|ever again|no matter what|whatever I do|whatever we do|lol)$/i, '')
    .replace(/^(?:do\s+)?(?:get|understand)\s+(this|it|that)$/i, 'work $1 out')
    .trim();
}

const SUBJECT_TEXT: Record<string, { pronoun: string; dont: string }> = {
  i: { pronoun: 'I', dont: "don't" },
  we: { pronoun: 'We', dont: "don't" },
  you: { pronoun: 'You', dont: "don't" },
};

function rewriteSentence(sentence: string): RewrittenThought | GuidanceReason {
  const clean = normalise(sentence)
    .replace(/^(?:but|and|so|because|honestly|ugh|ugh,|well|oh|i think|i feel like|i guess|i know|maybe)[,\s]+/i, '')
    .replace(/^(?:i think|i feel like|i guess|i know|i just know)\s+(?:that\s+)?/i, '');
  const shouting = isShouting(clean);
  // Lower-case for matching only; the task keeps the person's own words (unless they were shouting).
  const lower = clean.toLowerCase().replace(/[.!?…]+$/, '');
  for (const rule of rules) {
    const match = lower.match(rule.pattern);
    if (!match) continue;
    const subject = SUBJECT_TEXT[match[1]!]!;
    const rawTask = rule.task(match);
    if (rawTask === undefined) continue;
    if (rawTask === null) return 'not-ability';
    let task = rawTask;
    // Recover the original capitalisation of the task from the sentence, where it is a plain tail.
    if (!shouting && rule.kind === 'ability') {
      const at = lower.lastIndexOf(rawTask);
      if (at !== -1 && lower.length - at === rawTask.length) task = clean.slice(at, at + rawTask.length);
    }
    if (rule.kind !== 'worth') task = tidyTask(task);
    if (!task) return 'not-a-cant';
    if (shouting) task = task.toLowerCase().replace(/\bi\b/g, 'I');
    return {
      original: sentence.trim(),
      rewrite: `${subject.pronoun} ${subject.dont} yet know how to ${task}.`,
      kind: rule.kind,
    };
  }
  if (/^(?:i|we)(?:\s+\w+)?\s+(?:can|could|am able|'m able|will be able)\b/.test(lower) && !/\bnot\b|n't\b/.test(lower)) {
    return 'already-can';
  }
  if (/^(?:he|she|they|it|my \w+|his|her|their)\b.*(?:\bcan't|\bcannot|\bcan not|\bunable|\bwon't be able|\bnever be able)\b/.test(lower)) {
    return 'not-about-self';
  }
  return 'not-a-cant';
}

/** Priority when no sentence could be rewritten: the most specific guidance wins. */
const GUIDANCE_ORDER: GuidanceReason[] = ['not-ability', 'not-about-self', 'already-can', 'not-a-cant'];

export function rewriteCant(input: string): RewriteResult {
  const text = normalise(input);
  if (!/\p{L}/u.test(text)) return { kind: 'guidance', reason: 'empty', message: GUIDANCE.empty };
  if (text.length > MAX_THOUGHT_LENGTH) return { kind: 'guidance', reason: 'too-long', message: GUIDANCE['too-long'] };
  const thoughts: RewrittenThought[] = [];
  const reasons = new Set<GuidanceReason>();
  for (const sentence of splitThoughts(input)) {
    const result = rewriteSentence(sentence);
    if (typeof result === 'string') reasons.add(result);
    else thoughts.push(result);
  }
  if (thoughts.length === 0) {
    const reason = GUIDANCE_ORDER.find((r) => reasons.has(r)) ?? 'not-a-cant';
    return { kind: 'guidance', reason, message: GUIDANCE[reason] };
  }
  return {
    kind: 'rewrite',
    thoughts,
    text: thoughts.map((t) => t.rewrite).join(' '),
    note: thoughts.some((t) => t.kind === 'worth') ? WORTH_NOTE : undefined,
  };
}
