/**
 * Fetches the dataset's shards (lib/dataset-shards) once per page: a shard
 * asked for twice is fetched once, one already here is handed over at once
 * (so going back to a selection never flashes "loading"), and one that failed
 * is asked again next time rather than remembered as broken.
 */
import type { DatasetShard } from '@/lib/dataset-shards';
import { decodeSearchPart, type SearchPart } from '@/lib/search-payload';
import { fetchJson } from './fetch-json';

const pending = new Map<string, Promise<unknown>>();
const resolved = new Map<string, unknown>();

function once<T>(url: string): Promise<T> {
  let p = pending.get(url);
  if (!p) {
    p = fetchJson<unknown>(url).then(
      (value) => {
        resolved.set(url, value);
        return value;
      },
      (error: unknown) => {
        pending.delete(url);
        throw error;
      },
    );
    pending.set(url, p);
  }
  return p as Promise<T>;
}

export function fetchShard(url: string): Promise<DatasetShard> {
  return once<DatasetShard>(url);
}

/** The shard if it has already arrived. */
export function shardInHand(url: string): DatasetShard | undefined {
  return resolved.get(url) as DatasetShard | undefined;
}

const searchPending = new Map<string, Promise<SearchPart>>();

/**
 * A part of the search index, fetched and decoded once (lib/search-payload).
 * Only the decoded entries are kept: holding the parsed file too would keep
 * its arrays alive beside them. A part that fails to fetch or decode is
 * asked again next time.
 */
export function fetchSearchPart(url: string): Promise<SearchPart> {
  let p = searchPending.get(url);
  if (!p) {
    p = fetchJson<unknown>(url).then((payload) => decodeSearchPart(payload, url));
    p.catch(() => searchPending.delete(url));
    searchPending.set(url, p);
  }
  return p;
}
