/**
 * The reviewed draft: the ingest draft (lib/ingest/draft.ts) after a
 * reviewer has decided on its proposals. It is what `npm run accept` reads
 * and what the authoring page posts, so it is parsed here from untrusted
 * JSON with a schema and every shape problem is named by proposal.
 *
 * On top of the draft's own fields a reviewed proposal may carry:
 * - `decision`: `accepted`, `rejected` or `edited` (accepted after the
 *   reviewer changed its fields in place). No decision counts as rejected.
 * - `record`: what the dataset record needs and a draft cannot propose, or
 *   what the reviewer overrides: the record `id`; for an actor `nameEn`,
 *   `country`, `roleEn`; for an event `titleEn`, `titleAr`, `summary`; for a
 *   statement `gloss` (the English translation, which only a person writes).
 * - `manual: true` for an item the reviewer made by selecting text.
 *
 * The source may carry `record` too: `titleAr`, `titleEn`, `note` (the
 * publication note) and `publisherInferred` ({ name, basis }).
 *
 * Proposal objects are parsed loosely (unknown fields pass through), so a
 * field ingest adds later does not break review; `record` is strict, so a
 * misspelt override is reported instead of silently ignored.
 */
import { z } from 'zod';
import type { Draft, DraftSource, Proposal } from '../ingest/draft';
import { IdSchema } from '../schema';
import { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, type EventType } from '../vocabulary';

export const DECISIONS = ['accepted', 'rejected', 'edited'] as const;
export type Decision = (typeof DECISIONS)[number];

const Text = z.string().min(1);
const Offset = z.number().int().nonnegative();
const PassageShape = z.object({ start: Offset, end: Offset, exact: Text });
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO day YYYY-MM-DD');
const eventTypeNames = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

export const RecordFieldsSchema = z.strictObject({
  id: IdSchema.optional(),
  nameEn: Text.optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as CN').nullable().optional(),
  roleEn: Text.optional(),
  titleEn: Text.optional(),
  titleAr: Text.optional(),
  summary: Text.optional(),
  gloss: Text.optional(),
});
export type RecordFields = z.infer<typeof RecordFieldsSchema>;

const review = {
  decision: z.enum(DECISIONS).optional(),
  record: RecordFieldsSchema.optional(),
  manual: z.boolean().optional(),
};

const base = {
  id: Text,
  start: Offset,
  end: Offset,
  exact: Text,
  confidence: z.number().min(0).max(1),
  warnings: z.array(z.string()),
  ...review,
};

const DateProposalSchema = z.looseObject({
  ...base,
  kind: z.literal('date'),
  earliest: Day.nullable(),
  latest: Day.nullable(),
  precision: z.enum(PRECISIONS),
  edtf: Text,
  rule: Text,
  anchor: IdSchema.nullable(),
  basis: z.literal('expression'),
  partOfDay: z.enum(['morning', 'noon', 'evening', 'night']).nullable(),
});

const ActorProposalSchema = z.looseObject({
  ...base,
  kind: z.literal('actor'),
  suggestedId: IdSchema,
  name: z.looseObject({ ar: Text }),
  actorKind: z.enum(ACTOR_KINDS),
  aliases: z.array(Text),
  title: PassageShape.nullable(),
});

const MentionProposalSchema = z.looseObject({
  ...base,
  kind: z.literal('mention'),
  actorId: IdSchema.nullable(),
  candidate: Text.nullable(),
  match: z.enum(['exact', 'variant', 'generic']),
  surface: z.string(),
});

const StatementProposalSchema = z.looseObject({
  ...base,
  kind: z.literal('statement'),
  speakerId: IdSchema.nullable(),
  candidate: Text.nullable(),
  speakerMention: Text.nullable(),
  speakerBasis: z.enum(['after-verb', 'before-verb', 'previous-statement', 'antecedent']).nullable(),
  addresseeId: IdSchema.nullable(),
  mode: z.enum(['direct-quote', 'reported-speech']),
  reportedBy: IdSchema.nullable(),
  reportedByBasis: z.enum(['relay', 'addressee', 'credit']).nullable(),
  verb: PassageShape.extend({ lemma: z.string() }),
  event: Text.nullable(),
  continues: Text.nullable(),
});

export const EventDateSchema = z.looseObject({
  expression: Text,
  passage: PassageShape,
  edtf: Text,
  earliest: Day.nullable(),
  latest: Day.nullable(),
  precision: z.enum(PRECISIONS),
  anchor: IdSchema.nullable(),
  rule: Text,
  basis: z.enum(['expression', 'context']),
  note: Text.optional(),
  proposal: Text.nullable(),
});

