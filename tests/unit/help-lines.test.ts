// The help page's numbers (content/help-lines.yaml): every row has an official https source and the
// day it was checked, each of the six countries keeps an emergency number and a crisis line, and a
// number becomes a tel: address that dials as written in its country.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  HELP_COUNTRIES,
  coverageProblems,
  helpLineSchema,
  helpLinesSchema,
  linesOf,
  parseHelpLines,
  phoneText,
  siteLabel,
  telHref,
  type HelpLine,
} from '../../src/lib/help-lines';

const FILE = join(import.meta.dirname, '..', '..', 'content', 'help-lines.yaml');
const raw = parseYaml(readFileSync(FILE, 'utf8')) as unknown;
const lines = parseHelpLines(raw);

/** A valid row to vary, shaped like the file's (made up: not a real line). */
const row: HelpLine = {
  id: 'xx-test',
  country: 'Ireland',
  name: 'A test line',
  kind: 'crisis',
  phone: '1800 000 000',
  hours: '24 hours, every day',
  source: 'https://example.org/page',
  sourceKind: 'own site',
  confirmed: 'A sentence saying what the page shows.',
  checked: '2026-12-06',
};

describe('the file', () => {
  it('parses against the schema, with every id once', () => {
    expect(helpLinesSchema.safeParse(raw).success).toBe(true);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  });

  it('gives every row an https source, whose kind is named, and the day it was checked', () => {
    for (const line of lines) {
      expect(new URL(line.source).protocol, line.id).toBe('https:');
      expect(['own site', 'operator', 'government'], line.id).toContain(line.sourceKind);
      expect(line.checked, line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(line.checked)), line.id).toBe(false);
    }
  });

  it.each(HELP_COUNTRIES)('keeps an emergency number and a crisis line for %s', (country) => {
    expect(linesOf(lines, country, ['emergency']).length).toBeGreaterThan(0);
    expect(linesOf(lines, country, ['crisis']).length).toBeGreaterThan(0);
  });

  it('gives every line that is not an emergency number its own https website or none, never another scheme', () => {
    for (const line of lines.filter((l) => l.website)) expect(new URL(line.website!).protocol, line.id).toBe('https:');
  });
});

describe('the schema refuses', () => {
  it('a row without a source, with an http source, or without the day it was checked', () => {
    const { source: _source, ...noSource } = row;
    expect(helpLineSchema.safeParse(noSource).success).toBe(false);
    expect(helpLineSchema.safeParse({ ...row, source: 'http://example.org/page' }).success).toBe(false);
    const { checked: _checked, ...noDate } = row;
    expect(helpLineSchema.safeParse(noDate).success).toBe(false);
    expect(helpLineSchema.safeParse({ ...row, checked: '6 December 2026' }).success).toBe(false);
    expect(helpLineSchema.safeParse(row).success).toBe(true);
  });

  it('a line with neither a number nor a text option, a number with letters, and an emergency number with a text option', () => {
    const { phone: _phone, ...neither } = row;
    expect(helpLineSchema.safeParse(neither).success).toBe(false);
    expect(helpLineSchema.safeParse({ ...neither, text: 'Text HELLO to 50000' }).success).toBe(true);
    expect(helpLineSchema.safeParse({ ...row, phone: '0800 REFUGE' }).success).toBe(false);
    expect(helpLineSchema.safeParse({ ...row, kind: 'emergency', text: 'Text 999' }).success).toBe(false);
  });

  it('a country outside the six, and the same id twice', () => {
    expect(helpLineSchema.safeParse({ ...row, country: 'France' }).success).toBe(false);
    expect(helpLinesSchema.safeParse([row, row]).success).toBe(false);
  });
});

describe('coverage', () => {
  it('names the country that lost its emergency number or its crisis line', () => {
    expect(coverageProblems(lines)).toEqual([]);
    expect(coverageProblems(lines.filter((l) => l.id !== 'nz-emergency'))).toEqual(['New Zealand has no emergency line']);
    expect(coverageProblems(lines.filter((l) => !(l.country === 'Canada' && l.kind === 'crisis')))).toEqual(['Canada has no crisis line']);
    expect(() => parseHelpLines((raw as HelpLine[]).filter((l) => l.id !== 'au-emergency'))).toThrow(/Australia has no emergency line/);
  });
});

describe('on the page', () => {
  it('dials the digits as written, with no country code', () => {
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('1-800-799-7233')).toBe('tel:18007997233');
    expect(telHref('9-8-8')).toBe('tel:988');
    expect(telHref('000')).toBe('tel:000');
  });

  it('lists a country emergency first, then crisis, young people and domestic abuse', () => {
    const ireland = linesOf(lines, 'Ireland').map((l) => l.kind);
    expect(ireland).toEqual([...ireland].sort((a, b) => order(a) - order(b)));
    expect(ireland[0]).toBe('emergency');
  });

  it('shows a number with non-breaking spaces and hyphens, so it never wraps', () => {
    expect(phoneText('0808 2000 247')).toBe('0808\u00a02000\u00a0247');
    expect(phoneText('1-800-799-7233')).toBe('1\u2011800\u2011799\u20117233');
  });

  it('shows a website by its host', () => {
    expect(siteLabel('https://www.samaritans.org')).toBe('samaritans.org');
    expect(siteLabel('https://988lifeline.org')).toBe('988lifeline.org');
  });
});

function order(kind: HelpLine['kind']): number {
  return ['emergency', 'crisis', 'young people', 'domestic abuse'].indexOf(kind);
}
