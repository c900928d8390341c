/**
 * The facts the actor graph is made of, as columns, so the browser can draw
 * the graph for any brushed window and relation filter without holding the
 * dataset. `actorGraph` (./graph) reads a full index; at 100,000 events the
 * page cannot carry one (hundreds of megabytes of nested records), but the
 * graph only needs who took part in which event, who spoke in which event,
 * and which relations link whom through which events. Events are numbered by
 * their position in date order (the timeline columns' order), so a window
 * test is two array reads and an edge's events sort by number.
 *
 * `graphFromColumns` returns exactly what `actorGraph` returns for the same
 * filter (tested on the shipped and synthetic datasets).
 */
import { RELATION_TYPES, type RelationType } from './vocabulary';
import type { DatasetIndex, DayWindow } from './query';
import { compareEdgeIds, inRelationOrder, type ActorGraph, type GraphEdge, type GraphFilter, type GraphNode } from './graph';
import { dayNumber } from './day';

export interface GraphColumns {
  version: 1;
  /** Actor ids in dataset order: the order of the graph's nodes. */
  actors: string[];
  /** Events of actor i (as a participant): actorEvents[actorEventStart[i] .. actorEventStart[i + 1]), event numbers. */
  actorEventStart: number[];
  actorEvents: number[];
  relationId: string[];
  /** Codes into `relationTypes`. */
  relationType: number[];
  relationTypes: string[];
  /** Actor numbers (indices into `actors`). */
  relationSource: number[];
  relationTarget: number[];
  /** Events of relation i, in the relation's own order, as event numbers; unknown events are left out. */
  relationEventStart: number[];
  relationEvents: number[];
  statementId: string[];
  /** Actor number of the speaker; -1 when the speaker is not an actor of the dataset. */
  statementSpeaker: number[];
  /** Event number of the statement's event; -1 when it names no known event. */
  statementEvent: number[];
  /** Event ids by number, so edges can name their events. */
  eventId: string[];
}

/** Per-event day bounds by event number, with `open` standing for an open end. */
export interface EventDays {
  earliest: readonly number[];
  latest: readonly number[];
  open: number;
}

/** Encodes the graph's facts from an index; events are numbered by `index.eventsInOrder`. */
export function encodeGraphColumns(index: DatasetIndex): GraphColumns {
  const actorNo = new Map(index.dataset.actors.map((a, i) => [a.id, i]));
  const eventNo = new Map(index.eventsInOrder.map((e, i) => [e.id, i]));
  const typeCodes = new Map<string, number>();
  const code = (type: string) => {
    let c = typeCodes.get(type);
    if (c === undefined) typeCodes.set(type, (c = typeCodes.size));
    return c;
  };
  const c: GraphColumns = {
    version: 1,
    actors: index.dataset.actors.map((a) => a.id),
    actorEventStart: [],
    actorEvents: [],
    relationId: [],
    relationType: [],
    relationTypes: [],
    relationSource: [],
    relationTarget: [],
    relationEventStart: [],
    relationEvents: [],
    statementId: [],
    statementSpeaker: [],
    statementEvent: [],
    eventId: index.eventsInOrder.map((e) => e.id),
  };
  for (const actor of index.dataset.actors) {
    c.actorEventStart.push(c.actorEvents.length);
    for (const e of index.eventsByActor.get(actor.id) ?? []) c.actorEvents.push(eventNo.get(e.id) ?? -1);
  }
  c.actorEventStart.push(c.actorEvents.length);
  for (const r of index.dataset.relations) {
    c.relationId.push(r.id);
    c.relationType.push(code(r.type));
    c.relationSource.push(actorNo.get(r.source) ?? -1);
    c.relationTarget.push(actorNo.get(r.target) ?? -1);
    c.relationEventStart.push(c.relationEvents.length);
    for (const id of r.events) {
      const n = eventNo.get(id);
      if (n !== undefined) c.relationEvents.push(n);
    }
  }
  c.relationEventStart.push(c.relationEvents.length);
  c.relationTypes = [...typeCodes.keys()];
  for (const s of index.dataset.statements) {
    c.statementId.push(s.id);
    c.statementSpeaker.push(actorNo.get(s.speaker) ?? -1);
    c.statementEvent.push(eventNo.get(s.event) ?? -1);
  }
  return c;
}

/** Who takes part in each event, by event number, as the timeline's columns say it (lib/columnar). */
export interface EventParticipants {
  count: number;
  /** Actor ids the participants index into. */
  actors: readonly string[];
  participantStart: readonly number[];
  participants: readonly number[];
}

