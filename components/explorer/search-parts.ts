/**
 * Loads the search index part after part (lib/search-payload), extending
 * the index as each comes. Shared by the search worker and, where a browser
 * has no workers, the page itself, so both search the same way.
 */
import { extendSearchIndex, search, searchIndexFromEntries, type SearchIndex } from '@/lib/search';
import type { SearchPart } from '@/lib/search-payload';
import type { SearchReply, SearchRequest } from './search-protocol';

/** The index so far, and where the loading stands. */
export interface LoadedSearch {
  index: SearchIndex;
  /** Entries in the whole index. */
  total: number;
  /** The next part to fetch. */
  next: number;
  parts: number;
}

/**
 * Fetches the parts from the one after `from` (or the first) to the last,
 * calling `onPart` with the index after each, until `live()` turns false.
 * A failed part rejects; calling again with the last `LoadedSearch` goes on
 * from it.
 */
export async function loadSearchParts(
  fetchPart: (k: number) => Promise<SearchPart>,
  from: LoadedSearch | null,
  onPart: (loaded: LoadedSearch) => void,
  live: () => boolean = () => true,
): Promise<void> {
  let at = from;
  while (live() && (at === null || at.next < at.parts)) {
    const part = await fetchPart(at?.next ?? 0);
    if (!live()) return;
    const index = at ? extendSearchIndex(at.index, part.entries) : searchIndexFromEntries(part.entries);
    at = { index, total: part.total, next: part.part + 1, parts: part.parts };
    onPart(at);
  }
}

/**
 * Answers the search protocol's requests (./search-protocol) over an index
 * loaded part by part with `fetchPart`: the body of the search worker, and
 * of the page's own host where there are no workers. `reply` gets every
 * answer; nothing is loaded once `live()` turns false.
 */
export function searchResponder(
  fetchPart: (k: number) => Promise<SearchPart>,
  reply: (message: SearchReply) => void,
  live: () => boolean = () => true,
): (request: SearchRequest) => void {
  let loaded: LoadedSearch | null = null;
  let loading = false;
  return (request) => {
    if (request.type === 'query') {
      const results = loaded ? search(loaded.index, request.query, { limit: request.limit }) : [];
      return reply({ type: 'results', id: request.id, query: request.query, results, searched: loaded?.index.entries.length ?? 0, total: loaded?.total ?? 0 });
    }
    if (loading || (loaded && loaded.next >= loaded.parts)) return;
    loading = true;
    const onPart = (at: LoadedSearch) => {
      loaded = at;
      reply({ type: 'progress', searched: at.index.entries.length, total: at.total });
    };
    loadSearchParts(fetchPart, loaded, onPart, live).then(
      () => {
        loading = false;
      },
      (error: unknown) => {
        loading = false;
        reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };
}
