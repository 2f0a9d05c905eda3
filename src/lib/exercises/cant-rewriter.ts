// The "I can't" rewriter's rules. A thought such as "I can't draw, I have zero talent" holds a task
// ("draw") and something that is not a task: a verdict on oneself ("I have zero talent"), a reason
// offered as fixed ("because I'm shy"), a comparison ("everyone else finds it easy") or a forecast
// ("and always will be"). The rules split the thought into clauses, find the task and write it alone
// ("I don't yet know how to draw."), and hand back the rest, named for what it is. They run on the
// device, need no dictionary, and answer a thought with no task in it with a question, never a
// broken sentence. The island loads this file on the first keystroke and the page's JavaScript
// budget is tight, so the patterns work on a canonical form of the text (one spelling of "can't",
// no intensifiers) and the word lists are short.

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

export type GuidanceReason = 'empty' | 'too-long' | 'no-task' | 'not-a-cant';

export type RewriteResult =
  | {
      kind: 'rewrite';
      thoughts: RewrittenThought[];
      /** All task statements as one editable text. */
      text: string;
      leftOut: LeftOutPart[];
    }
  | { kind: 'guidance'; reason: GuidanceReason; message: string; leftOut: LeftOutPart[] };

/**
 * How each kind of left-out part is named, one line on why it is not part of the task, and the
 * heading of the esteem-vs-efficacy lesson that explains it (its anchor is the heading's slug).
 */
export const LEFT_OUT: Record<LeftOutKind, [name: string, why: string, heading: string]> = {
  verdict: ['A verdict on yourself', 'It judges you as a person; no practice can answer it, but a task can be practised.', 'Two questions that sound alike'],
  reason: ['A reason offered as fixed', 'Even if it is true today, it does not decide whether the task can be learned.', 'Conviction, not confidence'],
  comparison: ['A comparison', 'It moves how you feel about yourself, not whether you can do the task.', 'Conviction, not confidence'],
  forecast: ['A forecast', 'Nobody knows yet what practice will do; the task is about now.', 'How it works'],
};

const GUIDANCE: Record<GuidanceReason, string> = {
  empty: 'Write a thought that stops you.',
  'too-long': `Write just one thought, up to ${MAX_THOUGHT_LENGTH} characters.`,
  'no-task': 'There is no task in this yet, and that is fine. What were you trying to do when the thought came? Add it, for example: “I can’t finish this report”.',
  // also "I can do this", "I can't wait", "He can't cook": not the person's own doubt about a task
  'not-a-cant': 'This doesn’t read like a doubt about something you could learn. Try “I can’t…”, “I’m bad at…” or “I’ll never…”.',
};

// ---------- word lists ----------

/** Nouns of activity with the verb they take ("chess" → "play chess"); anything else takes "do". */
const NOUN_VERBS: Record<string, string> = { management: 'manage people', leadership: 'lead people' };
for (const group of 'play:chess football tennis golf piano guitar sport|speak:French Spanish languages|use:Excel computers technology spreadsheets|give:presentations feedback|write:essays|remember:names birthdays|manage:money time|make:friends decisions small_talk|meet:deadlines|handle:criticism interviews exams|get on with:people'.split(
  '|',
)) {
  const [verb, nouns] = group.split(':') as [string, string];
  for (const noun of nouns.split(' ')) {
    const words = noun.replace('_', ' ');
    NOUN_VERBS[words.toLowerCase()] = `${verb} ${words}`;
  }
}

/** "I'm not a morning person": areas whose task is not the word itself. */
const PERSON_AREAS: Record<string, string> = {
  people: 'get on with new people',
  morning: 'get going in the morning',
  numbers: 'work with numbers',
  tech: 'use technology',
  maths: 'do maths',
  math: 'do math',
};

/** Gerunds the spelling rules below get wrong. */
const GERUNDS: Record<string, string> = { using: 'use', ironing: 'iron' };

// ---------- grammar ----------

