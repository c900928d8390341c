/**
 * The small form controls of the review page: a labelled text field, a
 * labelled select, and the actor picker that chooses between an actor of
 * the dataset and a new actor proposed in this draft (a "candidate").
 * Every control is a real <label>ed element, so the page works from the
 * keyboard and reads right in a screen reader.
 */
import type { ReactNode } from 'react';
import type { ReviewedProposal } from '@/lib/accept/review';
import type { DatasetActor } from './review-state';

export interface Option {
  value: string;
  label: string;
}

interface TextFieldProps {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  placeholder?: string;
  required?: boolean;
  multiline?: boolean;
  /** Arabic fields are typed and shown right to left. */
  arabic?: boolean;
  hint?: ReactNode;
}

export function TextField({ label, value, onChange, placeholder, required, multiline, arabic, hint }: TextFieldProps) {
  const common = {
    value: value ?? '',
    placeholder,
    required,
    'aria-required': required || undefined,
    lang: arabic ? 'ar' : undefined,
    dir: arabic ? 'rtl' : undefined,
    className: arabic ? 'ar' : undefined,
  };
  return (
    <label className="field">
      <span className="field-label">
        {label}
        {required ? <span className="field-required"> (required)</span> : null}
      </span>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? <span className="field-hint">{hint}</span> : null}
    </label>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}

export function SelectField({ label, value, options, onChange }: SelectFieldProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** An actor reference as the draft writes it: a dataset id or a candidate (actor proposal id), or neither. */
export interface ActorRef {
  actorId: string | null;
  candidate: string | null;
}

const NONE = '';

/**
 * Arabic inside an English label, isolated (U+2068 … U+2069) so the
 * bidi algorithm cannot pull the surrounding punctuation and digits into
 * its right-to-left run; <option> text cannot hold a <bdi> element.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function encode(ref: ActorRef): string {
  if (ref.candidate !== null) return `c:${ref.candidate}`;
  if (ref.actorId !== null) return `a:${ref.actorId}`;
  return NONE;
}

function decode(value: string): ActorRef {
  if (value.startsWith('c:')) return { actorId: null, candidate: value.slice(2) };
  if (value.startsWith('a:')) return { actorId: value.slice(2), candidate: null };
  return { actorId: null, candidate: null };
}

/** The actors to choose from: this draft's new actors first (not rejected ones), then the dataset's by English name. */
export function actorOptions(actors: readonly DatasetActor[], proposals: readonly ReviewedProposal[]): Option[] {
  const candidates = proposals
    .filter((p) => p.kind === 'actor' && p.decision !== 'rejected')
    .map((p) => ({ value: `c:${p.id}`, label: `new: ${isolate(p.kind === 'actor' ? p.name.ar : p.exact)} (${p.id})` }));
  const known = [...actors]
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn))
    .map((a) => ({ value: `a:${a.id}`, label: `${a.nameEn} — ${isolate(a.nameAr)}` }));
  return [...candidates, ...known];
}

interface ActorPickerProps {
  label: string;
  value: ActorRef;
  options: readonly Option[];
  onChange: (ref: ActorRef) => void;
  /** What "no actor" means here, e.g. "(none)" or "(choose)". */
  noneLabel?: string;
}

export function ActorPicker({ label, value, options, onChange, noneLabel = '(none)' }: ActorPickerProps) {
  const current = encode(value);
  // A reference the lists do not hold (a typo in a hand-edited draft) stays visible rather than silently replaced.
  const missing = current !== NONE && !options.some((o) => o.value === current) ? [{ value: current, label: `${current.slice(2)} (unknown)` }] : [];
  return <SelectField label={label} value={current} options={[{ value: NONE, label: noneLabel }, ...missing, ...options]} onChange={(v) => onChange(decode(v))} />;
}
