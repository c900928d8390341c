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

/** The window as day numbers, an open end as ±Infinity; null when it is open at both ends (everything meets it). */
function windowDays(window: DayWindow | null | undefined): { from: number; to: number } | null {
  if (!window || (window.from === null && window.to === null)) return null;
  return { from: window.from === null ? -Infinity : dayNumber(window.from), to: window.to === null ? Infinity : dayNumber(window.to) };
}

/**
 * Whether event number n meets the window; null when the window is open at
 * both ends. An event meets it when its days [earliest, latest] overlap it,
 * an open day (`days.open`) reaching as far as need be.
 */
export function eventWindowTest(days: EventDays, window: DayWindow | null | undefined): ((n: number) => boolean) | null {
  const bounds = windowDays(window);
  if (!bounds) return null;
  const { from, to } = bounds;
  const { earliest, latest, open } = days;
  return (n) => {
    if (n < 0) return false;
    const e = earliest[n] as number;
    const l = latest[n] as number;
    return (e === open || e <= to) && (l === open || l >= from);
  };
}

/**
 * The edge relation `r` is drawn on, as a number: an undirected relation
 * joins its two actors in id order, so A–B and B–A are one edge. A number,
 * not the edge's id string, so that finding an edge allocates nothing (the
 * id is made once per edge).
 */
function relationEdgeKey(c: GraphColumns, r: number): { key: number; source: number; target: number; directed: boolean; code: number } {
  const code = c.relationType[r] as number;
  const directed = RELATION_TYPES[c.relationTypes[code] as RelationType].directed;
  const a = c.relationSource[r] as number;
  const b = c.relationTarget[r] as number;
  const swap = !directed && (c.actors[a] ?? '') > (c.actors[b] ?? '');
  const source = swap ? b : a;
  const target = swap ? a : b;
  return { key: (source * c.actors.length + target) * c.relationTypes.length + code, source, target, directed, code };
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
  // Counted by the type column: the ids, strings made from the payload when first read, are not needed here.
  for (let r = 0; r < c.relationType.length; r++) {
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
  const bounds = windowDays(window);
  if (!bounds) return null;
  const { from, to } = bounds;
  const { earliest, latest, open } = days;
  const mask = new Uint8Array(earliest.length);
  // eventWindowTest's rule (the same line), written in the loop: a page's first brush runs this loop of 100,000 cold, and a call per
  // event there took ~6 ms against ~1 ms once compiled (the first brush's profiles).
  for (let n = 0; n < mask.length; n++) {
    const e = earliest[n] as number;
    const l = latest[n] as number;
    if ((e === open || e <= to) && (l === open || l >= from)) mask[n] = 1;
  }
  return mask;
}

/**
 * Every edge of the unfiltered graph, made once per set of columns, in the
 * order of their ids (`source|target|type`, see compareEdgeIds). The graph
 * for a period or a set of relation types is these edges, each keeping the
 * events that meet the filter: an edge's events under a window are exactly
 * its relations' events that meet it, and its relations those with one such
 * event. So a brush filters 15,000 short lists of numbers, where building
 * the graph anew (finding each relation's edge in a map, naming and sorting
 * 11,000 edges) took ~45 ms at 100,000 events in Node, most of it collecting
 * the garbage of the objects it made.
 */
interface TableEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  directed: boolean;
  /** Its relations by number, in column order. */
  relations: readonly number[];
  /** Their ids, frozen: an edge whose relations all meet a filter shares it. */
  relationIds: readonly string[];
  /** Where its relations' known events (numbers ≥ 0), each once and ascending, are in the table's `events`: [eventStart, eventEnd). */
  eventStart: number;
  eventEnd: number;
  /** Their ids, frozen and made when first asked for: every edge of the unwindowed graph shares it. */
  eventIds: readonly string[] | null;
}

/** The edges, and every edge's events in one array rather than a typed array each: in Node, small typed arrays made per edge kept the table's loop at ~75–90 ms for 15,000 edges, ~50–60 ms without. */
interface EdgeTable {
  edges: TableEdge[];
  events: Int32Array;
}

