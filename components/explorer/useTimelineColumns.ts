'use client';
/**
 * The timeline records from their columns (lib/columnar). A small data set
 * is decoded at once, during the first render; a large one after the first
 * paint, a slice per macrotask, so the page shows and answers input while it
 * decodes, and the timeline draws when the records are ready (an empty list
 * until then).
 *
 * Words already in hand (a small timeline's, in the payload) are decoded
 * with the records. Otherwise the records come first without their words
 * (TEXT_PENDING: the views say the titles are loading); the words are read
 * once the records have been drawn, after the frame that shows them, and
 * written into the same records (lib/columnar writeTimelineText): `hasText`
 * turning true is the change the views that show words follow. A caller
 * can hold the words back further with `readText` false (the explorer
 * lets its graph draw first: ./useLoadSequence).
 */
import { useEffect, useMemo, useState } from 'react';
import { decodeTimelineColumns, decodeTimelineColumnsInSlices, writeTimelineText, type TimelineShapeColumns, type TimelineTextColumns } from '@/lib/columnar';
import type { TimelineEvent } from '@/lib/timeline-model';
import type { PendingJson } from './useExplorerPayload';

/** Up to this many events are decoded during render. */
export const DECODE_AT_ONCE = 5_000;

const NONE: TimelineEvent[] = [];
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface TimelineRecords {
  events: TimelineEvent[];
  /** The records carry their words (titles, dates as written). */
  hasText: boolean;
  /** Why the words could not be read; null while they are on their way or here. */
  textError: string | null;
}

export function useTimelineColumns(columns: TimelineShapeColumns, text: PendingJson<TimelineTextColumns>, readText = true): TimelineRecords {
  const small = columns.count <= DECODE_AT_ONCE;
  const inHand = text.now ?? null;
  const atOnce = useMemo(() => (small ? decodeTimelineColumns(columns, inHand) : null), [columns, small, inHand]);
  const [decoded, setDecoded] = useState<{ from: TimelineShapeColumns; events: TimelineEvent[] } | null>(null);
  useEffect(() => {
    if (small) return;
    let cancelled = false;
    void decodeTimelineColumnsInSlices(columns, nextTask, undefined, inHand).then((events) => {
      if (!cancelled) setDecoded({ from: columns, events });
    });
    return () => {
      cancelled = true;
    };
  }, [columns, small, inHand]);
  const bare = atOnce ?? (decoded?.from === columns ? decoded.events : NONE);

  const [words, setWords] = useState<{ from: TimelineEvent[]; error: string | null } | null>(null);
  const ready = bare.length === columns.count;
  useEffect(() => {
    if (!ready || inHand || !readText) return;
    let live = true;
    const done = (error: string | null) => {
      if (live) setWords({ from: bare, error });
    };
    // The canvas paints in the next animation frame; a task after it leaves that frame to be shown first.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        text
          .read()
          .then((t) => {
            // Unmounted meanwhile (React's strict mode does it once): the records are left as they are for the next reader.
            if (live) writeTimelineText(bare, t);
          })
          .then(
            () => done(null),
            (reason: unknown) => done(reason instanceof Error ? reason.message : String(reason)),
          );
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, bare, text, inHand, readText]);
  const current = words?.from === bare ? words : null;
  const hasText = inHand !== null || (current !== null && current.error === null);
  return useMemo(() => ({ events: bare, hasText, textError: current?.error ?? null }), [bare, hasText, current]);
}
