/** @jest-environment node */
/**
 * Which event chunks a selection loads: the chunk of the event or statement
 * asked for, an actor's chunks (at most MAX_CHUNKS, the brushed window's
 * first), and that the chunks really hold the records the panel lists.
 */
import { buildIndex } from '@/lib/query';
import { encodeGraphColumns } from '@/lib/graph-columns';
import { encodeTimelineColumns, OPEN_DAY } from '@/lib/columnar';
import { toTimelineEvents } from '@/lib/timeline-model';
import { eventChunk, mergeShards } from '@/lib/dataset-shards';
import { MAX_CHUNKS, chunksForSelection, detailShardUrls, shardLookups, warmShardLookups, type ViewSelection } from '@/lib/shard-plan';
import { shardUrl } from '@/lib/explorer-payload';
import { summariseActor } from '@/lib/actor-summary';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

const index = buildIndex({ ...generateDataset({ events: 4000, actors: 300, seed: 9 }), briefings: [] } as Dataset);
const graph = encodeGraphColumns(index);
const timeline = encodeTimelineColumns(toTimelineEvents(index));
const days = { earliest: timeline.earliest, latest: timeline.latest, open: OPEN_DAY };
const lookups = shardLookups(graph);
const none = { event: null, statement: null, actor: null, edgeEvents: null };
const load = (chunks: number[]) => buildIndex(mergeShards(chunks.map((k) => eventChunk(index, k)!)));

describe('chunksForSelection', () => {
  it('loads nothing for no selection, one chunk for an event or a statement, and that chunk holds it', () => {
    expect(chunksForSelection(graph, lookups, days, none, null)).toEqual([]);
    const event = index.eventsInOrder[2500]!;
    const chunks = chunksForSelection(graph, lookups, days, { ...none, event: event.id }, null);
    expect(chunks).toHaveLength(1);
    expect(load(chunks).events.get(event.id)).toEqual(event);
    const statement = index.dataset.statements[100]!;
    const forStatement = chunksForSelection(graph, lookups, days, { ...none, statement: statement.id }, null);
    expect(load(forStatement).statements.get(statement.id)).toEqual(statement);
  });

  it('loads all of a quiet actor’s records and at most MAX_CHUNKS chunks of a busy one', () => {
    const byCount = [...index.eventsByActor.entries()].sort((a, b) => a[1].length - b[1].length);
    const quiet = byCount.find(([, events]) => events.length >= 2)![0];
    const loaded = load(chunksForSelection(graph, lookups, days, { ...none, actor: quiet }, null));
    expect(loaded.eventsByActor.get(quiet)).toEqual(index.eventsByActor.get(quiet));
    const busy = byCount[byCount.length - 1]![0];
    const busyChunks = chunksForSelection(graph, lookups, days, { ...none, actor: busy }, null);
    expect(busyChunks.length).toBe(MAX_CHUNKS);
    expect(load(busyChunks).eventsByActor.get(busy)!.length).toBeLessThan(index.eventsByActor.get(busy)!.length);
  });

  it('prefers the chunks of the brushed window for a busy actor', () => {
    const byCount = [...index.eventsByActor.entries()].sort((a, b) => b[1].length - a[1].length);
    const [busy, events] = byCount[0]!;
    const without = load(chunksForSelection(graph, lookups, days, { ...none, actor: busy }, null));
    // An event of a given day that the unwindowed choice leaves out: brushing its day must bring it in.
    const left = events.find((e) => !without.events.has(e.id) && e.date.precision === 'day' && e.date.earliest === e.date.latest)!;
    expect(left).toBeDefined();
    const window = { from: left.date.earliest, to: left.date.latest };
    expect(load(chunksForSelection(graph, lookups, days, { ...none, actor: busy }, window)).events.has(left.id)).toBe(true);
  });
});

describe('detailShardUrls', () => {
  const actors = index.dataset.actors.map(summariseActor);
  const urls = (selection: Partial<ViewSelection>) => detailShardUrls(graph, lookups, days, actors, { ...none, ...selection }, null, shardUrl);

  it('reads an actor selected alone from its own shard, and the chunks once an event is selected with it', () => {
    const [actor] = [...index.eventsByActor.entries()].find(([, events]) => events.length >= 2)!;
    expect(urls({ actor })).toEqual([shardUrl.actor(actor)]);
    const event = index.eventsByActor.get(actor)![0]!;
    const withEvent = urls({ actor, event: event.id });
    expect(withEvent).toEqual(chunksForSelection(graph, lookups, days, { ...none, actor, event: event.id }, null).map(shardUrl.events));
    expect(withEvent.every((u) => u.startsWith('/data/events/'))).toBe(true);
  });

  it('reads an actor that no event or statement names from the first source that mentions it', () => {
    // The generated actors all take part in events: one more, only mentioned in a source.
    const base = index.dataset.actors[0]!;
    const quiet = { ...base, id: 'only-mentioned', name: { en: 'Only Mentioned', ar: 'مذكور فقط' } };
    const withQuiet = buildIndex({ ...index.dataset, actors: [...index.dataset.actors, quiet] });
    const quietGraph = encodeGraphColumns(withQuiet);
    const quietUrls = detailShardUrls(quietGraph, shardLookups(quietGraph), days, withQuiet.dataset.actors.map(summariseActor), { ...none, actor: quiet.id }, null, shardUrl);
    expect(quietUrls).toEqual([shardUrl.source(base.mentions[0]!.source)]);
  });

  it('reads nothing for no selection', () => {
    expect(urls({})).toEqual([]);
  });
});

/** The graph's columns, counting how often their event ids are read (a lookup built reads them once). */
function countingEventIdReads(): { counted: typeof graph; reads: () => number } {
  let reads = 0;
  const counted = { ...graph };
  Object.defineProperty(counted, 'eventId', {
    get: () => {
      reads += 1;
      return graph.eventId;
    },
  });
  return { counted, reads: () => reads };
}

describe('shardLookups', () => {
  it('builds each map only when it is first read, and then answers as the columns say', () => {
    const { counted, reads } = countingEventIdReads();
    const lazy = shardLookups(counted);
    // The page makes its lookups before the first drawing, which needs none of them.
    expect(reads()).toBe(0);
    const event = index.eventsInOrder[1234]!;
    expect(lazy.eventNo.get(event.id)).toBe(1234);
    expect(lazy.eventNo.get('no-such-event')).toBeUndefined();
    lazy.eventNo.get(event.id);
    expect(reads()).toBe(1);
    const statement = index.dataset.statements[7]!;
    expect(lazy.statementEvent.get(statement.id)).toBe(lazy.eventNo.get(statement.event));
    expect(lazy.actorNo.get(index.dataset.actors[42]!.id)).toBe(42);
  });

  it('builds them all at once when warmed (at the page\'s first idle moment), and only once', () => {
    const { counted, reads } = countingEventIdReads();
    const lookups = shardLookups(counted);
    warmShardLookups(lookups);
    expect(reads()).toBe(1);
    expect(lookups.eventNo.size).toBe(graph.eventId.length);
    expect(reads()).toBe(1);
  });
});
