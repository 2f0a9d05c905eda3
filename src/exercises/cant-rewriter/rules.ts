// The "I can't" rewriter's rules. A thought such as "I can't draw, I have zero talent" holds a task
// ("draw") and something that is not a task: a verdict on oneself ("I have zero talent"), a reason
// offered as fixed ("because I'm shy"), a comparison ("everyone else finds it easy") or a forecast
// ("and always will be"). The rules split the thought into clauses, find the task and write it alone
// ("I don't yet know how to draw."), and hand back the rest, named for what it is. Runs on the device,
// needs no dictionary, and answers a thought with no task in it with a question, never a broken
// sentence. The island loads this file on the first focus of the thought field, outside the page's
// first-load budget (lazily loaded parts are capped at 40 KB): words and rules are never cut to save
// bytes (issue 21). Every word list below has rows in tests/unit/cant-rewriter-table.ts.

/** Longest input the rules will read (about a paragraph). */
export const MAX_THOUGHT_LENGTH = 600;

/** What a part left out of the task is. */
export type LeftOutKind = 'verdict' | 'reason' | 'comparison' | 'forecast';

export interface LeftOutPart {
  kind: LeftOutKind;
  /** The person's words, tidied (capital "I", apostrophes, no joining word). */
  text: string;
}

export interface RewrittenThought {
  /** The sentence the task was found in, as the person wrote it. */
  original: string;
  /** The task alone: "draw", "speak in public". */
  task: string;
  /** The task statement. */
  rewrite: string;
}

export type GuidanceReason = 'empty' | 'too-long' | 'no-task' | 'already-can' | 'not-ability' | 'not-about-self' | 'not-a-cant';

export type RewriteResult =
  | {
      kind: 'rewrite';
      thoughts: RewrittenThought[];
      /** All task statements as one editable text. */
      text: string;
      leftOut: LeftOutPart[];
    }
  | { kind: 'guidance'; reason: GuidanceReason; message: string; leftOut: LeftOutPart[] };

/** How a kind of left-out part is named and explained, and the lesson heading that says why. */
export interface LeftOutInfo {
  name: string;
  /** One line on why it is not part of the task. */
  why: string;
  /** The heading's words, as the lesson shows them (the link says "Lesson: <heading>"). */
  heading: string;
  /** The lesson's page. */
  lesson: string;
  /** The heading's id on that page (tests/dist/lesson-fragments.test.ts checks the built lesson has it). */
  id: string;
}

const LESSON = '/lessons/esteem-vs-efficacy/';

export const LEFT_OUT: Record<LeftOutKind, LeftOutInfo> = {
  verdict: {
    name: 'A verdict on yourself',
    why: 'It judges you as a person; no practice can answer it, but a task can be practised.',
    heading: 'Two questions that sound alike',
    lesson: LESSON,
    id: 'two-questions-that-sound-alike',
  },
  reason: {
    name: 'A reason offered as fixed',
    why: 'Even if it is true today, it does not decide whether the task can be learned.',
    heading: 'Belief, not mood',
    lesson: LESSON,
    id: 'belief-not-mood',
  },
  comparison: {
    name: 'A comparison',
    why: 'It moves how you feel about yourself, not whether you can do the task.',
    heading: 'Belief, not mood',
    lesson: LESSON,
    id: 'belief-not-mood',
  },
  forecast: {
    name: 'A forecast',
    why: 'Nobody knows yet what practice will do; the task is about now.',
    heading: 'How it works',
    lesson: LESSON,
    id: 'how-it-works',
  },
};

const GUIDANCE: Record<GuidanceReason, string> = {
  empty: 'Write down a thought that stops you, in your own words: for example “I can’t speak up in meetings” or “I’m bad at maths”.',
  'too-long': `That is a lot to carry at once. Pick the one thought that weighs most and write just that (up to ${MAX_THOUGHT_LENGTH} characters).`,
  'no-task':
    'There is no task in this thought yet, so there is nothing to rewrite, and that is fine. What were you trying to do when it came? Add that, for example “I can’t finish this report, I’m useless” or “I’m bad at saying no to my boss”.',
  'already-can':
    'That already sounds like a “can” thought. Keep it! If a doubt sits behind it, write the doubt the way it sounds in your head.',
  'not-ability':
    'That sounds like a feeling about something (“can’t wait”, “can’t stand”) rather than doubt about your ability. Is there a task you doubt you can do? Write that one.',
  'not-about-self': 'The rewriter works on thoughts about yourself. Write it the way it sounds in your own head, starting with “I”.',
  'not-a-cant':
    'This doesn’t read like an “I can’t” thought. Try writing the doubt the way it sounds in your head, starting with “I can’t…”, “I’m bad at…” or “I’ll never…”.',
};

// ---------- word lists (each entry has a row in tests/unit/cant-rewriter-table.ts) ----------

