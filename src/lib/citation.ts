// Formats a reference for the lesson's list, APA-like: "Bandura, A. (1977). Title. Venue."
import type { Reference } from './lesson-schema';

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** "A", "A & B", "A, B, & C"; more than 20 authors is not a case our sources have. */
export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  if (authors.length === 2) return `${authors[0]} & ${authors[1]}`;
  return `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`;
}

/** Ends a fragment with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

export interface FormattedReference {
  /** Authors and year, e.g. "Bandura, A. (1977)." */
  lead: string;
  title: string;
  venue: string;
  /** Where to read it: the DOI resolver or the URL. */
  href: string | undefined;
  /** The visible link text: the DOI URL or the plain URL. */
  linkText: string | undefined;
}

export function formatReference(ref: Reference): FormattedReference {
  const href = ref.doi ? doiUrl(ref.doi) : ref.url;
  return {
    lead: `${sentence(formatAuthors(ref.authors))} (${ref.year}).`,
    title: sentence(ref.title),
    venue: sentence(ref.venue),
    href,
    linkText: href,
  };
}
