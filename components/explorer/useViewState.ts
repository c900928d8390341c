'use client';
/**
 * The explorer's single source of view state: the URL. Every selection and
 * filter is read from the query string and every user action writes it back,
 * so reload, back/forward and a copied link restore the exact view.
 *
 * The query string is read as an external store (`useSyncExternalStore`),
 * which `update` and the browser's back and forward notify. Next's router
 * follows a `history.pushState` too, but as a transition: the explorer read
 * the new state through `useSearchParams` in a render that yielded every
 * 5 ms and came ~100 ms after the click at 100,000 events (the bench's
 * trace), where a store's change renders at once. Next's router still sees
 * every change (its `useSearchParams` updates, and back and forward work);
 * `FollowRouterQuery` tells the store when the router, not `update`, changed
 * the query (a link to this page with another query).
 */
import { createElement, useCallback, useEffect, useMemo, useSyncExternalStore, type ReactElement } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { parseViewState, serializeViewState, withViewState, type KnownIds, type ViewState } from '@/lib/url-state';

export type { KnownIds };

export interface ViewStateHandle {
  state: ViewState;
  /** Why parts of the URL were ignored, one sentence each. */
  notices: string[];
  /** Applies a patch; `replace` for continuous gestures that should not flood history. */
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** Rendered anywhere in the explorer: keeps the state in step with navigations made by Next's router. */
  follower: ReactElement;
}

const listeners = new Set<() => void>();

function queryChanged(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentQuery = () => window.location.search;

/** Follows Next's router: a change of its search params that the store has not heard of (its own links) is told to the store. */
function FollowRouterQuery(): null {
  const params = useSearchParams();
  const query = params?.toString() ?? '';
  useEffect(() => {
    // The store compares the URL it reads with the last one; an update it already rendered changes nothing.
    queryChanged();
  }, [query]);
  return null;
}

export function useViewState(known: KnownIds): ViewStateHandle {
  const pathname = usePathname();
  // The views mount after the payload has come, in the browser: never rendered on the server, they have no query there.
  const query = useSyncExternalStore(subscribe, currentQuery, () => '');
  const { state, notices } = useMemo(() => parseViewState(new URLSearchParams(query), known), [query, known]);

  const update = useCallback(
    (patch: Partial<ViewState>, options?: { replace?: boolean }) => {
      const next = serializeViewState(withViewState(state, patch));
      const href = next ? `${pathname}?${next}` : pathname;
      // The browser's own history, which Next's router follows (useSearchParams updates, back and forward work):
      // router.push would ask the server for the page again on every click, only to change the query string.
      if (options?.replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
      queryChanged();
    },
    [state, pathname],
  );

  const follower = useMemo(() => createElement(FollowRouterQuery), []);
  return { state, notices, update, follower };
}
