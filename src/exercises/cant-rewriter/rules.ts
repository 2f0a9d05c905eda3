// The "I can't" rewriter's rules. A thought such as "I can't draw, I have zero talent" holds a task
// ("draw") and something that is not a task: a verdict on oneself ("I have zero talent"), a reason
// offered as fixed ("because I'm shy"), a comparison ("everyone else finds it easy") or a forecast
// ("and always will be"). The rules split the thought into clauses, find the task and write it alone
// ("I don't yet know how to draw."), and hand back the rest, named for what it is. They run on the
// device, need no dictionary, and answer a thought with no task in it with a question, never a
// broken sentence. The island loads this file on the first keystroke and the page's JavaScript
// budget is tight (README, Performance), so the patterns read a canonical form of each clause (one
// spelling of "can't", no intensifiers), ignore case, and the word lists are short.

/** What a part left out of the task is. */
export type LeftOutKind = 'verdict' | 'reason' | 'comparison' | 'forecast';

export interface LeftOutPart {
  kind: LeftOutKind;
  /** The person's words, tidied (capital "I", apostrophes, no joining word). */
  text: string;
}

export interface RewrittenThought {
  /** The task alone: "draw", "speak in public". */
  task: string;
  /** The task statement. */
  rewrite: string;
}

export type GuidanceReason = 'no-task' | 'not-a-cant';

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
 * heading of the esteem-vs-efficacy lesson that explains it (the link's anchor is its slug).
 */
export const LEFT_OUT: Record<LeftOutKind, [name: string, why: string, heading: string]> = {
  verdict: ['A verdict on yourself', 'It judges you as a person; no practice answers that.', 'Two questions that sound alike'],
  reason: ['A reason offered as fixed', 'Even if true today, it does not decide what you can learn.', 'Conviction, not confidence'],
  comparison: ['A comparison', 'It moves how you feel, not what you can do.', 'Conviction, not confidence'],
  forecast: ['A forecast', 'Nobody knows yet what practice will do.', 'How it works'],
};

const GUIDANCE: Record<GuidanceReason, string> = {
  'no-task': 'There is no task in this yet, and that is fine. What were you trying to do? For example: “I can’t finish this report”.',
  // also "I can do this", "I can't wait", "He can't cook": not the person's own doubt about a task
  'not-a-cant': 'This doesn’t read like a doubt about a task. Try “I can’t…” or “I’m bad at…”.',
};

/** Nouns of activity with the verb they take ("chess" → "play chess"); anything else takes "do". */
const NOUN_VERBS: Record<string, string> = { management: 'manage people' };
for (const group of 'play:chess football tennis golf piano guitar sport|use:Excel computers spreadsheets|give:presentations|write:essays|remember:names|manage:money time|make:friends small_talk|handle:interviews exams|get on with:people'.split(
  '|',
)) {
  const [verb, nouns] = group.split(':') as [string, string];
  for (const noun of nouns.split(' ')) NOUN_VERBS[noun.replace('_', ' ').toLowerCase()] = `${verb} ${noun.replace('_', ' ')}`;
}

// ---------- grammar ----------

/** "fixing" → "fix", "writing" → "write", "running" → "run"; undefined if the word is no gerund. */
export function baseVerb(word: string): string | undefined {
  const stem = word.slice(0, -3);
  if (/^(?:us|iron)ing$/i.test(word)) return stem.replace(/s$/, 'se');
  if (!/^[a-z]+ing$/i.test(word) || !/[aeiouy]/i.test(stem) || /^(?:\w*thing|morning|evening|during|building)$/i.test(word)) return;
  if (/([^aeiouwxylsz])\1$/i.test(stem)) return stem.slice(0, -1);
  return /(?:[vcuz]|[^aeiou][aiou][kdmbgn]|(?:[^aeiou]|i)at|creat|[^aeiou][aiu]r|[^aeiouly]l|chang|writ|[aiy]s|os|[rnlp]s)$/i.test(stem)
    ? `${stem}e`
    : stem;
}

/** An activity named as a noun or gerund ("public speaking", "fixing things") → a verb phrase. */
function activity(phrase: string, withWord?: boolean): string {
  const words = phrase.split(' ');
  const [first = '', second = ''] = words;
  const verb2 = words.length === 2 && baseVerb(second);
  const verb = baseVerb(first);
  const theOrMy = /^(?:the|my)$/i.test(first) && NOUN_VERBS[second.toLowerCase()];
  return verb2 && /^public$/i.test(first)
    ? `${verb2} in public`
    : verb
      ? [verb, ...words.slice(1)].join(' ')
      : second === 'management'
        ? `manage ${first}`
        : (NOUN_VERBS[phrase.toLowerCase()] ??
          (theOrMy ? `${theOrMy.split(' ')[0]} ${phrase}` : `${withWord ? 'work with' : 'do'} ${phrase}`));
}

/** The words after "I can't", as a task: no filler, no "learn to", "do public speaking" → "speak in public". */
function shapeTask(raw: string, how = 'v', withWord?: boolean): string {
  let task = raw.replace(/[^\p{L}\d)]+$/u, '');
  for (let i = 0; i < 3; i++) {
    task = task.replace(/ (?:at all|any ?more|ever|either|no matter .+|and|or|but|to|so)$/i, '');
  }
  if (how === 'a') task = activity(task, withWord);
  for (let i = 0; i < 3; i++) {
    task = task
      .replace(/^(?:ever|possibly|seem to|manage to|be able to|learn (?:how )?to|(?:figure|work) out how to|know how to) /i, '')
      .replace(/^(?:(?:get|be)(?: any)? (?:better|good|great) at|get the hang of|do) (.+)$/i, (_, x: string) => activity(x))
      .replace(/^learn (.+)$/i, (all, x: string) => (activity(x).startsWith('do ') ? all : activity(x)))
      .replace(/^(?:get|understand|figure out|work out) (it|this|that|them)$/i, 'work $1 out');
  }
  return task.replace(/\b(\w+)(?: \1\b)+/gi, '$1');
}

