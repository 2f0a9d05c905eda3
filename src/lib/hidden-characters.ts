// The one rule for text that travels in links and hand-ins and is shown as a name or a heading: no
// control characters (a tab, a bell, a line break where one line is meant) and no invisible formatting
// such as U+202E, which reverses the text after it. The zero-width non-joiner and joiner (U+200C,
// U+200D) are allowed: Persian and Indic names and emoji sequences (👩‍💻) need them.
const HIDDEN = /(?![\u200C\u200D])[\p{Cc}\p{Cf}]/u;
const HIDDEN_BUT_LINE_BREAKS = /(?![\n\u200C\u200D])[\p{Cc}\p{Cf}]/u;

/** Whether `text` has a character the rule above refuses; `lines` allows line breaks. */
export const hasHiddenCharacters = (text: string, { lines = false } = {}): boolean => (lines ? HIDDEN_BUT_LINE_BREAKS : HIDDEN).test(text);
