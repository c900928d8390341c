/**
 * One proposal in the review list: what ingest proposes (kind, the exact
 * words, the key fields, its warnings), the three decisions, and its edit
 * form. Accept and Reject are toggle buttons (pressing the pressed one
 * clears the decision); Edit opens the form, and any change made there
 * marks the proposal edited.
 */
import type { Dispatch } from 'react';
import type { Reviewed, ReviewedDraft, ReviewedProposal } from '@/lib/accept/review';
import type { EventProposal } from '@/lib/ingest/draft';
import { EventFields } from './EventFields';
import { isolate, type Option } from './fields';
import { ActorFields, DateFields, MentionFields, StatementFields } from './OtherFields';
import type { DatasetActor, DatasetEvent, ReviewAction } from './review-state';

export interface ProposalCardProps {
  proposal: ReviewedProposal;
  draft: ReviewedDraft;
  selected: boolean;
  open: boolean;
  actors: readonly DatasetActor[];
  events: readonly DatasetEvent[];
  actorChoices: readonly Option[];
  dispatch: Dispatch<ReviewAction>;
  onPick: (id: string) => void;
  onToggleOpen: (id: string) => void;
  /** Problems the last save reported for this proposal. */
  problems: readonly string[];
}

function eventLine(p: Reviewed<EventProposal>): string {
  const who = p.participants.map((q) => `${q.actorId ?? q.candidate ?? '?'} (${q.role})`).join(', ') || 'no participants';
  const match = p.matchesEvent ? `; same as ${p.matchesEvent}` : '';
  return `${p.type} ${p.cameo}, ${p.status}; ${who}; ${p.date.edtf}${match}`;
}

/** The fields that matter at a glance, by kind. */
function keyFields(p: ReviewedProposal): string {
  switch (p.kind) {
    case 'date':
      return `${p.earliest ?? '…'} to ${p.latest ?? '…'} (${p.precision}, ${p.rule})`;
    case 'mention':
      return `→ ${p.actorId ?? p.candidate ?? '(no actor)'} (${p.match})`;
    case 'actor':
      return `new ${p.actorKind} ${p.record?.id ?? p.suggestedId}${p.title ? `, ${isolate(p.title.exact)}` : ''}`;
    case 'statement':
      return `by ${p.speakerId ?? p.candidate ?? '(no speaker)'}, ${p.mode}, event ${p.event ?? '(none)'}`;
    case 'event':
      return eventLine(p);
  }
}

const DECISION_LABEL = { accepted: 'accepted', edited: 'accepted with edits', rejected: 'rejected' } as const;

export function ProposalCard({ proposal: p, draft, selected, open, actors, events, actorChoices, dispatch, onPick, onToggleOpen, problems }: ProposalCardProps) {
  const decided = p.decision;
  const accepted = decided === 'accepted' || decided === 'edited';
  const common = { draft, dispatch };
  const headingId = `card-h-${p.id}`;
  return (
    <li id={`card-${p.id}`} className={`card card--${p.kind}${selected ? ' is-selected' : ''}${decided ? ` is-${decided}` : ''}`} aria-labelledby={headingId}>
      <div className="card-head">
        <span className={`badge badge--${p.kind}`}>{p.manual ? `${p.kind} (by hand)` : p.kind}</span>
        <button type="button" id={headingId} className="card-exact ar" lang="ar" dir="rtl" onClick={() => onPick(p.id)} aria-current={selected || undefined}>
          {p.exact}
        </button>
      </div>
      <p className="card-fields">
        {keyFields(p)} · <span className="card-id">{p.id}</span> · confidence {p.confidence}
      </p>
      {p.warnings.map((w) => (
        <p key={w} className="card-warning">
          ⚠ {w}
        </p>
      ))}
      {problems.map((m) => (
        <p key={m} className="card-problem" role="alert">
          ✗ {m}
        </p>
      ))}
      <div className="card-actions" role="group" aria-label={`Decision on ${p.id}`}>
        <button type="button" aria-pressed={accepted} onClick={() => dispatch({ type: 'decide', id: p.id, decision: accepted ? undefined : 'accepted' })}>
          Accept
        </button>
        <button type="button" aria-expanded={open} onClick={() => onToggleOpen(p.id)}>
          Edit
        </button>
        <button type="button" aria-pressed={decided === 'rejected'} onClick={() => dispatch({ type: 'decide', id: p.id, decision: decided === 'rejected' ? undefined : 'rejected' })}>
          Reject
        </button>
        {p.manual ? (
          <button type="button" onClick={() => dispatch({ type: 'remove', id: p.id })}>
            Delete
          </button>
        ) : null}
        <span className="card-decision">{decided ? DECISION_LABEL[decided] : 'no decision yet'}</span>
      </div>
      {open ? (
        <div className="card-form">
          {p.kind === 'event' ? <EventFields proposal={p} actors={actors} events={events} actorChoices={actorChoices} {...common} /> : null}
          {p.kind === 'statement' ? <StatementFields proposal={p} actorChoices={actorChoices} events={events} {...common} /> : null}
          {p.kind === 'actor' ? <ActorFields proposal={p} {...common} /> : null}
          {p.kind === 'mention' ? <MentionFields proposal={p} actorChoices={actorChoices} {...common} /> : null}
          {p.kind === 'date' ? <DateFields proposal={p} {...common} /> : null}
        </div>
      ) : null}
    </li>
  );
}
