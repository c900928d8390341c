'use client';
/**
 * The explorer's single source of view state: the URL. Every selection and
 * filter is read from the query string and every user action writes it back,
 * so reload, back/forward and a copied link restore the exact view.
 */
import { useCallback, useMemo } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { parseViewState, serializeViewState, withViewState, type KnownIds, type ViewState } from '@/lib/url-state';

export type { KnownIds };

export interface ViewStateHandle {
  state: ViewState;
  /** Why parts of the URL were ignored, one sentence each. */
  notices: string[];
  /** Applies a patch; `replace` for continuous gestures that should not flood history. */
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
}

export function useViewState(known: KnownIds): ViewStateHandle {
  const params = useSearchParams();
  const pathname = usePathname();
  const { state, notices } = useMemo(() => parseViewState(new URLSearchParams(params?.toString() ?? ''), known), [params, known]);

  const update = useCallback(
    (patch: Partial<ViewState>, options?: { replace?: boolean }) => {
      const query = serializeViewState(withViewState(state, patch));
      const href = query ? `${pathname}?${query}` : pathname;
      // The browser's own history, which Next's router follows (useSearchParams updates, back and forward work):
      // router.push would ask the server for the page again on every click, only to change the query string.
      if (options?.replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    },
    [state, pathname],
  );

  return { state, notices, update };
}
