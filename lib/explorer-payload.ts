/**
 * What the explorer loads first: every view's drawing data, compact, and
 * nothing that only a panel or the reader needs. The timeline and graph are
 * columns (./columnar, ./graph-columns), actors are summaries
 * (./actor-summary), sources their summaries (./source-summary). The records
 * behind panels and the reader are fetched as shards (./dataset-shards).
 *
 * The payload is a file of its own (`/data/explorer.json`), not page props:
 * props are inlined in the HTML as React's flight data, parsed twice (as
 * script, then as JSON) and held twice before anything hydrates. Fetched, it
 * is one JSON parse while the page's frame is already on screen.
 *
 * The events' words (titles, dates as written) are a second file,
 * `/data/timeline-text.json`, fetched after the first drawing: a large
 * timeline first draws density bands, which need no words, and at 100,000
 * events they are 28 of the 46 MB (see ./columnar). A small timeline draws
 * its events one by one with their titles from the start: up to
 * TEXT_INLINE_UP_TO events the words travel inside the payload.
 */
import type { DatasetIndex } from './query';
import { checkTimelineColumns, encodeTimelineColumns, splitTimelineColumns, type TimelineShapeColumns, type TimelineTextColumns } from './columnar';
import { actorEventsFromParticipants, edgeTypeCountsFromColumns, encodeGraphColumns, type GraphColumns } from './graph-columns';
import { RELATION_TYPES, type RelationType } from './vocabulary';
import { summariseActor, type ActorSummary } from './actor-summary';
import { summariseSource, type SourceSummary } from './source-summary';
import { eventChunkCount } from './dataset-shards';
import { checkWireColumn, columnLength, lazyColumns, packColumn, packColumns, unpackColumn, type Packed, type WireColumn } from './packed-column';
import { checkWireIds, packIds, unpackIds, type WireIds } from './packed-ids';
import { toTimelineEvents } from './timeline-model';
import { laneSidesFromColumns } from './timeline/records';
import { sidesOfActors } from './timeline/lanes';
import { actorIdsOf, packActorSummaries, packSourceSummaries, unpackActorSummaries, unpackSourceSummaries, type WireActorSummaries, type WireSourceSummaries } from './summary-columns';

/** Up to this many events the timeline's words come inside the payload (at 5,000 events, 1.4 MB). */
export const TEXT_INLINE_UP_TO = 5_000;

/** The explorer's data as the page uses it (receiveExplorerPayload makes it from what the route sends). */
export interface ExplorerPayload {
  /** The timeline without its words. */
  timeline: TimelineShapeColumns;
  /** Its words, for a timeline of up to TEXT_INLINE_UP_TO events; else null, and they are `shardUrl.timelineText`. */
  timelineText: TimelineTextColumns | null;
  graph: GraphColumns;
  /** Every actor, in dataset order (the graph's node order). */
  actors: ActorSummary[];
  /** Every source's summary (titles, publication date), in dataset order; the full record and text come with its shard. */
  sources: SourceSummary[];
  /** How many event chunks there are (`/data/events/<k>.json`, k from 0). */
  eventChunks: number;
  /** Graph positions computed at build time by actor id, so the same data draws the same picture. */
  positions: Record<string, { x: number; y: number }>;
  /**
   * Edges of each relation type in the whole graph, in the vocabulary's order
   * (`edgeTypeCountsFromColumns` of `graph`), for the relation filter. Counted
   * at build time: on the page it was ~10 ms of the first drawing at 15,000
   * relations, and it unpacked three of the graph's columns that nothing
   * else reads before the graph is drawn.
   */
  relationCounts: Map<RelationType, number>;
}

