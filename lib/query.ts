/**
 * The query layer: indices over a validated dataset. Built once per dataset
 * and shared by every page, so pages never scan arrays or compute domain facts.
 */
import type { Actor, AtharEvent, Dataset, Passage, Relation, Source, Statement } from './schema';
import { dayNumber } from './day';

/** What a passage supports: the reader highlights it by this. */
export type PassageOwner =
  | { kind: 'event'; id: string }
  | { kind: 'statement'; id: string }
  | { kind: 'actor'; id: string }
  | { kind: 'relation'; id: string }
  | { kind: 'source'; id: string };

export interface PassageRef {
  passage: Passage;
  owner: PassageOwner;
  /** Why the passage is attached: evidence of an event, words of a statement, a mention … */
  role: 'evidence' | 'statement' | 'date' | 'mention' | 'role' | 'affiliation' | 'relation' | 'publication' | 'publisher';
}

export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly sources: ReadonlyMap<string, Source>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly events: ReadonlyMap<string, AtharEvent>;
  readonly statements: ReadonlyMap<string, Statement>;
  readonly relations: ReadonlyMap<string, Relation>;
  /** Events each actor takes part in, in date order. */
  readonly eventsByActor: ReadonlyMap<string, readonly AtharEvent[]>;
  /** Statements each actor made, in date order of their events. */
  readonly statementsBySpeaker: ReadonlyMap<string, readonly Statement[]>;
  /** Statements belonging to each event. */
  readonly statementsByEvent: ReadonlyMap<string, readonly Statement[]>;
  /** Every passage of each source, in text order. */
  readonly passagesBySource: ReadonlyMap<string, readonly PassageRef[]>;
  /** Events in date order (earliest start first, open starts first). */
  readonly eventsInOrder: readonly AtharEvent[];
}

/** Sort key of an event: its interval, with open ends at the extremes. */
export function eventOrder(a: AtharEvent, b: AtharEvent): number {
  const start = (e: AtharEvent) => (e.date.earliest === null ? -Infinity : dayNumber(e.date.earliest));
  const end = (e: AtharEvent) => (e.date.latest === null ? Infinity : dayNumber(e.date.latest));
  return start(a) - start(b) || end(a) - end(b) || a.id.localeCompare(b.id);
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function collectPassages(dataset: Dataset): Map<string, PassageRef[]> {
  const refs: PassageRef[] = [];
  const add = (passage: Passage | null | undefined, owner: PassageOwner, role: PassageRef['role']) => {
    if (passage) refs.push({ passage, owner, role });
  };
  for (const s of dataset.sources) {
    add(s.publication.passage, { kind: 'source', id: s.id }, 'publication');
    add(s.publisher.stated?.passage, { kind: 'source', id: s.id }, 'publisher');
    add(s.publisher.credit?.passage, { kind: 'source', id: s.id }, 'publisher');
  }
  for (const a of dataset.actors) {
    const owner = { kind: 'actor', id: a.id } as const;
    a.mentions.forEach((p) => add(p, owner, 'mention'));
    a.role?.evidence.forEach((p) => add(p, owner, 'role'));
    a.affiliation?.evidence.forEach((p) => add(p, owner, 'affiliation'));
  }
  for (const e of dataset.events) {
    const owner = { kind: 'event', id: e.id } as const;
    e.evidence.forEach((p) => add(p, owner, 'evidence'));
    add(e.date.passage, owner, 'date');
  }
  for (const s of dataset.statements) add(s.passage, { kind: 'statement', id: s.id }, 'statement');
  for (const r of dataset.relations) r.passages.forEach((p) => add(p, { kind: 'relation', id: r.id }, 'relation'));

  const bySource = new Map<string, PassageRef[]>();
  for (const ref of refs) push(bySource, ref.passage.source, ref);
  for (const list of bySource.values()) {
    // Ties (two records citing the same span) fall back on the owner, so any slice of the dataset orders them as the whole does.
    list.sort(
      (a, b) =>
        a.passage.position.start - b.passage.position.start ||
        b.passage.position.end - a.passage.position.end ||
        (a.owner.kind < b.owner.kind ? -1 : a.owner.kind > b.owner.kind ? 1 : 0) ||
        (a.owner.id < b.owner.id ? -1 : a.owner.id > b.owner.id ? 1 : 0) ||
        (a.role < b.role ? -1 : a.role > b.role ? 1 : 0),
    );
  }
  return bySource;
}

/** Builds every index in one pass over the dataset. */
export function buildIndex(dataset: Dataset): DatasetIndex {
  const events = byId(dataset.events);
  const eventsInOrder = [...dataset.events].sort(eventOrder);
  const rank = new Map(eventsInOrder.map((e, i) => [e.id, i]));

  const eventsByActor = new Map<string, AtharEvent[]>();
  for (const e of eventsInOrder) {
    for (const actor of new Set(e.participants.map((p) => p.actor))) push(eventsByActor, actor, e);
  }
  const statementOrder = (a: Statement, b: Statement) =>
    (rank.get(a.event) ?? 0) - (rank.get(b.event) ?? 0) ||
    a.passage.source.localeCompare(b.passage.source) ||
    a.passage.position.start - b.passage.position.start;
  const statementsBySpeaker = new Map<string, Statement[]>();
  const statementsByEvent = new Map<string, Statement[]>();
  for (const s of [...dataset.statements].sort(statementOrder)) {
    push(statementsBySpeaker, s.speaker, s);
    push(statementsByEvent, s.event, s);
  }

  // Only the reader and the record pages of sources read the passages by source; the explorer's panels index an
  // actor's shard on every selection and never do (3–4 ms of each selection at 100,000 events, the bench's profile).
  let passagesBySource: Map<string, PassageRef[]> | undefined;
  return {
    dataset,
    sources: byId(dataset.sources),
    actors: byId(dataset.actors),
    events,
    statements: byId(dataset.statements),
    relations: byId(dataset.relations),
    eventsByActor,
    statementsBySpeaker,
    statementsByEvent,
    get passagesBySource() {
      return (passagesBySource ??= collectPassages(dataset));
    },
    eventsInOrder,
  };
}

/** A day window, inclusive; null ends are unbounded. */
export interface DayWindow {
  from: string | null;
  to: string | null;
}

/**
 * Whether an event's fuzzy interval meets the window. An open end reaches as
 * far as it can: an event "for a long time until May" meets any earlier window.
 */
export function eventInWindow(event: AtharEvent, window: DayWindow): boolean {
  const start = event.date.earliest === null ? -Infinity : dayNumber(event.date.earliest);
  const end = event.date.latest === null ? Infinity : dayNumber(event.date.latest);
  const from = window.from === null ? -Infinity : dayNumber(window.from);
  const to = window.to === null ? Infinity : dayNumber(window.to);
  return start <= to && end >= from;
}

export function eventsInWindow(index: DatasetIndex, window: DayWindow): AtharEvent[] {
  return index.eventsInOrder.filter((e) => eventInWindow(e, window));
}
