// Reading time for a lesson's MDX body. Counts the words a reader actually reads: import/export
// lines, JSX tags and attributes, URLs and markdown punctuation are left out.

/** Adult silent reading of non-fiction runs near 238 words a minute (Brysbaert, 2019). */
export const WORDS_PER_MINUTE = 238;

export function readableText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n?/, '') // frontmatter, if the raw file was passed
    .replace(/^(?:import|export)\s.*$/gm, '') // MDX module lines
    .replace(/```[\s\S]*?```/g, ' ') // fenced code
    .replace(/<[A-Za-z][^>]*?\bclaim="([^"]*)"[^>]*>/g, ' $1\n') // a misconception's claim is read
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX and HTML tags (their text content stays)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: keep the link text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`|~-]+/g, ' ');
}

export function countWords(mdx: string): number {
  const words = readableText(mdx).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(mdx) / wordsPerMinute));
}
