/**
 * What an accepted proposal becomes when the reviewer did not say otherwise:
 * record ids, and the event title and summary that the draft cannot propose.
 * Shared by the accept step and the review page (which shows them as the
 * placeholders of its fields), so the page shows exactly what will be
 * written. No zod and no Node here: the page bundles this file.
 *
 * Only descriptions built from the record's own structured fields are
 * defaulted. A translation (an actor's English name, a statement's gloss, a
 * titled article's English title) is never made up: the accept step asks
 * the reviewer for it instead.
 */
import { EVENT_TYPES, type EventType } from '../vocabulary';

/** The longest default Arabic title, in UTF-16 code units, before it is cut at a word. */
const TITLE_AR_MAX = 90;

/** Lower-case kebab-case, as IdSchema wants: other characters become single dashes. */
export function kebab(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The record id of an event or statement the reviewer did not name: the
 * source id and the proposal id (`pentagon-2013-05-07-event-29-34`). Unique
 * because proposal ids are unique in a draft and source ids in the dataset;
 * a meaningful id (README, "Ids") is better, and the page asks for one.
 */
export function defaultRecordId(sourceId: string, proposalId: string): string {
  return kebab(`${sourceId}-${proposalId}`);
}

/** `Disapprove, accuse: Pentagon, Chinese government` — the type's label and who takes part. */
export function defaultEventTitleEn(type: EventType, participantNames: readonly string[]): string {
  const label = EVENT_TYPES[type].label;
  return participantNames.length > 0 ? `${label}: ${participantNames.join(', ')}` : label;
}

/** The sentence that tells the event, verbatim, cut at a word when long. */
export function defaultEventTitleAr(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= TITLE_AR_MAX) return flat;
  const cut = flat.lastIndexOf(' ', TITLE_AR_MAX);
  return `${flat.slice(0, cut > TITLE_AR_MAX / 2 ? cut : TITLE_AR_MAX)} …`;
}

export interface SummaryFacts {
  sourceId: string;
  type: EventType;
  /** Participants as `Name (role)`. */
  participants: readonly string[];
  dateExpression: string;
  edtf: string;
  dateBasis: 'expression' | 'context';
}

/** A plain account of what the record says and where it comes from; it claims nothing beyond its fields. */
export function defaultEventSummary(facts: SummaryFacts): string {
  const who = facts.participants.length > 0 ? facts.participants.join(', ') : 'no participants named';
  const when =
    facts.dateBasis === 'expression' ? `dated ${facts.edtf} from "${facts.dateExpression}"` : `dated ${facts.edtf} from context`;
  return `${EVENT_TYPES[facts.type].label} reported by ${facts.sourceId}: ${who}; ${when}.`;
}

/** The Source record's titles when the reviewer gives none: only an untitled text has a default. */
export const UNTITLED = { ar: 'نص بلا عنوان', en: 'Untitled text' } as const;

/** The publication note from what ingest found: the dateline or the given date, and every warning. */
export function defaultPublicationNote(publication: {
  datetime: string;
  basis: 'stated' | 'inferred';
  passage: { exact: string } | null;
  warnings: readonly string[];
}): string {
  const head =
    publication.basis === 'stated'
      ? `Stated in the dateline "${publication.passage?.exact ?? ''}", read as ${publication.datetime}.`
      : `Inferred: the text states no dateline; ${publication.datetime} was given at ingest (--published).`;
  return [head, ...publication.warnings].join(' ');
}
