/** @jest-environment node */
import { loadDataset } from '@/lib/load';
import { buildSearchIndex, search, searchIndexFromEntries } from '@/lib/search';
import { decodeSearchPayload, encodeSearchEntries, SEARCH_PAYLOAD_FORMAT } from '@/lib/search-payload';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

/** What the page gets: the payload through JSON, decoded. */
const shipped = (entries: Parameters<typeof encodeSearchEntries>[0]) => decodeSearchPayload(JSON.parse(JSON.stringify(encodeSearchEntries(entries))), '/data/search.json');

describe('search payload', () => {
  const real = buildSearchIndex(loadDataset('data'));
  const synthetic = buildSearchIndex({ ...generateDataset({ events: 3000, actors: 400, seed: 5 }), briefings: [] } as Dataset);

  it.each([
    ['the shipped dataset', real],
    ['a synthetic dataset', synthetic],
  ])('gives back every entry of %s as it was built', (_name, index) => {
    expect(shipped(index.entries)).toEqual(index.entries);
  });

  it('answers every query with the same results, snippets and source offsets as the index it was made from', () => {
    const page = searchIndexFromEntries(shipped(real.entries));
    for (const q of ['كيري', 'الولايات المتحدة', 'الولاياتالمتحدة', 'مجموعة عمل', 'cyber security', 'Wang Yi', 'الحكومة']) {
      expect([q, search(page, q)]).toEqual([q, search(real, q)]);
    }
    // Results that point into a source keep their offsets: the reader opens at the hit.
    expect(search(page, 'مجموعة عمل').some((r) => r.source !== null)).toBe(true);
  });

  it('sends a statement its labels and lets actors and events take theirs from their first two names', () => {
    const { entries } = encodeSearchEntries(real.entries);
    const byKind = (k: number) => entries.filter((t) => t[0] === k);
    expect(byKind(0).every((t) => t.length === 6)).toBe(true);
    expect(byKind(1).every((t) => t.length === 6)).toBe(true);
    expect(byKind(2).length).toBeGreaterThan(0);
    expect(byKind(2).every((t) => t.length === 7)).toBe(true);
  });

  it('carries the words of each field once, beside the match forms, with little else', () => {
    // Before, a passage field also carried its whole Passage (the quote again, with its prefix and suffix) and every entry its labels: 279 MB at 100,000 events.
    const words = synthetic.entries.reduce((n, e) => n + JSON.stringify([e.nameForm, e.textForm, ...e.names.map((f) => f.raw), ...e.texts.map((f) => f.raw)]).length, 0);
    const compact = JSON.stringify(encodeSearchEntries(synthetic.entries)).length;
    expect(compact / words).toBeLessThan(1.25);
  });

  it('refuses a file that is not a search payload, naming the file, the place and the reason', () => {
    const good = JSON.parse(JSON.stringify(encodeSearchEntries(real.entries.slice(0, 3)))) as { entries: unknown[][] };
    expect(() => decodeSearchPayload([], '/data/search.json')).toThrow(`/data/search.json: format: expected "${SEARCH_PAYLOAD_FORMAT}"`);
    const badKind = structuredClone(good);
    badKind.entries[1]![0] = 7;
    expect(() => decodeSearchPayload(badKind, 'f.json')).toThrow('f.json: entries[1]: unknown kind 7');
    const badField = structuredClone(good);
    (badField.entries[2]![4] as unknown[][])[0]![0] = 99;
    expect(() => decodeSearchPayload(badField, 'f.json')).toThrow('f.json: entries[2].names[0]: unknown field code 99');
    const badStart = structuredClone(good);
    (badStart.entries[0]![4] as unknown[][])[0] = [0, 'x', 'source', -1];
    expect(() => decodeSearchPayload(badStart, 'f.json')).toThrow('f.json: entries[0].names[0]: a passage needs a source id and a whole start offset of 0 or more');
    const short = structuredClone(good);
    short.entries[0] = short.entries[0]!.slice(0, 3);
    expect(() => decodeSearchPayload(short, 'f.json')).toThrow('f.json: entries[0]: expected [kind, id, nameForm, textForm, names, texts] and maybe labels');
  });
});
