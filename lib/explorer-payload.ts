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
 * At 10,000 events this is about 5 MB against 28 MB for the nested dataset
 * with texts; at 100,000 events it grows with the events' titles and dates,
 * not with their passages and statements.
 */
import type { Source } from './schema';
import type { DatasetIndex } from './query';
import { encodeTimelineColumns, type TimelineColumns } from './columnar';
import { encodeGraphColumns, type GraphColumns } from './graph-columns';
import { summariseActor, type ActorSummary } from './actor-summary';
import { eventChunkCount } from './dataset-shards';
import { toTimelineEvents } from './timeline-model';

export interface ExplorerPayload {
  timeline: TimelineColumns;
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

export function explorerPayload(index: DatasetIndex, positions: ExplorerPayload['positions']): ExplorerPayload {
  return {
    positions,
    timeline: encodeTimelineColumns(toTimelineEvents(index)),
    graph: encodeGraphColumns(index),
    actors: index.dataset.actors.map(summariseActor),
    sources: index.dataset.sources,
    eventChunks: eventChunkCount(index.eventsInOrder.length),
  };
}

/** The URL of an event chunk and of a source shard, as the data routes serve them. */
export const shardUrl = {
  payload: '/data/explorer.json',
  events: (chunk: number) => `/data/events/${chunk}.json`,
  source: (id: string) => `/data/sources/${encodeURIComponent(id)}.json`,
  search: '/data/search.json',
} as const;