/** "can't stand", "can't wait": a feeling, not a doubt about ability. */
const IDIOMS = /^(?:stand(?! up)|bear|wait|believe|help (?:it|myself)|be bothered|imagine|afford|complain|thank|stop thinking)\b/;

/** Objects that name no task: "I can't do anything right", "I'm bad at everything". */
const NO_TASK =
  /^(?:do )?(?:anything|everything|nothing|life|it all|any of it|anything right|everything right|a single thing right|learn|improve|change|get better|make it|succeed|amount to (?:anything|much)|be|be good enough|be enough|be any good|get anywhere|do it right|ever|even)?$/;

/** Nouns of activity with the verb they take ("chess" → "play chess"); anything else takes "do". */
const NOUN_VERBS: Record<string, string> = {};
for (const group of [
  'play:chess football soccer tennis golf piano guitar drums violin cards sport sports games basketball cricket rugby hockey netball badminton',
  'speak:French Spanish German Italian English Japanese Chinese Mandarin Arabic Portuguese Welsh Russian languages',
  'use:Excel computers technology tech spreadsheets',
  'give:presentations presentation talks speeches feedback',
  'write:essays reports emails',
  'remember:names birthdays dates',
  'manage:money time stress finances',
  'make:friends decisions conversation small_talk',
  'meet:deadlines',
  'handle:conflict criticism pressure interviews exams',
  'work with:numbers words',
  'get on with:people',
]) {
  const [verb, nouns] = group.split(':') as [string, string];
  for (const noun of nouns.replace(/_/g, '\u00a0').split(' ')) {
    const words = noun.replace(/\u00a0/g, ' ');
    NOUN_VERBS[words.toLowerCase()] = `${verb} ${words}`;
  }
}
NOUN_VERBS.management = 'manage people';
NOUN_VERBS.leadership = 'lead people';
/** Words written with a capital wherever they stand. */
const PROPER = /^(?:french|spanish|german|italian|english|japanese|chinese|mandarin|arabic|portuguese|welsh|russian|excel)$/;

/** "I'm not a morning person": areas whose task is not simply the word itself. */
const PERSON_AREAS: Record<string, string> = {
  people: 'get on with new people',
  morning: 'get going in the morning',
  numbers: 'work with numbers',
  tech: 'use technology',
  maths: 'do maths',
  math: 'do math',
};

/** "-er" nouns that are not someone doing a skill ("mother", "loser"). */
const NOT_AGENTS = /^(?:mother|father|brother|sister|daughter|partner|lover|loser|other|member|person|character)$/;

/**
 * Gerunds whose base form the spelling rules below get wrong, and "-ing" words that are only nouns.
 * ("drawing", "painting", "building", "feeling" and "meaning" are verbs at the start of a task:
 * "bad at drawing hands" → "draw hands".)
 */
const GERUNDS: Record<string, string> = {
  being: 'be',
  doing: 'do',
  going: 'go',
  seeing: 'see',
  using: 'use',
  adding: 'add',
  focusing: 'focus',
  focussing: 'focus',
  ironing: 'iron',
  developing: 'develop',
  lying: 'lie',
  dying: 'die',
  refusing: 'refuse',
  installing: 'install',
};
const NOT_GERUNDS = /^(?:nothing|something|anything|everything|morning|evening|ceiling|during|wedding|pudding|clothing)s?$/;

// ---------- grammar helpers ----------

/** "fixing" → "fix", "writing" → "write", "running" → "run"; undefined if the word is no gerund. */
export function baseVerb(word: string): string | undefined {
  const known = GERUNDS[word];
  if (known) return known;
  if (!/^[a-z]+ing$/.test(word) || NOT_GERUNDS.test(word)) return undefined;
  const stem = word.slice(0, -3);
  if (!/[aeiouy]/.test(stem)) return undefined; // thing, bring, sing
  if (/([^aeiouwxylsz])\1$/.test(stem) || (/[eo]ll$/.test(stem) && stem.length > 5)) return stem.slice(0, -1);
  return /(?:[vcuz]|[^aeiou][aiou][kdmbgn]|(?:[^aeiou]|i)at|(?:st|sc|gn|pl|sn|sh|d)or|[^aeiou][aiu]r|dg|[^aeiouly]l|[^aeiou][iu]l|chang|rang|leng|ung|plet|pet|let|writ|vit|cit|nit|[aiy]s|os|[rnlp]s|[^aeiou]ot|[^aeiou]ut)$/.test(
    stem,
  )
    ? `${stem}e`
    : stem;
}

