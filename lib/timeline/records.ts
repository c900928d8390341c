/**
 * The timeline's events as its views read them: by position, field by field,
 * and as whole records only where one is shown.
 *
 * A timeline of 100,000 events first draws density bands, which need each
 * event's days and lane and nothing else. Making a record per event before
 * that drawing cost the 100,000-event page ~0.25 s (decoding, then the
 * garbage collector copying the new records), so records read from columns
 * (`recordsFromColumns`) answer the fields from the columns and decode an
 * event's record the first time it is asked for, once: the same object on
 * every call, so caches keyed by record (labels, descriptions) hold.
 *
 * Records already made (a briefing's, a test's) are read the same way
 * through `recordsOf`.
 */
import { checkTimelineColumns, decodeTimelineEvent, eventFieldReaders, type TimelineShapeColumns, type TimelineTextColumns } from '../columnar';
import type { Side, TimelineEvent } from '../timeline-model';

export interface TimelineRecords {
  readonly count: number;
  /** The record of event i, made on first call and the same object after. */
  at(i: number): TimelineEvent;
  id(i: number): string;
  /** First day of event i; null when open. */
  earliest(i: number): number | null;
  /** Last day of event i, inclusive; null when open. */
  latest(i: number): number | null;
  /** The actor whose side lane holds event i; '' for none. */
  lead(i: number): string;
  /** The side of event i's lead as the record has it (its first side); undefined when it has none. */
  firstSide(i: number): Side | undefined;
  /** The participants of event i (do not keep or change the array: it may be made for the call). */
  participants(i: number): readonly string[];
}

/** Records at hand, read by position. */
export function recordsOf(events: readonly TimelineEvent[]): TimelineRecords {
  return {
    count: events.length,
    at: (i) => events[i]!,
    id: (i) => events[i]!.id,
    earliest: (i) => events[i]!.earliest,
    latest: (i) => events[i]!.latest,
    lead: (i) => events[i]!.lead,
    firstSide: (i) => events[i]!.sides[0],
    participants: (i) => events[i]!.participants,
  };
}

/** An array of records or records already readable by position, as records. */
export function asTimelineRecords(events: readonly TimelineEvent[] | TimelineRecords): TimelineRecords {
  return isTimelineRecords(events) ? events : recordsOf(events);
}

function isTimelineRecords(events: readonly TimelineEvent[] | TimelineRecords): events is TimelineRecords {
  return !Array.isArray(events);
}

/** Records read from columns: what `recordsFromColumns` gives. */
export interface ColumnRecords extends TimelineRecords {
  /** How many records have been made so far. */
  readonly made: number;
  /**
   * Every record, in order, made `slice` at a time with `yieldBetween`
   * awaited between slices, so a page stays responsive while 100,000 are made.
   * Resolves to the same array on every call once done.
   */
  all(yieldBetween: () => Promise<void>, slice?: number): Promise<TimelineEvent[]>;
}

/**
 * Records read from the timeline's columns (lib/columnar), each made on
 * first use with its words from `text`: by default the columns' own when they
 * carry them; TEXT_PENDING with null.
 */
export function recordsFromColumns(c: TimelineShapeColumns, text?: TimelineTextColumns | null): ColumnRecords {
  // A malformed payload fails here, with its reason, rather than as records with holes.
  checkTimelineColumns(c, text ?? null);
  const read = eventFieldReaders(c);
  const decode = (i: number) => (text === undefined ? decodeTimelineEvent(c, i) : decodeTimelineEvent(c, i, text));
  const made: (TimelineEvent | undefined)[] = new Array<TimelineEvent | undefined>(c.count);
  let madeCount = 0;
  let every: Promise<TimelineEvent[]> | null = null;
  const at = (i: number): TimelineEvent => {
    if (!(i >= 0 && i < c.count)) throw new RangeError(`timeline records: no event at ${i} (there are ${c.count})`);
    let record = made[i];
    if (!record) {
      record = made[i] = decode(i);
      madeCount += 1;
    }
    return record;
  };
  return {
    count: c.count,
    get made() {
      return madeCount;
    },
    at,
    id: (i) => c.id[i]!,
    earliest: read.earliest,
    latest: read.latest,
    lead: read.lead,
    firstSide: read.firstSide,
    participants: (i) => made[i]?.participants ?? read.participants(i),
    all(yieldBetween, slice = 20_000) {
      every ??= (async () => {
        const out = new Array<TimelineEvent>(c.count);
        for (let start = 0; start < c.count; start += slice) {
          const end = Math.min(c.count, start + slice);
          for (let i = start; i < end; i += 1) out[i] = at(i);
          if (end < c.count) await yieldBetween();
        }
        return out;
      })();
      return every;
    },
  };
}
