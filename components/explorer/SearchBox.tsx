'use client';
/**
 * One box to find actors, events and statements by Arabic or English text.
 * An ARIA combobox: arrows move through results, Enter picks, Escape closes.
 * Matching rules live in lib/search (hamza, ta marbuta, glued words …).
 */
import { useId, useRef, useState } from 'react';
import type { SearchResult } from '@/lib/search';
import { useLang } from '@/components/i18n/lang-context';
import { EXPLORER_STRINGS } from './strings';

/** How much of the search index a query has searched: entries in so far, of the whole. */
export interface SearchCoverage {
  searched: number;
  total: number;
}

export interface SearchBoxProps {
  /** The latest query's results (./useSearch); null until the index's first part has been fetched, which `onWantIndex` asks for. */
  results: SearchResult[] | null;
  /** The query `results` answer; when it is not the one typed, an Enter waits for the answer to it (`awaitAnswer`). Omitted: `results` answer the query typed. */
  resultsFor?: string | null;
  /** The results for a query once they come (./useSearch). */
  awaitAnswer?: (query: string) => Promise<SearchResult[]>;
  /** How much of the index the results cover while its later parts load; null or complete once all are in. */
  coverage?: SearchCoverage | null;
  /** Called with the query as the user types it, and with '' once a result is picked (the restored query is the caller's own `initialQuery`). */
  onQueryChange?: (query: string) => void;
  /** Called when the user reaches for the box (pointer over it, focus, typing): the index is fetched then, not with the page. */
  onWantIndex?: () => void;
  /** Query restored from the URL. */
  initialQuery?: string;
  /** Called when the user picks a result. */
  onPick: (hit: SearchResult) => void;
}

export function SearchBox({ results: found, resultsFor, awaitAnswer, coverage = null, onQueryChange, onWantIndex, initialQuery = '', onPick }: SearchBoxProps) {
  const words = EXPLORER_STRINGS[useLang()];
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The query as typed, for an answer that comes after an Enter.
  const typed = useRef(initialQuery);
  const listId = useId();
  const results = found ?? [];
  const expanded = open && query.trim() !== '';
  const loaded = found !== null;
  const partial = loaded && coverage !== null && coverage.searched < coverage.total;

  const current = resultsFor === undefined || resultsFor === query;
  const pick = (hit: SearchResult | undefined) => {
    if (!hit) return;
    onPick(hit);
    setOpen(false);
    setQuery('');
    typed.current = '';
    onQueryChange?.('');
  };
  /** Enter: the active result; before the answer to the query typed, its first result once it comes, unless the user types on. */
  const enter = () => {
    if (current) return pick(results[active]);
    const q = query;
    if (q.trim() === '' || !awaitAnswer) return;
    void awaitAnswer(q).then((answer) => {
      if (typed.current === q) pick(answer[0]);
    });
  };

  return (
    <div className="search-box">
      <label htmlFor={`${listId}-input`}>{words.searchLabel}</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        dir="auto"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-activedescendant={expanded && results[active] ? `${listId}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          typed.current = e.target.value;
          onQueryChange?.(e.target.value);
          setActive(0);
          setOpen(true);
          onWantIndex?.();
        }}
        onFocus={() => {
          setOpen(true);
          onWantIndex?.();
        }}
        // A pointer over the box comes a moment before the click into it: the index's first part starts then.
        onPointerEnter={() => onWantIndex?.()}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(results.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter') enter();
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      <ul id={`${listId}-list`} role="listbox" aria-label={words.searchResults} className="search-results" hidden={!expanded}>
        {expanded && !loaded && <li className="search-empty">{words.searchLoading}</li>}
        {/* First, so it is read before the results it qualifies: they rank the entries in so far exactly as the whole index would, and the rest may add better ones. */}
        {expanded && partial && (
          <li className="search-empty search-partial" aria-live="polite">
            {words.searchPartial(coverage.searched, coverage.total)}
          </li>
        )}
        {/* Only for an answer to the query typed: an older query's empty results say nothing of this one. */}
        {expanded && loaded && !partial && current && results.length === 0 && <li className="search-empty">{words.noMatch(query)}</li>}
        {expanded &&
          results.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`${listId}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit)}
            >
              <span className="tag">{words.kinds[hit.kind]}</span> <bdi>{hit.label}</bdi>
              {hit.snippet && (
                <span className="search-snippet" dir="auto">
                  {hit.snippet}
                </span>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
