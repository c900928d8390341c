/**
 * The timeline records as columns, for the trip from the server to the
 * browser. A nested record per event repeats every key name, every actor id
 * and every vocabulary word 100,000 times; here each field is one array with
 * an entry per event, words become small codes into a table sent once, actor
 * ids become indices into the actor table, and the participants of all events
 * sit in one flat array with offsets. Everything is a plain JSON array of
 * numbers or strings, so the page props carry it as is.
 *
 * `decodeTimelineColumns` rebuilds the exact records (round trip tested);
 * the page reads the columns through lib/timeline/records, which makes a
 * record only when one is needed.
 *
 * The words of each event (titles in both languages, the date as written and
 * its EDTF) are most of the bytes — 28 of 46 MB at 100,000 events — and the
 * first drawing needs none of them: its crowded lanes are density bands, and
 * titles only label events drawn one by one. `splitTimelineColumns` sends
 * them as a file of their own; records made without them have empty words
 * (TEXT_PENDING) until they come (`lazyWordRecord`).
 */
// From the vocabulary, not the schema: this module runs in the browser, and the schema would bring zod (and its eval probe, which the CSP reports) into the bundle.
import { PRECISIONS, type Precision } from './vocabulary';
import { SIDES, type Side, type TimelineEvent } from './timeline-model';
import { columnLength } from './packed-column';
import type { EventWords } from './timeline/words';

/** Day number standing for an open end (null) in the day columns. */
export const OPEN_DAY = -1_000_000_000;

export interface TimelineColumns {
  version: 1;
  count: number;
  id: string[];
  title: string[];
  titleAr: string[];
  expression: string[];
  edtf: string[];
  /** Codes into `types`. */
  type: number[];
  types: string[];
  /** Codes into `statuses`. */
  status: number[];
  statuses: string[];
  /** Codes into PRECISIONS. */
  precision: number[];
  /** Day numbers; OPEN_DAY for an open end. */
  earliest: number[];
  latest: number[];
  /** 1 when the date follows from context. */
  fromContext: number[];
  sourceCount: number[];
  /** Every actor id an event mentions, once. */
  actors: string[];
  /** Index into `actors` of the lead; -1 for none. */
  lead: number[];
  /** Participants of event i: participants[participantStart[i] .. participantStart[i + 1]), indices into `actors`. */
  participantStart: number[];
  participants: number[];
  /** Sides of event i, the same way, as codes into SIDES. */
  sideStart: number[];
  sides: number[];
  /**
   * Each event's side lane as a code into SIDES (`laneSidesFromColumns`: its
   * lead's side, else its first side, else 'other'), when the encoder knew
   * the actors' sides (the explorer payload). The lanes by side then read
   * this one column instead of unpacking the leads and sides and looking up
   * each lead's side: ~30 ms of the first drawing at 100,000 events.
   */
  laneSide?: number[];
}

/** The columns of words, sent apart from the rest (see the top of this file). */
export const TEXT_KEYS = ['title', 'titleAr', 'expression', 'edtf'] as const;
type TextKey = (typeof TEXT_KEYS)[number];

/** Every column but the words: what the first drawing needs. */
export type TimelineShapeColumns = Omit<TimelineColumns, TextKey>;

/** The words of each event, in the same order as the shape's columns. */
export type TimelineTextColumns = Pick<TimelineColumns, 'version' | 'count' | TextKey>;

/** What a record's words are while its text has not come: empty (a real title never is; the schema says so). */
export const TEXT_PENDING = '';

/** A table that gives each distinct value a code, in order of first use. */
function codeTable(): { code(value: string): number; values: string[] } {
  const codes = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    code(value) {
      let code = codes.get(value);
      if (code === undefined) {
        code = values.push(value) - 1;
        codes.set(value, code);
      }
      return code;
    },
  };
}

