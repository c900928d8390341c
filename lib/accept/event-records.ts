/**
 * Events and statements from the accepted proposals. An event proposal that
 * `matchesEvent` an event already in the dataset does not become a second
 * record of the same real event: its sentence joins that event's `evidence`
 * and its participants join the event's. Statements follow their event,
 * new or matched.
 */
import type { AtharEvent, FuzzyDate, Participant, Passage, Statement } from '../schema';
import type { EventProposal } from '../ingest/draft';
import { addPassages } from './actor-records';
import { defaultEventSummary, defaultEventTitleAr, defaultEventTitleEn } from './defaults';
import {
  accepted,
  actorNameEn,
  eventRecordId,
  resolveActor,
  resolveEvent,
  resolveOptionalActor,
  statementRecordId,
  type AcceptContext,
} from './resolve';
import type { AcceptProblem, Reviewed } from './review';
import { toPassage } from './source-record';

/** What the draft adds to an event already in the dataset. */
export interface EventAdditions {
  evidence: Passage[];
  participants: Participant[];
  proposals: string[];
}

export interface EventChanges {
  added: { event: AtharEvent; proposal: string }[];
  /** By the id of an existing event. */
  extended: Map<string, EventAdditions>;
  statements: { statement: Statement; proposal: string }[];
}

/** The participants with their actors resolved, each actor once (its first role). */
function participantsOf(ctx: AcceptContext, proposal: Reviewed<EventProposal>, problems: AcceptProblem[]): Participant[] {
  const out: Participant[] = [];
  proposal.participants.forEach((p, i) => {
    const actor = resolveActor(ctx, p.actorId, p.candidate);
    if (actor.problem !== undefined) problems.push({ proposal: proposal.id, message: `participant ${i + 1} ${actor.problem}` });
    else if (!out.some((q) => q.actor === actor.id)) out.push({ actor: actor.id, role: p.role });
  });
  return out;
}

function fuzzyDate(ctx: AcceptContext, proposal: Reviewed<EventProposal>): FuzzyDate {
  const { date } = proposal;
  return {
    expression: date.expression,
    passage: toPassage(ctx.sourceId, ctx.text, date.passage),
    edtf: date.edtf,
    earliest: date.earliest,
    latest: date.latest,
    precision: date.precision,
    anchor: date.anchor,
    rule: date.rule,
    basis: date.basis,
    ...(date.note !== undefined ? { note: date.note } : {}),
  };
}

function newEvent(ctx: AcceptContext, proposal: Reviewed<EventProposal>, participants: Participant[]): AtharEvent {
  const review = proposal.record ?? {};
  const names = participants.map((p) => actorNameEn(ctx, p.actor));
  return {
    id: eventRecordId(ctx, proposal),
    type: proposal.type,
    cameo: proposal.cameo,
    status: proposal.status,
    title: { en: review.titleEn ?? defaultEventTitleEn(proposal.type, names), ar: review.titleAr ?? defaultEventTitleAr(proposal.exact) },
    summary:
      review.summary ??
      defaultEventSummary({
        sourceId: ctx.sourceId,
        type: proposal.type,
        participants: participants.map((p, i) => `${names[i]} (${p.role})`),
        dateExpression: proposal.date.expression,
        edtf: proposal.date.edtf,
        dateBasis: proposal.date.basis,
      }),
    date: fuzzyDate(ctx, proposal),
    participants,
    evidence: [toPassage(ctx.sourceId, ctx.text, proposal)],
    analystNotes: [],
  };
}

function buildStatements(ctx: AcceptContext, participantsByEvent: Map<string, Participant[]>, problems: AcceptProblem[]): EventChanges['statements'] {
  const out: EventChanges['statements'] = [];
  for (const proposal of accepted(ctx, 'statement')) {
    const report = (message: string) => problems.push({ proposal: proposal.id, message });
    const speaker = resolveActor(ctx, proposal.speakerId, proposal.candidate);
    if (speaker.problem !== undefined) report(speaker.problem === 'names no actor' ? 'the statement has no speaker; name one' : `the speaker ${speaker.problem}`);
    const addressee = resolveOptionalActor(ctx, proposal.addresseeId);
    if (addressee?.problem !== undefined) report(`the addressee ${addressee.problem}`);
    const reportedBy = resolveOptionalActor(ctx, proposal.reportedBy);
    if (reportedBy?.problem !== undefined) report(`reportedBy ${reportedBy.problem}`);
    const event = resolveEvent(ctx, proposal.event);
    if (event.problem !== undefined) report(`the statement ${event.problem}`);
    if (speaker.id === undefined || event.id === undefined) continue;
    const participants = participantsByEvent.get(event.id) ?? [];
    if (!participants.some((p) => p.actor === speaker.id)) {
      report(`the speaker "${speaker.id}" is not a participant of the event "${event.id}"; add the speaker to that event's participants`);
    }
    out.push({
      proposal: proposal.id,
      statement: {
        id: statementRecordId(ctx, proposal),
        speaker: speaker.id,
        addressee: addressee?.id ?? null,
        event: event.id,
        passage: toPassage(ctx.sourceId, ctx.text, proposal),
        // A missing gloss is reported by the checks; the empty string never reaches a file.
        gloss: proposal.record?.gloss ?? '',
        mode: proposal.mode,
        reportedBy: reportedBy?.id ?? null,
      },
    });
  }
  return out;
}

/** Builds the event and statement changes; reference problems go to `problems`. */
export function buildEvents(ctx: AcceptContext, problems: AcceptProblem[]): EventChanges {
  const added: EventChanges['added'] = [];
  const extended = new Map<string, EventAdditions>();
  // Participants after this draft, by event id: what the statements' speakers are checked against.
  const participantsByEvent = new Map<string, Participant[]>([...ctx.events].map(([id, e]) => [id, [...e.participants]]));

  for (const proposal of accepted(ctx, 'event')) {
    const participants = participantsOf(ctx, proposal, problems);
    const matched = proposal.matchesEvent === null ? undefined : ctx.events.get(proposal.matchesEvent);
    if (matched === undefined) {
      // An unknown matchesEvent is reported by the checks.
      if (proposal.matchesEvent !== null) continue;
      if (participants.length === 0 && proposal.participants.length === 0) {
        problems.push({ proposal: proposal.id, message: 'an event needs at least one participant; add who acts or takes part' });
      }
      const event = newEvent(ctx, proposal, participants);
      added.push({ event, proposal: proposal.id });
      participantsByEvent.set(event.id, participants);
      continue;
    }
    const additions = extended.get(matched.id) ?? { evidence: [], participants: [], proposals: [] };
    const current = participantsByEvent.get(matched.id) ?? [];
    const evidence = matched.evidence.some((p) => p.position.start === proposal.start && p.position.end === proposal.end && p.source === ctx.sourceId)
      ? []
      : [toPassage(ctx.sourceId, ctx.text, proposal)];
    addPassages(additions.evidence, evidence);
    for (const participant of participants) {
      if (current.some((p) => p.actor === participant.actor)) continue;
      current.push(participant);
      additions.participants.push(participant);
    }
    participantsByEvent.set(matched.id, current);
    additions.proposals.push(proposal.id);
    extended.set(matched.id, additions);
  }
  return { added, extended, statements: buildStatements(ctx, participantsByEvent, problems) };
}
