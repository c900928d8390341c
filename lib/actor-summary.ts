/**
 * What the views that draw every actor need of one (names, kind, country,
 * affiliation), without the passages behind them. The explorer's page
 * carries a summary per actor; the full records, with their aliases, role,
 * mentions and evidence, come with the panel that shows them
 * (./dataset-shards). A full `Actor` is a summary too, so views typed on
 * summaries take either. Aliases and role words were in the summary until no
 * view read them from it: at 5,000 actors they were 1.1 of the payload's
 * 7.3 MB, all of it received and parsed before the first drawing.
 */
import type { Actor } from './schema';

export interface ActorSummary {
  id: Actor['id'];
  name: Actor['name'];
  kind: Actor['kind'];
  country: Actor['country'];
  affiliation: { actor: string } | null;
  /** The source of its first mention: the shard that carries the full record of an actor no event names (summaries only; a full record has its mentions). */
  firstSource?: string | null;
}

export function summariseActor(a: Actor): ActorSummary {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    country: a.country,
    affiliation: a.affiliation ? { actor: a.affiliation.actor } : null,
    firstSource: a.mentions[0]?.source ?? null,
  };
}