/** An activity named as a noun or gerund ("public speaking", "fixing things") → a verb phrase. */
function activity(phrase: string, preposition = 'at'): string {
  const words = phrase.split(' ');
  const [first = '', second = ''] = words;
  if (first === 'public' && words.length === 2 && baseVerb(second)) return `${baseVerb(second)} in public`;
  const verb = baseVerb(first);
  if (verb) return [verb, ...words.slice(1)].join(' ');
  if (words.length === 2 && baseVerb(second)) {
    // "decision making" → "make decisions", "time keeping" → "keep time"; "creative writing" stays
    if (/^(?:decision|problem|note|goal|friend|task|plan)$/.test(first)) return `${baseVerb(second)} ${first}s`;
    if (/^(?:money|time|food|weight|house)$/.test(first)) return `${baseVerb(second)} ${first}`;
  }
  if (words.length === 2 && second === 'management') return `manage ${first}`;
  const mapped =
    NOUN_VERBS[phrase] ??
    (first === 'the' || first === 'my' ? NOUN_VERBS[second] && `${NOUN_VERBS[second]!.split(' ')[0]} ${phrase}` : undefined);
  if (mapped) return mapped;
  if (/^(?:it|this|that|them|these|those)$/.test(phrase)) return `do ${phrase}`;
  return preposition === 'with' ? `work with ${phrase}` : `do ${phrase}`;
}

/** Trailing words that add heat but no task, and emoji and punctuation. */
const TRAILING =
  /(?:\s+(?:at all|anymore|any ?more|any longer|ever again|ever|either|to save my life|for the life of me|no matter (?:how hard i try|what(?: i do)?)|however hard i try|whatever i do|right now|now|anyway|lol|haha|even|and|or|but|to|so|because))+$/;

/** The verb phrase after "I can't": trims filler, "learn to", "do public speaking" and the like. */
function shapeTask(raw: string, how: 'verb' | 'at' | 'with'): string {
  let task = raw
    .replace(/[\s.!?,;:…"'()\p{Extended_Pictographic}\uFE0F-]+$/u, '')
    // A task quoted whole ("public speaking" in quotes) lost its closing quote just above: drop the opening one.
    .replace(/^"([^"]*)$/, '$1')
    .replace(TRAILING, '')
    .trim();
  if (how !== 'verb') task = activity(task, how);
  for (let i = 0; i < 3; i++) {
    task = task
      .replace(
        /^(?:ever|even|possibly|really|just|actually|seem to|manage to|bring myself to|be able to|learn (?:how )?to|figure out how to|work out how to|know how to)\s+/,
        '',
      )
      .replace(/^(?:get|be)(?: any)? (?:better|good|great|decent) at (.+)$/, (_, x: string) => activity(x))
      .replace(/^get the hang of (.+)$/, (_, x: string) => activity(x))
      .replace(/^do (.+)$/, (_, x: string) => activity(x))
      .replace(/^learn (.+)$/, (all, x: string) => (activity(x).startsWith('do ') ? all : activity(x)))
      .replace(/^(?:get|understand|figure out|work out) (it|this|that|them)$/, 'work $1 out');
  }
  return task
    .replace(/\b(\w+)(?: \1\b)+/g, '$1')
    .replace(TRAILING, '')
    .trim();
}

// ---------- the frames a task comes in ----------

const S = String.raw`(?<s>i|we)`;
const A = String.raw`(?:(?:just|really|honestly|simply|still|totally|literally|seriously|definitely|probably|so|actually|ever|even|truly|absolutely|completely|genuinely|basically|kind of|sort of|always)\s+)*`;
const BE = String.raw`(?:'m| am|'re| are)`;
const BAD = String.raw`(?:bad|terrible|hopeless|useless|awful|rubbish|crap|crappy|lousy|pants|poor|horrible|dreadful|shocking|no good|the worst)`;

interface Frame {
  re: RegExp;
  /** How to read the task: as a verb phrase, or as an activity after "at"/"with". */
  how: 'verb' | 'at' | 'understand' | 'agent' | 'person' | 'pass';
  /** Which part is left out (see `classify`), when the frame carries more than "can't". */
  residue?: true;
}

const rx = (source: string) => new RegExp(source);

