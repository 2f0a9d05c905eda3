// The one on-device check for words that signal risk to a person: wanting to die, suicide and its
// means, self-harm, "everyone would be better off without me", hopelessness with an ending, harm
// from or fear of a partner, parent or carer, and starving or purging. Every worksheet field where a
// person writes about themselves runs it, and so does the teacher's review page on what a student
// shared. When it fires, the site offers /help/ instead of a task, a score or a nudge.
//
// It is a word check, not a diagnosis: it runs here, sends nothing anywhere, and can miss things
// (docs/care.md says what it covers and what it cannot). It errs towards showing the help link: a
// calm panel shown to someone who did not need it costs little; a task statement made out of a
// thought of suicide costs a great deal. Rules are written against the table in
// tests/unit/care/risk-table.ts, where look-alike ordinary doubts and idioms sit beside them.

import { textsIn } from './texts-in';

export type RiskKind = 'die' | 'suicide' | 'self-harm' | 'burden' | 'hopeless' | 'abuse' | 'eating';

/**
 * Text as the rules read it: lower case, compatibility forms folded (full-width letters, ligatures),
 * apostrophes dropped so "can't", "can’t" and "cant" read alike, letters typed three or more times
 * in a row read once ("dieee"), and every other mark a clause boundary "|" so a rule can ask that a
 * phrase ends its clause ("I can't go on." but not "I can't go on the trip").
 */
