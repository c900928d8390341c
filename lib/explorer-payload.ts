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
import { encodeTimelineColumns, splitTimelineColumns, type TimelineShapeColumns, type TimelineTextColumns } from './columnar';
import { encodeGraphColumns, type GraphColumns } from './graph-columns';
import { summariseActor, type ActorSummary } from './actor-summary';
import { summariseSource, type SourceSummary } from './source-summary';
import { eventChunkCount } from './dataset-shards';
import { packColumns, unpackColumns, type Packed } from './packed-column';
import { toTimelineEvents } from './timeline-model';

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
}

/**
 * The payload as sent: the graph's columns without `eventId`, which is the
 * timeline's `id` column again (both number events by `index.eventsInOrder`),
 * 1.6 MB at 100,000 events that the page would receive and parse twice
 * before its first drawing.
 */
export interface ExplorerPayloadWire extends Omit<ExplorerPayload, 'graph' | 'timeline'> {
  /** The columns of integers packed (./packed-column). */
  timeline: Packed<TimelineShapeColumns>;
  graph: Packed<Omit<GraphColumns, 'eventId'>>;
}

/** The timeline's columns split into shape and words, encoded once per dataset index (both data routes read them). */
const timelineColumns = new WeakMap<DatasetIndex, ReturnType<typeof splitTimelineColumns>>();
function splitTimeline(index: DatasetIndex): ReturnType<typeof splitTimelineColumns> {
  let split = timelineColumns.get(index);
  if (!split) timelineColumns.set(index, (split = splitTimelineColumns(encodeTimelineColumns(toTimelineEvents(index)))));
  return split;
}

export function explorerPayload(index: DatasetIndex, positions: ExplorerPayload['positions']): ExplorerPayloadWire {
  const { shape, text } = splitTimeline(index);
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose: the timeline's ids are the same (see ExplorerPayloadWire)
  const { eventId, ...graph } = encodeGraphColumns(index);
  return {
    positions,
    timeline: packColumns(shape),
    timelineText: shape.count <= TEXT_INLINE_UP_TO ? text : null,
    graph: packColumns(graph),
    actors: index.dataset.actors.map(summariseActor),
    sources: index.dataset.sources.map(summariseSource),
    eventChunks: eventChunkCount(index.eventsInOrder.length),
  };
}

/** The payload the page uses, from the one sent: the graph names its events by the timeline's ids. */
export function receiveExplorerPayload(wire: ExplorerPayloadWire): ExplorerPayload {
  if (!wire || typeof wire !== 'object' || !wire.timeline || !wire.graph || !Array.isArray(wire.timeline.id)) {
    throw new Error(`${shardUrl.payload}: not an explorer payload (no timeline ids or no graph)`);
  }
  if (wire.timeline.id.length !== wire.timeline.count) {
    throw new Error(`${shardUrl.payload}: the timeline has ${wire.timeline.count} events but ${wire.timeline.id.length} ids`);
  }
  const timeline = unpackColumns<TimelineShapeColumns>(wire.timeline, `${shardUrl.payload} timeline`);
  const graph = unpackColumns<Omit<GraphColumns, 'eventId'>>(wire.graph, `${shardUrl.payload} graph`);
  return { ...wire, timeline, graph: { ...graph, eventId: timeline.id } };
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
  search: '/data/search.json',
} as const;
