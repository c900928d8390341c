'use client';
/**
 * How many items of a panel's long list to render: with the render that
 * brings the list, its first FIRST_ITEMS (more than a panel's height shows);
 * the rest at the browser's next idle moment, a frame or two later. At
 * 100,000 events a busy actor's panel lists up to 200 events and their
 * statements, each statement with its passage, source and date; rendering
 * them all made the panel of the page's first selection arrive ~15 ms later
 * (a CPU profile of its render and layout), while the reader sees the first
 * dozen. The explorer asks for it; a record page, printed or read without
 * script, renders every item at once.
 *
 * The rest is rendered as a transition: React then renders it in slices of
 * a few milliseconds and lets frames through in between. Rendered in one
 * piece, the busiest actor's rest (~80 items) was a task of ~14 ms at an idle
 * moment between the selection's first frame and its second, which waited
 * for it (a trace of the bench's first selection at 100,000 events).
 */
import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '@/components/useWhenIdle';

export const FIRST_ITEMS = 20;
/** The rest comes at an idle moment, or after this long at the latest. */
const REST_WITHIN_MS = 200;

/**
 * The number of items to render now out of `length`. `list` names the list
 * (the selected record's id): a new one starts again from its first items.
 */
export function useFirstItems(length: number, list: string, progressive: boolean): number {
  const [whole, setWhole] = useState<string | null>(null);
  const all = !progressive || length <= FIRST_ITEMS || whole === list;
  useEffect(() => {
    if (all) return;
    return whenIdle(() => startTransition(() => setWhole(list)), REST_WITHIN_MS);
  }, [all, list]);
  return all ? length : FIRST_ITEMS;
}
