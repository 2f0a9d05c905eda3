// Pure helpers for the search results: what Pagefind returns, how its excerpts are split into plain
// text and highlights, and the sentence that announces the results.

/** The parts of a Pagefind result we use (see pagefind.app/docs/api). */
export interface SearchHit {
  url: string;
  /** HTML-escaped text with <mark> around the matches. */
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits an excerpt into text runs, marking the highlighted ones. Only <mark> and </mark> are
 * treated as markup; any other tag-like text stays text (and is shown as such).
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decode(piece), marked });
  }
  return parts;
}

/** The status line read out after each search. */
export function describeResults(term: string, total: number, shown: number): string {
  if (total === 0) return `No results for “${term}”. Try a shorter or different word.`;
  const found = total === 1 ? '1 result' : `${total} results`;
  return shown < total ? `${found} for “${term}”, the first ${shown} shown.` : `${found} for “${term}”.`;
}
