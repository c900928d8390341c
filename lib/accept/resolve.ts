/**
 * How the proposals of a reviewed draft point at each other and at the
 * dataset, resolved to the record ids they will have. A draft refers to a
 * new actor by its actor proposal (`candidate`) and to an event by its event
 * proposal; once accepted these become plain ids, and a reference to a
 * proposal the reviewer rejected is a problem, never a dangling id.
 */
import type { Actor, AtharEvent } from '../schema';
import type { ActorProposal, EventProposal, StatementProposal } from '../ingest/draft';
import { defaultRecordId } from './defaults';
import { isAccepted, type Reviewed, type ReviewedDraft, type ReviewedProposal } from './review';

/** A reference resolved to the id it will have in the dataset, or why it cannot be. */
export type Resolution = { id: string; problem?: undefined } | { id?: undefined; problem: string };

export interface AcceptContext {
  draft: ReviewedDraft;
  sourceId: string;
  /** The article as stored in `sources/`. */
  text: string;
  proposals: ReadonlyMap<string, ReviewedProposal>;
  /** The dataset before this draft, by id. */
  actors: ReadonlyMap<string, Actor>;
  events: ReadonlyMap<string, AtharEvent>;
  statementIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

export function buildContext(
  draft: ReviewedDraft,
  text: string,
  dataset: { actors: readonly Actor[]; events: readonly AtharEvent[]; statementIds: Iterable<string>; sourceIds: Iterable<string> },
): AcceptContext {
  return {
    draft,
    sourceId: draft.source.id,
    text,
    // First wins: a duplicated proposal id is reported by the checks.
    proposals: new Map([...draft.proposals].reverse().map((p) => [p.id, p])),
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    events: new Map(dataset.events.map((e) => [e.id, e])),
    statementIds: new Set(dataset.statementIds),
    sourceIds: new Set(dataset.sourceIds),
  };
}

/** The accepted proposals of one kind, in draft order. */
export function accepted<K extends ReviewedProposal['kind']>(ctx: AcceptContext, kind: K): Extract<ReviewedProposal, { kind: K }>[] {
  return ctx.draft.proposals.filter((p): p is Extract<ReviewedProposal, { kind: K }> => p.kind === kind && isAccepted(p));
}

/** The id a new actor gets: the reviewer's, else the suggested transliteration. */
export function actorRecordId(proposal: Reviewed<ActorProposal>): string {
  return proposal.record?.id ?? proposal.suggestedId;
}

/** The id of the event record an event proposal becomes, or of the existing event it adds evidence to. */
export function eventRecordId(ctx: AcceptContext, proposal: Reviewed<EventProposal>): string {
  return proposal.matchesEvent ?? proposal.record?.id ?? defaultRecordId(ctx.sourceId, proposal.id);
}

export function statementRecordId(ctx: AcceptContext, proposal: Reviewed<StatementProposal>): string {
  return proposal.record?.id ?? defaultRecordId(ctx.sourceId, proposal.id);
}

/** `undecided` reads better than a missing field in a message. */
function decisionWord(proposal: ReviewedProposal): string {
  return proposal.decision ?? 'left undecided';
}

/** An actor given as a dataset id or as a candidate (an actor proposal id); exactly one of them. */
export function resolveActor(ctx: AcceptContext, actorId: string | null, candidate: string | null): Resolution {
  if (actorId !== null && candidate !== null) return { problem: `names both the actor "${actorId}" and the candidate ${candidate}; keep one` };
  if (actorId !== null) {
    if (ctx.actors.has(actorId)) return { id: actorId };
    const proposed = accepted(ctx, 'actor').find((p) => actorRecordId(p) === actorId);
    return proposed ? { id: actorId } : { problem: `the actor "${actorId}" is not in actors.json and no accepted actor proposal has that id` };
  }
  if (candidate === null) return { problem: 'names no actor' };
  const proposal = ctx.proposals.get(candidate);
  if (proposal === undefined || proposal.kind !== 'actor') return { problem: `the candidate ${candidate} is not an actor proposal of this draft` };
  if (!isAccepted(proposal)) return { problem: `the candidate actor ${candidate} was ${decisionWord(proposal)}; accept it or name another actor` };
  return { id: actorRecordId(proposal) };
}

/** An optional actor (addressee, reportedBy): null stays null. */
export function resolveOptionalActor(ctx: AcceptContext, actorId: string | null): Resolution | null {
  return actorId === null ? null : resolveActor(ctx, actorId, null);
}

/**
 * A statement's event: an event proposal of this draft (which must be
 * accepted) or the id of an event already in the dataset.
 */
export function resolveEvent(ctx: AcceptContext, ref: string | null): Resolution {
  if (ref === null) return { problem: 'belongs to no event; choose the event it was said at' };
  const proposal = ctx.proposals.get(ref);
  if (proposal !== undefined && proposal.kind === 'event') {
    if (!isAccepted(proposal)) return { problem: `its event ${ref} was ${decisionWord(proposal)}; accept the event, choose another, or reject the statement` };
    return { id: eventRecordId(ctx, proposal) };
  }
  if (ctx.events.has(ref)) return { id: ref };
  return { problem: `its event "${ref}" is neither an event proposal of this draft nor an event in events.json` };
}

/** English names for titles: the dataset's, the reviewer's for a new actor, else the id. */
export function actorNameEn(ctx: AcceptContext, id: string): string {
  const known = ctx.actors.get(id);
  if (known) return known.name.en;
  const proposed = accepted(ctx, 'actor').find((p) => actorRecordId(p) === id);
  return proposed?.record?.nameEn ?? id;
}