const EventProposalSchema = z.looseObject({
  ...base,
  kind: z.literal('event'),
  type: z.enum(eventTypeNames),
  cameo: z.string().regex(/^\d{2,4}$/),
  status: z.enum(['occurred', 'expected', 'ongoing']),
  participants: z.array(
    z.object({ actorId: IdSchema.nullable(), candidate: Text.nullable(), role: z.enum(['source', 'target', 'participant']) }),
  ),
  date: EventDateSchema,
  trigger: PassageShape.extend({ lemma: z.string() }),
  statements: z.array(Text),
  matchesEvent: IdSchema.nullable(),
});

const ProposalSchema = z.discriminatedUnion('kind', [
  DateProposalSchema,
  ActorProposalSchema,
  MentionProposalSchema,
  StatementProposalSchema,
  EventProposalSchema,
]);

const SourceRecordSchema = z.strictObject({
  titleAr: Text.optional(),
  titleEn: Text.optional(),
  note: Text.optional(),
  publisherInferred: z.strictObject({ name: Text, basis: Text }).nullable().optional(),
});
export type SourceRecordFields = z.infer<typeof SourceRecordSchema>;

const SourceSchema = z.looseObject({
  id: IdSchema,
  textFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  language: z.enum(['ar', 'en']),
  title: PassageShape.nullable(),
  publisher: z.looseObject({
    given: Text.nullable(),
    credit: z.looseObject({ name: Text, actorId: IdSchema.nullable(), passage: PassageShape }).nullable(),
  }),
  publication: z.looseObject({
    datetime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?[+-]\d{2}:\d{2}$/),
    day: Day,
    basis: z.enum(['stated', 'inferred']),
    passage: PassageShape.nullable(),
    hijri: z.unknown(),
    warnings: z.array(z.string()),
  }),
  record: SourceRecordSchema.optional(),
});

const ReviewedDraftSchema = z.looseObject({
  format: z.literal('athar-ingest-draft'),
  version: z.literal(1),
  source: SourceSchema,
  proposals: z.array(ProposalSchema),
});

/** The review fields every reviewed proposal may have. */
export interface Review {
  decision?: Decision;
  record?: RecordFields;
  manual?: boolean;
}
export type Reviewed<P extends Proposal> = P & Review;
export type ReviewedProposal = Reviewed<Proposal>;
export type ReviewedSource = DraftSource & { record?: SourceRecordFields };
export interface ReviewedDraft extends Omit<Draft, 'source' | 'proposals'> {
  source: ReviewedSource;
  proposals: ReviewedProposal[];
}

/** One reason the draft cannot be accepted: the proposal it concerns (`source` for the source, null for the whole draft). */
export interface AcceptProblem {
  proposal: string | null;
  message: string;
}

/** `draft.json: proposal event-29-34: reason`, the one-line form the CLI and the page show. */
export function formatProblem(problem: AcceptProblem, draftLabel: string): string {
  if (problem.proposal === null) return `${draftLabel}: ${problem.message}`;
  return `${draftLabel}: ${problem.proposal === 'source' ? 'source' : `proposal ${problem.proposal}`}: ${problem.message}`;
}

/** The decision that counts: none is a rejection. */
export function decisionOf(proposal: Review): Decision | 'undecided' {
  return proposal.decision ?? 'undecided';
}

export function isAccepted(proposal: Review): boolean {
  return proposal.decision === 'accepted' || proposal.decision === 'edited';
}

/** Parses a reviewed draft, or lists every shape problem by proposal id (or position when the id is unreadable). */
export function parseReviewedDraft(raw: unknown): { draft: ReviewedDraft; problems: [] } | { draft: null; problems: AcceptProblem[] } {
  const result = ReviewedDraftSchema.safeParse(raw);
  if (result.success) {
    // The schema mirrors draft.ts field by field; the loose objects' extra keys are what the cast admits.
    return { draft: result.data as unknown as ReviewedDraft, problems: [] };
  }
  const proposals = typeof raw === 'object' && raw !== null && 'proposals' in raw && Array.isArray(raw.proposals) ? (raw.proposals as unknown[]) : [];
  const problems = result.error.issues.map((issue): AcceptProblem => {
    const [head, index, ...rest] = issue.path;
    const field = (segments: readonly PropertyKey[]) => segments.map(String).join('.') || '(the object)';
    if (head === 'proposals' && typeof index === 'number') {
      const item = proposals[index];
      const id = typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : `#${index}`;
      return { proposal: id, message: `${field(rest)}: ${issue.message}` };
    }
    if (head === 'source') return { proposal: 'source', message: `${field(issue.path.slice(1))}: ${issue.message}` };
    return { proposal: null, message: `${field(issue.path)}: ${issue.message}` };
  });
  return { draft: null, problems };
}
