// The site's one typographic rule for words that come from data (the glossary, the lessons'
// frontmatter): straight quotes and apostrophes become curly ones, as the lessons' Markdown gets at
// build. retext-smartypants is the SmartyPants port of the unified collective (the one Astro's own
// Markdown option is documented with), run at build only: nothing of it reaches a browser.
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

const processor = retext().use(retextSmartypants).freeze();

/** "a team's \"belief\"" → "a team’s “belief”" (dashes and ellipses too, as SmartyPants does them). */
export function smartQuotes(text: string): string {
  return /['"]|--|\.\.\./.test(text) ? String(processor.processSync(text)) : text;
}