/**
 * `actorEventStart` and `actorEvents` from the timeline's participants: the
 * same columns encodeGraphColumns writes (an actor's events are those it
 * takes part in, by ascending number, since the index lists them in date
 * order), so the payload need not carry both directions of one fact — at
 * 100,000 events the graph's copy was 1.6 MB.
 */
export function actorEventsFromParticipants(actors: readonly string[], events: EventParticipants): Pick<GraphColumns, 'actorEventStart' | 'actorEvents'> {
  const actorNo = new Map(actors.map((id, i) => [id, i]));
  // The timeline's actor numbers turned into the graph's once; -1 for an actor the graph does not have.
  const toGraph = events.actors.map((id) => actorNo.get(id) ?? -1);
  const counts = new Array<number>(actors.length + 1).fill(0);
  const from = (n: number) => events.participantStart[n] as number;
  for (let k = from(0); k < from(events.count); k++) {
    const a = toGraph[events.participants[k] as number] ?? -1;
    if (a >= 0) counts[a + 1] = (counts[a + 1] as number) + 1;
  }
  const actorEventStart = counts;
  for (let i = 1; i < actorEventStart.length; i++) actorEventStart[i] = (actorEventStart[i] as number) + (actorEventStart[i - 1] as number);
  const actorEvents = new Array<number>(actorEventStart[actors.length] as number);
  const next = actorEventStart.slice(0, actors.length);
  for (let n = 0; n < events.count; n++) {
    for (let k = from(n); k < from(n + 1); k++) {
      const a = toGraph[events.participants[k] as number] ?? -1;
      if (a >= 0) actorEvents[(next[a] as number)++] = n;
    }
  }
  return { actorEventStart, actorEvents };
}

/** Whether event number n meets the window; null when the window is open at both ends (everything meets it). */
export function eventWindowTest(days: EventDays, window: DayWindow | null | undefined): ((n: number) => boolean) | null {
  if (!window || (window.from === null && window.to === null)) return null;
  const from = window.from === null ? -Infinity : dayNumber(window.from);
  const to = window.to === null ? Infinity : dayNumber(window.to);
  return (n) => {
    if (n < 0) return false;
    const e = days.earliest[n] as number;
    const l = days.latest[n] as number;
    const start = e === days.open ? -Infinity : e;
    const end = l === days.open ? Infinity : l;
    return start <= to && end >= from;
  };
}

/**
 * The edge relation `r` is drawn on, as a number: an undirected relation
 * joins its two actors in id order, so A–B and B–A are one edge. A number,
 * not the edge's id string, so that finding an edge allocates nothing (the
 * id is made once per edge).
 */
function relationEdgeKey(c: GraphColumns, r: number): { key: number; source: number; target: number; directed: boolean } {
  const code = c.relationType[r] as number;
  const directed = RELATION_TYPES[c.relationTypes[code] as RelationType].directed;
  const a = c.relationSource[r] as number;
  const b = c.relationTarget[r] as number;
  const swap = !directed && (c.actors[a] ?? '') > (c.actors[b] ?? '');
  const source = swap ? b : a;
  const target = swap ? a : b;
  return { key: (source * c.actors.length + target) * c.relationTypes.length + code, source, target, directed };
}

/**
 * How many edges of each relation type `graphFromColumns(c, days)` draws, in
 * the vocabulary's order, types without edges left out — without building
 * the graph (~100 ms at 15,000 relations): the explorer's relation filter
 * lists these before the graph is made.
 */
