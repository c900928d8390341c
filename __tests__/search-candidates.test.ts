/** @jest-environment node */
import { loadDataset } from '@/lib/load';
import { buildSearchIndex, compileQuery, search, tierOf, SCORES, type SearchIndex, type Tier } from '@/lib/search';
import { candidateEntries, requiredCores } from '@/lib/search-candidates';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

/** The ranking without the shortcuts: every entry's tier, bucketed in index order. */
function reference(index: SearchIndex, query: string, limit = 20): { id: string; score: number }[] {
  const q = compileQuery(query);
  if (!q) return [];
  const ranked: { id: string; score: number }[] = [];
  for (const tier of Object.keys(SCORES) as Tier[]) {
    for (const e of index.entries) if (tierOf(e, q) === tier) ranked.push({ id: e.id, score: SCORES[tier] });
  }
  return ranked.slice(0, limit);
}

describe('search shortcuts', () => {
  const index = buildSearchIndex(loadDataset('data'));
  const queries = ['الولايات المتحدة', 'الولاياتالمتحدة', 'كيري', 'لكيري', 'الحكومة', 'للولايات', 'البيت الأبيض', 'وانغ', 'china', 'cyber security', 'working group', 'ا', 'مجموعة عمل', 'أمريكا', 'zzz'];

  it.each(queries)('ranks %s exactly as a full scan of every entry would', (query) => {
    expect(search(index, query).map((r) => ({ id: r.id, score: r.score }))).toEqual(reference(index, query));
    expect(search(index, query, { limit: 3 }).map((r) => r.id)).toEqual(reference(index, query, 3).map((r) => r.id));
  });

  it('keeps every entry that can match and leaves out the ones that cannot', () => {
    const q = compileQuery('الولايات المتحدة')!;
    const kept = new Set(candidateEntries(index.entries, q.form)!.map((e) => e.id));
    for (const e of index.entries) if (tierOf(e, q) !== null) expect(kept.has(e.id)).toBe(true);
    expect(kept.size).toBeLessThan(index.entries.length);
  });

  it('asks for the core of a word after the article, since لل may stand for it', () => {
    expect(requiredCores('الولايات المتحده')).toEqual(['ولايات', 'متحده']);
    expect(candidateEntries(index.entries, 'ا')).toBeNull();
  });

  // Thousands of entries, where common words fill the first tiers long before the end of the index and the shortcuts stop early.
  const synthetic = buildSearchIndex({ ...generateDataset({ events: 3000, actors: 400, seed: 5 }), briefings: [] } as Dataset);
  const syntheticQueries = ['الولايات المتحدة', 'الولاياتالمتحدة', 'أمن', 'للصين', 'الصين', 'cyber security', 'China', 'اتصالات', 'وزارة الخارجيه', 'تقرير', 'report', 'زز'];

  it.each(syntheticQueries)('ranks %s over a synthetic dataset exactly as a full scan would, at 20 and at 3 results', (query) => {
    expect(search(synthetic, query).map((r) => ({ id: r.id, score: r.score }))).toEqual(reference(synthetic, query));
    expect(search(synthetic, query, { limit: 3 }).map((r) => r.id)).toEqual(reference(synthetic, query, 3).map((r) => r.id));
  });

  it('stops early on the synthetic dataset: some query fills 20 results from the name tiers alone, another needs the texts', () => {
    const fromNames = syntheticQueries.some((query) => search(synthetic, query).length === 20 && search(synthetic, query).every((r) => r.score >= SCORES.nameWords));
    const fromTexts = syntheticQueries.some((query) => search(synthetic, query).some((r) => r.score <= SCORES.words));
    expect(fromNames).toBe(true);
    expect(fromTexts).toBe(true);
  });
});

