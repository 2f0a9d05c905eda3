// Limits an assignment and a hand-in share, in a module of their own so that the review page, which
// checks hand-ins, does not load the assignment link's parser with them.

/** The most practices one assignment (and so one hand-in) names, each once. */
export const MAX_PRACTICES = 7;
