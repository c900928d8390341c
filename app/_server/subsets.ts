/**
 * Small lookup tables for one page: a static page about one actor should not
 * ship the whole dataset, only the records its panel names.
 */
import type { Actor, AtharEvent, Source, Statement } from '@/lib/schema';
import type { DatasetIndex } from '@/lib/query';

export interface PanelLookups {
  actorsById: Record<string, Actor>;
  sourcesById: Record<string, Source>;
  eventsById: Record<string, AtharEvent>;
}

/** Records referenced by a set of events and statements (participants, speakers, sources, affiliations); `extraActors` are the page's own, whose mentions' sources it cites. */
export function lookupsFor(index: DatasetIndex, events: readonly AtharEvent[], statements: readonly Statement[], extraActors: readonly string[] = []): PanelLookups {
  const actorIds = new Set<string>(extraActors);
  const sourceIds = new Set<string>();
  for (const e of events) {
    e.participants.forEach((p) => actorIds.add(p.actor));
    e.evidence.forEach((p) => sourceIds.add(p.source));
    sourceIds.add(e.date.passage.source);
  }
  for (const s of statements) {
    actorIds.add(s.speaker);
    if (s.addressee) actorIds.add(s.addressee);
    if (s.reportedBy) actorIds.add(s.reportedBy);
    sourceIds.add(s.passage.source);
    const e = index.events.get(s.event);
    if (e) sourceIds.add(e.date.passage.source);
  }
  for (const id of [...actorIds]) {
    const a = index.actors.get(id);
    if (a?.affiliation) actorIds.add(a.affiliation.actor);
  }
  // The page's own actor shows its mentions (ActorPanel's fold), which cite these sources.
  for (const id of extraActors) index.actors.get(id)?.mentions.forEach((p) => sourceIds.add(p.source));
  const pick = <T,>(ids: Iterable<string>, map: ReadonlyMap<string, T>) =>
    Object.fromEntries([...ids].flatMap((id) => (map.has(id) ? [[id, map.get(id) as T]] : [])));
  const eventIds = new Set([...events.map((e) => e.id), ...statements.map((s) => s.event)]);
  const actorsById = Object.fromEntries(Object.entries(pick(actorIds, index.actors)).map(([id, a]) => [id, withoutMentions(a)]));
  return { actorsById, sourcesById: pick(sourceIds, index.sources), eventsById: pick(eventIds, index.events) };
}

/**
 * An actor as the lookup carries it: a panel names a linked actor (name,
 * kind, affiliation) but never lists its mentions, which are every passage
 * naming it in the whole dataset. A busy actor of a 100,000-event dataset
 * has thousands, and every page naming it would carry them all in its
 * payload. A record page's own actor comes whole in its own prop.
 */
function withoutMentions(actor: Actor): Actor {
  return actor.mentions.length === 0 ? actor : { ...actor, mentions: [] };
}
