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

/** Records referenced by a set of events and statements (participants, speakers, sources, affiliations). */
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
    a?.mentions.forEach((p) => sourceIds.add(p.source));
  }
  const pick = <T,>(ids: Iterable<string>, map: ReadonlyMap<string, T>) =>
    Object.fromEntries([...ids].flatMap((id) => (map.has(id) ? [[id, map.get(id) as T]] : [])));
  const eventIds = new Set([...events.map((e) => e.id), ...statements.map((s) => s.event)]);
  return { actorsById: pick(actorIds, index.actors), sourcesById: pick(sourceIds, index.sources), eventsById: pick(eventIds, index.events) };
}
