/**
 * The ingest draft: what `npm run ingest` writes to `data/drafts/<id>.json`
 * and what the review step (`npm run accept`, the authoring page) reads. It is
 * a proposal list, never part of the dataset: nothing in it is trusted until a
 * reviewer accepts it.
 *
 * ```jsonc
 * {
 *   "format": "athar-ingest-draft", "version": 1,
 *   "source": {
 *     "id": "aljazeera-2013-05-15", "textFile": "aljazeera-2013-05-15.txt",
 *     "sha256": "48d3…9055",                       // of the bytes copied to data/sources/
 *     "language": "ar",
 *     "title": { "start": 0, "end": 41, "exact": "تقدم بمحادثات أميركا …" } | null,   // first short line, a guess
 *     "publisher": {
 *       "given": "Al Jazeera Net" | null,          // --publisher
 *       "credit": { "name": "رويترز", "actorId": "reuters" | null,
 *                   "passage": { "start": 2031, "end": 2037, "exact": "رويترز" } } | null   // `المصدر : …`
 *     },
 *     "publication": {
 *       "datetime": "2013-05-15T12:06:00+03:00",   // always with a numeric offset (Source schema)
 *       "day": "2013-05-15",                       // the anchor: publication day on the publisher's calendar
 *       "basis": "stated" | "inferred",            // stated: from the dateline; inferred: --published
 *       "passage": { "start": 53, "end": 89, "exact": "2013/5/15 الساعة 12:06 (مكة المكرمة)" } | null,
 *       "hijri": { "passage": {…}, "stated": "1434/7/6", "umalqura": "1434/7/5", "differenceDays": 1 } | null,
 *       "warnings": ["The Hijri date 1434/7/6 is 1 day ahead of 2013-05-15 …"]
 *     }
 *   },
 *   "proposals": [ … ]                            // sorted by kind (actor, mention, date, statement, event), then offset
 * }
 * ```
 *
 * Every proposal has `id` (deterministic: the kind and offsets, so re-running
 * ingest on the same text gives the same ids), `kind`, `start`/`end` (UTF-16
 * offsets into the article, end exclusive), `exact` (`text.slice(start,
 * end)`), `confidence` (0–1, a ranking hint for review, not a probability)
 * and `warnings` (strings, possibly empty). By kind:
 *
 * - `date` (`date-<start>-<end>`): a date expression. `earliest`, `latest`
 *   (ISO days; null for an open end), `precision`, `edtf`, `rule` (the rule
 *   names of data/README.md and relative-dates.ts), `anchor` (the source id
 *   when the publication day resolved it, null for an absolute date), `basis`
 *   (`expression`) and `partOfDay` (`morning`, `noon`, `evening`, `night`,
 *   null). `exact` is the FuzzyDate `expression`.
 * - `actor` (`actor-<suggestedId>`): a new actor from a title + name, or a
 *   name alone (lib/ingest/untitled-names.ts, `title` null); the span
 *   is the name's first occurrence. `suggestedId` (a transliteration to
 *   correct), `name.ar`, `actorKind` (`person`), `aliases`, `title` (the
 *   passage of the title before the name).
 * - `mention` (`mention-<start>-<end>-<actor>`): `actorId` (a dataset actor)
 *   or `candidate` (the id of an `actor` proposal), the other null; `match`
 *   (`exact`, `variant` for a transliteration or hamza variant, `generic` for
 *   a referring word like `الوكالة`) and `surface` (the alias that matched).
 * - `statement` (`statement-<start>-<end>`): the span is the words said or
 *   reported, without the verb, `أن`/`إن` or outer quotation marks.
 *   `speakerId` or `candidate` (actor proposal id), both null when no speaker
 *   was found; `speakerMention` (mention proposal id or null), `speakerBasis`
 *   (`after-verb`, `before-verb`, `previous-statement`, or `antecedent` when
 *   a bare title after the verb, `وقال المتحدث`, points back to the person
 *   named with it: `speakerMention` is then that earlier mention), `addresseeId`,
 *   `mode` (`direct-quote` | `reported-speech`), `reportedBy` (actor id or
 *   null) with `reportedByBasis` (`relay` for `نقلت وكالة …`, `addressee` for
 *   words said to a news medium, `credit` for the article's wire), `verb`
 *   (passage + `lemma`), `event` (the event proposal id) and `continues` (the
 *   statement proposal it carries on, or null).
 * - `event` (`event-<verbStart>-<verbEnd>`): the span is the sentence that
 *   tells it (its evidence). `type`, `cameo`, `status`, `participants`
 *   (`{ actorId | candidate, role }` with role `source`, `target`,
 *   `participant`), `date` (a FuzzyDate without `source` in its passage:
 *   `{ expression, passage: {start, end, exact}, edtf, earliest, latest,
 *   precision, anchor, rule, basis, note?, proposal }` where `proposal` is the
 *   date proposal id or null for a context date), `trigger` (the verb passage
 *   + `lemma`), `statements` (statement proposal ids) and `matchesEvent`: the
 *   id of an existing dataset event this one duplicates, in which case the
 *   reviewer adds the evidence (and statements) to that event instead of a
 *   new one; null otherwise.
 */
