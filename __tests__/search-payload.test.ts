/** @jest-environment node */
import { loadDataset } from '@/lib/load';
import { buildSearchIndex, extendSearchIndex, search, searchIndexFromEntries, type IndexEntry, type SearchIndex } from '@/lib/search';
import { decodeSearchPart, encodeSearchPart, searchPartCount, SEARCH_PAYLOAD_FORMAT, type SearchPart } from '@/lib/search-payload';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

/** Every part as the page gets it: through JSON, decoded. */
function shippedParts(entries: readonly IndexEntry[], size?: number): SearchPart[] {
  return Array.from({ length: searchPartCount(entries.length, size) }, (_, k) =>
    decodeSearchPart(JSON.parse(JSON.stringify(encodeSearchPart(entries, k, size))), `/data/search/${k}.json`),
  );
}

/** The index the page builds, part after part, and the index after each part. */
function pageIndexes(parts: readonly SearchPart[]): SearchIndex[] {
  const steps: SearchIndex[] = [];
  for (const part of parts) steps.push(steps.length === 0 ? searchIndexFromEntries(part.entries) : extendSearchIndex(steps.at(-1)!, part.entries));
  return steps;
}

const QUERIES = ['كيري', 'الولايات المتحدة', 'الولاياتالمتحدة', 'مجموعة عمل', 'cyber security', 'Wang Yi', 'الحكومة', 'أمن', 'للصين', 'China', 'زز'];

describe('search payload', () => {
  const real = buildSearchIndex(loadDataset('data'));
  const synthetic = buildSearchIndex({ ...generateDataset({ events: 3000, actors: 400, seed: 5 }), briefings: [] } as Dataset);

  it.each([
    ['the shipped dataset in one part', real, undefined],
    ['a synthetic dataset in one part', synthetic, undefined],
    ['a synthetic dataset in parts of 700', synthetic, 700],
  ])('gives back every entry of %s as it was built, in order', (_name, index, size) => {
    const parts = shippedParts(index.entries, size);
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, k) => k));
    expect(parts.every((p) => p.parts === parts.length && p.total === index.entries.length)).toBe(true);
    expect(parts.flatMap((p) => p.entries)).toEqual(index.entries);
  });

  it('answers every query with the same results, snippets and source offsets as the index it was made from', () => {
    const page = pageIndexes(shippedParts(real.entries)).at(-1)!;
    for (const q of QUERIES) expect([q, search(page, q)]).toEqual([q, search(real, q)]);
    // Results that point into a source keep their offsets: the reader opens at the hit.
    expect(search(page, 'مجموعة عمل').some((r) => r.source !== null)).toBe(true);
  });

  it('searches each part as it comes: the entries in so far ranked as alone, and the whole index answers once all are in', () => {
    const steps = pageIndexes(shippedParts(synthetic.entries, 700));
    expect(steps.length).toBeGreaterThan(5);
    for (const q of QUERIES) {
      for (const [k, step] of steps.entries()) {
        const alone = searchIndexFromEntries(synthetic.entries.slice(0, step.entries.length));
        expect([q, k, search(step, q)]).toEqual([q, k, search(alone, q)]);
      }
      expect([q, search(steps.at(-1)!, q)]).toEqual([q, search(synthetic, q)]);
      expect([q, search(steps.at(-1)!, q, { limit: 3 })]).toEqual([q, search(synthetic, q, { limit: 3 })]);
    }
    // The first part alone already names actors: they come first in the index.
    expect(search(steps[0]!, synthetic.entries[0]!.labels.en)[0]?.id).toBe(synthetic.entries[0]!.id);
  });

  it('sends a statement its labels and lets actors and events take theirs from their first two names', () => {
    const { entries } = encodeSearchPart(real.entries, 0)!;
    const byKind = (k: number) => entries.filter((t) => t[0] === k);
    expect(byKind(0).every((t) => t.length === 6)).toBe(true);
    expect(byKind(1).every((t) => t.length === 6)).toBe(true);
    expect(byKind(2).length).toBeGreaterThan(0);
    expect(byKind(2).every((t) => t.length === 7)).toBe(true);
  });

  it('carries the words of each field once, beside the match forms, with little else', () => {
    // Before, a passage field also carried its whole Passage (the quote again, with its prefix and suffix) and every entry its labels: 279 MB at 100,000 events.
    const words = synthetic.entries.reduce((n, e) => n + JSON.stringify([e.nameForm, e.textForm, ...e.names.map((f) => f.raw), ...e.texts.map((f) => f.raw)]).length, 0);
    const compact = JSON.stringify(encodeSearchPart(synthetic.entries, 0, synthetic.entries.length)).length;
    expect(compact / words).toBeLessThan(1.25);
  });

  it('has no part past the last', () => {
    expect(encodeSearchPart(synthetic.entries, searchPartCount(synthetic.entries.length, 700), 700)).toBeNull();
    expect(encodeSearchPart(synthetic.entries, -1)).toBeNull();
    expect(encodeSearchPart(real.entries, 1)).toBeNull();
  });

  it('refuses a file that is not a part of the index, naming the file, the place and the reason', () => {
    const good = JSON.parse(JSON.stringify(encodeSearchPart(real.entries.slice(0, 3), 0))) as { entries: unknown[][]; part: number; parts: number; total: number };
    const refused = (change: (p: typeof good) => void) => {
      const bad = structuredClone(good);
      change(bad);
      return () => decodeSearchPart(bad, 'f.json');
    };
    expect(() => decodeSearchPart([], '/data/search/0.json')).toThrow(`/data/search/0.json: format: expected "${SEARCH_PAYLOAD_FORMAT}"`);
    expect(refused((p) => (p.part = 1))).toThrow('f.json: part: expected a whole number below 1');
    expect(refused((p) => (p.parts = 0))).toThrow('f.json: parts: expected a whole number of files, 1 or more');
    expect(refused((p) => (p.total = 2))).toThrow('f.json: entries: 3 entries in one part of an index of 2');
    expect(refused((p) => (p.entries[1]![0] = 7))).toThrow('f.json: entries[1]: unknown kind 7');
    expect(refused((p) => ((p.entries[2]![4] as unknown[][])[0]![0] = 99))).toThrow('f.json: entries[2].names[0]: unknown field code 99');
    expect(refused((p) => ((p.entries[0]![4] as unknown[][])[0] = [0, 'x', 'source', -1]))).toThrow(
      'f.json: entries[0].names[0]: a passage needs a source id and a whole start offset of 0 or more',
    );
    expect(refused((p) => (p.entries[0] = p.entries[0]!.slice(0, 3)))).toThrow('f.json: entries[0]: expected [kind, id, nameForm, textForm, names, texts] and maybe labels');
  });
});
