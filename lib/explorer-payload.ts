/**
 * What the explorer loads first: every view's drawing data, compact, and
 * nothing that only a panel or the reader needs. The timeline and graph are
 * columns (./columnar, ./graph-columns), actors are summaries
 * (./actor-summary), sources their metadata without texts. The records
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
import type { Source } from './schema';
import type { DatasetIndex } from './query';
import { encodeTimelineColumns, splitTimelineColumns, type TimelineShapeColumns, type TimelineTextColumns } from './columnar';
import { encodeGraphColumns, type GraphColumns } from './graph-columns';
import { summariseActor, type ActorSummary } from './actor-summary';
import { eventChunkCount } from './dataset-shards';
import { toTimelineEvents } from './timeline-model';

/** Up to this many events the timeline's words come inside the payload (at 5,000 events, 1.4 MB). */
export const TEXT_INLINE_UP_TO = 5_000;

export interface ExplorerPayload {
  /** The timeline without its words. */
  timeline: TimelineShapeColumns;
  /** Its words, for a timeline of up to TEXT_INLINE_UP_TO events; else null, and they are `shardUrl.timelineText`. */
  timelineText: TimelineTextColumns | null;
  graph: GraphColumns;
  /** Every actor, in dataset order (the graph's node order). */
  actors: ActorSummary[];
  /** Every source's metadata, in dataset order; texts come with source shards. */
  sources: Source[];
  /** How many event chunks there are (`/data/events/<k>.json`, k from 0). */
  eventChunks: number;
  /** Graph positions computed at build time by actor id, so the same data draws the same picture. */
  positions: Record<string, { x: number; y: number }>;
}

/** The timeline's columns split into shape and words, encoded once per dataset index (both data routes read them). */
const timelineColumns = new WeakMap<DatasetIndex, ReturnType<typeof splitTimelineColumns>>();
function splitTimeline(index: DatasetIndex): ReturnType<typeof splitTimelineColumns> {
  let split = timelineColumns.get(index);
  if (!split) timelineColumns.set(index, (split = splitTimelineColumns(encodeTimelineColumns(toTimelineEvents(index)))));
  return split;
}

export function explorerPayload(index: DatasetIndex, positions: ExplorerPayload['positions']): ExplorerPayload {
  const { shape, text } = splitTimeline(index);
  return {
    positions,
    timeline: shape,
    timelineText: shape.count <= TEXT_INLINE_UP_TO ? text : null,
    graph: encodeGraphColumns(index),
    actors: index.dataset.actors.map(summariseActor),
    sources: index.dataset.sources,
    eventChunks: eventChunkCount(index.eventsInOrder.length),
  };
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