const edgeTables = new WeakMap<GraphColumns, EdgeTable>();

/**
 * Each actor's and relation type's rank in the code-point order of edge ids,
 * so an edge's place is a number and sorting 15,000 edges compares numbers,
 * not strings. Ids hold no "|", so comparing two ids followed by "|" decides
 * between two edge ids exactly where their first differing part does.
 */
function edgeRanks(c: GraphColumns): { actorRank: Int32Array; typeRank: Int32Array } {
  const rank = (ids: readonly string[], suffix: string) => {
    const out = new Int32Array(ids.length);
    const order = ids.map((id, i) => ({ key: id + suffix, i })).sort((x, y) => compareEdgeIds(x.key, y.key));
    order.forEach(({ i }, r) => (out[i] = r));
    return out;
  };
  return { actorRank: rank(c.actors, '|'), typeRank: rank(c.relationTypes, '') };
}

function edgeTableOf(c: GraphColumns): EdgeTable {
  const cached = edgeTables.get(c);
  if (cached) return cached;
  const { actorRank, typeRank } = edgeRanks(c);
  const relationCount = c.relationType.length;
  // Each relation's edge as its rank in id order: relations sorted by it (then by number) come grouped by edge, in
  // the edges' order, each edge's relations in column order. A map of per-edge entries, each with arrays of its
  // own, took ~70 ms and ~50 ms of garbage collection at 10,000 events (a profile of the page's load), between the
  // timeline's first drawing and the graph's; this takes ~20 ms there.
  const rankOf = new Float64Array(relationCount);
  const order = new Uint32Array(relationCount);
  for (let r = 0; r < relationCount; r++) {
    const { source, target, code } = relationEdgeKey(c, r);
    rankOf[r] = ((actorRank[source] as number) * c.actors.length + (actorRank[target] as number)) * c.relationTypes.length + (typeRank[code] as number);
    order[r] = r;
  }
  order.sort((x, y) => (rankOf[x] as number) - (rankOf[y] as number) || x - y);
  const edges: TableEdge[] = [];
  const events = new Int32Array(c.relationEvents.length);
  let filled = 0;
  for (let i = 0; i < relationCount; ) {
    const first = order[i] as number;
    let end = i + 1;
    while (end < relationCount && rankOf[order[end] as number] === rankOf[first]) end++;
    const relations: number[] = [];
    const eventStart = filled;
    for (let k = i; k < end; k++) {
      const r = order[k] as number;
      relations.push(r);
      for (let e = c.relationEventStart[r] as number; e < (c.relationEventStart[r + 1] as number); e++) {
        const n = c.relationEvents[e] as number;
        if (n >= 0) events[filled++] = n;
      }
    }
    const eventEnd = distinctAscending(events, eventStart, filled);
    filled = eventEnd;
    const { source, target, directed, code } = relationEdgeKey(c, first);
    const s = c.actors[source] ?? '';
    const t = c.actors[target] ?? '';
    const type = c.relationTypes[code] as RelationType;
    edges.push({
      id: `${s}|${t}|${type}`,
      source: s,
      target: t,
      type,
      directed,
      relations: Object.freeze(relations),
      relationIds: Object.freeze(relations.map((r) => c.relationId[r] as string)),
      eventStart,
      eventEnd,
      eventIds: null,
    });
    i = end;
  }
  const table = { edges, events };
  edgeTables.set(c, table);
  return table;
}

