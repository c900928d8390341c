/**
 * Editing an event proposal: whether it is a new event or evidence of one
 * already in the dataset, its type, status and participants, its date
 * (one of the draft's date proposals, or a date of its own), and the
 * record's id, titles and summary. Empty optional fields fall back to the
 * defaults shown as placeholders, which are what lib/accept will write.
 */
import type { Dispatch } from 'react';
import type { DraftEventDate, EventProposal } from '@/lib/ingest/draft';
import { defaultEventSummary, defaultEventTitleAr, defaultEventTitleEn, defaultRecordId } from '@/lib/accept/defaults';
import type { Reviewed, ReviewedDraft } from '@/lib/accept/review';
import { dayNumber, isIsoDay } from '@/lib/day';
import { edtfFor } from '@/lib/ingest/resolution';
import { EVENT_TYPES, PRECISIONS, type EventType, type Precision } from '@/lib/vocabulary';
import { ActorPicker, SelectField, TextField, isolate, type Option } from './fields';
import { dateFromProposal, typePatch, type DatasetActor, type DatasetEvent, type ReviewAction } from './review-state';

interface EventFieldsProps {
  proposal: Reviewed<EventProposal>;
  draft: ReviewedDraft;
  actors: readonly DatasetActor[];
  events: readonly DatasetEvent[];
  actorChoices: readonly Option[];
  dispatch: Dispatch<ReviewAction>;
}

const ROLES: Option[] = ['source', 'target', 'participant'].map((r) => ({ value: r, label: r }));
const STATUSES: Option[] = ['occurred', 'expected', 'ongoing'].map((s) => ({ value: s, label: s }));
const TYPES: Option[] = (Object.keys(EVENT_TYPES) as EventType[]).map((t) => ({ value: t, label: `${t} — ${EVENT_TYPES[t].label}` }));
const OWN_DATE = '';

/** The EDTF of an edited interval, or the old one while a day is half typed. */
function edtfOf(date: DraftEventDate, earliest: string | null, latest: string | null, precision: Precision): string {
  const valid = (d: string | null) => d === null || isIsoDay(d);
  if (!valid(earliest) || !valid(latest)) return date.edtf;
  return edtfFor(earliest === null ? null : dayNumber(earliest), latest === null ? null : dayNumber(latest), precision);
}

