'use client';
/**
 * The timeline's events from their columns (lib/columnar), read where they
 * lie (lib/timeline/records): the timeline and the event list draw from them,
 * and make a record only for an event they show one by one. At 100,000
 * events the first drawing is density bands, which need no record; making
 * all 100,000 before it cost ~0.25 s of the page's first second, and made
 * after it, their copies by the browser's garbage collector were pauses of
 * ~50 ms as a reader started zooming.
 *
 * Words already in hand (a small timeline's, in the payload) are in the
 * records from the start. Otherwise the records come without their words
 * (TEXT_PENDING: the views say the titles are loading); the words are read
 * when the caller lets the rest of the page start (`readRest`: the explorer
 * waits for its graph to draw first, ./useLoadSequence), after the frame
 * that shows it, and the same records read them from then on
 * (ColumnRecords.setWords): `hasText` turning true is the change the views
 * that show words follow.
 */
import { useEffect, useMemo, useState } from 'react';
import type { TimelineShapeColumns } from '@/lib/columnar';
import { recordsFromColumns, type TimelineRecords } from '@/lib/timeline/records';
import type { EventWords } from '@/lib/timeline/words';
import type { Pending } from './useExplorerPayload';

export interface TimelineRecordsState {
  /** The events read from their columns: what the timeline and the event list draw. */
  records: TimelineRecords;
  /** The records carry their words (titles, dates as written). */
  hasText: boolean;
  /** Why the words could not be read; null while they are on their way or here. */
  textError: string | null;
}

export function useTimelineColumns(columns: TimelineShapeColumns, text: Pending<EventWords>, readRest = true): TimelineRecordsState {
  const inHand = text.now ?? null;
  const records = useMemo(() => recordsFromColumns(columns, inHand), [columns, inHand]);

  const [words, setWords] = useState<{ from: TimelineRecords; error: string | null } | null>(null);
  useEffect(() => {
    if (inHand || !readRest) return;
    let live = true;
    const done = (error: string | null) => {
      if (live) setWords({ from: records, error });
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
  }, [records, text, inHand, readRest]);
  const current = words?.from === records ? words : null;
  const hasText = inHand !== null || (current !== null && current.error === null);
  return useMemo(() => ({ records, hasText, textError: current?.error ?? null }), [records, hasText, current]);
}