/** "fixing" → "fix", "writing" → "write", "running" → "run"; undefined if the word is no gerund. */
export function baseVerb(word: string): string | undefined {
  if (GERUNDS[word]) return GERUNDS[word];
  const stem = word.slice(0, -3);
  if (!/^[a-z]+ing$/.test(word) || !/[aeiouy]/.test(stem) || /^(?:\w*thing|morning|evening|ceiling|during|wedding|building|clothing)$/.test(word)) return;
  if (/([^aeiouwxylsz])\1$/.test(stem) || (/[eo]ll$/.test(stem) && stem.length > 5)) return stem.slice(0, -1);
  return /(?:[vcuz]|[^aeiou][aiou][kdmbgn]|(?:[^aeiou]|i)at|creat|(?:st|sc|gn|pl|d)or|[^aeiou][aiu]r|dg|[^aeiouly]l|[^aeiou][iu]l|chang|rang|leng|ung|plet|pet|let|writ|vit|cit|nit|[aiy]s|os|[rnlp]s|[^aeiou][ou]t)$/.test(stem)
    ? `${stem}e`
    : stem;
}

/** An activity named as a noun or gerund ("public speaking", "fixing things") → a verb phrase. */
function activity(phrase: string, withWord?: boolean): string {
  const words = phrase.split(' ');
  const [first = '', second = ''] = words;
  const verb2 = words.length === 2 && baseVerb(second);
  if (verb2 && first === 'public') return `${verb2} in public`;
  const verb = baseVerb(first);
  if (verb) return [verb, ...words.slice(1)].join(' ');
  // "decision making" → "make decisions", "time keeping" → "keep time"; "creative writing" stays
  if (verb2 && /^(?:decision|problem|note|goal|task)$/.test(first)) return `${verb2} ${first}s`;
  if (verb2 && /^(?:money|time|house)$/.test(first)) return `${verb2} ${first}`;
  if (second === 'management') return `manage ${first}`;
  const theOrMy = /^(?:the|my)$/.test(first) && NOUN_VERBS[second];
  return NOUN_VERBS[phrase] ?? (theOrMy ? `${theOrMy.split(' ')[0]} ${phrase}` : `${withWord ? 'work with' : 'do'} ${phrase}`);
}

/** The words after "I can't", as a task: no filler, no "learn to", "do public speaking" → "speak in public". */
function shapeTask(raw: string, how = 'v', withWord?: boolean): string {
  const TRAILING = / (?:at all|anymore|any ?more|any longer|ever again|ever|either|to save my life|for the life of me|no matter .+|however hard i try|whatever i do|lol|haha|and|or|but|to|so|because)$/;
  let task = raw.replace(/[^\p{L}\d)]+$/u, '');
  for (let i = 0; i < 3; i++) task = task.replace(TRAILING, '');
  if (how === 'a') task = activity(task, withWord);
  for (let i = 0; i < 3; i++) {
    task = task
      .replace(/^(?:ever|possibly|seem to|manage to|bring myself to|be able to|learn (?:how )?to|(?:figure|work) out how to|know how to) /, '')
      .replace(/^(?:(?:get|be)(?: any)? (?:better|good|great) at|get the hang of|do) (.+)$/, (_, x: string) => activity(x))
      .replace(/^learn (.+)$/, (all, x: string) => (activity(x).startsWith('do ') ? all : activity(x)))
      .replace(/^(?:get|understand|figure out|work out) (it|this|that|them)$/, 'work $1 out');
  }
  return task.replace(/\b(\w+)(?: \1\b)+/g, '$1');
}

// ---------- the frames a task comes in ----------
// Each works on the canonical clause (see `canonical`): group 1 is the part of the frame that is
// left out (or how it is read), the last group is the task. `how`: v a verb phrase, a an activity,
// b "bad at", g "a bad cook", p "not a writer".

