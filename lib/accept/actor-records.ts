/**
 * Actors from the accepted proposals: each accepted actor proposal becomes a
 * new Actor with the passages of its mentions; each accepted mention of an
 * actor already in the dataset adds its passage to that actor's `mentions`
 * and, when the text spells the name a new way, the spelling to `aliases`
 * (aliases are surface forms the texts use, verbatim).
 */
import type { Actor, Passage } from '../schema';
import type { ActorProposal } from '../ingest/draft';
import { accepted, actorRecordId, resolveActor, type AcceptContext } from './resolve';
import type { AcceptProblem, Reviewed } from './review';
import { toPassage } from './source-record';

/** What the draft adds to an actor already in the dataset. */
export interface ActorAdditions {
  mentions: Passage[];
  aliases: string[];
  /** The proposals that added them, for messages. */
  proposals: string[];
}

export interface ActorChanges {
  added: { actor: Actor; proposal: string }[];
  /** By the id of an existing actor. */
  extended: Map<string, ActorAdditions>;
  /** Things done that the reviewer should know about (an alias left out …). */
  notes: string[];
}

function samePosition(a: Passage, b: Passage): boolean {
  return a.source === b.source && a.position.start === b.position.start && a.position.end === b.position.end;
}

/** Appends the passages not already in `list` (same source and offsets); returns those appended. */
export function addPassages(list: Passage[], passages: readonly Passage[]): Passage[] {
  const fresh: Passage[] = [];
  for (const passage of passages) {
    if (!list.some((p) => samePosition(p, passage)) && !fresh.some((p) => samePosition(p, passage))) fresh.push(passage);
  }
  list.push(...fresh);
  return fresh;
}

function byPosition(a: Passage, b: Passage): number {
  return a.position.start - b.position.start || a.position.end - b.position.end;
}

function newActor(ctx: AcceptContext, proposal: Reviewed<ActorProposal>, mentions: Passage[], notes: string[]): Actor {
  const id = actorRecordId(proposal);
  const aliases: string[] = [];
  for (const alias of [proposal.exact, ...proposal.aliases, ...mentions.map((m) => m.quote.exact)]) {
    if (aliases.includes(alias)) continue;
    if (ctx.text.includes(alias)) aliases.push(alias);
    else notes.push(`actor ${id}: the alias "${alias}" was left out: it does not occur verbatim in the article`);
  }
  const { title } = proposal;
  const roleEn = proposal.record?.roleEn;
  const role = title && roleEn ? { ar: title.exact, en: roleEn, evidence: [toPassage(ctx.sourceId, ctx.text, title)] } : null;
  if (roleEn && !title) notes.push(`actor ${id}: record.roleEn was ignored: the proposal has no title passage to cite`);
  return {
    id,
    // A missing English name is reported by the checks; the empty string never reaches a file.
    name: { ar: proposal.name.ar, en: proposal.record?.nameEn ?? '' },
    aliases,
    kind: proposal.actorKind,
    country: proposal.record?.country ?? null,
    affiliation: null,
    role,
    mentions: [...mentions].sort(byPosition),
    analystNotes: [],
  };
}

/** Builds the actor changes; reference problems go to `problems`. */
export function buildActors(ctx: AcceptContext, problems: AcceptProblem[]): ActorChanges {
  const newIds = new Map(accepted(ctx, 'actor').map((p) => [actorRecordId(p), p]));
  const mentionsOf = new Map<string, Passage[]>();
  const extended = new Map<string, ActorAdditions>();
  const notes: string[] = [];

  for (const proposal of accepted(ctx, 'actor')) {
    mentionsOf.set(actorRecordId(proposal), [toPassage(ctx.sourceId, ctx.text, proposal)]);
  }
  for (const mention of accepted(ctx, 'mention')) {
    const actor = resolveActor(ctx, mention.actorId, mention.candidate);
    if (actor.problem !== undefined) {
      problems.push({ proposal: mention.id, message: `the mention ${actor.problem}` });
      continue;
    }
    const passage = toPassage(ctx.sourceId, ctx.text, mention);
    const fresh = mentionsOf.get(actor.id);
    if (fresh !== undefined || newIds.has(actor.id)) {
      addPassages(fresh ?? [], [passage]);
      continue;
    }
    const existing = ctx.actors.get(actor.id);
    if (existing === undefined) continue; // resolveActor only answers ids it knows
    const additions = extended.get(actor.id) ?? { mentions: [], aliases: [], proposals: [] };
    const added = addPassages(additions.mentions, existing.mentions.some((m) => samePosition(m, passage)) ? [] : [passage]);
    const spelling = mention.exact;
    const newSpelling = !existing.aliases.includes(spelling) && !additions.aliases.includes(spelling);
    if (newSpelling) additions.aliases.push(spelling);
    if (added.length > 0 || newSpelling) {
      additions.proposals.push(mention.id);
      extended.set(actor.id, additions);
    } else {
      notes.push(`${mention.id}: ${actor.id} already cites this passage; nothing added`);
    }
  }
  const added = accepted(ctx, 'actor').map((proposal) => ({
    actor: newActor(ctx, proposal, mentionsOf.get(actorRecordId(proposal)) ?? [], notes),
    proposal: proposal.id,
  }));
  return { added, extended, notes };
}
