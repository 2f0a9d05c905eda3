// How a student's name is shown on the teacher's pages: as they typed it, tidied. Spaces at the ends
// go, runs of spaces become one, and a name typed all in lower case gets a capital at the start of
// each word ("jamie o'neil" → "Jamie O'Neil"). A name with any capital is the student's own spelling
// (McKenzie, van der Berg, ANA) and keeps it. Only the display changes: matching and storage use
// the name as it came.

/** A word starts a name, follows a space or a hyphen, or follows a one-letter prefix and an apostrophe (O'Neil, D'Arcy). */
const WORD_START = /(^|[\s-]|(?<=(?:^|[\s-])\p{L})['’])(\p{Ll})/gu;

export function tidyName(name: string): string {
  const spaced = name.replace(/\s+/g, ' ').trim();
  if (spaced !== spaced.toLocaleLowerCase()) return spaced;
  return spaced.replace(WORD_START, (_, before: string, letter: string) => before + letter.toLocaleUpperCase());
}