const BAD = 'bad|terrible|hopeless|useless|awful|rubbish|crap|lousy|pants|poor|no good|the worst';
const FRAMES: [RegExp, string][] = (
  [
    [`(i'm the only one(?: [\\w' ]+?)? who can't) ?(.*)`, 'v'],
    [`(i(?:(?:'ll| will) never(?: ever)?| won't ever| won't(?= be able| manage)|'m (?:never|not) going to(?= be able| manage)|'m never going to| could never| don't think i'll ever)) ?(.*)`, 'v'],
    [`(i'm (?:way |far |much )?too \\w+) to (.*)`, 'v'],
    [`(i'm (?:not|never) (?:\\w+ )?\\w+ enough) to (.*)`, 'v'],
    [
      `()(?:(?:there's )?no way i (?:can|could|will|'ll)(?: ever)?|i(?: can't| can never| couldn't| can no longer| never (?:seem|manage) to|(?:'ve| was) never (?:been )?able to|'ve never (?:managed|known how|learned|learnt) to|'m (?:not|never|un) ?able to| find it (?:hard|impossible|difficult) to| struggle to| doubt i can| don't think i (?:can|could|'ll be able to)| (?:don't|never) know(?: how to|(?= wh\\w+ to))| have no (?:idea|clue) how to| (?:don't|never)(?= understand)))(?: |$)(.*)`,
      'v',
    ],
    [`()i'm (?:not capable|incapable) of (.*)`, 'a'],
    [`i(?:'m|'ve| was)?(?: (never|not|no))?(?: been)?(?: so| very| that| any| particularly| too)? (${BAD}|suck|stink|struggle|fail|good|great|any good) (at|with) (.*)`, 'b'],
    [`i(?:'m|'ve| was)?( not| never)?(?: been)?(?: such)? an? (?:very |so |pretty )?(?:${BAD}|good|great|strong|confident) ([\\w ]+)`, 'g'],
    [`()i'm (?:not|never) (?:cut out|built|made) for (.*)`, 'a'],
    [`()((?!i |i'|it's|every|other)[\\w' ]+?) (?:isn't|is not|wasn't|was never|is never|aren't|are not)(?: really)? (?:my thing|my strong (?:suit|point)|my forte|for me|my cup of tea)`, 'a'],
    [`()((?!i |i'|every|other)[\\w' ]+?)(?: is| are|'s| was) (?:way |far )?(?:beyond me|over my head|(?:too |so |very )?(?:hard|difficult|impossible) for me)`, 'a'],
    [`()i'm (?:not|never going to be) an? ([\\w ]+?)(?: person| type)?`, 'p'],
  ] as const
).map(([source, how]) => [new RegExp(`^${source}$`), how]);

// ---------- what is left out ----------

const COMPARISON =
  /^(?:like|unlike|than|as \w+ as|compared)\b|\b(?:every(?:one|body)|other (?:people|kids|parents|mums|students)|others|no ?one else|nobody else|all my|my (?:friends|mates|colleagues|classmates|sister|brother|peers)|people my age|than me|not me|except me|the only one)\b/;
const VERDICT =
  /\b(?:failure|loser|idiot|wreck|disaster|fraud|hopeless|useless|worthless|pathetic|stupid|dumb|thick|\w*talent|not (?:that |very )?(?:smart|clever|creative|sporty|musical|good)|natural|enough|no good|the worst|not an? |at (?:everything|life)|wrong with me|mess|an? (?:bad|terrible|awful|rubbish|useless|hopeless|lousy) |lazy|weak)/;
const REASON =
  /\b(?:shy|introvert|anxious|nervous|scared|afraid|old|young|age|dyslexi|adhd|autis|brain|mind|memory|genes|genetic|wired|born|nature|who i am|the way i am|tone[- ]deaf|left feet|clumsy|slow|busy|tired|late|background|personality|taught|built|too \w+|always (?:have |had )?been|'ve always been)/;
const FORECAST = /\b(?:will|'ll|won't|never|going to|forever|rest of my life|no point|doomed|no hope)\b/;

/** What a clause that holds no task is, if it is one of the four things left out. */
function classify(clause: string, because?: boolean): LeftOutKind | undefined {
  return COMPARISON.test(clause)
    ? 'comparison'
    : VERDICT.test(clause)
      ? 'verdict'
      : REASON.test(clause)
        ? 'reason'
        : FORECAST.test(clause)
          ? 'forecast'
          : // whatever follows "because" is offered as the reason
            because
            ? 'reason'
            : undefined;
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
    .filter((s) => /\p{L}/u.test(s));
}

/** Lower case, with the apostrophes people leave out put back ("cant", "im"). */
function lower(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(ca|do|wo|is|does|did|could|would|have|has|are|was|were)nt\b/g, "$1n't")
    .replace(/\bi(m|ve)\b/g, "i'$1")
    .replace(/\bill(?= (?:never|not|always|be|ever)\b)/g, "i'll")
    .replace(/\b(it|that|there)s\b(?= (?:not|too|just|never|a|an|so|no|over)\b)/g, "$1's")
    .replace(/[!?…]+|\.{2,}/g, ' ');
}

/** Opening words that carry no meaning for the task. */
const OPENERS =
  /^(?:and|but|so|because|cause|cos|since|though|although|which|plus|also|as(?= (?:i|my|it)\b)|honestly|tbh|ugh+|oh|ok|well|look|god|i mean|basically|maybe|i (?:just )?(?:know|think|feel like|guess|reckon)(?: that)?(?= i\b))[,\s]+/;