export function EventFields({ proposal, draft, actors, events, actorChoices, dispatch }: EventFieldsProps) {
  const edit = (patch: Partial<EventProposal>) => dispatch({ type: 'edit', id: proposal.id, patch });
  const record = proposal.record ?? {};
  const setRecord = (key: 'id' | 'titleEn' | 'titleAr' | 'summary') => (value: string) => dispatch({ type: 'record', id: proposal.id, patch: { [key]: value || undefined } });
  const nameOf = (ref: { actorId: string | null; candidate: string | null }): string => {
    if (ref.actorId !== null) return actors.find((a) => a.id === ref.actorId)?.nameEn ?? ref.actorId;
    const candidate = draft.proposals.find((p) => p.id === ref.candidate);
    return candidate?.kind === 'actor' ? (candidate.record?.nameEn ?? candidate.name.ar) : '?';
  };
  const named = proposal.participants.filter((p) => p.actorId !== null || p.candidate !== null);
  const names = named.map(nameOf);
  const { date } = proposal;
  const dateChoices: Option[] = [
    { value: OWN_DATE, label: `its own date: ${isolate(date.proposal === null ? date.expression : '…')}` },
    ...draft.proposals.flatMap((p) => (p.kind === 'date' && p.decision !== 'rejected' ? [{ value: p.id, label: `${isolate(`"${p.exact}"`)} → ${p.edtf} (${p.rule})` }] : [])),
  ];
  const setDate = (patch: Partial<DraftEventDate>) => {
    const next = { ...date, ...patch, proposal: null };
    edit({ date: { ...next, edtf: edtfOf(next, next.earliest, next.latest, next.precision) } });
  };
  const pickDate = (id: string) => {
    const chosen = draft.proposals.find((p) => p.id === id);
    if (chosen?.kind === 'date') edit({ date: dateFromProposal(chosen) });
    else edit({ date: { ...date, proposal: null } });
  };
  const participants = proposal.participants;
  const setParticipants = (next: EventProposal['participants']) => edit({ participants: next });

  return (
    <div className="fields">
      <SelectField
        label="Same real event as"
        value={proposal.matchesEvent ?? ''}
        options={[{ value: '', label: '(none: a new event)' }, ...events.map((e) => ({ value: e.id, label: `${e.id} — ${e.titleEn} (${e.edtf})` }))]}
        onChange={(v) => edit({ matchesEvent: v || null })}
      />
      {proposal.matchesEvent !== null ? (
        <p className="field-hint">The sentence becomes evidence of {proposal.matchesEvent}, and new participants join it; no new event is made.</p>
      ) : (
        <TextField label="Record id" value={record.id} placeholder={defaultRecordId(draft.source.id, proposal.id)} onChange={setRecord('id')} />
      )}
      <SelectField label="Type" value={proposal.type} options={TYPES} onChange={(v) => edit(typePatch(v as EventType))} />
      <TextField label="CAMEO code" value={proposal.cameo} onChange={(v) => edit({ cameo: v })} hint={`under ${EVENT_TYPES[proposal.type].cameo}`} />
      <SelectField label="Status" value={proposal.status} options={STATUSES} onChange={(v) => edit({ status: v as EventProposal['status'] })} />
      <fieldset className="participants">
        <legend>Participants</legend>
        {participants.map((p, i) => (
          <div className="participant" key={i}>
            <ActorPicker label={`Actor ${i + 1}`} value={p} options={actorChoices} noneLabel="(choose)" onChange={(ref) => setParticipants(participants.map((q, j) => (j === i ? { ...q, ...ref } : q)))} />
            <SelectField label="Role" value={p.role} options={ROLES} onChange={(v) => setParticipants(participants.map((q, j) => (j === i ? { ...q, role: v as typeof q.role } : q)))} />
            <button type="button" onClick={() => setParticipants(participants.filter((_, j) => j !== i))}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setParticipants([...participants, { actorId: null, candidate: null, role: 'participant' }])}>
          Add participant
        </button>
      </fieldset>
      <fieldset className="date">
        <legend>Date</legend>
        <SelectField label="Date from" value={date.proposal ?? OWN_DATE} options={dateChoices} onChange={pickDate} />
        <p className="field-hint">
          {date.basis === 'context' ? 'From context' : <bdi>&quot;{date.expression}&quot;</bdi>}: {date.earliest ?? '…'} to {date.latest ?? '…'}, {date.precision}, EDTF {date.edtf}, rule {date.rule}
        </p>
        {date.proposal === null ? (
          <div className="date-own">
            <TextField label="Earliest (YYYY-MM-DD, empty = open)" value={date.earliest ?? ''} onChange={(v) => setDate({ earliest: v || null })} />
            <TextField label="Latest (YYYY-MM-DD, empty = open)" value={date.latest ?? ''} onChange={(v) => setDate({ latest: v || null })} />
            <SelectField label="Precision" value={date.precision} options={PRECISIONS.map((p) => ({ value: p, label: p }))} onChange={(v) => setDate({ precision: v as Precision })} />
            <TextField label="Rule" value={date.rule} onChange={(v) => setDate({ rule: v })} />
            <TextField label="Note" value={date.note} onChange={(v) => setDate({ note: v || undefined })} />
          </div>
        ) : null}
      </fieldset>
      {proposal.matchesEvent === null ? (
        <>
          <TextField label="Title (English)" value={record.titleEn} placeholder={defaultEventTitleEn(proposal.type, names)} onChange={setRecord('titleEn')} />
          <TextField label="Title (Arabic)" arabic value={record.titleAr} placeholder={defaultEventTitleAr(proposal.exact)} onChange={setRecord('titleAr')} />
          <TextField
            label="Summary"
            multiline
            value={record.summary}
            placeholder={defaultEventSummary({ sourceId: draft.source.id, type: proposal.type, participants: named.map((p, i) => `${names[i]} (${p.role})`), dateExpression: date.expression, edtf: date.edtf, dateBasis: date.basis })}
            onChange={setRecord('summary')}
          />
        </>
      ) : null}
    </div>
  );
}
