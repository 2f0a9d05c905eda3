import { describe, expect, it } from 'vitest';
import { doiUrl, formatAuthors, formatReference } from '../../src/lib/citation';

describe('formatAuthors', () => {
  it.each([
    [['Bandura, A.'], 'Bandura, A.'],
    [['Stajkovic, A. D.', 'Luthans, F.'], 'Stajkovic, A. D. & Luthans, F.'],
    [['Ames, K.', 'Bell, S.', 'Cole, R.'], 'Ames, K., Bell, S., & Cole, R.'],
  ])('%j', (authors, expected) => {
    expect(formatAuthors(authors)).toBe(expected);
  });
});

describe('formatReference', () => {
  it('links a DOI through the doi.org resolver', () => {
    const ref = formatReference({
      authors: ['Bandura, A.'],
      year: 1977,
      title: 'Beliefs about capability: A test title',
      venue: 'Psychological Review, 84(2), 191–215',
      doi: '10.1037/0033-295X.84.2.191',
    });
    expect(ref).toEqual({
      lead: 'Bandura, A. (1977).',
      title: 'Beliefs about capability: A test title.',
      venue: 'Psychological Review, 84(2), 191–215.',
      href: 'https://doi.org/10.1037/0033-295X.84.2.191',
      linkText: 'https://doi.org/10.1037/0033-295X.84.2.191',
    });
  });

  it('uses the URL when there is no DOI, and nothing for a book', () => {
    const base = { authors: ['Neff, K.'], year: 2011, title: 'Self-compassion?', venue: 'William Morrow' };
    expect(formatReference({ ...base, url: 'https://example.org/x' }).href).toBe('https://example.org/x');
    expect(formatReference(base).href).toBeUndefined();
    expect(formatReference(base).title).toBe('Self-compassion?');
  });

  it('encodes nothing away from the DOI', () => {
    expect(doiUrl('10.1111/1529-1006.01431')).toBe('https://doi.org/10.1111/1529-1006.01431');
  });
});
