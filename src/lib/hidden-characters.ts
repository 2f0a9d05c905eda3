// The one rule for text that travels in links and hand-ins and is shown as a name or a heading: no
// control characters (a tab, a bell, a line break where one line is meant) and no invisible formatting
// such as U+202E, which reverses the text after it. The zero-width non-joiner and joiner (U+200C,
// U+200D) are allowed: Persian and Indic names and emoji sequences (👩‍💻) need them.
const HIDDEN = /(?![\u200C\u200D])[\p{Cc}\p{Cf}]/u;
const HIDDEN_BUT_LINE_BREAKS = /(?![\n\u200C\u200D])[\p{Cc}\p{Cf}]/u;

/** Whether `text` has a character the rule above refuses; `lines` allows line breaks. */
export const hasHiddenCharacters = (text: string, { lines = false } = {}): boolean => (lines ? HIDDEN_BUT_LINE_BREAKS : HIDDEN).test(text);

/**
 * For names (a student's, a class's, a grid area's), which a teacher tells apart by eye, more is
 * refused (issue 23): characters that show as nothing or as a blank (Unicode's default-ignorable
 * ones, such as U+034F and the Hangul filler U+3164; the blank Braille pattern U+2800), the line and
 * paragraph separators U+2028 and U+2029, and a combining mark standing alone (at the start, or
 * after a space or punctuation), which would sit on whatever is shown before the name. Allowed: the
 * joiners above and the variation selectors (emoji need U+FE0F; Mongolian and CJK names have their own).
 */
const INVISIBLE_IN_NAMES =
  /[\p{Zl}\p{Zp}\u2800]|(?![\u200C\u200D]|\p{Variation_Selector})\p{Default_Ignorable_Code_Point}|(?:^|[\s\p{Z}\p{P}])\p{M}/u;

/** Whether a name has a character either rule refuses. */
export const hasInvisibleCharacters = (name: string): boolean => HIDDEN.test(name) || INVISIBLE_IN_NAMES.test(name);
