'use client';
/**
 * The explorer's drawing data (lib/explorer-payload), fetched once per page
 * (the page's head preloads it, so it does not wait for the scripts), and
 * the words of its timeline: in the payload for a small timeline, else
 * fetched when the caller first reads them — at 100,000 events they are
 * 28 MB of JSON, and receiving and parsing them on the main thread would hold
 * up the first drawing, which does not need them.
 * The payload is null until it has come; the reason as text if it could not
 * be fetched.
 */
import { useEffect, useState } from 'react';
import type { TimelineTextColumns } from '@/lib/columnar';
import { receiveExplorerPayload, type ExplorerPayload, type ExplorerPayloadWire } from '@/lib/explorer-payload';
import { fetchJson } from './fetch-json';

/** A JSON file fetched and parsed on the first `read()`, or a value already in hand (`now`). */
export interface PendingJson<T> {
  read(): Promise<T>;
  now?: T;
}

export type PayloadState =
  | { payload: ExplorerPayload; text: PendingJson<TimelineTextColumns>; error: null }
  | { payload: null; text: null; error: string | null };

function pendingJson<T>(url: string): PendingJson<T> {
  let parsed: Promise<T> | null = null;
  return { read: () => (parsed ??= fetchJson<T>(url)) };
}

export function useExplorerPayload(url: string, textUrl: string): PayloadState {
  const [state, setState] = useState<PayloadState>({ payload: null, text: null, error: null });
  useEffect(() => {
    let live = true;
    const text = pendingJson<TimelineTextColumns>(textUrl);
    fetchJson<ExplorerPayloadWire>(url).then(receiveExplorerPayload).then(
      (payload) => {
        const inHand = payload.timelineText;
        if (live) setState({ payload, text: inHand ? { read: () => Promise.resolve(inHand), now: inHand } : text, error: null });
      },
      (reason: unknown) => {
        if (live) setState({ payload: null, text: null, error: reason instanceof Error ? reason.message : String(reason) });
      },
    );
    return () => {
      live = false;
    };
  }, [url, textUrl]);
  return state;
}
