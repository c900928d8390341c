/** @jest-environment node */
/**
 * An actor's own shard (`/data/actors/<id>.json`): for an actor in a few
 * hundred events at most, one file holds every record its panel lists — the
 * same events and statements the whole dataset gives it, in date order — and
 * the page's columns decide which actors have one exactly as the build does.
 */
import { buildIndex } from '@/lib/query';
import { ACTOR_SHARD_MAX_EVENTS, actorShard, actorShardEvents, mergeShards } from '@/lib/dataset-shards';
import { encodeGraphColumns } from '@/lib/graph-columns';
import { actorShardFor, shardLookups } from '@/lib/shard-plan';
import { loadDataset } from '@/lib/load';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

const synthetic = buildIndex({ ...generateDataset({ events: 4000, actors: 300, seed: 9 }), briefings: [] } as Dataset);
const none = { event: null, statement: null, actor: null, edgeEvents: null };

describe.each([
  ['the synthetic set', () => synthetic],
  ['the shipped dataset', () => buildIndex(loadDataset())],
])('actorShard on %s', (_name, get) => {
  const index = get();
  const graph = encodeGraphColumns(index);
  const lookups = shardLookups(graph);

  it('gives the panel of every actor with a shard the same events and statements as the whole dataset', () => {
    let checked = 0;
    for (const actor of index.dataset.actors) {
      const shard = actorShard(index, actor.id);
      if (!shard) continue;
      checked++;
      const sub = buildIndex(mergeShards([shard]));
      expect(sub.actors.get(actor.id)).toEqual(actor);
      expect((sub.eventsByActor.get(actor.id) ?? []).map((e) => e.id)).toEqual((index.eventsByActor.get(actor.id) ?? []).map((e) => e.id));
      expect((sub.statementsBySpeaker.get(actor.id) ?? []).map((s) => s.id)).toEqual((index.statementsBySpeaker.get(actor.id) ?? []).map((s) => s.id));
      // Every actor an event of the panel names is there to be named; no source text rides along.
      for (const e of shard.events) for (const p of e.participants) expect(sub.actors.has(p.actor)).toBe(true);
      expect(Object.keys(shard.texts)).toHaveLength(0);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('has a shard for exactly the actors the page asks one for', () => {
    for (const actor of index.dataset.actors) {
      const n = actorShardEvents(index, actor.id).length;
      const built = actorShard(index, actor.id) !== null;
      expect(built).toBe(n > 0 && n <= ACTOR_SHARD_MAX_EVENTS);
      expect(actorShardFor(graph, lookups, { ...none, actor: actor.id })).toBe(built ? actor.id : null);
    }
  });
});

describe('actorShardFor', () => {
  const graph = encodeGraphColumns(synthetic);
  const lookups = shardLookups(graph);
  const quiet = synthetic.dataset.actors.find((a) => {
    const n = actorShardEvents(synthetic, a.id).length;
    return n > 0 && n <= ACTOR_SHARD_MAX_EVENTS;
  })!;

  it('is asked only for an actor selected alone: an event, a statement or a relation with it reads chunks', () => {
    expect(actorShardFor(graph, lookups, { ...none, actor: quiet.id })).toBe(quiet.id);
    const event = actorShardEvents(synthetic, quiet.id)[0]!;
    expect(actorShardFor(graph, lookups, { ...none, actor: quiet.id, event: event.id })).toBeNull();
    expect(actorShardFor(graph, lookups, { ...none, actor: quiet.id, edgeEvents: [event.id] })).toBeNull();
    expect(actorShardFor(graph, lookups, none)).toBeNull();
    expect(actorShardFor(graph, lookups, { ...none, actor: 'no-such-actor' })).toBeNull();
  });

  it('leaves a busy actor (over ACTOR_SHARD_MAX_EVENTS events) to the chunks', () => {
    const busy = synthetic.dataset.actors.find((a) => actorShardEvents(synthetic, a.id).length > ACTOR_SHARD_MAX_EVENTS);
    expect(busy).toBeDefined();
    expect(actorShard(synthetic, busy!.id)).toBeNull();
    expect(actorShardFor(graph, lookups, { ...none, actor: busy!.id })).toBeNull();
  });
});