// ---------- the frames a task comes in ----------
// Each reads the canonical clause (see `canonical`): group 1 is the part of the frame left out (or,
// for b, the negation), the last group is the task. How to read the task: v a verb phrase, a an
// activity ("at"), b "bad at", g "a bad cook".

const BAD = 'bad|terrible|hopeless|useless|awful|rubbish|crap|lousy|no good|the worst';
const PRONOUN = /^(?:do )?(?:it|this|that|them)$/i;
const FRAMES: [RegExp, string][] = (
  [
    [
      `(i(?:(?:'ll| will) never(?: ever)?| won't ever| won't(?= be able| manage)|'m (?:never|not) going to(?= be able| manage)|'m never going to| could never)) ?(.*)`,
      'v',
    ],
    [`(i'm (?:way |far |much )?too \\w+) to (.*)`, 'v'],
    [`(i'm (?:not|never) (?:\\w+ )?\\w+ enough) to (.*)`, 'v'],
    [
      `()i(?:(?: can't| can never| couldn't| can no longer| never (?:seem|manage) to|(?:'ve| was) never (?:been )?able to|'ve never (?:managed|known how|learned) to|'m (?:not|un) ?able to| struggle to| don't think i can| (?:don't|never) know(?: how to|(?= wh\\w+ to))| have no idea how to| (?:don't|never)(?= understand)))(?: |$)(.*)`,
      'v',
    ],
    [`()i'm (?:not capable|incapable) of (.*)`, 'a'],
    [`i(?:'m|'ve| was)?(?: (never|not|no))?(?: been)?(?: so| very| any)? (${BAD}|suck|struggle|fail|good|great) (at|with) (.*)`, 'b'],
    [`i(?:'m|'ve| was)?( not| never)?(?: been)?(?: such)? an? (?:${BAD}|good) ([\\w ]+)`, 'g'],
    [`()i'm (?:not|never) (?:cut out|built|made) for (.*)`, 'a'],
    [
      `()((?!i |i'|it's|every|other)[\\w' ]+?)(?: (?:isn't|wasn't|was never|aren't)(?: really)? (?:my thing|my strong \\w+|my forte|for me)|(?: is| are|'s| was) (?:way )?(?:beyond me|over my head|(?:too |so )?(?:hard|difficult|impossible) for me))`,
      'a',
    ],
  ] as const
).map(([source, how]) => [new RegExp(`^${source}$`, 'i'), how]);

// ---------- what is left out ----------

const COMPARISON =
  /^(?:like|unlike|than|as \w+ as)\b|\b(?:every(?:one|body)|others?|all my|my (?:friends|colleagues|classmates|sister|brother)|than me|not me|except me|the only one)\b/i;
