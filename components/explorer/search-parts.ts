/**
 * Loads the search index part after part (lib/search-payload), extending
 * the index as each comes. Shared by the search worker and, where a browser
 * has no workers, the page itself, so both search the same way.
 */
import { extendSearchIndex, searchIndexFromEntries, type SearchIndex } from '@/lib/search';
import type { SearchPart } from '@/lib/search-payload';

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