/**
 * The payload as sent, with nothing in it twice and ids as numbers where
 * they are numbered (./packed-ids): every byte is received and parsed on the
 * page's main thread before the first drawing. At 100,000 events this took
 * it from 12.5 to 8.7 MB, and the first drawing came ~55 ms sooner (median of
 * six alternated loads of two builds on the 2-core machine).
 * - The graph has no `eventId`: it is the timeline's `id` column again (both
 *   number events by `index.eventsInOrder`).
 * - The graph has no `actorEventStart` and `actorEvents`: they are the
 *   timeline's participants read the other way (actorEventsFromParticipants).
 * - Positions are two columns of integers in the graph's actor order, not
 *   an object keyed by actor id.
 * - The actor and source summaries are columns, their Arabic in UTF-8
 *   (./summary-columns).
 * - Actor ids travel once, in the summaries: the graph's `actors` are the
 *   summaries' ids in the same order, and the timeline's table of the actors
 *   its events name (in order of first mention) is their numbers in that
 *   order. At 5,000 actors the two lists of ids were 0.37 of 5.1 MB.
 */
export interface ExplorerPayloadWire extends Omit<ExplorerPayload, 'graph' | 'timeline' | 'positions' | 'actors' | 'sources' | 'relationCounts'> {
  /** `relationCounts` as [type, edges] pairs, in the vocabulary's order. */
  relationCounts: [string, number][];
  /** The summaries as columns (./summary-columns): at 100,000 events 1.5 MB instead of 2.5. */
  actors: WireActorSummaries;
  sources: WireSourceSummaries;
  /** The columns of integers packed (./packed-column), the ids too (./packed-ids). */
  timeline: Omit<Packed<TimelineShapeColumns>, 'id' | 'actors'> & { id: WireIds; actorNumbers: WireColumn };
  graph: Omit<Packed<Omit<GraphColumns, DerivedGraphColumn>>, 'relationId' | 'statementId'> & { relationId: WireIds; statementId: WireIds };
  positions: WirePositions;
}

/** What the page makes again: from the timeline, and the actor ids from the summaries. */
type DerivedGraphColumn = 'eventId' | 'actorEventStart' | 'actorEvents' | 'actors';

/** Positions by actor number (an index into the graph's `actors`); actors without one are left out. */
export interface WirePositions {
  actor: WireColumn;
  x: WireColumn;
  y: WireColumn;
}

function packPositions(actors: readonly string[], positions: ExplorerPayload['positions']): WirePositions {
  const placed = actors.map((id, n) => [n, positions[id]] as const).filter((p): p is readonly [number, { x: number; y: number }] => p[1] !== undefined);
  return { actor: packColumn(placed.map(([n]) => n)), x: packColumn(placed.map(([, p]) => p.x)), y: packColumn(placed.map(([, p]) => p.y)) };
}

function unpackPositions(wire: WirePositions, actors: readonly string[]): ExplorerPayload['positions'] {
  const where = `${shardUrl.payload} positions`;
  if (!wire || typeof wire !== 'object') throw new Error(`${where}: expected actor numbers and x and y columns`);
  const actor = unpackColumn(wire.actor, `${where}.actor`);
  const x = unpackColumn(wire.x, `${where}.x`);
  const y = unpackColumn(wire.y, `${where}.y`);
  if (x.length !== actor.length || y.length !== actor.length) throw new Error(`${where}: ${actor.length} actors but ${x.length} x and ${y.length} y values`);
  const out: ExplorerPayload['positions'] = {};
  actor.forEach((n, i) => {
    const id = actors[n];
    if (id === undefined) throw new Error(`${where}: actor number ${n} is not one of the graph’s ${actors.length} actors`);
    out[id] = { x: x[i]!, y: y[i]! };
  });
  return out;
}

/** The timeline's columns split into shape and words, encoded once per dataset index (both data routes read them). */
const timelineColumns = new WeakMap<DatasetIndex, ReturnType<typeof splitTimelineColumns>>();
function splitTimeline(index: DatasetIndex): ReturnType<typeof splitTimelineColumns> {
  let split = timelineColumns.get(index);
  if (!split) timelineColumns.set(index, (split = splitTimelineColumns(encodeTimelineColumns(toTimelineEvents(index)))));
  return split;
}

