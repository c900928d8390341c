'use client';
/**
 * A long list shown a page at a time, with a "show more" button: the first
 * pages, plus every item `keep` says must be listed wherever it sorts (the
 * selected one). The actor list and the reader's source tabs both list this
 * way: thousands of rows at once cost hundreds of ms of layout, and as many
 * tab stops.
 */
import { useState } from 'react';

export interface Pages<T> {
  /** The items to render, in their order. */
  listed: T[];
  /** How many the next press of "show more" adds; 0 when every item is listed. */
  more: number;
  /** How many of the items the pages list so far (kept items beyond them not counted). */
  paged: number;
  showMore: () => void;
}

export function usePages<T>(items: readonly T[], pageSize: number, keep: (item: T) => boolean): Pages<T> {
  const [shown, setShown] = useState(pageSize);
  return {
    listed: items.filter((item, i) => i < shown || keep(item)),
    more: Math.max(0, Math.min(pageSize, items.length - shown)),
    paged: Math.min(shown, items.length),
    showMore: () => setShown((n) => n + pageSize),
  };
}
