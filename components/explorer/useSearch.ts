'use client';
/**
 * Search for the explorer. The index lives in a worker (./search.worker),
 * which fetches its parts from the first time the user reaches for the box
 * and answers each query with the entries in so far; where a browser has no
 * workers, the page loads and searches the same way itself. The results
 * shown are always those of the latest query: an answer to an earlier one is
 * dropped, and each new part asks the latest query again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResult } from '@/lib/search';
import { shardUrl } from '@/lib/explorer-payload';
import { fetchSearchPart } from './shard-store';
import { searchResponder } from './search-parts';
import type { SearchReply, SearchRequest } from './search-protocol';
import type { SearchCoverage } from './SearchBox';

/** Results the box lists. */
export const SEARCH_LIMIT = 12;

interface SearchHost {
  send(request: SearchRequest): void;
  dispose(): void;
}

function workerHost(onReply: (reply: SearchReply) => void): SearchHost {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<SearchReply>) => onReply(event.data);
  return { send: (request) => worker.postMessage(request), dispose: () => worker.terminate() };
}

/** The same host on the page's own thread, for a browser without workers (and the component tests). */
function pageHost(onReply: (reply: SearchReply) => void): SearchHost {
  let live = true;
  const send = searchResponder(
    (k) => fetchSearchPart(shardUrl.search(k)),
    (reply) => queueMicrotask(() => live && onReply(reply)),
    () => live,
  );
  return {
    send,
    dispose: () => {
      live = false;
    },
  };
}

export interface SearchState {
  /** Null until the index's first part is in. */
  results: SearchResult[] | null;
  /** The query `results` answer: while the answer to a newer one is on its way, an older one. */
  resultsFor: string | null;
  coverage: SearchCoverage | null;
  /** Asks for the index (focus, typing); until then nothing is fetched. */
  want: () => void;
  /** The results for `query`, once the answer to it comes (it must be the latest query asked). */
  awaitAnswer: (query: string) => Promise<SearchResult[]>;
}

export function useSearch(wantNow: boolean, query: string): SearchState {
  const [wanted, setWanted] = useState(wantNow);
  const [answer, setAnswer] = useState<{ results: SearchResult[]; query: string } | null>(null);
  const [coverage, setCoverage] = useState<SearchCoverage | null>(null);
  const host = useRef<SearchHost | null>(null);
  const latest = useRef({ id: 0, query });
  const want = useCallback(() => setWanted(true), []);
  // Promises of an answer, by query (an Enter pressed before the answer came).
  const waiting = useRef(new Map<string, ((results: SearchResult[]) => void)[]>());
  const lastAnswer = useRef<{ query: string; results: SearchResult[] } | null>(null);
  const awaitAnswer = useCallback(
    (q: string) =>
      new Promise<SearchResult[]>((resolve) => {
        // Already in, but not yet drawn when the Enter came.
        if (lastAnswer.current?.query === q) return resolve(lastAnswer.current.results);
        waiting.current.set(q, [...(waiting.current.get(q) ?? []), resolve]);
      }),
    [],
  );

  const ask = useCallback((q: string) => {
    latest.current = { id: latest.current.id + 1, query: q };
    host.current?.send({ type: 'query', id: latest.current.id, query: q, limit: SEARCH_LIMIT });
  }, []);

  useEffect(() => {
    if (!wanted) return;
    if (!host.current) {
      const onReply = (reply: SearchReply) => {
        if (reply.type === 'progress') ask(latest.current.query);
        // Asked again the next time the user reaches for the box; the box says it is loading meanwhile.
        else if (reply.type === 'failed') setWanted(false);
        else if (reply.id === latest.current.id && reply.searched > 0) {
          lastAnswer.current = { query: reply.query, results: reply.results };
          setAnswer(lastAnswer.current);
          setCoverage({ searched: reply.searched, total: reply.total });
          const promised = waiting.current.get(reply.query);
          waiting.current.clear();
          promised?.forEach((resolve) => resolve(reply.results));
        }
      };
      host.current = typeof Worker === 'undefined' ? pageHost(onReply) : workerHost(onReply);
    }
    host.current.send({ type: 'load' });
  }, [wanted, ask]);

  useEffect(() => ask(query), [query, ask]);

  useEffect(
    () => () => {
      host.current?.dispose();
      host.current = null;
    },
    [],
  );

  return { results: answer?.results ?? null, resultsFor: answer?.query ?? null, coverage, want, awaitAnswer };
}