/**
 * `textInlineUpTo`: the most events whose words travel inside the payload
 * (TEXT_INLINE_UP_TO by default). A build may lower it so that a small
 * dataset's words come apart, the way a large one's do: the scale smoke
 * test's build does, so CI drives that path.
 */
export function explorerPayload(index: DatasetIndex, positions: ExplorerPayload['positions'], { textInlineUpTo = TEXT_INLINE_UP_TO }: { textInlineUpTo?: number } = {}): ExplorerPayloadWire {
  const { shape, text } = splitTimeline(index);
  const { id, actors: timelineActors, ...rest } = shape;
  const actorSummaries = index.dataset.actors.map(summariseActor);
  // The lanes' sides as the page works them out (lib/timeline/lanes groupIntoLanes), from the same actors.
  const laneSide = Array.from(laneSidesFromColumns(shape, sidesOfActors(actorSummaries)));
  const columns = encodeGraphColumns(index);
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose: the page makes them again (see ExplorerPayloadWire)
  const { eventId, actorEventStart, actorEvents, relationId, statementId, actors, ...graph } = columns;
  const actorNo = new Map(actors.map((actorId, n) => [actorId, n]));
  const actorNumbers = timelineActors.map((actorId) => {
    const n = actorNo.get(actorId);
    if (n === undefined) throw new Error(`explorer payload: the timeline names actor ${JSON.stringify(actorId)}, which the dataset does not have`);
    return n;
  });
  return {
    positions: packPositions(actors, positions),
    timeline: { ...packColumns({ ...rest, laneSide }), id: packIds(id), actorNumbers: packColumn(actorNumbers) },
    timelineText: shape.count <= textInlineUpTo ? text : null,
    graph: { ...packColumns(graph), relationId: packIds(relationId), statementId: packIds(statementId) },
    actors: packActorSummaries(actorSummaries, index.dataset.sources.map((s) => s.id)),
    sources: packSourceSummaries(index.dataset.sources.map(summariseSource)),
    eventChunks: eventChunkCount(index.eventsInOrder.length),
    relationCounts: [...edgeTypeCountsFromColumns(columns)],
  };
}

/**
 * The relation counts as sent: known types, each once, in the vocabulary's
 * order, with a whole number of edges above 0 (as edgeTypeCountsFromColumns
 * gives them; types without edges are left out). One message for any fault:
 * this runs in the explorer's first-load script, which has a budget.
 */
function receiveRelationCounts(wire: unknown, where: string): Map<RelationType, number> {
  if (!Array.isArray(wire)) throw new Error(`${where}: relationCounts is not a list of [type, edges] pairs`);
  const order = Object.keys(RELATION_TYPES);
  const counts = new Map<RelationType, number>();
  let last = -1;
  wire.forEach((pair: unknown, k) => {
    const [type, edges] = Array.isArray(pair) ? (pair as unknown[]) : [];
    const rank = order.indexOf(type as string);
    if (rank <= last || !Number.isInteger(edges) || (edges as number) < 1) {
      throw new Error(`${where}: relationCounts entry ${k} (${JSON.stringify(pair)}) is not a relation type after the entry before it with a whole number of edges above 0`);
    }
    last = rank;
    counts.set(type as RelationType, edges as number);
  });
  return counts;
}

/**
 * The payload the page uses, from the one sent: what was left out is made
 * again from the rest. Every column is checked here (its length, its bytes'
 * count and alphabet), but unpacked only when first read (lazyColumns): at
 * 100,000 events the first drawing reads the timeline's days, leads and
 * sides, and the ids as strings, the graph's indices and each actor's
 * events, ~0.1 s of work, wait until a view reads them.
 */
