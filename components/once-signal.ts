'use client';
/**
 * Something that happens once on a page (a view's first drawing), which
 * another component waits for. Held in a store rather than in the parent's
 * state: at 10,000 events setting the explorer's state re-rendered every
 * view (~45 ms of the main thread right after the timeline's drawing),
 * while only the waiting component needs to know.
 */
import { useSyncExternalStore } from 'react';

export interface OnceSignal {
  /** Marks it happened; later calls do nothing. */
  fire(): void;
  happened(): boolean;
  subscribe(listener: () => void): () => void;
}

export function createOnceSignal(): OnceSignal {
  let happened = false;
  const listeners = new Set<() => void>();
  return {
    fire() {
      if (happened) return;
      happened = true;
      for (const listener of [...listeners]) listener();
      listeners.clear();
    },
    happened: () => happened,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const never = () => () => {};
const no = () => false;

/** Whether the signal has fired (false without one); the component renders again when it fires. */
export function useOnceSignal(signal: OnceSignal | undefined): boolean {
  return useSyncExternalStore(signal ? signal.subscribe : never, signal ? signal.happened : no, no);
}
