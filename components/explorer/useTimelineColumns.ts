'use client';
/**
 * The timeline records from their columnar page props (lib/columnar). A
 * small data set is decoded at once, during the first render, so nothing
 * changes for it; a large one is decoded after the first paint, a slice per
 * macrotask, so the page shows and answers input while it decodes, and the
 * timeline draws when the records are ready (an empty list until then).
 */
import { useEffect, useMemo, useState } from 'react';
import { decodeTimelineColumns, decodeTimelineColumnsInSlices, type TimelineColumns } from '@/lib/columnar';
import type { TimelineEvent } from '@/lib/timeline-model';

/** Up to this many events are decoded during render. */
export const DECODE_AT_ONCE = 5_000;

const NONE: TimelineEvent[] = [];
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useTimelineColumns(columns: TimelineColumns): TimelineEvent[] {
  const small = columns.count <= DECODE_AT_ONCE;
  const atOnce = useMemo(() => (small ? decodeTimelineColumns(columns) : null), [columns, small]);
  const [decoded, setDecoded] = useState<{ from: TimelineColumns; events: TimelineEvent[] } | null>(null);
  useEffect(() => {
    if (small) return;
    let cancelled = false;
    void decodeTimelineColumnsInSlices(columns, nextTask).then((events) => {
      if (!cancelled) setDecoded({ from: columns, events });
    });
    return () => {
      cancelled = true;
    };
  }, [columns, small]);
  if (atOnce) return atOnce;
  return decoded?.from === columns ? decoded.events : NONE;
}
