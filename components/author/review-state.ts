/**
 * The review page's state: the reviewed draft being edited, as a reducer so
 * every change is one named action (and testable without a browser). The
 * draft in the state is exactly what Save posts; the page keeps no second
 * copy of anything.
 *
 * Two rules keep the draft coherent, mirroring lib/accept:
 * - any edit of a proposal marks it `edited` (accepted with changes);
 * - editing a date proposal copies the new date into every event dated by
 *   it, so the accept step never finds an event with a stale copy.
 */
import type { DateProposal, DraftEventDate, EventProposal } from '@/lib/ingest/draft';
import type { Decision, RecordFields, ReviewedDraft, ReviewedProposal, SourceRecordFields } from '@/lib/accept/review';
import { EVENT_TYPES, type EventType } from '@/lib/vocabulary';

/** The dataset's actors and events as the server lists them, for the pickers. */
export interface DatasetActor {
  id: string;
  nameEn: string;
  nameAr: string;
  kind: string;
}
export interface DatasetEvent {
  id: string;
  titleEn: string;
  type: string;
  edtf: string;
  participants: string[];
}

/** What GET /api/drafts/<id> answers. */
export interface DraftBundle {
  id: string;
  draft: ReviewedDraft;
  text: string | null;
  accepted: boolean;
  actors: DatasetActor[];
  events: DatasetEvent[];
}

export type CreatableKind = 'event' | 'statement' | 'actor' | 'mention';

export type ReviewAction =
  | { type: 'decide'; id: string; decision: Decision | undefined }
  | { type: 'edit'; id: string; patch: Partial<ReviewedProposal> }
  | { type: 'record'; id: string; patch: Partial<RecordFields> }
  | { type: 'source'; patch: Partial<SourceRecordFields> }
  | { type: 'create'; kind: CreatableKind; start: number; end: number; text: string }
  | { type: 'remove'; id: string };

/** The event date a date proposal gives. */
export function dateFromProposal(date: DateProposal): DraftEventDate {
  return {
    expression: date.exact,
    passage: { start: date.start, end: date.end, exact: date.exact },
    edtf: date.edtf,
    earliest: date.earliest,
    latest: date.latest,
    precision: date.precision,
    anchor: date.anchor,
    rule: date.rule,
    basis: 'expression',
    proposal: date.id,
  };
}

/** Drops keys whose value is undefined or empty, so a cleared field falls back to its default. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== '');
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

function replace(draft: ReviewedDraft, id: string, change: (p: ReviewedProposal) => ReviewedProposal): ReviewedDraft {
  return { ...draft, proposals: draft.proposals.map((p) => (p.id === id ? change(p) : p)) };
}

/** After a date proposal changed, every event dated by it gets the new date. */
function propagateDate(draft: ReviewedDraft, date: DateProposal): ReviewedDraft {
  return {
    ...draft,
    proposals: draft.proposals.map((p) => (p.kind === 'event' && p.date.proposal === date.id ? { ...p, date: dateFromProposal(date) } : p)),
  };
}

/** A new proposal for a span the reviewer selected; see {@link ReviewAction}. */
export function manualProposal(draft: ReviewedDraft, kind: CreatableKind, start: number, end: number, exact: string): ReviewedProposal {
  const id = `manual-${kind}-${start}-${end}`;
  const base = { id, start, end, exact, confidence: 1, warnings: [], decision: 'edited' as const, manual: true };
  const passage = { start, end, exact };
  switch (kind) {
    case 'actor':
      return { ...base, kind, suggestedId: `new-actor-${start}`, name: { ar: exact }, actorKind: 'person', aliases: [exact], title: null };
    case 'mention':
      return { ...base, kind, actorId: null, candidate: null, match: 'exact', surface: exact };
    case 'statement':
      return { ...base, kind, speakerId: null, candidate: null, speakerMention: null, speakerBasis: null, addresseeId: null, mode: 'reported-speech', reportedBy: null, reportedByBasis: null, verb: { ...passage, lemma: '' }, event: null, continues: null };
    case 'event': {
      const day = draft.source.publication.day;
      // Until the reviewer picks a date: said or done before publication, as ingest dates an undated verb.
      const date: DraftEventDate = { expression: exact, passage, edtf: `../${day}`, earliest: null, latest: day, precision: 'vague', anchor: draft.source.id, rule: 'before-publication', basis: 'context', note: 'Before publication; the text gives no date (set in review).', proposal: null };
      return { ...base, kind, type: 'statement', cameo: EVENT_TYPES.statement.cameo, status: 'occurred', participants: [], date, trigger: { ...passage, lemma: '' }, statements: [], matchesEvent: null };
    }
  }
}

export function reviewReducer(draft: ReviewedDraft, action: ReviewAction): ReviewedDraft {
  switch (action.type) {
    case 'decide':
      return replace(draft, action.id, (p) => ({ ...p, decision: action.decision }));
    case 'edit': {
      const next = replace(draft, action.id, (p) => ({ ...p, ...action.patch, decision: 'edited' }) as ReviewedProposal);
      const changed = next.proposals.find((p) => p.id === action.id);
      return changed?.kind === 'date' ? propagateDate(next, changed) : next;
    }
    case 'record':
      return replace(draft, action.id, (p) => ({ ...p, record: compact({ ...p.record, ...action.patch }), decision: p.decision === 'rejected' || p.decision === undefined ? 'edited' : p.decision }));
    case 'source':
      return { ...draft, source: { ...draft.source, record: compact({ ...draft.source.record, ...action.patch }) } };
    case 'create': {
      const made = manualProposal(draft, action.kind, action.start, action.end, action.text);
      if (draft.proposals.some((p) => p.id === made.id)) return draft;
      return { ...draft, proposals: [...draft.proposals, made] };
    }
    case 'remove':
      return { ...draft, proposals: draft.proposals.filter((p) => !(p.id === action.id && p.manual)) };
  }
}

/** The change of type of an event: the CAMEO code follows to the new type's root. */
export function typePatch(type: EventType): Partial<EventProposal> {
  return { type, cameo: EVENT_TYPES[type].cameo };
}