const VERDICT =
  /\b(?:failure|loser|idiot|wreck|disaster|hopeless|useless|pathetic|stupid|thick|\w*talent|not (?:smart|clever|creative|good)|natural|enough|no good|not an? |at (?:everything|life)|mess|an? (?:bad|terrible|awful|useless) |lazy)/i;
const REASON =
  /\b(?:shy|introvert|anxious|nervous|scared|old|young|age|dyslexi|adhd|brain|mind|memory|genes|deaf|left feet|slow|taught|built|too \w+|always (?:have )?been)/i;
const FORECAST = /\b(?:will|'ll|won't|(?:i|could) never|going to|no point)\b/i;

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

/** Opening and joining words that carry no meaning for the task. */
const OPENERS =
  /^(?:and|but|so|because|cause|cos|since|though|which|as(?= (?:i|my|it)\b)|honestly|i (?:just )?(?:know|think|feel like|guess)(?= i\b))[,\s]+/i;
const CLAUSE_START = String.raw`(?:i|i'[a-z]+|my|he|she|they|it|it's|that's|there's|every\w+|others?|people|always|never|just|not|and|but|so|because|cause|since|though|which|even|honestly|like)\b`;
const SPLIT = new RegExp(
  String.raw`\s*(?:[,:;]|\s[-–—])\s*(?=${CLAUSE_START})| (?=(?:because|cause|cos|since|though|which|unlike|at my age|(?:like|as well as|than|when) (?:every\w+|others?|my|all|people)|(?:and|but) (?!not me\b)${CLAUSE_START}|so (?:${CLAUSE_START}|\w+ing\b))\b)|(?<!\bas \w+) (?=as (?:i|i'm|my|it)\b)`,
  'gi',
);