import type { AtharEvent, Participant } from '../schema';
import type { ActorKind, EventType, Precision } from '../vocabulary';

export const DRAFT_FORMAT = 'athar-ingest-draft';
export const DRAFT_VERSION = 1;

export interface DraftPassage {
  start: number;
  end: number;
  exact: string;
}

export interface DraftSource {
  id: string;
  textFile: string;
  sha256: string;
  language: 'ar' | 'en';
  title: DraftPassage | null;
  publisher: {
    given: string | null;
    credit: { name: string; actorId: string | null; passage: DraftPassage } | null;
  };
  publication: {
    datetime: string;
    day: string;
    basis: 'stated' | 'inferred';
    passage: DraftPassage | null;
    hijri: { passage: DraftPassage; stated: string; umalqura: string | null; differenceDays: number | null } | null;
    warnings: string[];
  };
}

interface ProposalBase extends DraftPassage {
  id: string;
  confidence: number;
  warnings: string[];
}

export interface DateProposal extends ProposalBase {
  kind: 'date';
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  edtf: string;
  rule: string;
  anchor: string | null;
  basis: 'expression';
  partOfDay: 'morning' | 'noon' | 'evening' | 'night' | null;
}

export interface ActorProposal extends ProposalBase {
  kind: 'actor';
  suggestedId: string;
  name: { ar: string };
  actorKind: ActorKind;
  aliases: string[];
  title: DraftPassage | null;
}

export interface MentionProposal extends ProposalBase {
  kind: 'mention';
  actorId: string | null;
  candidate: string | null;
  match: 'exact' | 'variant' | 'generic';
  surface: string;
}

export interface StatementProposal extends ProposalBase {
  kind: 'statement';
  speakerId: string | null;
  candidate: string | null;
  speakerMention: string | null;
  speakerBasis: 'after-verb' | 'before-verb' | 'previous-statement' | 'antecedent' | null;
  addresseeId: string | null;
  mode: 'direct-quote' | 'reported-speech';
  reportedBy: string | null;
  reportedByBasis: 'relay' | 'addressee' | 'credit' | null;
  verb: DraftPassage & { lemma: string };
  event: string | null;
  continues: string | null;
}

export interface DraftEventDate {
  expression: string;
  passage: DraftPassage;
  edtf: string;
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  anchor: string | null;
  rule: string;
  basis: 'expression' | 'context';
  note?: string;
  proposal: string | null;
}

export interface EventProposal extends ProposalBase {
  kind: 'event';
  type: EventType;
  cameo: string;
  status: AtharEvent['status'];
  participants: { actorId: string | null; candidate: string | null; role: Participant['role'] }[];
  date: DraftEventDate;
  trigger: DraftPassage & { lemma: string };
  statements: string[];
  matchesEvent: string | null;
}

export type Proposal = DateProposal | ActorProposal | MentionProposal | StatementProposal | EventProposal;
export type ProposalKind = Proposal['kind'];

export interface Draft {
  format: typeof DRAFT_FORMAT;
  version: typeof DRAFT_VERSION;
  source: DraftSource;
  proposals: Proposal[];
}

const KIND_ORDER: Record<ProposalKind, number> = { actor: 0, mention: 1, date: 2, statement: 3, event: 4 };

/** Proposals in the documented order: by kind, then offset, then id. */
export function sortProposals(proposals: Proposal[]): Proposal[] {
  return [...proposals].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

/** The passage of `[start, end)` in `text`. */
export function passageOf(text: string, start: number, end: number): DraftPassage {
  return { start, end, exact: text.slice(start, end) };
}

/** Confidence rounded to two decimals, so drafts diff cleanly. */
export function confidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** The draft as written to disk: 2-space JSON, Arabic as characters, a final newline. */
export function serializeDraft(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/**
 * Why a draft does not hold against its article, or null: every proposal's
 * `exact` must be `text.slice(start, end)`. The review step runs this before
 * anything is accepted, so a draft for another text cannot be merged.
 */
export function draftProblem(draft: Draft, text: string): string | null {
  for (const p of draft.proposals) {
    if (p.start < 0 || p.end > text.length || p.end <= p.start) return `proposal ${p.id}: [${p.start}, ${p.end}) does not fit a text of ${text.length} code units`;
    if (text.slice(p.start, p.end) !== p.exact) return `proposal ${p.id}: exact ${JSON.stringify(p.exact)} is not the text at [${p.start}, ${p.end})`;
  }
  return null;
}
