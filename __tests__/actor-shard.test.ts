/** @jest-environment node */
/**
 * An actor's own shard (`/data/actors/<id>.json`): one file holds every
 * record its panel lists — the same events and statements the whole dataset
 * gives it, in date order — or, for an actor in more than 200 events, the
 * first 200 with theirs; the other actors those name are left to the page's
 * summaries; the page asks for one exactly where the build writes one, and
 * a busy actor with a brushed period reads chunks instead.
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

  it('gives the panel of every actor with a shard the same events and statements as the whole dataset, or its first 200 events', () => {
    let checked = 0;
    for (const actor of index.dataset.actors) {
      const shard = actorShard(index, actor.id);
      if (!shard) continue;
      checked++;
      const sub = buildIndex(mergeShards([shard]));
      const all = actorShardEvents(index, actor.id);
      const shown = all.slice(0, ACTOR_SHARD_MAX_EVENTS).map((e) => e.id);
      expect(sub.actors.get(actor.id)).toEqual(actor);
      expect((sub.eventsByActor.get(actor.id) ?? []).map((e) => e.id)).toEqual((index.eventsByActor.get(actor.id) ?? []).map((e) => e.id).filter((id) => shown.includes(id)));
      expect((sub.statementsBySpeaker.get(actor.id) ?? []).map((s) => s.id)).toEqual(
        (index.statementsBySpeaker.get(actor.id) ?? []).filter((s) => shown.includes(s.event)).map((s) => s.id),
      );
      // The actor and its affiliation come whole; the other actors its records name are left to the page's summaries.
      const own = [actor.id, ...(actor.affiliation ? [actor.affiliation.actor] : [])];
      expect(shard.actors.map((a) => a.id).sort()).toEqual([...new Set(own)].sort());
      for (const a of shard.actors) expect(a).toEqual(index.actors.get(a.id));
      expect(Object.keys(shard.texts)).toHaveLength(0);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('brings the source of every passage its panel shows, and not those of the other actors it names', () => {
    let slimmer = 0;
    let named = 0;
    for (const actor of index.dataset.actors) {
      const shard = actorShard(index, actor.id);
      if (!shard) continue;
      const shown = new Set<string>();
      const add = (p: { source: string } | null | undefined) => p && shown.add(p.source);
      [...actor.mentions, ...(actor.role?.evidence ?? []), ...(actor.affiliation?.evidence ?? [])].forEach(add);
      for (const e of shard.events) {
        e.evidence.forEach(add);
        add(e.date.passage);
      }
      shard.statements.forEach((st) => add(st.passage));
      expect(shard.sources.map((src) => src.id).sort()).toEqual([...shown].sort());
      // What an older rule also brought: the sources where the other actors its records name are mentioned.
      const others = new Set<string>();
      for (const e of shard.events) e.participants.forEach((p) => others.add(p.actor));
      for (const st of shard.statements) [st.speaker, st.addressee, st.reportedBy].forEach((id) => id && others.add(id));
      others.delete(actor.id);
      named += others.size;
      const theirSources = [...others].flatMap((id) => index.actors.get(id)?.mentions.map((m) => m.source) ?? []);
      if (theirSources.some((id) => !shown.has(id))) slimmer++;
    }
    // The rule is tested on shards that name other actors, some of them mentioned in sources the panel does not show.
    expect(named).toBeGreaterThan(0);
    if (index === synthetic) expect(slimmer).toBeGreaterThan(0);
  });

  it('has a shard for exactly the actors the page asks one for: every actor in an event', () => {
    for (const actor of index.dataset.actors) {
      const built = actorShard(index, actor.id) !== null;
      expect(built).toBe(actorShardEvents(index, actor.id).length > 0);
      expect(actorShardFor(graph, lookups, { ...none, actor: actor.id }, false)).toBe(built ? actor.id : null);
    }
  });
});

describe('actorShardFor', () => {
  const graph = encodeGraphColumns(synthetic);
  const lookups = shardLookups(graph);
  const count = (id: string) => actorShardEvents(synthetic, id).length;
  const quiet = synthetic.dataset.actors.find((a) => count(a.id) > 0 && count(a.id) <= ACTOR_SHARD_MAX_EVENTS)!;
  const busy = synthetic.dataset.actors.find((a) => count(a.id) > ACTOR_SHARD_MAX_EVENTS)!;

  it('is asked only for an actor selected alone: an event, a statement or a relation with it reads chunks', () => {
    expect(actorShardFor(graph, lookups, { ...none, actor: quiet.id }, false)).toBe(quiet.id);
    const event = actorShardEvents(synthetic, quiet.id)[0]!;
    expect(actorShardFor(graph, lookups, { ...none, actor: quiet.id, event: event.id }, false)).toBeNull();
    expect(actorShardFor(graph, lookups, { ...none, actor: quiet.id, edgeEvents: [event.id] }, false)).toBeNull();
    expect(actorShardFor(graph, lookups, none, false)).toBeNull();
    expect(actorShardFor(graph, lookups, { ...none, actor: 'no-such-actor' }, false)).toBeNull();
  });

  it('gives a busy actor its first 200 events, and with a period brushed leaves it to the chunks of that period', () => {
    expect(busy).toBeDefined();
    expect(actorShard(synthetic, busy.id)!.events.filter((e) => e.participants.some((p) => p.actor === busy.id)).length).toBeLessThanOrEqual(ACTOR_SHARD_MAX_EVENTS);
    expect(actorShardFor(graph, lookups, { ...none, actor: busy.id }, false)).toBe(busy.id);
    expect(actorShardFor(graph, lookups, { ...none, actor: busy.id }, true)).toBeNull();
    // An actor whose shard is whole reads it with a period brushed too: it holds every record of any period.
    expect(actorShardFor(graph, lookups, { ...none, actor: quiet.id }, true)).toBe(quiet.id);
  });
});