/** Sorts a[from, to) ascending and keeps each number once, at its start; where the kept numbers end. Insertion sort: an edge has a few events. */
function distinctAscending(a: Int32Array, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const v = a[k] as number;
    let j = k - 1;
    while (j >= from && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
  let kept = from;
  for (let k = from; k < to; k++) if (k === from || a[k] !== a[kept - 1]) a[kept++] = a[k] as number;
  return kept;
}

/** The ids of events by number (a loop: Array.from over a typed array with a map is several times slower). */
function idsOf(c: GraphColumns, numbers: Int32Array, from: number, to: number): string[] {
  const out = new Array<string>(to - from);
  for (let i = from; i < to; i++) out[i - from] = c.eventId[numbers[i] as number] as string;
  return out;
}

/** Whether relation r has an event the mask keeps. */
function relationMeets(c: GraphColumns, r: number, mask: Uint8Array): boolean {
  for (let k = c.relationEventStart[r] as number; k < (c.relationEventStart[r + 1] as number); k++) {
    const n = c.relationEvents[k] as number;
    if (n >= 0 && mask[n] === 1) return true;
  }
  return false;
}

/** A table edge as the graph of a filter draws it: all of it unwindowed, else its events in the window (null when none is). */
function filteredEdge(c: GraphColumns, numbers: Int32Array, t: TableEdge, mask: Uint8Array | null): GraphEdge | null {
  if (mask === null) {
    const events = (t.eventIds ??= Object.freeze(idsOf(c, numbers, t.eventStart, t.eventEnd)));
    // Shared, frozen arrays: the views read an edge's relations and events and never change them.
    return { id: t.id, source: t.source, target: t.target, type: t.type, directed: t.directed, relations: t.relationIds as string[], events: events as string[], weight: Math.max(1, events.length) };
  }
  const events: string[] = [];
  for (let i = t.eventStart; i < t.eventEnd; i++) {
    const n = numbers[i] as number;
    if (mask[n] === 1) events.push(c.eventId[n] as string);
  }
  if (events.length === 0) return null;
  const relations = t.relations.length === 1 ? t.relationIds : t.relations.filter((r) => relationMeets(c, r, mask)).map((r) => c.relationId[r] as string);
  return { id: t.id, source: t.source, target: t.target, type: t.type, directed: t.directed, relations: relations as string[], events, weight: events.length };
}

/**
 * The actor graph for a filter, from columns: the same result as
 * `actorGraph(index, filter)`. A brushed period rebuilds it at 100,000
 * events: its edges are the unfiltered graph's (edgeTableOf), filtered.
 */
export function graphFromColumns(c: GraphColumns, days: EventDays, filter: GraphFilter = {}): ActorGraph {
  const mask = eventWindowMask(days, filter.window);
  const out: GraphEdge[] = [];
  // Index loops here and in the views' element and scene stages: in code still warming up, for-of over 15,000
  // edges made an iterator result per step, garbage a brush's own frames had to collect (allocation profile).
  const { edges, events } = edgeTableOf(c);
  for (let k = 0; k < edges.length; k += 1) {
    const t = edges[k]!;
    if (filter.relationTypes && !filter.relationTypes.has(t.type)) continue;
    const edge = filteredEdge(c, events, t, mask);
    if (edge) out.push(edge);
  }
  const eventCount = new Array<number>(c.actors.length).fill(0);
  const statementCount = new Array<number>(c.actors.length).fill(0);
  // The window's test is written in each loop, not called: ~400,000 calls in code still cold at a page's first brush.
  for (let i = 0; i < c.actors.length; i++) {
    let count = 0;
    for (let k = c.actorEventStart[i] as number; k < (c.actorEventStart[i + 1] as number); k++) {
      const n = c.actorEvents[k] as number;
      if (n >= 0 && (mask === null || mask[n] === 1)) count++;
    }
    eventCount[i] = count;
  }
  for (let s = 0; s < c.statementId.length; s++) {
    const speaker = c.statementSpeaker[s] as number;
    const n = c.statementEvent[s] as number;
    if (speaker >= 0 && n >= 0 && (mask === null || mask[n] === 1)) statementCount[speaker] = (statementCount[speaker] as number) + 1;
  }
  const nodes: GraphNode[] = c.actors.map((id, i) => ({ id, eventCount: eventCount[i] as number, statementCount: statementCount[i] as number }));
  return { nodes, edges: out };
}
