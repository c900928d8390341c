/**
 * The timeline's events in date order, as positions in their records: what
 * the event list (the timeline's DOM twin) walks. By first day, an open
 * start by its known end (and before a closed event on that day, since it
 * began earlier), undated last, then by id.
 *
 * Sorted as numbers read from the records' day arrays: sorting the records
 * themselves needed all 100,000 made first, whose copies by the browser's
 * young-generation collector were pauses of ~50 ms just as a reader started
 * zooming. The list makes a record only for a row it shows.
 */
import type { TimelineRecords } from './records';

export function dateOrder(records: Pick<TimelineRecords, 'count' | 'id' | 'days'>): Int32Array {
  const n = records.count;
  const { earliest, latest } = records.days();
  const key = new Float64Array(n);
  const closed = new Uint8Array(n);
  const last = new Float64Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const e = earliest[i]!;
    const l = latest[i]!;
    key[i] = e === e ? e : l === l ? l : Infinity;
    closed[i] = e === e ? 1 : 0;
    last[i] = l === l ? l : Infinity;
    order[i] = i;
  }
  // localeCompare's own collator, made once: the ids are compared wherever the days tie, tens of thousands of times.
  const collate = new Intl.Collator().compare;
  // Infinity - Infinity is NaN, which is falsy, so two undated events fall through to the id.
  return order.sort((a, b) => key[a]! - key[b]! || closed[a]! - closed[b]! || last[a]! - last[b]! || collate(records.id(a), records.id(b)));
}
