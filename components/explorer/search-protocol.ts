/**
 * Messages between the page and the search worker (./search.worker). The
 * worker holds the index: fetching, decoding and preparing a part of it at
 * 100,000 events took 0.8–1.2 s of the page's main thread per part, which
 * froze typing while the rest loaded.
 */
import type { SearchResult } from '@/lib/search';

export type SearchRequest =
  /** Start (or go on) fetching the index's parts. */
  | { type: 'load' }
  /** Search the entries in so far. */
  | { type: 'query'; id: number; query: string; limit: number };

export type SearchReply =
  /** Another part is in: the page asks its query again. */
  | { type: 'progress'; searched: number; total: number }
  /** A part could not be fetched or read; the next `load` goes on from it. */
  | { type: 'failed'; message: string }
  | { type: 'results'; id: number; query: string; results: SearchResult[]; searched: number; total: number };
