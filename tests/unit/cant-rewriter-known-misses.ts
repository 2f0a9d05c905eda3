// The rows of the rewriter's table (./cant-rewriter-table.ts) that the rules get wrong today, each
// with a short reason. The table test fails when any other row misses, and when a row listed here
// starts to match, so this list can only shrink on purpose: fix a miss, then take it off.

export const KNOWN_MISSES: Record<string, string> = {
  "I'm not clever like my sister, I can't do science":
    '"like my sister" is split off as a clause of its own, so the verdict and the comparison are shown as two parts',
  "I'll never be good enough for the team":
    'the noun after "good enough for" is taken as a verb phrase: "I don\'t yet know how to the team." (found from a surviving mutant; not fixed yet)',
  "Compared to my sister I can't draw":
    'a comparison opening with "compared to" is taken with the rest of its sentence, so the task is lost (found from a surviving mutant; not fixed yet)',
  "I'm good at English but bad at maths":
    '"bad at maths" after "but" has no "I\'m" of its own, and the sentence is read as praise (found from a surviving mutant; not fixed yet)',
};