const CLAUSE_START = String.raw`(?:i|i'[a-z]+|my|it|it's|that|that's|this|there's|every\w+|others?|people|nobody|no one|always|never|just|not|and|but|so|because|cause|since|though|which|even|honestly|like)\b`;
const SPLIT = new RegExp(
  String.raw`\s*(?:[,:;]|\s[-–—])\s*(?=${CLAUSE_START})| (?=(?:because|cause|cos|since|though|although|which|unlike|compared|at my age|(?:like|as well as|the way|than|when) (?:every\w+|others?|most|my|normal|all|people)|(?:and|but) (?!not me\b)${CLAUSE_START}|so (?:${CLAUSE_START}|\w+ing\b))\b)|(?<!\bas \w+) (?=as (?:i|i'm|my|it)\b)`,
  'g',
);

/** The clause as the rules read it: one spelling of each negative, "i" as subject, no intensifiers. */
function canonical(clause: string): string {
  return clause
    .replace(/\b(?:just|really|honestly|simply|still|totally|actually|even|always|possibly) /g, '')
    .replace(/^we(?:'re| are)\b/, "i'm")
    .replace(/^we\b/, 'i')
    .replace(/\bcan ?not\b/g, "can't")
    .replace(/\b(do|could|will|is|are) not\b/g, (_, v: string) => (v === 'will' ? "won't" : `${v}n't`))
    .replace(/\bgonna\b/g, 'going to')
    .replace(/^i (?:am|'m)\b/, "i'm")
    .replace(/^i have(?= never)/, "i've")
    .replace(/^i (?:don't|never) get\b/, "i don't understand")
    .replace(/^(i'm|not) so /, '$1 ');
}

/** Puts back the person's capitals (names, "Excel") and writes "I" as a person would. */
function restoreCase(text: string, capitals: Map<string, string>): string {
  return text.replace(/[\p{L}']+/gu, (word) =>
    /^i(?:'[a-z]+)?$/.test(word) ? `I${word.slice(1)}` : (capitals.get(word) ?? word),
  );
}

/** A task found in a clause: [task, what of the frame is left out, true if only a stand-in task]. */
type Found = [task: string, residue: string, standIn?: boolean];

/** The task in one (canonical) clause, if it holds one. null: a phrase of feeling ("I can't wait"). */
function findTask(clause: string): Found | null | undefined {
  for (const [re, how] of FRAMES) {
    const m = re.exec(clause);
    if (!m) continue;
    const raw = m[m.length - 1]!.trim();
    const residue = m[1] ?? '';
    if (how === 'v' && /^(?:stand(?! up)|bear|wait|believe|help it|be bothered|imagine|afford)\b/.test(raw)) return null;
    // "I'm good at" is no doubt; "I struggle with maths" reads as "at"
    if (how === 'b') return /good|great/.test(m[2]!) && !m[1] ? undefined : [shapeTask(raw, 'a', m[3] === 'with' && !/struggle|fail/.test(m[2]!)), ''];
    if (how === 'g' || how === 'p') {
      if (how === 'g' && /good|great|strong|confident/.test(clause) && !m[1]) continue;
      const words = raw.split(' ');
      const last = words.at(-1)!;
      const verb =
        PERSON_AREAS[raw] ?? (last === 'cook' ? last : /er$/.test(last) && !/^(?:mother|father|brother|sister|daughter|partner|lover|loser|other)$/.test(last) ? baseVerb(`${last.slice(0, -2)}ing`) : '');
      if (!verb && how === 'g') continue;
      return [verb && words[0] === 'public' ? `${verb} in public` : (verb ?? ''), '', how === 'p'];
    }
    // "I'll never be a good mum": an identity, as in "I'm not a writer"
    if (/^be an? /.test(raw)) return findTask(`i'm not ${raw.slice(3)}`) ?? ['', '', true];
    // "I'll never be good enough to ...": the verdict inside the forecast is left out too
    const inner = residue && /^(be (?:\w+ )?\w+ enough|be too \w+) to (.+)$/.exec(raw);
    return inner ? [shapeTask(inner[2]!), `${residue} ${inner[1]}`] : [shapeTask(raw, how), residue];
  }
  return undefined;
}

export function rewriteCant(input: string): RewriteResult {
  const text = normalise(input);
  const leftOut: LeftOutPart[] = [];
  const guidance = (reason: GuidanceReason): RewriteResult => ({ kind: 'guidance', reason, message: GUIDANCE[reason], leftOut });
  if (!/\p{L}/u.test(text)) return guidance('empty');
  if (text.length > MAX_THOUGHT_LENGTH) return guidance('too-long');

  const letters = text.replace(/\P{L}/gu, '');
  // The person's own capitals (not a sentence's first word, not when shouting), put back into the task.
  const capitals = new Map<string, string>();
  if (letters !== letters.toUpperCase()) for (const [word] of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}']*/gu)) capitals.set(word.toLowerCase(), word);
  // [subject, sentence, task]; a stand-in ("I'm not a writer" → "write") only if no clause names a task
  const tasks: string[][] = [];
  const standIns: string[][] = [];
  const comparisons: string[] = [];
  let bare: string[] | undefined;
  const leave = (kind: LeftOutKind | undefined, words: string) => {
    const tidy = restoreCase(words, capitals);
    const part = { kind: kind ?? 'verdict', text: tidy[0]!.toUpperCase() + tidy.slice(1) };
    if (!leftOut.some((p) => p.text === part.text)) leftOut.push(part);
  };

  for (const sentence of splitThoughts(text)) {
    for (const part of lower(sentence).split(SPLIT)) {
      let clause = part.replace(/^[\s,;:.-]+|[\s,;:.]+$/g, '');
      const because = /^(?:because|cause|cos|since|as) /.test(clause);
      for (let i = 0; i < 3; i++) clause = clause.replace(OPENERS, '');
      if (!/\p{L}/u.test(clause)) continue;
      const subject = /^we\b/.test(clause) ? 'We' : 'I';
      const found = findTask(canonical(clause));
      if (found) {
        const [task, residue, standIn] = found;
        if (standIn) {
          leave('verdict', clause);
          if (task) standIns.push([subject, sentence, task]);
        } else if (/^(?:do )?(?:anything(?: right)?|everything|life|it all|learn|improve|change|get better|make it|succeed|amount to \w+|be (?:good |any good )?enough|be any good)?$/.test(task)) {
          // "I can't do anything right", "I'll never be good enough", "I can't!": no task in it
          if (task || residue) leave(classify(task ? clause : residue, because), task ? clause : residue);
          else bare = [subject, sentence];
        } else {
          if (residue) leave(classify(residue), subject > 'I' ? residue.replace(/^i('m)?/, (_, m) => (m ? "we're" : 'we')) : residue);
          tasks.push([subject, sentence, task]);
        }
      } else if (found !== null && !/^(?:you|he|she|they|my \w+)\b.*can't/.test(clause) && classify(clause, because)) {
        // (someone else's "can't" is not the person's own doubt)
        leave(classify(clause, because), clause);
        if (COMPARISON.test(clause)) comparisons.push(clause);
      }
    }
  }

  for (const clause of comparisons) {
    // "Everyone else finds presentations easy but I can't do them": "them" is the presentations
    const noun = /\bfinds? (.+?) (?:so |really )?(?:easy|simple|natural|a breeze)\b/.exec(clause)?.[1];
    if (noun && !/^(?:it|this|that|them)$/.test(noun)) for (const t of tasks) t[2] = shapeTask(t[2]!.replace(/\b(?:it|them|that|this)$/, noun));
    // "Everyone else can drive but I can't", "everyone at work can use Excel except me"
    const verb = /\b(?:can|could|manage to) (?!not\b|never\b)(.+?)(?: (?:except|but not) me)?$/.exec(clause)?.[1];
    const implied = bare ?? (/ (?:except|but not) me$/.test(clause) ? ['I', text] : undefined);
    if (verb && implied && !tasks.length && !/^(?:do )?(?:it|this|that|them)$/.test(verb)) tasks.push([implied[0]!, implied[1]!, shapeTask(verb)]);
  }

  const thoughts: RewrittenThought[] = [];
  for (const [subject, original, raw] of tasks.length ? tasks : standIns) {
    const task = restoreCase(raw!, capitals);
    // "what to say at parties" keeps its own question word
    const rewrite = `${subject} don't yet know ${/^wh\w+ to /.test(task) ? '' : 'how to '}${task}.`;
    if (!thoughts.some((t) => t.task === task)) thoughts.push({ original: original!, task, rewrite });
  }
  if (thoughts.length) return { kind: 'rewrite', thoughts, text: thoughts.map((t) => t.rewrite).join(' '), leftOut };
  return guidance(leftOut.length || bare ? 'no-task' : 'not-a-cant');
}
