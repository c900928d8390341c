'use client';
/**
 * A long list shown a page at a time, with a "show more" button: the first
 * pages, plus every item `keep` says must be listed wherever it sorts (the
 * selected one). The actor list and the reader's source tabs both list this
 * way: thousands of rows at once cost hundreds of ms of layout, and as many
 * tab stops.
 */
import { useMemo, useState } from 'react';

export interface Pages<T> {
  /** The items to render, in their order. */
  listed: T[];
  /** How many the next press of "show more" adds; 0 when every item is listed. */
  more: number;
  /** How many of the items the pages list so far (kept items beyond them not counted). */
  paged: number;
  showMore: () => void;
}

/**
 * `keyOf` names an item and `kept` the items listed wherever they sort. Kept
 * items are found through a map of the items' places made once per list, not
 * by asking each item: at 5,000 actors the scan was ~4 ms of every actor
 * selection's render.
 */
export function usePages<T>(items: readonly T[], pageSize: number, keyOf: (item: T) => string, kept: Iterable<string>): Pages<T> {
  const [shown, setShown] = useState(pageSize);
  // Callers pass a keyOf made once (outside the component), so the map is made once per list.
  const placeOf = useMemo(() => new Map(items.map((item, i) => [keyOf(item), i])), [items, keyOf]);
  const beyond: number[] = [];
  for (const key of kept) {
    const place = placeOf.get(key);
    if (place !== undefined && place >= shown) beyond.push(place);
  }
  beyond.sort((a, b) => a - b);
  const listed = items.slice(0, shown);
  for (let k = 0; k < beyond.length; k += 1) if (k === 0 || beyond[k] !== beyond[k - 1]) listed.push(items[beyond[k]!]!);
  return {
    listed,
    more: Math.max(0, Math.min(pageSize, items.length - shown)),
    paged: Math.min(shown, items.length),
    showMore: () => setShown((n) => n + pageSize),
  };
}
