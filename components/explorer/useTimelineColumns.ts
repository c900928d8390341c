'use client';
/**
 * The timeline's events from their columns (lib/columnar), read where they
 * lie (lib/timeline/records): the timeline draws from them at once, and makes
 * a record only for an event it draws one by one. At 100,000 events its first
 * drawing is density bands, which need no record; making all 100,000 before
 * it cost ~0.25 s of the page's first second.
 *
 * Every record is made when the caller lets the rest of the page start
 * (`readRest`: the explorer waits for its graph to draw first,
 * ./useLoadSequence): the event list sorts them all. A small timeline's are
 * made at once, during the first render; a large one's a slice per
 * macrotask, so the page answers input meanwhile.
 *
 * Words already in hand (a small timeline's, in the payload) are in the
 * records from the start. Otherwise the records come without their words
 * (TEXT_PENDING: the views say the titles are loading); the words are read
 * once every record is made, after the frame that shows them, and the same
 * records read them from then on (ColumnRecords.setWords): `hasText` turning
 * true is the change the views that show words follow.
 */
import { useEffect, useMemo, useState } from 'react';
import type { TimelineShapeColumns } from '@/lib/columnar';
import { recordsFromColumns, type TimelineRecords } from '@/lib/timeline/records';
import type { EventWords } from '@/lib/timeline/words';
import type { TimelineEvent } from '@/lib/timeline-model';
import type { Pending } from './useExplorerPayload';

/** Up to this many events, every record is made during render. */
export const DECODE_AT_ONCE = 5_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface TimelineRecordsState {
  /** The events read from their columns, at once: what the timeline draws. */
  records: TimelineRecords;
  /** Every record, in the columns' order, once made (see the top of this file); null until then. */
  events: TimelineEvent[] | null;
  /** The records carry their words (titles, dates as written). */
  hasText: boolean;
  /** Why the words could not be read; null while they are on their way or here. */
  textError: string | null;
}

export function useTimelineColumns(columns: TimelineShapeColumns, text: Pending<EventWords>, readRest = true): TimelineRecordsState {
  const small = columns.count <= DECODE_AT_ONCE;
  const inHand = text.now ?? null;
  const records = useMemo(() => recordsFromColumns(columns, inHand), [columns, inHand]);
  const atOnce = useMemo(() => (small ? Array.from({ length: records.count }, (_, i) => records.at(i)) : null), [records, small]);
  const [made, setMade] = useState<{ from: TimelineRecords; events: TimelineEvent[] } | null>(null);
  useEffect(() => {
    if (small || !readRest) return;
    let cancelled = false;
    void records.all(nextTask).then((events) => {
      if (!cancelled) setMade({ from: records, events });
    });
    return () => {
      cancelled = true;
    };
  }, [records, small, readRest]);
  const events = atOnce ?? (made?.from === records ? made.events : null);

  const [words, setWords] = useState<{ from: TimelineEvent[]; error: string | null } | null>(null);
  useEffect(() => {
    if (!events || inHand || !readRest) return;
    let live = true;
    const done = (error: string | null) => {
      if (live) setWords({ from: events, error });
    };
    // The canvas paints in the next animation frame; a task after it leaves that frame to be shown first.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        text
          .read()
          .then((t) => {
            // Unmounted meanwhile (React's strict mode does it once): the records are left as they are for the next reader.
            if (live) records.setWords(t);
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
  }, [records, events, text, inHand, readRest]);
  const current = events !== null && words?.from === events ? words : null;
  const hasText = inHand !== null || (current !== null && current.error === null);
  return useMemo(() => ({ records, events, hasText, textError: current?.error ?? null }), [records, events, hasText, current]);
}
