'use client';
/**
 * The explorer's drawing data (lib/explorer-payload), fetched once per page.
 * Null until it has come; the reason as text if it could not be fetched.
 */
import { useEffect, useState } from 'react';
import type { ExplorerPayload } from '@/lib/explorer-payload';

export type PayloadState = { payload: ExplorerPayload; error: null } | { payload: null; error: string | null };

export function useExplorerPayload(url: string): PayloadState {
  const [state, setState] = useState<PayloadState>({ payload: null, error: null });
  useEffect(() => {
    let live = true;
    fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<ExplorerPayload>;
      })
      .then(
        (payload) => {
          if (live) setState({ payload, error: null });
        },
        (reason: unknown) => {
          if (live) setState({ payload: null, error: reason instanceof Error ? reason.message : String(reason) });
        },
      );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}
