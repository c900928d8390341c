/** @jest-environment node */
/**
 * The lookups a record page ships: every record its panel names, and no
 * actor's list of mentions (every passage naming it in the dataset, which
 * for a busy actor of a large dataset is thousands).
 */
import { lookupsFor } from '@/app/_server/subsets';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

const shipped = buildIndex(loadDataset());

describe('lookupsFor', () => {
  it('names every participant, speaker and source of an actor page, with the sources of its own mentions', () => {
    const actor = shipped.actors.get('john-kerry');
    if (!actor) throw new Error('the shipped dataset has no john-kerry');
    const events = shipped.eventsByActor.get(actor.id) ?? [];
    const statements = shipped.statementsBySpeaker.get(actor.id) ?? [];
    const { actorsById, sourcesById, eventsById } = lookupsFor(shipped, events, statements, [actor.id]);
    for (const e of events) {
      for (const p of e.participants) expect(actorsById[p.actor]?.name).toEqual(shipped.actors.get(p.actor)?.name);
      for (const p of e.evidence) expect(sourcesById[p.source]).toBe(shipped.sources.get(p.source));
    }
    for (const s of statements) expect(eventsById[s.event]).toBe(shipped.events.get(s.event));
    for (const p of actor.mentions) expect(sourcesById[p.source]).toBe(shipped.sources.get(p.source));
  });

  it('carries linked actors without their mentions, everything else as in the dataset', () => {
    const events = shipped.eventsInOrder.slice(0, 5);
    const { actorsById } = lookupsFor(shipped, events, []);
    expect(Object.keys(actorsById).length).toBeGreaterThan(1);
    for (const [id, actor] of Object.entries(actorsById)) {
      expect(actor.mentions).toEqual([]);
      expect({ ...actor, mentions: shipped.actors.get(id)?.mentions }).toEqual(shipped.actors.get(id));
    }
  });

  it('keeps the page of a busy actor of a synthetic dataset small: no mention list of another actor', () => {
    const index = buildIndex({ ...generateDataset({ events: 3000, actors: 200, seed: 5 }), briefings: [] } as Dataset);
    const [busiest, events] = [...index.eventsByActor].sort((a, b) => b[1].length - a[1].length)[0]!;
    const { actorsById } = lookupsFor(index, events.slice(0, 200), [], [busiest]);
    const mentionsShipped = Object.values(actorsById).reduce((n, a) => n + a.mentions.length, 0);
    const mentionsInDataset = Object.keys(actorsById).reduce((n, id) => n + (index.actors.get(id)?.mentions.length ?? 0), 0);
    expect(mentionsInDataset).toBeGreaterThan(100);
    expect(mentionsShipped).toBe(0);
  });
});
