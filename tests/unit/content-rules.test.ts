// The content rule, as tests: every <Quote> is short and names a work in its lesson's references,
// and every research figure in a lesson's text is in the table of checked facts (content/facts.yaml)
// with a work that the lesson lists, so a figure cannot drift from what the work reports.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkedFacts, factsSchema, findFigures, withdrawnEntries } from '../../src/lib/facts-schema';
import { lessonSchema, type Reference } from '../../src/lib/lesson-schema';
import { QUOTE_WORD_LIMIT, findQuotes, quoteProblems, quotedWork } from '../../src/lib/lesson-quotes';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const lessons = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((file) => {
    const raw = readFileSync(join(CONTENT, file), 'utf8');
    const match = raw.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
    return { slug: file.replace(/\.mdx$/, ''), data: lessonSchema.parse(parseYaml(match[1]!)), body: match[2]! };
  });
const table = factsSchema.parse(parseYaml(readFileSync(join(CONTENT, 'facts.yaml'), 'utf8')));
const facts = checkedFacts(table);
const withdrawn = withdrawnEntries(table);

// A made-up reference, shaped like the lessons' (a real title here would read as copied text).
const bandura1977: Reference = {
  authors: ['Bandura, A.'],
  year: 1977,
  title: 'Capability: Beliefs about tasks and the effort they draw',
  venue: 'A Test Journal, 1(1), 1–2',
  doi: '10.1037/test.1',
};
const TITLE = bandura1977.title;

describe('finding quotations', () => {
  it('reads by, source and the quoted words', () => {
    expect(findQuotes('Text <Quote by="A. B." source="A work, 2000">“Words here.”</Quote> more')).toEqual([
      { by: 'A. B.', source: 'A work, 2000', text: '“Words here.”' },
    ]);
  });
  it('matches a source to a reference by title (or the part before a colon) and year', () => {
    expect(quotedWork(`${TITLE}, 1977`, [bandura1977])).toBe(bandura1977);
    expect(quotedWork('Capability: beliefs, 1977', [bandura1977])).toBeUndefined(); // "Capability" alone is too short
    expect(quotedWork(`${TITLE}, 1978`, [bandura1977])).toBeUndefined();
    const study = { ...bandura1977, title: 'Beliefs about tasks and the effort they draw: A study' };
    expect(quotedWork('Beliefs about tasks and the effort they draw (1977)', [bandura1977, study])).toBe(study);
    expect(quotedWork('as quoted in one of our source articles', [bandura1977])).toBeUndefined();
    expect(quotedWork(undefined, [bandura1977])).toBeUndefined();
  });
  it('reports a long quotation, one without quotation marks, and one with no listed work', () => {
    const long = `“${'word '.repeat(QUOTE_WORD_LIMIT + 1).trim()}”`;
    expect(quoteProblems({ by: 'X', source: `${TITLE}, 1977`, text: long }, [bandura1977])).toEqual([
      `is ${QUOTE_WORD_LIMIT + 1} words long (at most ${QUOTE_WORD_LIMIT})`,
    ]);
    expect(quoteProblems({ by: 'X', source: 'Nowhere, 1990', text: 'Bare words.' }, [bandura1977])).toHaveLength(2);
  });
});

describe('finding figures', () => {
  it('finds correlations, percentages, large numbers and counts', () => {
    expect(findFigures('a correlation of .38 across 114 studies and 21,616 people; 89% agreed, r = .35')).toEqual(
      expect.arrayContaining(['.38', '.35', '89%', '114 studies', '21,616 people']),
    );
    expect(findFigures('21,616 people')).toEqual(['21,616 people']);
    expect(findFigures('combined 96\nstudies')).toEqual(['96 studies']); // a line break inside a figure
  });
  it('leaves out years, steps and everyday amounts', () => {
    expect(findFigures('In 1977, step 1: rate it from 1 to 10, run 5 km, at least 7 out of 10.')).toEqual([]);
  });
});

describe('the table of checked facts', () => {
  it('lists each figure once', () => {
    const figures = facts.map((f) => f.figure);
    expect(figures.length).toBe(new Set(figures).size);
  });
  // Read with findFigures, not searched as text: a figure findFigures does not see would never reach
  // the per-lesson check below, so its table row would guard nothing.
  it('has no figure that no lesson states', () => {
    const stated = [...new Set(lessons.flatMap((l) => findFigures(l.body)))];
    for (const fact of facts) expect(stated, fact.figure).toContain(fact.figure);
  });
});

describe('the withdrawn figures, quotations and claims', () => {
  // Compared as plain words, so a line break or curly quote inside the words does not hide them.
  const plainWords = (s: string) =>
    s
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/[“”"*_]/g, '')
      .replace(/\s+/g, ' ');
  it('are in the table', () => {
    expect(withdrawn.length).toBeGreaterThan(0);
  });
  it.each(withdrawn.map((w) => [w.withdrawn, w] as const))('%s: gone from the files it stood in', (_, entry) => {
    for (const file of entry.from) {
      const still = plainWords(readFileSync(join(ROOT, file), 'utf8')).includes(plainWords(entry.withdrawn));
      expect(still, `${file} still has the withdrawn words`).toBe(false);
    }
  });
  it('notices withdrawn words that are still there', () => {
    expect(plainWords('A line\nwith “Curly” words')).toContain(plainWords('line with curly'));
  });
});

describe.each(lessons)('$slug', ({ body, data }) => {
  it('quotes only short, verified passages from works it lists', () => {
    const quotes = findQuotes(body);
    // Every <Quote> must be read, or one written in a form findQuotes misses would skip the rule.
    expect(quotes).toHaveLength(body.match(/<Quote\b/g)?.length ?? 0);
    for (const quote of quotes) expect(quoteProblems(quote, data.references), quote.text).toEqual([]);
  });
  it('takes every figure from the table of checked facts, citing a work the lesson lists', () => {
    const listed = new Set(data.references.flatMap((r) => [r.doi, r.url].filter(Boolean)));
    for (const figure of findFigures(body)) {
      const fact = facts.find((f) => f.figure === figure);
      expect(fact, `${figure} is not in content/facts.yaml`).toBeDefined();
      expect(listed.has(fact!.doi ?? fact!.url), `${figure}: its work (${fact!.doi ?? fact!.url}) is not in the lesson's references`).toBe(
        true,
      );
    }
  });
  it('does not point readers to source articles they cannot see', () => {
    expect(body).not.toMatch(/\b(?:our|the) source articles?\b|\bour sources\b/i);
  });
});