const FRAMES: Frame[] = [
  // "I'm the only one who can't swim": a comparison around the task
  {
    re: rx(String.raw`^(?<o>${S}${BE} the only one(?: [\w' ]+?)? who (?:can't|cannot|can not|doesn't know how to))\s*(?<t>.*)$`),
    how: 'verb',
    residue: true,
  },
  // forecasts: "I'll never", "I won't ever", "I'm never going to", "I could never"
  {
    re: rx(
      String.raw`^(?<o>${S}(?:(?:'ll| will| shall) ${A}never| (?:won't|will not) ever| (?:won't|will not)(?= be able| manage)|${BE} (?:never|not) (?:going to|gonna)(?= be able| manage)|${BE} never (?:going to|gonna)| could never| (?:don't|do not) think (?:i|we)(?:'ll| will) ever))(?: ${A})?\s*(?<t>.*)$`,
    ),
    how: 'verb',
    residue: true,
  },
  // "I'm too old to learn to code", "I'm not smart enough to study medicine"
  {
    re: rx(String.raw`^(?<o>${S}${BE} ${A}(?:(?:way|far|much|just|simply) )?too \w+(?: and \w+)?) to (?<t>.*)$`),
    how: 'verb',
    residue: true,
  },
  { re: rx(String.raw`^(?<o>${S}${BE} ${A}(?:not|never) ${A}(?:\w+ )?\w+ enough) to (?<t>.*)$`), how: 'verb', residue: true },
  { re: rx(String.raw`^(?<o>${S}${BE} ${A}(?:not|never) ${A}(?:\w+ )?\w+ enough) for (?<t>.*)$`), how: 'at', residue: true },
  { re: rx(String.raw`^(?<o>it's (?:way |far |much )?too late(?: for me)?)(?: now)? to (?<t>.*)$`), how: 'verb', residue: true },
  // "I can't", "I cannot", "I can't seem to", "I can no longer"
  {
    re: rx(String.raw`^${S} ${A}(?:can't|cannot|can not|can never|couldn't|could not|can no longer)(?:\s+|$)(?<t>.*)$`),
    how: 'verb',
  },
  { re: rx(String.raw`^(?:there's |there is )?no way ${S} (?:can|could|will|'ll)(?: ever)?\s+(?<t>.*)$`), how: 'verb' },
  // "I've never been able to", "I was never able to", "I've never managed to", "I'm not able to"
  {
    re: rx(
      String.raw`^${S}(?:'ve| have)? ${A}(?:never|not ever|always struggled to) (?:been able|managed|known how|learned how|learnt how|learned|learnt) to (?<t>.*)$`,
    ),
    how: 'verb',
  },
  { re: rx(String.raw`^${S} ${A}never (?:seem to|manage to|get to) (?<t>.*)$`), how: 'verb' },
  { re: rx(String.raw`^${S} (?:was|were) ${A}(?:never|not|un)\s*able to (?<t>.*)$`), how: 'verb' },
  { re: rx(String.raw`^${S}${BE} ${A}(?:not|never|un)\s*(?:going to be |gonna be )?able to (?<t>.*)$`), how: 'verb' },
  { re: rx(String.raw`^${S}${BE} ${A}(?:not capable|incapable) of (?<t>.*)$`), how: 'at' },
  // "I don't know how to", "I have no idea how to"; "I don't get fractions"
  {
    re: rx(
      String.raw`^${S} ${A}(?:don't|do not|never|have no idea|haven't got a clue|have no clue|don't have a clue)(?: ${A}know)? (?<w>how|what|when|where) to (?<t>.*)$`,
    ),
    how: 'verb',
  },
  { re: rx(String.raw`^${S} ${A}(?:don't|do not|never) (?:get|understand) (?<t>.+)$`), how: 'understand' },
  // "I don't think I can", "I doubt I could"
  {
    re: rx(
      String.raw`^${S} (?:don't|do not) (?:think|believe|reckon) (?:that )?(?:i|we) (?:can|could|(?:'ll|will|'d|would) be able to|have what it takes to)\s+(?<t>.*)$`,
    ),
    how: 'verb',
  },
  { re: rx(String.raw`^${S} doubt (?:that )?(?:i|we) (?:can|could|(?:'ll|will) be able to)\s+(?<t>.*)$`), how: 'verb' },
  // "I'm bad at", "I suck at", "I've never been good at", "I'm useless with money", "I struggle with"
  {
    re: rx(
      String.raw`^${S}(?:${BE}|'ve| have| was| were)? ${A}(?<neg>(?:always|never|not|not ever) )?(?:been )?${A}(?<a>${BAD}|suck|stink|struggle|fail|(?:(?:not|never) )?(?:(?:very|that|any|so|really|particularly|great|too) )?(?:good|great))\s+(?<p>at|with) (?<t>.*)$`,
    ),
    how: 'at',
  },
  { re: rx(String.raw`^${S} ${A}(?:struggle|fail|find it (?:hard|impossible|difficult)) to (?<t>.*)$`), how: 'verb' },
  // "I always fail exams", "I keep failing my driving test", "I never pass exams": the task is to pass
  { re: rx(String.raw`^${S} ${A}(?:keep )?fail(?:ing|ed)? (?!at |with |to |in |on |miserably)(?<t>.+)$`), how: 'pass' },
  { re: rx(String.raw`^${S} ${A}never ${A}(?:seem to |manage to )?pass (?<t>.+)$`), how: 'pass' },
  // "I'm a terrible cook", "I've never been a good swimmer"
  {
    re: rx(
      String.raw`^${S}(?:${BE}|'ve always been|'ve never been| was)? ${A}(?:not )?(?:such )?(?:a|an) (?:really |very |so |pretty )?(?:${BAD}|(?<=(?:not|never been) (?:a|an) (?:very )?)(?:good|great|strong|confident|natural)) (?<t>[\w ]+)$`,
    ),
    how: 'agent',
  },
  // "I'm not cut out for teaching", "I'm not built for running"
  { re: rx(String.raw`^${S}${BE} ${A}(?:not|never) ${A}(?:cut out|built|made) for (?<t>.*)$`), how: 'at' },
  // "maths isn't my thing", "public speaking is beyond me", "cooking is too hard for me"
  {
    re: rx(
      String.raw`^(?<t>(?!i |i'|we |it's |everyone|everybody|other)[\w' ]+?) ${A}(?:isn't|is not|wasn't|was never|was not|is never|aren't|are not|'s not|'s never)(?: ${A})?(?:my thing|my strong (?:suit|point)|my forte|for me|my cup of tea|something i can do)$`,
    ),
    how: 'at',
  },
  {
    re: rx(
      String.raw`^(?<t>(?!i |i'|we |everyone|everybody|other)[\w' ]+?)(?: is| are|'s| was) ${A}(?:way |far |much )?(?:beyond me|over my head|(?:too |so |really |very )?(?:hard|difficult|impossible) for me)$`,
    ),
    how: 'at',
  },
  // "I'm just not a writer", "I'm not a maths person": an identity; its task is used only if no other
  // clause names one, and the clause itself is shown as a verdict.
  {
    re: rx(String.raw`^${S}${BE} ${A}(?:not|never going to be) ${A}(?:a|an) (?<t>[\w ]+?)(?: person| type| kind of person)?$`),
    how: 'person',
  },
];