export function edgeTypeCountsFromColumns(c: GraphColumns): Map<RelationType, number> {
  const keys = new Set<number>();
  const byType = new Map<string, number>();
  for (let r = 0; r < c.relationId.length; r++) {
    const { key } = relationEdgeKey(c, r);
    if (keys.has(key)) continue;
    keys.add(key);
    const type = c.relationTypes[c.relationType[r] as number] as string;
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  return inRelationOrder(byType);
}

/**
 * Which events meet the window, by number (1 or 0), made in one pass; null
 * when the window is open at both ends. The graph tests an event once for
 * each of its actors, relations and statements: ~450,000 tests at 100,000
 * events, now array reads.
 */
export function eventWindowMask(days: EventDays, window: DayWindow | null | undefined): Uint8Array | null {
  const test = eventWindowTest(days, window);
  if (!test) return null;
  const mask = new Uint8Array(days.earliest.length);
  for (let n = 0; n < mask.length; n++) if (test(n)) mask[n] = 1;
  return mask;
}

/**
 * How the edges of one set of columns are named and ordered, made once per
 * columns:
 * - each actor's and relation type's rank in the code-point order of edge
 *   ids (`source|target|type`, see compareEdgeIds), so an edge's place is a
 *   number and sorting 15,000 edges compares numbers, not strings. Ids hold
 *   no "|", so comparing two ids followed by "|" decides between two edge
 *   ids exactly where their first differing part does;
 * - each edge's id string once made, by its key (relationEdgeKey). A brush
 *   rebuilds 11,000 edges at 100,000 events; making their ids anew each time
 *   was half of graphFromColumns (Node's profile), and an old string keeps
 *   its hash for the maps the views look it up in.
 */
interface EdgeNaming {
  actorRank: Int32Array;
  typeRank: Int32Array;
  ids: Map<number, string>;
}

const edgeNamings = new WeakMap<GraphColumns, EdgeNaming>();

function edgeNamingOf(c: GraphColumns): EdgeNaming {
  let naming = edgeNamings.get(c);
  if (!naming) {
    const rank = (ids: readonly string[], suffix: string) => {
      const out = new Int32Array(ids.length);
      const order = ids.map((id, i) => ({ key: id + suffix, i })).sort((x, y) => compareEdgeIds(x.key, y.key));
      order.forEach(({ i }, r) => (out[i] = r));
      return out;
    };
    edgeNamings.set(c, (naming = { actorRank: rank(c.actors, '|'), typeRank: rank(c.relationTypes, ''), ids: new Map() }));
  }
  return naming;
}

/**
 * The actor graph for a filter, from columns: the same result as
 * `actorGraph(index, filter)`. A brushed period rebuilds it at 100,000
 * events, so the loop over relations allocates only per edge: edges are found
 * by a number (relationEdgeKey) and an edge's event numbers are kept beside
 * it, not copied off it.
 */
export function graphFromColumns(c: GraphColumns, days: EventDays, filter: GraphFilter = {}): ActorGraph {
  const mask = eventWindowMask(days, filter.window);
  const eventOk = mask === null ? (n: number) => n >= 0 : (n: number) => n >= 0 && mask[n] === 1;
  const edges = new Map<number, { edge: GraphEdge; numbers: number[]; rank: number }>();
  const naming = edgeNamingOf(c);
  for (let r = 0; r < c.relationId.length; r++) {
    const code = c.relationType[r] as number;
    const type = c.relationTypes[code] as RelationType;
    if (filter.relationTypes && !filter.relationTypes.has(type)) continue;
    const from = c.relationEventStart[r] as number;
    const to = c.relationEventStart[r + 1] as number;
    let first = from;
    while (first < to && !eventOk(c.relationEvents[first] as number)) first++;
    // Windowed, a relation with no event in the period draws nothing; unwindowed, every relation draws its edge.
    if (mask !== null && first === to) continue;
    const { key, source, target, directed } = relationEdgeKey(c, r);
    let entry = edges.get(key);
    if (!entry) {
      const s = c.actors[source] ?? '';
      const t = c.actors[target] ?? '';
      const rank = ((naming.actorRank[source] as number) * c.actors.length + (naming.actorRank[target] as number)) * c.relationTypes.length + (naming.typeRank[code] as number);
      let id = naming.ids.get(key);
      if (id === undefined) naming.ids.set(key, (id = `${s}|${t}|${type}`));
      entry = { edge: { id, source: s, target: t, type, directed, relations: [], events: [], weight: 0 }, numbers: [], rank };
      edges.set(key, entry);
    }
    entry.edge.relations.push(c.relationId[r] as string);
    for (let k = first; k < to; k++) {
      const n = c.relationEvents[k] as number;
      if (eventOk(n) && !entry.numbers.includes(n)) entry.numbers.push(n);
    }
  }
  const ordered = [...edges.values()].sort((x, y) => x.rank - y.rank);
  const out: GraphEdge[] = new Array<GraphEdge>(ordered.length);
  ordered.forEach(({ edge, numbers }, i) => {
    numbers.sort((x, y) => x - y);
    edge.events = numbers.map((n) => c.eventId[n] as string);
    edge.weight = Math.max(1, numbers.length);
    out[i] = edge;
  });

  const eventCount = new Array<number>(c.actors.length).fill(0);
  const statementCount = new Array<number>(c.actors.length).fill(0);
  for (let i = 0; i < c.actors.length; i++) {
    let count = 0;
    for (let k = c.actorEventStart[i] as number; k < (c.actorEventStart[i + 1] as number); k++) if (eventOk(c.actorEvents[k] as number)) count++;
    eventCount[i] = count;
  }
  for (let s = 0; s < c.statementId.length; s++) {
    const speaker = c.statementSpeaker[s] as number;
    if (speaker >= 0 && eventOk(c.statementEvent[s] as number)) statementCount[speaker] = (statementCount[speaker] as number) + 1;
  }
  const nodes: GraphNode[] = c.actors.map((id, i) => ({ id, eventCount: eventCount[i] as number, statementCount: statementCount[i] as number }));
  return { nodes, edges: out };
}