export function encodeTimelineColumns(events: readonly TimelineEvent[]): TimelineColumns {
  const types = codeTable();
  const statuses = codeTable();
  const actors = codeTable();
  const c: TimelineColumns = {
    version: 1,
    count: events.length,
    id: [],
    title: [],
    titleAr: [],
    expression: [],
    edtf: [],
    type: [],
    types: types.values,
    status: [],
    statuses: statuses.values,
    precision: [],
    earliest: [],
    latest: [],
    fromContext: [],
    sourceCount: [],
    actors: actors.values,
    lead: [],
    participantStart: [0],
    participants: [],
    sideStart: [0],
    sides: [],
  };
  for (const e of events) {
    c.id.push(e.id);
    c.title.push(e.title);
    c.titleAr.push(e.titleAr);
    c.expression.push(e.expression);
    c.edtf.push(e.edtf);
    c.type.push(types.code(e.type));
    c.status.push(statuses.code(e.status));
    c.precision.push(PRECISIONS.indexOf(e.precision));
    c.earliest.push(e.earliest ?? OPEN_DAY);
    c.latest.push(e.latest ?? OPEN_DAY);
    c.fromContext.push(e.dateFromContext ? 1 : 0);
    c.sourceCount.push(e.sourceCount);
    c.lead.push(e.lead === '' ? -1 : actors.code(e.lead));
    for (const p of e.participants) c.participants.push(actors.code(p));
    c.participantStart.push(c.participants.length);
    for (const s of e.sides) c.sides.push(SIDES.indexOf(s));
    c.sideStart.push(c.sides.length);
  }
  return c;
}

/** table[codes[k]] for k in [from, to): a loop, not slice and map, since it runs for each of 100,000 events before the first drawing. */
function pick<T>(codes: readonly number[], from: number, to: number, table: readonly T[]): T[] {
  const out = new Array<T>(to - from);
  for (let k = from; k < to; k += 1) out[k - from] = table[codes[k]!]!;
  return out;
}

/** A day column's value as a record has it: null for an open end. */
function dayOf(value: number): number | null {
  return value === OPEN_DAY ? null : value;
}

/** Event i's lead actor id; '' for none. */
function leadOf(c: TimelineShapeColumns, i: number): string {
  const lead = c.lead[i]!;
  return lead < 0 ? '' : c.actors[lead]!;
}

/** Event i's participant ids, sources first. */
function participantsOf(c: TimelineShapeColumns, i: number): string[] {
  return pick(c.participants, c.participantStart[i]!, c.participantStart[i + 1]!, c.actors);
}

/** The side of event i's lead as its record has it (its first side); undefined when it has none. */
function firstSideOf(c: TimelineShapeColumns, i: number): Side | undefined {
  return c.sideStart[i]! < c.sideStart[i + 1]! ? SIDES[c.sides[c.sideStart[i]!]!] : undefined;
}

/** Event i's sides, lead's side first. */
function sidesOf(c: TimelineShapeColumns, i: number): Side[] {
  return pick(c.sides, c.sideStart[i]!, c.sideStart[i + 1]!, SIDES as readonly Side[]);
}

/** Event i's fields that the timeline's lanes read, from the columns, as its record has them. */
export interface EventFieldReaders {
  earliest(i: number): number | null;
  latest(i: number): number | null;
  lead(i: number): string;
  firstSide(i: number): Side | undefined;
  participants(i: number): string[];
}

/**
 * Readers of single fields, the same as decodeTimelineEvent's, for reading
 * an event without making its record (lib/timeline/records). Made here so a
 * caller reads them through one object: called across modules, each function
 * is reached through the bundle's import binding on every call, which doubled
 * the time of preparing 100,000 events' lanes under tsx.
 */
export function eventFieldReaders(c: TimelineShapeColumns): EventFieldReaders {
  return {
    earliest: (i) => dayOf(c.earliest[i]!),
    latest: (i) => dayOf(c.latest[i]!),
    lead: (i) => leadOf(c, i),
    firstSide: (i) => firstSideOf(c, i),
    participants: (i) => participantsOf(c, i),
  };
}

/** The shape and the words of the same columns, each to be sent on its own. */
export function splitTimelineColumns(c: TimelineColumns): { shape: TimelineShapeColumns; text: TimelineTextColumns } {
  const { title, titleAr, expression, edtf, ...shape } = c;
  return { shape, text: { version: c.version, count: c.count, title, titleAr, expression, edtf } };
}

/** Whether the columns carry their own words (an undivided encoding). */
export function hasText(c: TimelineShapeColumns): c is TimelineColumns {
  return Array.isArray((c as Partial<TimelineColumns>).title);
}

/** Event i's fields but its words, as its record has them. */
function eventShape(c: TimelineShapeColumns, i: number): Omit<TimelineEvent, TextKey> {
  return {
    id: c.id[i]!,
    type: c.types[c.type[i]!] as TimelineEvent['type'],
    status: c.statuses[c.status[i]!] as TimelineEvent['status'],
    earliest: dayOf(c.earliest[i]!),
    latest: dayOf(c.latest[i]!),
    precision: PRECISIONS[c.precision[i]!] as Precision,
    dateFromContext: c.fromContext[i] === 1,
    participants: participantsOf(c, i),
    lead: leadOf(c, i),
    sides: sidesOf(c, i),
    sourceCount: c.sourceCount[i]!,
  };
}

