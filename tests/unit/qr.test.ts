// Issue 24: the assignment's QR code on a printed A4 handout must be coarse enough for a phone at arm's
// length. A short link makes a smaller code; printed 7 cm wide (teach.css), each module is over 1 mm.
import { describe, expect, it } from 'vitest';
import qrcode from 'qrcode-generator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawQr, moduleMm } from '../../src/lib/qr';
import { buildAssignmentQuery, longAssignmentQuery } from '../../src/lib/assignment-link';

const typical = {
  practices: ['efficacy-grid'],
  week: '2026-11-23',
  className: 'Year 9C',
  note: '',
  areas: ['Maths', 'Reading aloud', 'Speaking in class', 'Homework'],
};
const link = (query: string) => `https://efficacy-lab.example/assignment/${query}`;

describe('the QR code of an assignment link', () => {
  it('draws one square per dark module', () => {
    const drawn = drawQr(qrcode, 'hello')!;
    expect(drawn.size).toBe(21);
    expect(drawn.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
  });
  it('a typical assignment prints with modules over 1 mm at the handout’s 7 cm, the old link did not fit that size', () => {
    const short = drawQr(qrcode, link(buildAssignmentQuery(typical)))!;
    const long = drawQr(qrcode, link(longAssignmentQuery(typical)))!;
    expect(short.size).toBeLessThanOrEqual(45); // version 7
    expect(long.size).toBeGreaterThan(short.size);
    expect(moduleMm(short.size, 70)).toBeGreaterThan(1.25);
    expect(readFileSync(join(import.meta.dirname, '../../src/components/teach/teach.css'), 'utf8')).toMatch(
      /\.handout__link \.qr \{\s*width: 7cm;/,
    );
  });
  it('says when a text is too long for any code', () => {
    expect(drawQr(qrcode, 'x'.repeat(3000))).toBeUndefined();
  });
});