export function normalizeForRisk(text: string): string {
  return (
    ' ' +
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201B\u2032\u00B4`']/g, '')
      .replace(/(\p{L})\1{2,}/gu, '$1')
      .replace(/[.!?;:,()\u2013\u2014"\u201C\u201D\n\r]+/g, ' | ')
      .replace(/[^\p{L}\p{N}| ]+/gu, ' ')
      // Everyday spellings of the same words, so the rules below can name one form.
      .replace(/\bcan ?not\b/g, 'cant')
      .replace(/\b(?:wanna|wana|wanta|want ta|wnt to|wan to|want to)\b/g, 'want to')
      .replace(/\b(?:gonna|gna|going to)\b/g, 'going to')
      .replace(/\bmy ?s[el]{2}f\b/g, 'myself')
      .replace(/\bi ?m\b/g, 'im')
      .replace(/\bi am\b/g, 'im')
      .replace(/\b(?:dont|do not|dnt)\b/g, 'dont')
      .replace(/\bany ?more\b/g, 'anymore') +
    ' '
  ).replace(/\s+/g, ' ');
}

/** Where a clause ends: a mark, the end of the text, or a joining word that starts the next clause. */
const END = String.raw`(?= ?(?:\||$|and |but |so |because |cos |cause |i |im |every ?(?:day|night|time)|tonight|today|again|right now|now))`;
const PEOPLE = String.raw`(?:dad|father|mum|mom|mam|mother|stepdad|stepmum|stepmom|stepfather|stepmother|parents?|boyfriend|girlfriend|bf|gf|partner|husband|wife|ex|carer|caregiver|guardian|foster (?:mum|mom|dad|parents?)|uncle|aunt|auntie|brother|sister|grandad|grandpa|grandma|nan|step ?brother|coach|fiance|fiancee)`;
/** Parents and step-parents, whom children often name without "my" ("dad hits us"). */
const PARENTS = String.raw`(?:dad|father|mum|mom|mam|mother|stepdad|stepmum|stepmom|stepfather|stepmother)`;
const ABUSER = String.raw`(?:(?:my|our) (?:${PEOPLE}|mums? boyfriend|moms? boyfriend)|${PARENTS}|(?:he|she|they)(?: still)?)`;
const HARM_VERBS = String.raw`(?:hits?|hitting|beats?|beat|beating|punch(?:es|ed)?|kick(?:s|ed)?|chok(?:es|ed|ing)|strangl(?:es|ed)|slap(?:s|ped)?|hurts?|hurting|abus(?:es|ed|ing)|touch(?:es|ed)|rap(?:es|ed)|burns?|burned|burnt|shov(?:es|ed)|push(?:es|ed)|throws? things at|threaten(?:s|ed)?|grab(?:s|bed)|pins? me|pinned me)`;
const BODY = String.raw`(?:wrists?|arms?|thighs?|legs?|skin|stomach|belly|hips?|body|ankles?|hands?)`;

/** Each rule: a kind and a pattern over normalizeForRisk's text. The first that matches is reported. */
const RULES: readonly (readonly [RiskKind, RegExp])[] = [
  // Suicide named, in its everyday spellings and misspellings, and its plans and means.
  ['suicide', /\b(?:suicid\w*|suicdal|sucid\w*|suiside\w*|sucide\w*|suisid\w*|sewerslide|unalive (?:myself|me)|kms|kys)\b/],
  [
    'suicide',
    new RegExp(
      String.raw`\bkill(?:ing|ed)? myself\b(?! (?:to|trying|studying|revising|working|with work|over (?:this|it|work|exams?)|at (?:work|the gym|training)|laughing|for (?:this|it)))`,
    ),
  ],
  ['suicide', /\b(?:end|ending|take|taking|took) my (?:own )?life\b/],
  ['suicide', /\bend(?:ing)? (?:it all|everything)\b/],
  [
    'suicide',
    new RegExp(
      String.raw`\b(?:want to|going to|ready to|plan to|planning to|thinking (?:of|about)|think about|decided to|will|should|just) end(?:ing)? it${END}`,
    ),
  ],
  [
    'suicide',
    /\b(?:overdos\w*|od on (?:my|pills|tablets|meds|paracetamol))\b(?! on (?:coffee|caffeine|sugar|chocolate|sweets|candy|netflix|tv|cake))/,
  ],
  [
    'suicide',
    /\b(?:take|taking|took|swallow|swallowing|swallowed) (?:all|every|a bunch|loads|lots|a handful|handfuls|a whole (?:bottle|box|pack|packet)|the whole (?:bottle|box|pack|packet))(?: of)? (?:my |the |those |these )?(?:pills|tablets|meds|medication|paracetamol|tylenol|painkillers|sleeping pills)\b/,
  ],
  [
    'suicide',
    /\b(?:saving|stockpiling|collecting|hoarding|saved up|stockpiled) (?:up )?(?:my )?(?:pills|tablets|meds|medication|painkillers)\b/,
  ],
  [
    'suicide',
    /\b(?:how many (?:pills|tablets|painkillers|paracetamol)|(?:took|take|taken|swallowed) (?:too many|extra) (?:pills|tablets|painkillers) on purpose)\b/,
  ],
  [
    'suicide',
    /\b(?:jump|jumping|jumped|throw myself) (?:off|from|in front of) (?:a|the|that|this|my) (?:bridge|building|roof|rooftop|cliff|balcony|train|tower|window|car park|parking garage|bus|motorway|overpass|ledge)\b/,
  ],
  ['suicide', /\b(?:step|stepping|walk|walking|lie|lying) (?:out )?in front of (?:a|the) (?:train|bus|car|truck|lorry)\b/],
  ['suicide', /\b(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|gas) myself\b/],
  ['suicide', /\b(?:noose|slit my wrists?|gun to my head|suicide note|goodbye (?:note|letter) to)\b/],
  [
    'suicide',
    /\b(?:looked up|look up|googled|google|searched|searching|researching|research) (?:how|ways) to (?:die|kill myself|end it|end my life|overdose)\b/,
  ],
  // Wanting to die, or not to be alive or here.
  [
    'die',
    /\b(?:want to|wish i could|ready to|deserve to|hope to|plan to|going to|wish to|like to|would rather|id rather|need to|just want to|want) (?:just )?die\b(?! (?:of|from|laughing|a little|inside|than|for))/,
  ],
  ['die', /\bi (?:hope|wish) i (?:die|died|was dead|were dead|could die)\b(?! (?:of|from|laughing))/],
  [
    'die',
    /\b(?:better off dead|wishing i (?:was|were) dead|rather be dead|want to be dead|wish i was dead|wish i were dead|should be dead|should just die|shouldnt be alive|dont deserve to live|dont deserve to be alive)\b/,
  ],
  [
    'die',
    /\b(?:dont|didnt|no longer|never) (?:really )?(?:want to|wish to|feel like) (?:be alive|live|living|exist|existing|wake up(?: ever)?(?: again| tomorrow)?(?= ?(?:\||$))|be here anymore|be here any longer|be on this earth|go on living|keep living|carry on living)\b/,
  ],
  [
    'die',
    /\b(?:wish|wished) i (?:wasnt|werent|was not|were not|had never been|hadnt been|was never|were never) (?:alive|born|here anymore|here any longer|around anymore)\b/,
  ],
  ['die', /\b(?:wish|hope|pray|want) (?:i|to) (?:dont|didnt|wont|never|not) (?:wake up|wake)\b/],
  ['die', /\b(?:go to sleep|sleep|fall asleep) (?:and never wake up|forever and never|and not wake up)\b/],
  [
    'die',
    /\b(?:want to|wish i could|just want to) (?:stop existing|not exist|not be alive|not be here|be gone|disappear (?:forever|for good|permanently)|vanish forever)\b/,
  ],
  ['die', /\b(?:tired|sick|exhausted) of (?:living|being alive|life|existing|being here)\b/],
  [
    'die',
    /\b(?:no reason to live|nothing (?:left )?to live for|no reason (?:for me )?to (?:be alive|keep living|go on)|(?:no|whats the|what is the) point (?:in|of) (?:living|being alive|existing|going on|my life|life|carrying on))\b/,
  ],
  [
    'die',
    /\b(?:life|my life|living) (?:is|isnt|feels|is not) (?:not )?(?:worth living|pointless|meaningless|worthless|not worth it|not worth living)\b/,
  ],
  [
    'die',
    new RegExp(
      String.raw`\bi (?:just )?(?:want|need) (?:it|this|everything|all of this|it all|my life|the pain|this pain|the hurt) (?:all )?to (?:end|stop|be over)(?: now| forever| for good| already)?${END}`,
    ),
  ],
  // "Everyone would be better off without me".
  ['burden', /\bbetter off without me\b/],
  [
    'burden',
    /\b(?:better|happier) (?:off )?if i (?:was|were|wasnt|werent|was not|were not|had never been|died|disappeared) (?:gone|dead|here|around|alive|born)?/,
  ],
  ['burden', /\b(?:no ?one|nobody|no body) (?:would|will|is going to) (?:miss|notice|care)(?: about)?(?: me| if i)\b/],
  ['burden', /\bworld (?:would be|is|will be) better (?:off )?without me\b/],
  [
    'burden',
    /\b(?:im|feel like|i feel like) (?:just )?(?:a|such a|a complete|a total|an absolute|a massive|a huge) (?:burden|waste of (?:space|oxygen|air|life))(?! on (?:my|the|our) (?:group|team|project))\b/,
  ],
  // Hopelessness with an ending.
  [
    'hopeless',
    new RegExp(
      String.raw`\bcant (?:go on|keep going|carry on|keep living|live like this|go on living|do life)(?: like this)?(?: anymore| any longer| much longer)?${END}`,
    ),
  ],
  [
    'hopeless',
    /\bcant (?:take|handle|cope with|bear|stand|do) (?:life|living|this life|the pain|my life|any of this|everything|it all)(?: anymore| any longer)\b|\bcant (?:take|bear|stand|handle) (?:this|it) (?:anymore|any longer)(?= ?(?:\||$))/,
  ],
  ['hopeless', new RegExp(String.raw`\bcant (?:cope|take it|take this|handle it|handle this) anymore${END}`)],
  ['hopeless', /\b(?:giving up on (?:life|living|everything)|give up on (?:life|living|everything)|gave up on (?:life|living))\b/],
  [
    'hopeless',
    new RegExp(
      String.raw`\b(?:(?:there is|theres|i see|i cant see|i have|there seems to be) no way out|(?:nothing|no one|nobody) (?:will|can|could) (?:ever )?(?:help|save) me)${END}`,
    ),
  ],
  // Self-harm.
  ['self-harm', /\b(?:self ?harm\w*|selfharm\w*|self ?injur\w*)\b/],
  [
    'self-harm',
    /\b(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harming|harmed|hit|hitting|punch|punching|punched|scratch|scratching|scratched|stab|stabbing|bite|biting|starve|starving|starved|punish|punishing|punished|bruise|bruising) myself\b(?! (?:cooking|shaving|chopping|on (?:a|the|some)|while|with a knife (?:cooking|chopping)|at the gym|at gym|playing|running|lifting|skiing|training|in (?:the )?(?:game|match|practice|training|kitchen)|badly (?:in|at)|accidentally|by accident|on purpose by accident|in a fall|falling|to (?:get|work|finish|study|pass|be)|studying|revising|working|with work|for (?:being|not)|up about))/,
  ],
  [
    'self-harm',
    new RegExp(String.raw`\b(?:cut|cuts|cutting|burn|burning|scratch|scratching|carve|carving|slash|slashing) (?:my|into my) ${BODY}\b`),
  ],
  [
    'self-harm',
    new RegExp(
      String.raw`\b(?:stop|stopped|quit|started|start|been|keep|kept|back to|urge to|urges to|relapsed|relapsing|relapse|resist|resisting) (?:cutting|burning|self harming|hurting myself)(?: again| myself)?${END}`,
    ),
  ],
  ['self-harm', /\b(?:cutting|burning) again\b/],
  ['self-harm', new RegExp(String.raw`\b(?:urges?|want|need|going) to (?:cut|burn)(?: myself| again)?(?: (?:is|are|so)\b|${END})`)],
  ['self-harm', new RegExp(String.raw`\b(?:cut|burned|burnt|burn|hurt|scratched|hit) my ${BODY} on purpose\b`)],
  ['self-harm', /\b(?:hide|hiding|cover|covering) (?:my|the) (?:cuts|scars|burns|marks) (?:on|with|from|under)\b/],
  // Starving and purging.
  ['eating', /\b(?:make|making|made) myself (?:throw up|sick|vomit|puke|purge)\b/],
  [
    'eating',
    /\b(?:throw|throwing|threw) up (?:after|everything i eat|every (?:meal|time i eat)|on purpose)\b(?! (?:the|a|my) (?:ride|rollercoaster|race|match|game))/,
  ],
  ['eating', /\b(?:purg(?:e|es|ed|ing)|binge and purge|bingeing and purging|laxatives to|diet pills to)\b/],
  [
    'eating',
    /\b(?:havent|have not|hasnt|not|didnt|barely|hardly) (?:eaten|eat|ate)(?: anything)? (?:in|for) (?:days|a week|weeks|\d+ days|two days|three days|four days|five days)\b/,
  ],
  [
    'eating',
    new RegExp(
      String.raw`\b(?:stopped|quit|have stopped|am stopping|im stopping) eating(?: completely| altogether| for days| for a week| again)?${END}`,
    ),
  ],
  ['eating', /\b(?:dont|do not) deserve (?:to eat|food)\b/],
  ['eating', /\bskip(?:ping)? (?:every|all|all my|all of my) meals?\b/],
  ['eating', /\b(?:eat|ate|eating) (?:nothing|almost nothing) (?:for|in|all) (?:days|a week|weeks|day)\b/],
  // Harm from, or fear of, a partner, parent or carer.
  [
    'abuse',
    new RegExp(
      String.raw`\b${ABUSER} (?:always |still |sometimes |keeps? |often |has |had |will |would |from |says? (?:hell|shell|theyll|he will|she will|they will|he would|she would) )?${HARM_VERBS} (?:me|us|my (?:mum|mom|mother|sister|brother|body|face)|me and)\b(?! (?:at|in|to|hard|into|out|with a pillow|up the|on (?:the|a) (?:court|field|board))\b)`,
    ),
  ],
  [
    'abuse',
    new RegExp(
      String.raw`\b(?:says?|said|told me|threaten\w*) (?:hell|shell|theyll|he will|she will|they will|he would|she would|hed|shed|to) (?:hurt|kill|hit|beat|harm) (?:me|us|my)\b`,
    ),
  ],
  [
    'abuse',
    new RegExp(
      String.raw`\b(?:scared|afraid|frightened|terrified) (?:of|to go home to|to be alone with) ${ABUSER.replace('(?:he|she|they)(?: still)?', 'him|her|them')}\b(?!s )`,
    ),
  ],
  ['abuse', new RegExp(String.raw`\b(?:scared|afraid|frightened|terrified) (?:of|to go home to) (?:him|her)${END}`)],
  ['abuse', new RegExp(String.raw`\b${ABUSER} (?:locks|locked|keeps|kept) (?:me|us) (?:in|locked|shut in)\b`)],
  ['abuse', /\b(?:dont|do not|never) feel safe (?:at home|with (?:him|her|my \w+)|in my (?:house|home))\b/],
  ['abuse', /\bnot safe (?:at home|in my (?:house|home)|with (?:him|her|my \w+))\b/],
  ['abuse', /\b(?:being|been|was|were|im|got) (?:abused|raped|molested|sexually assaulted|beaten up at home|hit at home)\b/],
  ['abuse', new RegExp(String.raw`\b(?:abusive|violent) (?:${PEOPLE}|relationship|home|household|marriage)\b`)],
  ['abuse', new RegExp(String.raw`\b(?:my )?${PEOPLE} (?:is|was|gets|can be) (?:abusive|violent)\b`)],
  ['abuse', /\b(?:domestic (?:violence|abuse)|coercive control)\b/],
  ['abuse', /\b(?:makes|made|forces|forced) me (?:do (?:sexual|things i dont want)|have sex|touch (?:him|her))\b/],
];

/**
 * The kind of risk the words signal, or undefined. Pure and quick: a few dozen regular expressions
 * over the normalised text (well under a millisecond for a paragraph), so it can run on every pause
 * in typing and over a class's hand-ins.
 */
export function riskIn(text: string): RiskKind | undefined {
  if (!text || !text.trim()) return undefined;
  const normalized = normalizeForRisk(text);
  for (const [kind, rule] of RULES) if (rule.test(normalized)) return kind;
  return undefined;
}

export { textsIn };

/** Whether any text in the values signals risk, however deep: for an entry's or a hand-in's fields taken together. */
export function anyRisk(values: Iterable<unknown>): boolean {
  for (const value of values) for (const text of textsIn(value)) if (riskIn(text)) return true;
  return false;
}
