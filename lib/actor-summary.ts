/**
 * What the views that draw every actor need of one (names, kind, country,
 * affiliation and role words), without the passages behind them. The
 * explorer's page carries a summary per actor; the full records, with their
 * mentions and evidence, come with the panel that shows them
 * (./dataset-shards). A full `Actor` is a summary too, so views typed on
 * summaries take either.
 */
import type { Actor } from './schema';

export interface ActorSummary {
  id: Actor['id'];
  name: Actor['name'];
  aliases: Actor['aliases'];
  kind: Actor['kind'];
  country: Actor['country'];
  affiliation: { actor: string } | null;
  role: { ar: string; en: string } | null;
  /** The source of its first mention: the shard that carries the full record of an actor no event names (summaries only; a full record has its mentions). */
  firstSource?: string | null;
}

export function summariseActor(a: Actor): ActorSummary {
  return {
    id: a.id,
    name: a.name,
    aliases: a.aliases,
    kind: a.kind,
    country: a.country,
    affiliation: a.affiliation ? { actor: a.affiliation.actor } : null,
    role: a.role ? { ar: a.role.ar, en: a.role.en } : null,
    firstSource: a.mentions[0]?.source ?? null,
  };
}
