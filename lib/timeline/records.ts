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
import { OPEN_DAY, checkTimelineColumns, eventFieldReaders, hasText, lazyWordRecord, type TimelineShapeColumns } from '../columnar';
import { wordsOfColumns, type EventWords } from './words';
import { SIDES, type Side, type TimelineEvent } from '../timeline-model';

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
  /**
   * Every event's side lane, as an index into SIDES: its lead's side by
   * `sideById`, else its first side, else 'other'. One pass for all events:
   * read from columns it compares numbers, where asking for each lead's id and
   * looking it up was 50 ms of the first drawing at 100,000 events.
   */
  laneSides(sideById: ReadonlyMap<string, Side>): Uint8Array;
  /**
   * Every event's first and last day, NaN where open: made on first call, the
   * same arrays after. Lanes read 100,000 events' days in one typed loop,
   * where two calls per event were ~30 ms of code not yet optimised.
   */
  days(): EventDayArrays;
}

export interface EventDayArrays {
  earliest: Float64Array;
  latest: Float64Array;
}

const OTHER_SIDE = SIDES.indexOf('other');
const sideCodes = new Map<Side, number>(SIDES.map((side, code) => [side, code]));

/** Days read one event at a time (records at hand, a test's). */
function daysOneByOne(records: Pick<TimelineRecords, 'count' | 'earliest' | 'latest'>): EventDayArrays {
  const earliest = new Float64Array(records.count);
  const latest = new Float64Array(records.count);
  for (let i = 0; i < records.count; i += 1) {
    earliest[i] = records.earliest(i) ?? NaN;
    latest[i] = records.latest(i) ?? NaN;
  }
  return { earliest, latest };
}

/** The lane sides of records read one at a time (an array of records, a test's). */
function laneSidesOneByOne(records: Pick<TimelineRecords, 'count' | 'lead' | 'firstSide'>, sideById: ReadonlyMap<string, Side>): Uint8Array {
  const out = new Uint8Array(records.count);
  for (let i = 0; i < records.count; i += 1) {
    const side = sideById.get(records.lead(i)) ?? records.firstSide(i);
    out[i] = side === undefined ? OTHER_SIDE : sideCodes.get(side)!;
  }
  return out;
}

/** Records at hand, read by position. */
export function recordsOf(events: readonly TimelineEvent[]): TimelineRecords {
  const records: TimelineRecords = {
    count: events.length,
    at: (i) => events[i]!,
    id: (i) => events[i]!.id,
    earliest: (i) => events[i]!.earliest,
    latest: (i) => events[i]!.latest,
    lead: (i) => events[i]!.lead,
    firstSide: (i) => events[i]!.sides[0],
    participants: (i) => events[i]!.participants,
    laneSides: (sideById) => laneSidesOneByOne(records, sideById),
    days: () => (days ??= daysOneByOne(records)),
  };
  let days: EventDayArrays | undefined;
  return records;
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
   * The words of every record, made or still to be made: each reads its
   * words from them from now on (TEXT_PENDING before). Refused when they are
   * not as many as the records.
   */
  setWords(words: EventWords): void;
}

/**
 * Records read from the timeline's columns (lib/columnar), each made on
 * first use, with its words read from `words` when asked for: by default the
 * columns' own when they carry them; TEXT_PENDING with null, until setWords.
 */
export function recordsFromColumns(c: TimelineShapeColumns, words?: EventWords | null): ColumnRecords {
  // A malformed payload fails here, with its reason, rather than as records with holes (the columns' own words: in wordsOfColumns).
  checkTimelineColumns(c, null);
  let current = words === undefined ? (hasText(c) ? wordsOfColumns(c) : null) : words;
  const checkCount = (w: EventWords | null) => {
    if (w && w.count !== c.count) throw new Error(`timeline text: ${w.count} events, but the timeline has ${c.count}`);
    return w;
  };
  checkCount(current);
  const read = eventFieldReaders(c);
  const decode = lazyWordRecord(c, () => current);
  const made: (TimelineEvent | undefined)[] = new Array<TimelineEvent | undefined>(c.count);
  let madeCount = 0;
  let days: EventDayArrays | undefined;
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
    laneSides: (sideById) => (c.laneSide ? shippedLaneSides(c.laneSide) : laneSidesFromColumns(c, sideById)),
    days: () => (days ??= columnDays(c)),
    setWords(next) {
      current = checkCount(next);
    },
  };
}

/**
 * The columns' own lane sides (lib/columnar `laneSide`, worked out at build
 * time from the same actors by laneSidesFromColumns), refused where a code
 * is not a side: the payload's columns are checked when they come, and a
 * value out of its range when it is read (lib/packed-column).
 */
function shippedLaneSides(codes: readonly number[]): Uint8Array {
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i]!;
    if (!(code >= 0 && code < SIDES.length)) throw new Error(`timeline columns: laneSide entry ${i} (${code}) is not one of the ${SIDES.length} sides`);
    out[i] = code;
  }
  return out;
}

/**
 * `laneSides` from the columns: each actor of the columns' table is looked up
 * once, then every event reads its lead's number and, without one, its first
 * side's code (the columns' side codes are indexes into SIDES).
 */
export function laneSidesFromColumns(c: TimelineShapeColumns, sideById: ReadonlyMap<string, Side>): Uint8Array {
  const NONE = 255;
  const actorSide = new Uint8Array(c.actors.length).fill(NONE);
  for (let a = 0; a < c.actors.length; a += 1) {
    const side = sideById.get(c.actors[a]!);
    if (side !== undefined) actorSide[a] = sideCodes.get(side)!;
  }
  const lead = c.lead;
  const sideStart = c.sideStart;
  const sides = c.sides;
  const out = new Uint8Array(c.count);
  for (let i = 0; i < c.count; i += 1) {
    const l = lead[i]!;
    let code = l >= 0 && l < actorSide.length ? actorSide[l]! : NONE;
    if (code === NONE) code = sideStart[i]! < sideStart[i + 1]! ? sides[sideStart[i]!]! : OTHER_SIDE;
    // A code outside SIDES reads as no side, as firstSide reads it.
    out[i] = code < SIDES.length ? code : OTHER_SIDE;
  }
  return out;
}

function columnDays(c: TimelineShapeColumns): EventDayArrays {
  const earliest = new Float64Array(c.count);
  const latest = new Float64Array(c.count);
  const e = c.earliest;
  const l = c.latest;
  for (let i = 0; i < c.count; i += 1) {
    const first = e[i]!;
    const last = l[i]!;
    earliest[i] = first === OPEN_DAY ? NaN : first;
    latest[i] = last === OPEN_DAY ? NaN : last;
  }
  return { earliest, latest };
}
