/// <reference lib="webworker" />
/**
 * The search worker: fetches the index's parts, prepares them and answers
 * queries, off the page's main thread (./search-protocol says why).
 */
import { search } from '@/lib/search';
import { shardUrl } from '@/lib/explorer-payload';
import { decodeSearchPart } from '@/lib/search-payload';
import { fetchJson } from './fetch-json';
import { loadSearchParts, type LoadedSearch } from './search-parts';
import type { SearchReply, SearchRequest } from './search-protocol';

declare const self: DedicatedWorkerGlobalScope;

let loaded: LoadedSearch | null = null;
let loading = false;
const reply = (message: SearchReply) => self.postMessage(message);

function load(): void {
  if (loading || (loaded && loaded.next >= loaded.parts)) return;
  loading = true;
  const fetchPart = (k: number) => {
    const url = shardUrl.search(k);
    return fetchJson<unknown>(url).then((payload) => decodeSearchPart(payload, url));
  };
  loadSearchParts(fetchPart, loaded, (at) => {
    loaded = at;
    reply({ type: 'progress', searched: at.index.entries.length, total: at.total });
  }).then(
    () => {
      loading = false;
    },
    (error: unknown) => {
      loading = false;
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'load') return load();
  const results = loaded ? search(loaded.index, request.query, { limit: request.limit }) : [];
  reply({ type: 'results', id: request.id, query: request.query, results, searched: loaded?.index.entries.length ?? 0, total: loaded?.total ?? 0 });
};
