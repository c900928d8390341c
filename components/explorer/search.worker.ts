/// <reference lib="webworker" />
/**
 * The search worker: fetches the index's parts, prepares them and answers
 * queries, off the page's main thread (./search-protocol says why).
 */
import { shardUrl } from '@/lib/explorer-payload';
import { fetchSearchPart } from './shard-store';
import { searchResponder } from './search-parts';
import type { SearchRequest } from './search-protocol';

declare const self: DedicatedWorkerGlobalScope;

const respond = searchResponder(
  (k) => fetchSearchPart(shardUrl.search(k)),
  (message) => self.postMessage(message),
);

self.onmessage = (event: MessageEvent<SearchRequest>) => respond(event.data);