export function receiveExplorerPayload(wire: ExplorerPayloadWire): ExplorerPayload {
  if (!wire || typeof wire !== 'object' || !wire.timeline || !wire.graph || !wire.timeline.id || !wire.timeline.actorNumbers || !wire.actors || !wire.sources) {
    throw new Error(`${shardUrl.payload}: not an explorer payload (no timeline ids, no actors, no sources or no graph)`);
  }
  const where = shardUrl.payload;
  const actorIds = actorIdsOf(wire.actors, `${where} actors`);
  const sources = unpackSourceSummaries(wire.sources, `${where} sources`);
  const actors = unpackActorSummaries(wire.actors, actorIds, sources.map((s) => s.id), `${where} actors`);
  const { id: idWire, actorNumbers: actorNumbersWire, ...timelineWire } = wire.timeline;
  const timelineActorCount = checkWireColumn(actorNumbersWire, `${where} timeline.actorNumbers`);
  const idCount = checkWireIds(idWire, `${where} timeline.id`);
  if (idCount !== wire.timeline.count) {
    throw new Error(`${where}: the timeline has ${wire.timeline.count} events but ${idCount} ids`);
  }
  const timeline: TimelineShapeColumns = lazyColumns<Omit<TimelineShapeColumns, 'id' | 'actors'>, Pick<TimelineShapeColumns, 'id' | 'actors'>>(
    timelineWire,
    `${where} timeline`,
    {
      id: () => unpackIds(idWire, `${where} timeline.id`),
      actors: () =>
        unpackColumn(actorNumbersWire, `${where} timeline.actorNumbers`).map((n, k) => {
          const actorId = actorIds[n];
          if (actorId === undefined) throw new Error(`${where} timeline.actorNumbers: entry ${k} (${n}) is not one of the ${actorIds.length} actors`);
          return actorId;
        }),
    },
    { id: idCount, actors: timelineActorCount },
  );
  if (columnLength(timeline, 'participantStart') !== timeline.count + 1) {
    throw new Error(`${where}: the timeline has ${timeline.count} events but ${columnLength(timeline, 'participantStart')} participant offsets (expected ${timeline.count + 1})`);
  }
  checkTimelineColumns(timeline, null);
  const { relationId, statementId, ...graphWire } = wire.graph;
  checkWireIds(relationId, `${where} graph.relationId`);
  checkWireIds(statementId, `${where} graph.statementId`);
  let actorEvents: ReturnType<typeof actorEventsFromParticipants> | null = null;
  const eventsOfActors = () => (actorEvents ??= actorEventsFromParticipants(graph.actors, timeline));
  const graph: GraphColumns = lazyColumns<Omit<GraphColumns, DerivedGraphColumn | 'relationId' | 'statementId'>, Pick<GraphColumns, DerivedGraphColumn | 'relationId' | 'statementId'>>(
    graphWire,
    `${where} graph`,
    {
      actors: () => actorIds,
      actorEventStart: () => eventsOfActors().actorEventStart,
      actorEvents: () => eventsOfActors().actorEvents,
      relationId: () => unpackIds(relationId, `${where} graph.relationId`),
      statementId: () => unpackIds(statementId, `${where} graph.statementId`),
      eventId: () => timeline.id,
    },
  );
  const relationCounts = receiveRelationCounts(wire.relationCounts, where);
  return { ...wire, actors, sources, positions: unpackPositions(wire.positions, actorIds), timeline, graph, relationCounts };
}

/** The words of the payload's timeline, in its order (`/data/timeline-text.json`). */
export function explorerTimelineText(index: DatasetIndex): TimelineTextColumns {
  return splitTimeline(index).text;
}

/** The URL of an event chunk and of a source shard, as the data routes serve them. */
export const shardUrl = {
  payload: '/data/explorer.json',
  timelineText: '/data/timeline-text.json',
  events: (chunk: number) => `/data/events/${chunk}.json`,
  source: (id: string) => `/data/sources/${encodeURIComponent(id)}.json`,
  actor: (id: string) => `/data/actors/${encodeURIComponent(id)}.json`,
  search: (part: number) => `/data/search/${part}.json`,
} as const;
