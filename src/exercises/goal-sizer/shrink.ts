// Ways to make a goal smaller, picked from what it says. Split from goal-sizer.ts because the page
// loads it only once a goal is being written (the verdict after rating uses it).
const DURATION = /\b(\d+)\s*(hours?|hrs?|minutes?|mins?|km|miles?|pages?|times?)\b/i;
const EVERY_DAY = /\b(every ?day|daily|each day|every (morning|evening|night))\b/i;
const VAGUE = /\b(get better|improve|be more|be less|get good|master|learn|get fit|sort out|fix)\b/i;
const SEVERAL = /\b(and|then|also)\b/i;

/**
 * Concrete ways to make this goal smaller, picked from what it says: halve a number, do it once
 * rather than daily, turn a vague aim into one action, keep one of several steps. Always ends with
 * the general "make it easier to start" prompt, so there is at least one.
 */
export function shrinkSuggestions(goal: string): string[] {
  const suggestions: string[] = [];
  const amount = DURATION.exec(goal);
  // Halving 1 changes nothing, so a single unit gets no amount suggestion.
  if (amount && Number(amount[1]) >= 2) {
    const half = Math.floor(Number(amount[1]) / 2);
    const unit = half === 1 ? amount[2]!.replace(/s$/i, '') : amount[2];
    suggestions.push(`Cut the amount: ${half} ${unit} instead of ${amount[1]}.`);
  }
  if (EVERY_DAY.test(goal)) suggestions.push('Do it on one or two days this week, not every day.');
  if (VAGUE.test(goal)) suggestions.push('Name one action you could see yourself doing, instead of a general aim.');
  if (SEVERAL.test(goal)) suggestions.push('Keep only the first step; the rest can be next week’s goal.');
  suggestions.push('Make the start easier: the smallest first move, such as opening the file or putting on your shoes.');
  return suggestions;
}
