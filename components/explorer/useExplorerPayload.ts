'use client';
/**
 * The explorer's drawing data (lib/explorer-payload), fetched once per page
 * (the page's head preloads it, so it does not wait for the scripts), and
 * the words of its timeline: in the payload for a small timeline, else
 * fetched when the caller first reads them — at 100,000 events they are
 * 28 MB of JSON, and receiving and parsing them on the main thread would hold
 * up the first drawing, which does not need them. A worker fetches and parses
 * them, where the browser has workers, and hands them over a column at a
 * time, joined (./timeline-text-transfer).
 * The payload is null until it has come; the reason as text if it could not
 * be fetched.
 */
import { useEffect, useState } from 'react';
import { receiveExplorerPayload, type ExplorerPayload, type ExplorerPayloadWire } from '@/lib/explorer-payload';
import { wordsOfColumns, type EventWords } from '@/lib/timeline/words';
import { fetchJson } from './fetch-json';
import { textAssembler, wordsOfFile, type TextMessage, type TextRequest } from './timeline-text-transfer';

/** Something fetched on the first `read()`, or a value already in hand (`now`). */
export interface Pending<T> {
  read(): Promise<T>;
  now?: T;
}

export type PayloadState =
  | { payload: ExplorerPayload; text: Pending<EventWords>; error: null }
  | { payload: null; text: null; error: string | null };

/** The timeline's words read on the page, checked as the worker checks them. */
function readOnPage(url: string): Promise<EventWords> {
  return fetchJson<unknown>(url).then((text) => wordsOfFile(url, text));
}

/** The timeline's words, read in a worker where the browser has them, else on the page (and in the component tests). */
function pendingTimelineText(url: string): Pending<EventWords> {
  let words: Promise<EventWords> | null = null;
  return { read: () => (words ??= typeof Worker === 'undefined' ? readOnPage(url) : readInWorker(url)) };
}

function readInWorker(url: string): Promise<EventWords> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./timeline-text.worker.ts', import.meta.url), { type: 'module' });
    const words = textAssembler(url);
    const fail = (error: unknown) => {
      worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    worker.onmessage = (event: MessageEvent<TextMessage>) => {
      try {
        const whole = words.add(event.data);
        if (!whole) return;
        worker.terminate();
        resolve(whole);
      } catch (error) {
        fail(error);
      }
    };
    // The worker could not run (its script refused or failed to load; its own errors come as messages): the page reads them.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      readOnPage(url).then(resolve, reject);
    };
    worker.onmessageerror = () => fail(new Error(`${url}: a column of the timeline's words could not be received`));
    // Resolved here: the worker's own address is its script's, under /_next.
    const request: TextRequest = { url: new URL(url, window.location.href).href };
    worker.postMessage(request);
  });
}

/** A small timeline's words, carried in the payload; refused, naming the file, when a column is not as long as the timeline. */
function inlineWords(url: string, payload: ExplorerPayload): EventWords | null {
  if (!payload.timelineText) return null;
  try {
    const words = wordsOfColumns(payload.timelineText);
    if (words.count !== payload.timeline.count) throw new Error(`${words.count} events' words for ${payload.timeline.count} events`);
    return words;
  } catch (error) {
    throw new Error(`${url}: timelineText: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function useExplorerPayload(url: string, textUrl: string): PayloadState {
  const [state, setState] = useState<PayloadState>({ payload: null, text: null, error: null });
  useEffect(() => {
    let live = true;
    const text = pendingTimelineText(textUrl);
    fetchJson<ExplorerPayloadWire>(url)
      .then(receiveExplorerPayload)
      .then((payload) => ({ payload, inHand: inlineWords(url, payload) }))
      .then(
        ({ payload, inHand }) => {
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
