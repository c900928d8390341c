import { act, renderHook, waitFor } from '@testing-library/react';
import { buildSearchIndex, search, searchIndexFromEntries } from '@/lib/search';
import { decodeSearchPart, encodeSearchPart, searchPartCount, type SearchPart } from '@/lib/search-payload';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

// The parts of a generated index, served by a stand-in for the shard store: each part waits until the test lets it go.
const whole = buildSearchIndex({ ...generateDataset({ events: 300, actors: 60, seed: 3 }), briefings: [] } as Dataset);
const SIZE = 150;
const parts = Array.from({ length: searchPartCount(whole.entries.length, SIZE) }, (_, k) => decodeSearchPart(JSON.parse(JSON.stringify(encodeSearchPart(whole.entries, k, SIZE))), `${k}.json`));
const asked: string[] = [];
let gates: { url: string; open: () => void; fail: () => void }[] = [];

jest.mock('@/components/explorer/shard-store', () => ({
  fetchSearchPart: (url: string) =>
    new Promise<SearchPart>((resolve, reject) => {
      asked.push(url);
      const k = Number(/(\d+)\.json$/.exec(url)![1]);
      gates.push({ url, open: () => resolve(parts[k]!), fail: () => reject(new Error(`${url}: gone`)) });
    }),
}));

// Imported after the mock is in place.
import { useSearch } from '@/components/explorer/useSearch';

const release = async (action: 'open' | 'fail' = 'open') => {
  await waitFor(() => expect(gates.length).toBeGreaterThan(0));
  const gate = gates.shift()!;
  await act(async () => gate[action]());
};

beforeEach(() => {
  asked.length = 0;
  gates = [];
});

describe('useSearch without a worker', () => {
  const name = whole.entries[0]!.labels.en;

  it('fetches nothing until the box is wanted, then the parts in order, answering the latest query over the entries in so far', async () => {
    expect(parts.length).toBeGreaterThan(2);
    const { result, rerender } = renderHook(({ q }) => useSearch(false, q), { initialProps: { q: name } });
    await act(async () => undefined);
    expect(asked).toEqual([]);
    expect(result.current.results).toBeNull();
    act(() => result.current.want());
    await release();
    await waitFor(() => expect(result.current.coverage).toEqual({ searched: SIZE, total: whole.entries.length }));
    expect(result.current.results?.[0]?.id).toBe(whole.entries[0]!.id);
    rerender({ q: 'China' });
    while (gates.length > 0 || asked.length < parts.length) await release();
    await waitFor(() => expect(result.current.coverage).toEqual({ searched: whole.entries.length, total: whole.entries.length }));
    expect(asked).toEqual(parts.map((_, k) => `/data/search/${k}.json`));
    await waitFor(() => expect(result.current.results).toEqual(search(whole, 'China', { limit: 12 })));
  });

  it('promises the answer to a query, and gives an answer already in at once', async () => {
    const { result, rerender } = renderHook(({ q }) => useSearch(true, q), { initialProps: { q: name } });
    const promised = result.current.awaitAnswer(name);
    await release();
    await expect(promised).resolves.toEqual(search(searchIndexFromEntries(whole.entries.slice(0, SIZE)), name, { limit: 12 }));
    await expect(result.current.awaitAnswer(name)).resolves.toEqual(result.current.results);
    rerender({ q: 'China' });
    await waitFor(() => expect(result.current.resultsFor).toBe('China'));
  });

  it('stops at a part that fails and goes on from it the next time the box is wanted', async () => {
    const { result } = renderHook(() => useSearch(true, name));
    await release();
    await waitFor(() => expect(result.current.coverage?.searched).toBe(SIZE));
    await release('fail');
    expect(asked).toEqual(['/data/search/0.json', '/data/search/1.json']);
    act(() => result.current.want());
    await release();
    await waitFor(() => expect(result.current.coverage?.searched).toBe(2 * SIZE));
    // Part 1 again, then on to part 2.
    await waitFor(() => expect(asked).toEqual(['/data/search/0.json', '/data/search/1.json', '/data/search/1.json', '/data/search/2.json']));
  });
});