// ---------- what is left out ----------

const COMPARISON =
  /\b(?:every(?:one|body)|other (?:people|kids|students|parents|mums|dads|people's)|others|no ?one else|nobody else|anyone else|all my (?:friends|mates|colleagues|classmates)|my (?:friends|mates|colleagues|classmates|peers|sister|brother|siblings)|people my age|normal people|real \w+ers|than me|unlike me|not me|except me|compared (?:to|with)|like most|most people|the only one)\b/;
// ("useless" and "hopeless" stand alone in VERDICT, so "hopeless at life" and "a useless X" need no
// entries of their own.)
const VERDICT =
  /\b(?:failure|loser|idiot|moron|wreck|disaster|disappointment|joke|fraud|imp[oa]stor|waste of space|lost cause|hopeless|useless|worthless|pathetic|stupid|dumb|thick|incompetent|talentless|(?:no|zero|any) (?:talent|skill|ability|brains|willpower|self[- ]control|discipline)|not (?:very |that |really )?(?:talented|smart|clever|bright|creative|gifted|sporty|artistic|musical|academic|good enough|enough|strong enough)|not (?:a )?natural|never (?:be )?(?:good )?enough|good for nothing|no good|the worst|not an? (?:\w+ )?(?:person|type|writer|artist|runner|leader|maths? \w+|\w+ers?)|(?:bad|terrible) at (?:everything|life)|wrong with me|broken|hate myself|a mess|(?:a|an) (?:bad|terrible|awful|rubbish|horrible) \w+|lazy|weak|mess (?:everything|things|it all) up|screw (?:everything|things|it all) up|ruin everything|never get anything right)\b/;
const REASON =
  /\b(?:shy|introvert(?:ed)?|anxious|nervous|old|young|age|dyslexi[ac]|adhd|autistic|brain|mind|memory|genes|genetic|in my blood|runs in (?:my|the) family|wired|born|nature|just how i am|who i am|the way i am|how i'm made|built that way|made that way|no (?:head|ear|eye) for|tone[- ]deaf|two left feet|clumsy|slow|busy|tired|too late|background|upbringing|personality|never been taught|(?:nobody|no one) (?:ever )?taught me|don't have the \w+ for|too \w+|always (?:have|had) been|(?:'ve|have) always been|taught|built)\b/;
const FORECAST =
  /\b(?:what's the point|why bother|always will|never will|will never|'ll never|won't ever|never going to|gonna|forever|rest of my life|no point|never change|won't change|always be|'ll always|will always|never get better|never improve|going to fail|'ll fail|will fail|'ll mess|doomed|no hope|could never|not going to|won't|will not)\b/;

/** What a clause that holds no task is, if it is one of the four things left out. */
function classify(clause: string, joinedBy: string): LeftOutKind | undefined {
  if (COMPARISON.test(clause) || /^(?:like|unlike|than|as \w+ as|compared)\b/.test(clause)) return 'comparison';
  if (VERDICT.test(clause)) return 'verdict';
  if (REASON.test(clause)) return 'reason';
  if (FORECAST.test(clause)) return 'forecast';
  // "because I hate the sound of my voice": whatever follows "because" is offered as the reason
  if (/^(?:because|cause|'cause|cos|coz|since|as)$/.test(joinedBy)) return 'reason';
  return undefined;
}

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
    .split(/(?<=[.!?;…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]/u.test(s));
}

/** Lower case, apostrophes put back where people leave them out ("cant", "im"), no filler openers. */
function forMatching(text: string): string {
  return ` ${text.toLowerCase()} `
    .replace(/\b(ca|do|wo|is|does|did|could|would|should|have|has|are|was|were|ai)nt\b/g, "$1n't")
    .replace(/\bim\b/g, "i'm")
    .replace(/\bive\b/g, "i've")
    .replace(/\bill(?= (?:never|not|always|be|probably|just|fail|mess|ever)\b)/g, "i'll")
    .replace(/\b(it|that|there|what)s\b(?= (?:not|too|just|never|a|an|so|impossible|hard|beyond|no|over)\b)/g, "$1's")
    .replace(/\bu\b/g, 'you')
    .replace(/\bcan not\b/g, 'cannot')
    .replace(/[!?…]+|\.{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Opening words that carry no meaning for the task. */
const OPENERS =
  /^(?:honestly|to be honest|tbh|ugh+|argh+|oh|ok|okay|well|look|so|but|and|seriously|god|omg|man|sigh|the truth is|let's face it|face it|i mean|i swear|basically|frankly|sadly|clearly|obviously|maybe|(?:(?:i|we) (?:just )?(?:know|think|feel like|feel|guess|suppose|reckon|believe)|(?:i'm|we're) sure)(?: that)?(?= (?:i|we)\b))[,\s]+/;

/** Words that start a new clause after a comma or a joining word. */
const CLAUSE_START = String.raw`(?:i|i'm|i'll|i've|i'd|we|we're|my|you|he|she|they|it|it's|that|that's|this|there's|there|everyone|everybody|other|others|people|nobody|no one|always|never|just|not|and|but|so|because|cause|since|though|although|which|even|especially|honestly|probably|plus|also|anyway|no matter|whereas|while|like|something|nothing|everything|someone|somebody|anyone|anybody|all|most|normal|real|the whole|what's|why|no point)\b`;

/** Splits a sentence (already lower case) into clauses, each with the word that joined it. */
function clauses(sentence: string): { text: string; joinedBy: string }[] {
  const marked = sentence
    .replace(/\s*(?:[,:;]|\s[-–—]\s)\s*(?=\S)/g, (m, offset: number, all: string) =>
      new RegExp(`^${CLAUSE_START}`).test(all.slice(offset + m.length)) ? ' | ' : m,
    )
    .replace(
      new RegExp(
        String.raw` (?=(?:because|(?:cause|'cause|cos|coz) ${CLAUSE_START}|since|though|although|which|whereas|even though|unlike|compared (?:to|with)|at my age|at this age|at \d+\b|with my (?:brain|memory|genes|background|personality)|(?:like|as well as|as (?:fast|quickly|easily|good) as|the way|than|while|when) (?:everyone|everybody|other|others|most|my|normal|the other|all|anyone|people)|(?:and|but) (?!not me\b)${CLAUSE_START}|so (?:${CLAUSE_START}|\w+ing\b))\b)|(?<!\bas \w+) (?=as (?:i|i'm|i've|my|it|it's)\b)`,
        'g',
      ),
      ' | ',
    )
    // a comma before a joining word ("money, like most of my friends") is marked once
    .replace(/ \|(?: \|)+ /g, ' | ');
  return marked
    .split(' | ')
    .map((part) => {
      let text = part.trim().replace(/^[,;:\s]+|[,;:\s.]+$/g, '');
      let joinedBy = '';
      const joiner =
        /^(?:and also|and|but|so|because|cause|'cause|cos|coz|since|though|although|even though|which|whereas|plus|also|as(?= (?:i|i'm|my|it)\b))\s+/.exec(
          text,
        );
      if (joiner) {
        joinedBy = joiner[0].trim();
        text = text.slice(joiner[0].length);
      }
      for (let i = 0; i < 3; i++) text = text.replace(OPENERS, '');
      return { text, joinedBy };
    })
    .filter((c) => /\p{L}/u.test(c.text));
}

/** Puts back the person's capitals (names, "Excel") and writes "I" as a person would. */
function restoreCase(text: string, capitals: Map<string, string>): string {
  return text.replace(/[\p{L}']+/gu, (word) => {
    if (/^i(?:'m|'ll|'ve|'d)?$/.test(word)) return `I${word.slice(1)}`;
    if (PROPER.test(word)) return word[0]!.toUpperCase() + word.slice(1);
    return capitals.get(word) ?? word;
  });
}

interface Found {
  task?: string | undefined;
  wh?: string | undefined;
  subject: string;
  /** Words of the frame itself that are left out ("I'll never", "I'm too old"). */
  residue?: string | undefined;
  /** Only a stand-in task, used if no other clause names one ("I'm not a writer" → "write"). */
  fallback?: true | undefined;
  /** The clause is an identity ("I'm not a writer"), shown as a verdict even when its task is used. */
  identity?: true | undefined;
}

/** The task in one clause, if it holds one. null: a phrase of feeling ("I can't wait"). */
function findTask(clause: string): Found | null | undefined {
  for (const frame of FRAMES) {
    const m = frame.re.exec(clause);
    if (!m) continue;
    const g = m.groups!;
    const raw = (g.t ?? '').trim();
    if (frame.how === 'verb' && IDIOMS.test(raw)) return null;
    if (g.a && /good|great/.test(g.a) && !/\b(?:not|never|no)\b/.test(`${g.neg ?? ''} ${g.a}`)) continue; // "I'm good at"
    const subject = g.s === 'we' ? 'We' : 'I';
    let task: string | undefined;
    if (frame.how === 'agent' || frame.how === 'person') {
      const words = raw.split(' ');
      const last = words.at(-1)!;
      const verb =
        PERSON_AREAS[raw] ??
        (last === 'cook' ? 'cook' : !NOT_AGENTS.test(last) && /er$/.test(last) ? baseVerb(`${last.slice(0, -2)}ing`) : undefined);
      if (!verb) {
        if (frame.how === 'agent') continue;
        return { subject, fallback: true };
      }
      task = words.length === 2 && words[0] === 'public' ? `${verb} in public` : verb;
      // "I'm a terrible cook" names the task; beside another task ("I'm a lousy writer, I'll never
      // finish my novel") it is a verdict on the person
      return { task, subject, fallback: true, identity: frame.how === 'person' ? true : undefined };
    } else if (frame.how === 'understand') {
      // "I never get anything right", "I never get better": no task, the clause is left out whole
      if (NO_TASK.test(raw) || /^(?:anything|everything|better|worse)\b/.test(raw)) continue;
      task = /^(?:it|this|that|them)$/.test(raw) ? `work ${raw} out` : `understand ${shapeTask(raw, 'verb')}`;
    } else {
      let residue = frame.residue && g.o;
      let rest = raw;
      // "I'll never be good enough to ...": the verdict inside the forecast is left out too
      if (/^be (?:a|an|the) /.test(raw)) return findTask(`i'm not ${raw.slice(3)}`) ?? { subject, fallback: true };
      const inner = /^(be (?:\w+ )?\w+ enough|be too \w+) (?:to|for) (.+)$/.exec(raw);
      if (residue && inner) {
        residue += ` ${inner[1]}`;
        rest = inner[2]!;
      }
      // "I'm too old to learn now", "it's too late to start": no second task, the whole clause is
      // the reason (or verdict) offered
      if (residue && /^(?:learn|start|begin|try|change|bother)(?: (?:it|this|that|them|how|again|now|any ?more|at all))*$/.test(rest)) {
        return { task: '', subject, residue: clause };
      }
      task = shapeTask(rest, frame.how === 'at' ? (g.p === 'with' && !/struggle|fail/.test(g.a ?? '') ? 'with' : 'at') : 'verb');
      if (frame.how === 'pass') task = `pass ${task}`;
      return { task, wh: g.w, subject, residue };
    }
    return { task, subject };
  }
  return undefined;
}

/** "Everyone else finds presentations easy": the thing named, to stand in for "it"/"them". */
function antecedent(clause: string): { noun?: string | undefined; verb?: string | undefined } {
  const finds = /\bfinds? (.+?) (?:so |really |super |dead )?(?:easy|simple|natural|straightforward|effortless|a breeze|no problem)\b/.exec(
    clause,
  );
  if (finds && !/^(?:it|this|that|them)$/.test(finds[1]!)) return { noun: finds[1] };
  const can = /\b(?:can|could|manage to|know how to)\s+(?!not\b|never\b)(.+)$/.exec(clause);
  return can ? { verb: can[1] } : {};
}

export function rewriteCant(input: string): RewriteResult {
  const text = normalise(input);
  const leftOut: LeftOutPart[] = [];
  const guidance = (reason: GuidanceReason): RewriteResult => ({ kind: 'guidance', reason, message: GUIDANCE[reason], leftOut });
  if (!/\p{L}/u.test(text)) return guidance('empty');
  if (text.length > MAX_THOUGHT_LENGTH) return guidance('too-long');

  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length >= 4 && letters === letters.toUpperCase();
  // The person's own capitals, except a sentence's first word: put back into the task they wrote.
  const capitals = new Map<string, string>();
  if (!shouting) {
    for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}']*/gu)) capitals.set(m[0].toLowerCase(), m[0]);
  }
  const tidy = (words: string) => {
    const out = restoreCase(words, capitals);
    return out[0]!.toUpperCase() + out.slice(1);
  };

  const thoughts: RewrittenThought[] = [];
  const fallbacks: RewrittenThought[] = [];
  /** "I'm a lousy writer" beside another task: shown as a verdict, at its place, if that task is used. */
  const skills: { at: number; clause: string }[] = [];
  const reasons = new Set<GuidanceReason>();
  const all: string[] = [];
  let bare: { subject: string; original: string } | undefined;
  const addLeftOut = (kind: LeftOutKind, words: string) => {
    const part = { kind, text: tidy(words) };
    if (!leftOut.some((p) => p.text === part.text)) leftOut.push(part);
  };

  for (const sentence of splitThoughts(text)) {
    for (const { text: clause, joinedBy } of clauses(forMatching(sentence))) {
      all.push(clause);
      const found = findTask(clause);
      if (found === null) {
        reasons.add('not-ability');
        continue;
      }
      if (found) {
        const { task = '', wh = 'how', subject, residue, fallback, identity } = found;
        if (fallback) {
          if (identity || !task) addLeftOut('verdict', clause);
          else skills.push({ at: leftOut.length, clause });
          if (task)
            fallbacks.push({ original: sentence, task, rewrite: `${subject} don't yet know ${wh} to ${restoreCase(task, capitals)}.` });
          continue;
        }
        // A task of filler alone ("I can't at all", "I can't anymore") is no task, as "ever" is not.
        if (NO_TASK.test(task) || ` ${task}`.replace(TRAILING, '') === '') {
          // "I can't do anything right", "I'll never be good enough": the whole clause is left out
          if (task) addLeftOut(classify(clause, joinedBy) ?? 'verdict', clause);
          else if (residue) addLeftOut(classify(residue, '') ?? 'verdict', residue);
          else bare = { subject, original: sentence };
          continue;
        }
        if (residue) addLeftOut(classify(residue, '') ?? (/enough/.test(residue) ? 'verdict' : 'reason'), residue);
        const shaped = restoreCase(task, capitals);
        if (!thoughts.some((t) => t.task === shaped)) {
          thoughts.push({ original: sentence, task: shaped, rewrite: `${subject} don't yet know ${wh} to ${shaped}.` });
        }
        continue;
      }
      const kind = classify(clause, joinedBy);
      if (/^(?:you|he|she|they|it|my \w+|his|her|their)\b.*(?:can't|cannot|unable|won't be able|never be able)/.test(clause)) {
        reasons.add('not-about-self');
      } else if (kind) addLeftOut(kind, clause);
      else if (/^(?:i|we)(?:\s+\w+)?\s+(?:can|could|am able|'m able|will be able)\b/.test(clause) && !/\bnot\b|n't\b/.test(clause)) {
        reasons.add('already-can');
      }
    }
  }

  // "Everyone else finds presentations easy but I can't do them": "them" is the presentations.
  // "Everyone else can drive, I can't": the task is the one the comparison names.
  for (const clause of all.filter((c) => COMPARISON.test(c))) {
    const { noun, verb } = antecedent(clause);
    if (noun) {
      for (const t of thoughts) {
        const task = shapeTask(t.task.replace(/\b(?:it|them|that|this)$/, noun), 'verb');
        if (task !== t.task) Object.assign(t, { task, rewrite: t.rewrite.replace(`to ${t.task}.`, `to ${task}.`) });
      }
    }
    // "Everyone else can drive but I can't", "everyone at work can use Excel except me"
    const implied = bare ?? (/\b(?:except|but not|apart from|other than) me$/.test(clause) ? { subject: 'I', original: text } : undefined);
    const task = verb && restoreCase(shapeTask(verb.replace(/ (?:except|but not|apart from|other than) me$/, ''), 'verb'), capitals);
    if (task && implied && !thoughts.length && !/^(?:do )?(?:it|this|that|them)$/.test(task)) {
      thoughts.push({ original: implied.original, task, rewrite: `${implied.subject} don't yet know how to ${task}.` });
    }
  }

  if (thoughts.length) {
    for (const { at, clause } of skills.reverse()) {
      const text = tidy(clause);
      if (!leftOut.some((p) => p.text === text)) leftOut.splice(at, 0, { kind: 'verdict', text });
    }
  } else thoughts.push(...fallbacks);
  if (!thoughts.length) {
    if (leftOut.length || bare) return guidance('no-task');
    const reason = (['not-ability', 'not-about-self', 'already-can'] as const).find((r) => reasons.has(r));
    return guidance(reason ?? 'not-a-cant');
  }
  return { kind: 'rewrite', thoughts, text: thoughts.map((t) => t.rewrite).join(' '), leftOut };
}
