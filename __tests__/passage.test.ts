/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPassage, passageAt, passageProblem, passagesOverlap, QUOTE_CONTEXT } from '@/lib/passage';

const aljazeera = readFileSync(join(__dirname, '..', 'data', 'sources', 'aljazeera-2013-05-15.txt'), 'utf8');

describe('passage anchoring over the raw text', () => {
  it('counts UTF-16 code units, no-break spaces included', () => {
    const nbsp = aljazeera.indexOf('\u00a0');
    expect(nbsp).toBeGreaterThan(0);
    const p = passageAt('aj', aljazeera, nbsp - 3, nbsp + 4);
    expect(p.quote.exact).toContain('\u00a0');
    expect(passageProblem(p, aljazeera)).toBeNull();
  });

  it('keeps about 32 characters of context each side, fewer at the edges', () => {
    const p = passageAt('aj', aljazeera, 0, 5);
    expect(p.quote.prefix).toBe('');
    expect(p.quote.suffix).toHaveLength(QUOTE_CONTEXT);
  });

  it('refuses to guess between several occurrences', () => {
    expect(() => findPassage('aj', aljazeera, 'آخر تحديث')).toThrow(/occurs 2 times/);
    expect(findPassage('aj', aljazeera, 'آخر تحديث', 1).position.start).toBeGreaterThan(0);
    expect(() => findPassage('aj', aljazeera, 'لا يوجد هذا النص')).toThrow(/does not occur/);
  });

  it('explains a drifted passage by what the text actually reads', () => {
    const p = findPassage('aj', aljazeera, 'مايك دانيل');
    const drifted = { ...p, position: { start: p.position.start + 1, end: p.position.end + 1 } };
    expect(passageProblem(drifted, aljazeera)).toMatch(/does not match the text at/);
    const badPrefix = { ...p, quote: { ...p.quote, prefix: 'xx' } };
    expect(passageProblem(badPrefix, aljazeera)).toMatch(/prefix/);
  });

  it('detects overlap only within one source', () => {
    const a = findPassage('aj', aljazeera, 'مايك دانيل');
    const b = passageAt('aj', aljazeera, a.position.start + 2, a.position.end + 5);
    expect(passagesOverlap(a, b)).toBe(true);
    expect(passagesOverlap(a, { ...b, source: 'other' })).toBe(false);
  });
});