/** The clause as the frames read it: one spelling of each negative, "i" as subject, no intensifiers. */
function canonical(clause: string): string {
  return clause
    .replace(/\b(?:just|really|honestly|still|actually|even|always|possibly) /gi, '')
    .replace(/\bcan ?not\b/gi, "can't")
    .replace(/\b(do|could|will|is|are) not\b/gi, (_, v: string) => (/will/i.test(v) ? "won't" : `${v}n't`))
    .replace(/^i (?:am|'m)\b/i, "i'm")
    .replace(/^i (?:don't|never) get\b/i, "i don't understand")
    .replace(/^(i'm|not) so /i, '$1 ');
}

/** A task found in a clause: [task, the part of the frame that is left out]. */
type Found = [task: string, residue: string];

/** The task in one canonical clause, if it holds one. null: a phrase of feeling ("I can't wait"). */
function findTask(clause: string): Found | null | undefined {
  for (const [re, how] of FRAMES) {
    const m = re.exec(clause);
    if (!m) continue;
    const raw = m[m.length - 1]!.trim();
    const residue = m[1] ?? '';
    if (how === 'v' && /^(?:stand(?! up)|bear|wait|believe|help it|be bothered|imagine|afford)\b/i.test(raw)) return null;
    // "I'm good at" is no doubt; "I struggle with maths" reads as "at"
    if (how === 'b')
      return /good|great/i.test(m[2]!) && !m[1]
        ? undefined
        : [shapeTask(raw, 'a', /with/i.test(m[3]!) && !/struggle|fail/i.test(m[2]!)), ''];
    if (how === 'g') {
      // "I'm a terrible cook", "I've never been a good swimmer"; "a terrible mum" is a verdict, no task
      const last = raw.split(' ').at(-1)!;
      const verb = /^cook$/i.test(last)
        ? last
        : /er$/i.test(last) &&
          !/^(?:mother|father|brother|sister|daughter|partner|lover|loser|other)$/i.test(last) &&
          baseVerb(`${last.slice(0, -2)}ing`);
      if (!verb || (/good/i.test(clause) && !m[1])) continue;
      return [/^public /i.test(raw) ? `${verb} in public` : verb, ''];
    }
    // "I'll never be a good mum": an identity, left out whole unless it names a skill ("a good runner")
    if (/^be an? /i.test(raw)) return findTask(`i'm not ${raw.slice(3)}`) ?? ['', clause];
    // "I'll never be good enough to ...": the verdict inside the forecast is left out too
    const inner = residue && /^(be (?:\w+ )?\w+ enough) to (.+)$/i.exec(raw);
    return inner ? [shapeTask(inner[2]!), `${residue} ${inner[1]}`] : [shapeTask(raw, how), residue];
  }
  return undefined;
}

export function rewriteCant(input: string): RewriteResult {
  let text = input
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[^\S\n]+/g, ' ')
    .trim();
  const leftOut: LeftOutPart[] = [];
  const guidance = (reason: GuidanceReason): RewriteResult => ({ kind: 'guidance', reason, message: GUIDANCE[reason], leftOut });
  // (The island asks nothing of an empty field, and the field holds at most 600 characters.)
  // Shouting is read in lower case; otherwise the person's capitals ("Excel", "GCSE") are kept.
  if (text === text.toUpperCase()) text = text.toLowerCase();
  const tidy = (words: string) => words.replace(/\bi\b/g, 'I');

  const tasks: string[] = [];
  const comparisons: string[] = [];
  /** "I can't!": a "can't" with no task, which a comparison may name ("Everyone else can drive") */
  let bare = false;
  const leave = (kind: LeftOutKind | undefined, words: string) => {
    const part = { kind: kind ?? 'verdict', text: tidy(words[0]!.toUpperCase() + words.slice(1)) };
    if (!leftOut.some((p) => p.text === part.text)) leftOut.push(part);
  };

  // sentences (after . ! ? ; and at line breaks), then clauses
  for (const sentence of text.split(/(?<=[.!?;…])\s+|\n+/)) {
    const fixed = sentence
      // the apostrophes people leave out: "cant", "im", "ill never"
      .replace(/\b(ca|do|wo|is|does|did|could|are|was)nt\b/gi, "$1n't")
      .replace(/\bi(m|ve)\b/gi, "i'$1")
      .replace(/\bill(?= (?:never|not|be|ever)\b)/gi, "i'll")
      .replace(/\b(it|that|there)s\b(?= (?:not|too|a|so|no)\b)/gi, "$1's")
      .replace(/[!?…"“”]+|\.{2,}/g, ' ');
    for (const part of fixed.split(SPLIT)) {
      let clause = part.replace(/^[\s,;:.-]+|[\s,;:.]+$/g, '');
      const because = /^(?:because|cause|cos|since|as) /i.test(clause);
      for (let i = 0; i < 3; i++) clause = clause.replace(OPENERS, '');
      // a sentence's capital is not the person's: "Maths isn't my thing" → "do maths"
      clause = clause.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
      if (!/\p{L}/u.test(clause)) continue;
      const found = findTask(canonical(clause));
      if (found) {
        const [task, residue] = found;
        if (
          /^(?:do )?(?:anything(?: right)?|everything|life|learn|improve|change|get better|make it|amount to \w+|be (?:good |any good )?enough)?$/i.test(
            task,
          )
        ) {
          // "I can't do anything right", "I'll never be good enough", "I can't!": no task in it
          if (task || residue) leave(classify(task ? clause : residue, because), task ? clause : residue);
          else bare = true;
        } else {
          if (residue) leave(classify(residue), residue);
          tasks.push(task);
        }
      } else if (found !== null && classify(clause, because)) {
        leave(classify(clause, because), clause);
        if (COMPARISON.test(clause)) comparisons.push(clause);
      }
    }
  }

  for (const clause of comparisons) {
    // "Everyone else finds presentations easy but I can't do them": "them" is the presentations
    const noun = /\bfinds? (.+?) (?:so |really )?(?:easy|simple|natural)\b/i.exec(clause)?.[1];
    if (noun && !PRONOUN.test(noun)) tasks.forEach((t, i) => (tasks[i] = shapeTask(t.replace(/\b(?:it|them|that|this)$/i, noun))));
    // "Everyone else can drive but I can't", "everyone at work can use Excel except me"
    const verb = /\b(?:can|could|manage to) (?!not\b|never\b)(.+?)(?: (?:except|but not) me)?$/i.exec(clause)?.[1];
    if (verb && (bare || / (?:except|but not) me$/i.test(clause)) && !tasks.length && !PRONOUN.test(verb)) tasks.push(shapeTask(verb));
  }

  // "what to say at parties" keeps its own question word
  const thoughts = [...new Set(tasks.map(tidy))].map((task) => ({
    task,
    rewrite: `I don't yet know ${/^wh\w+ to /i.test(task) ? '' : 'how to '}${task}.`,
  }));
  return thoughts.length
    ? { kind: 'rewrite', thoughts, text: thoughts.map((t) => t.rewrite).join(' '), leftOut }
    : guidance(leftOut.length || bare ? 'no-task' : 'not-a-cant');
}
