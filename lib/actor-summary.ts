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
  };
}
