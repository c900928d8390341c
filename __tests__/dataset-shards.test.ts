/** @jest-environment node */
/**
 * The explorer's shards: every record whole and as validated, a chunk with its
 * events' statements and the actors they name, a source shard with every
 * record citing it, so the panels and the reader built from merged shards
 * show what they show from the whole dataset.
 */
import { buildIndex } from '@/lib/query';
import { EVENT_CHUNK, eventChunk, eventChunkCount, mergeShards, sourceShard } from '@/lib/dataset-shards';
import { loadDataset } from '@/lib/load';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

const synthetic = { ...generateDataset({ events: 1200, actors: 200, seed: 5 }), briefings: [] } as Dataset;

describe('eventChunk', () => {
  const index = buildIndex(synthetic);

  it('cuts the events in date order into chunks that together hold each event once', () => {
    const count = eventChunkCount(index.eventsInOrder.length);
    expect(count).toBe(Math.ceil(1200 / EVENT_CHUNK));
    const ids = Array.from({ length: count }, (_, k) => eventChunk(index, k)!.events.map((e) => e.id)).flat();
    expect(new Set(ids).size).toBe(1200);
    expect(eventChunk(index, 0)!.events[0]).toBe(index.eventsInOrder[0]);
    expect(eventChunk(index, count)).toBeNull();
    expect(eventChunk(index, -1)).toBeNull();
  });

  it('carries every statement of its events and every actor they name', () => {
    const shard = eventChunk(index, 1)!;
    const sub = buildIndex(mergeShards([shard]));
    for (const e of shard.events) {
      expect(sub.statementsByEvent.get(e.id) ?? []).toEqual(index.statementsByEvent.get(e.id) ?? []);
      for (const p of e.participants) expect(sub.actors.get(p.actor)).toBe(index.actors.get(p.actor));
    }
    for (const s of shard.statements) expect(sub.actors.has(s.speaker)).toBe(true);
    // Metadata of the sources named, never their texts: those come with source shards.
    expect(shard.sources.length).toBeGreaterThan(0);
    expect(Object.keys(shard.texts)).toHaveLength(0);
  });

  it('gives an actor its full record lists once all chunks are merged', () => {
    const all = Array.from({ length: eventChunkCount(1200) }, (_, k) => eventChunk(index, k)!);
    const merged = buildIndex(mergeShards(all));
    const busiest = [...index.eventsByActor.entries()].sort((a, b) => b[1].length - a[1].length)[0]![0];
    expect(merged.eventsByActor.get(busiest)).toEqual(index.eventsByActor.get(busiest));
    expect(merged.statementsBySpeaker.get(busiest) ?? []).toEqual(index.statementsBySpeaker.get(busiest) ?? []);
  });
});

describe('sourceShard', () => {
  it('gives the reader the same text and passages as the whole dataset (shipped data)', () => {
    const index = buildIndex(loadDataset());
    for (const source of index.dataset.sources) {
      const sub = buildIndex(mergeShards([sourceShard(index, source.id)!]));
      expect(sub.dataset.texts[source.id]).toBe(index.dataset.texts[source.id]);
      expect(sub.passagesBySource.get(source.id)).toEqual(index.passagesBySource.get(source.id));
      // Names of what each highlight supports resolve: speakers of statements, participants of events.
      for (const s of sub.dataset.statements) expect(sub.actors.has(s.speaker)).toBe(true);
    }
    expect(sourceShard(index, 'no-such-source')).toBeNull();
  });
});

describe('mergeShards', () => {
  it('keeps one copy of a record two shards share', () => {
    const index = buildIndex(synthetic);
    const a = eventChunk(index, 0)!;
    const merged = mergeShards([a, a, eventChunk(index, 1)!]);
    expect(new Set(merged.actors.map((x) => x.id)).size).toBe(merged.actors.length);
    expect(merged.events).toHaveLength(2 * EVENT_CHUNK);
  });
});
