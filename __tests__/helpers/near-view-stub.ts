/**
 * A stand-in for IntersectionObserver (jsdom has none), so a test can say
 * whether an observed element is near the view (components/near-view).
 */
import { act } from '@testing-library/react';

interface Watch {
  callback: IntersectionObserverCallback;
  options?: IntersectionObserverInit;
  targets: Element[];
}

export function stubIntersectionObserver() {
  const watches: Watch[] = [];
  const original = globalThis.IntersectionObserver;
  beforeEach(() => {
    watches.length = 0;
    globalThis.IntersectionObserver = class {
      private readonly watch: Watch;
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        this.watch = { callback, options, targets: [] };
        watches.push(this.watch);
      }
      observe(target: Element) {
        this.watch.targets.push(target);
      }
      unobserve() {}
      disconnect() {
        this.watch.targets = [];
      }
      takeRecords() {
        return [];
      }
    } as unknown as typeof IntersectionObserver;
  });
  afterEach(() => {
    globalThis.IntersectionObserver = original;
  });
  return {
    /** The root margin the observer watching `target` was made with. */
    marginOf: (target: Element) => watches.find((w) => w.targets.includes(target))?.options?.rootMargin,
    /** Tells the observers watching `target` whether it is near the view. */
    setNear: (target: Element, near: boolean) =>
      act(() => {
        for (const w of watches)
          if (w.targets.includes(target)) w.callback([{ isIntersecting: near, target } as IntersectionObserverEntry], {} as IntersectionObserver);
      }),
  };
}