/**
 * The record of event `i`; its words from `text` (by default the columns'
 * own, when they carry them), else TEXT_PENDING.
 */
export function decodeTimelineEvent(c: TimelineShapeColumns, i: number, text: TimelineTextColumns | null = hasText(c) ? c : null): TimelineEvent {
  return {
    ...eventShape(c, i),
    title: text ? text.title[i]! : TEXT_PENDING,
    titleAr: text ? text.titleAr[i]! : TEXT_PENDING,
    expression: text ? text.expression[i]! : TEXT_PENDING,
    edtf: text ? text.edtf[i]! : TEXT_PENDING,
  };
}

/**
 * Checks the shape before decoding, so a malformed payload fails with a
 * clear reason instead of producing records with holes.
 */
export function checkTimelineColumns(c: TimelineShapeColumns, text: TimelineTextColumns | null): void {
  if (c.version !== 1) throw new Error(`timeline columns: version ${String(c.version)} is not supported (expected 1)`);
  const perEvent = ['id', 'type', 'status', 'precision', 'earliest', 'latest', 'fromContext', 'sourceCount', 'lead'] as const;
  // Lengths as the wire gives them: a column from the payload is not unpacked before it is read (lib/packed-column lazyColumns).
  for (const key of perEvent) {
    const length = columnLength(c, key);
    if (length !== c.count) throw new Error(`timeline columns: ${key} has ${length} entries, expected ${c.count}`);
  }
  if (columnLength(c, 'participantStart') !== c.count + 1 || columnLength(c, 'sideStart') !== c.count + 1) throw new Error(`timeline columns: offsets must have ${c.count + 1} entries`);
  // `in`, not a read: the column is unpacked only when the lanes read it.
  if ('laneSide' in c && columnLength(c, 'laneSide') !== c.count) {
    throw new Error(`timeline columns: laneSide has ${columnLength(c, 'laneSide')} entries, expected ${c.count}`);
  }
  if (text) checkText(text, c.count);
}

/** The words' version and every column's length, against the shape's `count`. */
export function checkText(text: TimelineTextColumns, count: number): void {
  if (text.version !== 1) throw new Error(`timeline text: version ${String(text.version)} is not supported (expected 1)`);
  if (text.count !== count) throw new Error(`timeline text: ${text.count} events, but the timeline has ${count}`);
  for (const key of TEXT_KEYS) {
    if (text[key].length !== count) throw new Error(`timeline columns: ${key} has ${text[key].length} entries, expected ${count}`);
  }
}

/** Every record, in the encoded order; words from `text` as in decodeTimelineEvent. */
export function decodeTimelineColumns(c: TimelineShapeColumns, text: TimelineTextColumns | null = hasText(c) ? c : null): TimelineEvent[] {
  checkTimelineColumns(c, text);
  return Array.from({ length: c.count }, (_, i) => decodeTimelineEvent(c, i, text));
}

/**
 * Makes event i's record with its words read from `words()` whenever they
 * are asked for (TEXT_PENDING while it gives null): the records made before
 * the words come (lib/timeline/records) are the same objects after, so the
 * lanes and orders built over 100,000 of them stay, and no word becomes a
 * string of its own until a view reads it (lib/timeline/words says why).
 * The words are accessors of the records' class, not fields: spread or
 * serialised, a record leaves them out.
 */
export function lazyWordRecord(c: TimelineShapeColumns, words: () => EventWords | null): (i: number) => TimelineEvent {
  class ColumnRecord implements TimelineEvent {
    readonly #i: number;
    declare id: string;
    declare type: TimelineEvent['type'];
    declare status: TimelineEvent['status'];
    declare earliest: number | null;
    declare latest: number | null;
    declare precision: Precision;
    declare dateFromContext: boolean;
    declare participants: string[];
    declare lead: string;
    declare sides: Side[];
    declare sourceCount: number;
    constructor(i: number) {
      Object.assign(this, eventShape(c, i));
      this.#i = i;
    }
    get title(): string {
      return words()?.word('title', this.#i) ?? TEXT_PENDING;
    }
    get titleAr(): string {
      return words()?.word('titleAr', this.#i) ?? TEXT_PENDING;
    }
    get expression(): string {
      return words()?.word('expression', this.#i) ?? TEXT_PENDING;
    }
    get edtf(): string {
      return words()?.word('edtf', this.#i) ?? TEXT_PENDING;
    }
  }
  return (i) => new ColumnRecord(i);
}
