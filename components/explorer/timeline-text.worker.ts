/// <reference lib="webworker" />
/**
 * Fetches and parses the timeline's words off the page's main thread and
 * hands them over a column at a time, joined (./timeline-text-transfer says why).
 */
import { fetchJson } from './fetch-json';
import { postTextColumns, type TextMessage, type TextRequest } from './timeline-text-transfer';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: TextMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = (event: MessageEvent<TextRequest>) => {
  const { url } = event.data;
  fetchJson<unknown>(url).then(
    (text) => {
      try {
        postTextColumns(url, text, post);
      } catch (error) {
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
