/**
 * Editing the proposals other than events: a statement (speaker, event,
 * mode, gloss), a new actor (id, names, kind, country, role), a mention
 * (which actor it names) and a date (its interval; events dated by it
 * follow, see review-state.ts). Translations are marked required: the
 * accept step refuses to make them up.
 */
import type { Dispatch } from 'react';
import type { ActorProposal, DateProposal, MentionProposal, StatementProposal } from '@/lib/ingest/draft';
import { defaultRecordId } from '@/lib/accept/defaults';
import type { RecordFields, Reviewed, ReviewedDraft } from '@/lib/accept/review';
import { dayNumber, isIsoDay } from '@/lib/day';
import { edtfFor } from '@/lib/ingest/resolution';
import { ACTOR_KINDS, PRECISIONS, type Precision } from '@/lib/vocabulary';
import { ActorPicker, SelectField, TextField, isolate, type Option } from './fields';
import type { DatasetEvent, ReviewAction } from './review-state';

interface Common {
  draft: ReviewedDraft;
  dispatch: Dispatch<ReviewAction>;
}

function recordSetter(dispatch: Dispatch<ReviewAction>, id: string) {
  return (key: keyof RecordFields) => (value: string) => dispatch({ type: 'record', id, patch: { [key]: value || undefined } });
}

export function StatementFields({ proposal, draft, dispatch, actorChoices, events }: Common & { proposal: Reviewed<StatementProposal>; actorChoices: readonly Option[]; events: readonly DatasetEvent[] }) {
  const edit = (patch: Partial<StatementProposal>) => dispatch({ type: 'edit', id: proposal.id, patch });
  const setRecord = recordSetter(dispatch, proposal.id);
  const knownOnly = actorChoices.filter((o) => o.value.startsWith('a:'));
  const eventChoices: Option[] = [
    { value: '', label: '(choose)' },
    ...draft.proposals.flatMap((p) => (p.kind === 'event' && p.decision !== 'rejected' ? [{ value: p.id, label: `draft ${p.id}: ${p.type}, ${isolate(`${p.exact.slice(0, 40)}…`)}` }] : [])),
    ...events.map((e) => ({ value: e.id, label: `${e.id} — ${e.titleEn}` })),
  ];
  return (
    <div className="fields">
      <TextField label="Record id" value={proposal.record?.id} placeholder={defaultRecordId(draft.source.id, proposal.id)} onChange={setRecord('id')} />
      <ActorPicker label="Speaker" value={{ actorId: proposal.speakerId, candidate: proposal.candidate }} options={actorChoices} noneLabel="(choose)" onChange={(ref) => edit({ speakerId: ref.actorId, candidate: ref.candidate })} />
      <SelectField label="Event it was said at" value={proposal.event ?? ''} options={eventChoices} onChange={(v) => edit({ event: v || null })} />
      <SelectField label="Mode" value={proposal.mode} options={[{ value: 'reported-speech', label: 'reported speech' }, { value: 'direct-quote', label: 'direct quote' }]} onChange={(v) => edit({ mode: v as StatementProposal['mode'] })} />
      <ActorPicker label="Addressee" value={{ actorId: proposal.addresseeId, candidate: null }} options={knownOnly} onChange={(ref) => edit({ addresseeId: ref.actorId })} />
      <ActorPicker label="Reported by" value={{ actorId: proposal.reportedBy, candidate: null }} options={knownOnly} onChange={(ref) => edit({ reportedBy: ref.actorId })} />
      <TextField label="Gloss (English translation of the words)" required multiline value={proposal.record?.gloss} onChange={setRecord('gloss')} />
    </div>
  );
}

export function ActorFields({ proposal, dispatch }: Common & { proposal: Reviewed<ActorProposal> }) {
  const edit = (patch: Partial<ActorProposal>) => dispatch({ type: 'edit', id: proposal.id, patch });
  const setRecord = recordSetter(dispatch, proposal.id);
  return (
    <div className="fields">
      <TextField label="Record id" value={proposal.record?.id} placeholder={proposal.suggestedId} onChange={setRecord('id')} hint="kebab-case, by name: hua-chunying" />
      <TextField label="Name (Arabic, as the text writes it)" arabic value={proposal.name.ar} onChange={(v) => edit({ name: { ...proposal.name, ar: v } })} />
      <TextField label="Name (English)" required value={proposal.record?.nameEn} onChange={setRecord('nameEn')} />
      <SelectField label="Kind" value={proposal.actorKind} options={ACTOR_KINDS.map((k) => ({ value: k, label: k }))} onChange={(v) => edit({ actorKind: v as ActorProposal['actorKind'] })} />
      <TextField label="Country (ISO code, e.g. CN; empty = none)" value={proposal.record?.country ?? ''} onChange={(v) => dispatch({ type: 'record', id: proposal.id, patch: { country: v ? v.toUpperCase() : undefined } })} />
      {proposal.title ? <TextField label={`Role in English, for the title ${isolate(proposal.title.exact)} (empty = no role)`} value={proposal.record?.roleEn} onChange={setRecord('roleEn')} /> : null}
      <p className="field-hint">Aliases: {proposal.aliases.join('، ')} (those not in the article are left out)</p>
    </div>
  );
}

export function MentionFields({ proposal, dispatch, actorChoices }: Common & { proposal: Reviewed<MentionProposal>; actorChoices: readonly Option[] }) {
  return (
    <div className="fields">
      <ActorPicker
        label="Actor named here"
        value={{ actorId: proposal.actorId, candidate: proposal.candidate }}
        options={actorChoices}
        noneLabel="(choose)"
        onChange={(ref) => dispatch({ type: 'edit', id: proposal.id, patch: { actorId: ref.actorId, candidate: ref.candidate } })}
      />
    </div>
  );
}

export function DateFields({ proposal, dispatch }: Common & { proposal: Reviewed<DateProposal> }) {
  const set = (patch: Partial<DateProposal>) => {
    const next = { ...proposal, ...patch };
    const day = (d: string | null) => (d === null ? null : isIsoDay(d) ? dayNumber(d) : undefined);
    const [first, last] = [day(next.earliest), day(next.latest)];
    const edtf = first === undefined || last === undefined ? proposal.edtf : edtfFor(first, last, next.precision);
    dispatch({ type: 'edit', id: proposal.id, patch: { ...patch, edtf } });
  };
  return (
    <div className="fields">
      <TextField label="Earliest (YYYY-MM-DD, empty = open)" value={proposal.earliest ?? ''} onChange={(v) => set({ earliest: v || null })} />
      <TextField label="Latest (YYYY-MM-DD, empty = open)" value={proposal.latest ?? ''} onChange={(v) => set({ latest: v || null })} />
      <SelectField label="Precision" value={proposal.precision} options={PRECISIONS.map((p) => ({ value: p, label: p }))} onChange={(v) => set({ precision: v as Precision })} />
      <TextField label="Rule" value={proposal.rule} onChange={(v) => set({ rule: v })} />
      <p className="field-hint">EDTF {proposal.edtf}; events dated by this expression take the edit.</p>
    </div>
  );
}
