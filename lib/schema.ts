/**
 * The data model of Athar. Every record in `data/` is parsed with these zod
 * schemas; the TypeScript types are inferred from them so the code and the
 * data can never disagree about a field.
 *
 * The promise these types keep: every claim carries the passage it comes from,
 * and anything that is not in a source text is tagged as analyst knowledge.
 */
import { z } from 'zod';
import type { Briefing } from './briefing';
import { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, RELATION_TYPES, type EventType, type RelationType } from './vocabulary';

export { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, RELATION_TYPES, type EventType, type RelationType };

/** Kebab-case identifiers: stable in URLs and diff-friendly in review. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, single dashes)');

/** An ISO calendar day, `YYYY-MM-DD`. Fuzzy dates are day-granular. */
export const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO day YYYY-MM-DD');

/**
 * Evidence: a span of a source's raw text, addressed with the two W3C Web
 * Annotation selectors. `position` counts UTF-16 code units over the file as
 * stored (end exclusive), so it matches `String.prototype.slice` in JS;
 * `quote` lets a reader re-anchor the passage if offsets ever drift.
 */
export const PassageSchema = z
  .object({
    source: IdSchema,
    position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).strict(),
    quote: z
      .object({
        exact: z.string().min(1),
        /** About 32 characters before the passage (fewer at the start of the text). */
        prefix: z.string(),
        /** About 32 characters after the passage (fewer at the end of the text). */
        suffix: z.string(),
      })
      .strict(),
  })
  .strict();

/**
 * Knowledge that is not in any source text (a public identity of an unnamed
 * actor, an inferred publication date). The interface must show it marked as
 * the analyst's, never as what a source says.
 */
export const AnalystNoteSchema = z
  .object({
    text: z.string().min(1),
    basis: z.string().min(1).describe('why the analyst believes it: public record, reference, reasoning'),
  })
  .strict();

/**
 * The longest name or title a record may carry, in UTF-16 code units. A
 * name is read in a graph label, a list row and a heading; past a few lines
 * it is no longer a name but pasted text (or a hostile payload that would
 * push every layout apart), and belongs in a summary or a note.
 */
export const NAME_MAX = 300;

/** A name or title: non-empty, at most NAME_MAX code units. */
export const NameSchema = z
  .string()
  .min(1)
  .max(NAME_MAX, `a name or title is at most ${NAME_MAX} characters; longer text belongs in a summary or an analyst note`);

export const BilingualSchema = z.object({ ar: NameSchema, en: NameSchema }).strict();

export const SourceSchema = z
  .object({
    id: IdSchema,
    title: BilingualSchema,
    language: z.enum(['ar', 'en']),
    /** File name under `data/sources/`; the bytes are the article exactly as received. */
    textFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
    /** SHA-256 of the raw bytes: proves the stored text was never re-typed or normalised. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    publisher: z
      .object({
        /** The publisher as the text itself names it, with the passage; null when the text names none. */
        stated: z.object({ name: z.string().min(1), passage: PassageSchema }).strict().nullable(),
        /** The analyst's attribution, never shown as stated. */
        inferred: z.object({ name: z.string().min(1), basis: z.string().min(1) }).strict().nullable(),
        /** A wire service credited by the text (for example `المصدر : رويترز`). */
        credit: z.object({ name: z.string().min(1), passage: PassageSchema }).strict().nullable(),
      })
      .strict(),
    publication: z
      .object({
        /** ISO 8601 with offset, e.g. `2013-05-15T12:06:00+03:00`; a date-only inference uses T00:00 of that day. */
        datetime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?[+-]\d{2}:\d{2}$/),
        basis: z.enum(['stated', 'inferred']),
        /** For `stated`: the dateline passage. */
        passage: PassageSchema.nullable(),
        note: z.string().min(1),
      })
      .strict(),
  })
  .strict();

export const ActorSchema = z
  .object({
    id: IdSchema,
    /** `ar` as the text writes it (or a descriptive phrase from the text for unnamed actors). */
    name: BilingualSchema,
    /** Every surface form the texts use, verbatim (e.g. `الولاياتالمتحدة` glued, `وانغ`). */
    aliases: z.array(NameSchema).min(1),
    kind: z.enum(ACTOR_KINDS),
    /** ISO 3166-1 alpha-2 country the actor belongs to, or null (international, unknown). */
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    affiliation: z.object({ actor: IdSchema, evidence: z.array(PassageSchema).min(1) }).strict().nullable(),
    role: z.object({ ar: NameSchema, en: NameSchema, evidence: z.array(PassageSchema).min(1) }).strict().nullable(),
    /** Where the texts mention the actor; at least one, so every actor traces to a passage. */
    mentions: z.array(PassageSchema).min(1),
    analystNotes: z.array(AnalystNoteSchema),
  })
  .strict();

/**
 * A date as a text gives it. `earliest`/`latest` bound the day interval
 * (inclusive); null marks an open end the text does not close.
 */
export const FuzzyDateSchema = z
  .object({
    /** The expression exactly as written, e.g. `أمس الثلاثاء`. */
    expression: z.string().min(1),
    passage: PassageSchema,
    edtf: z.string().min(1),
    earliest: IsoDaySchema.nullable(),
    latest: IsoDaySchema.nullable(),
    precision: z.enum(PRECISIONS),
    /** The source whose publication date resolved a relative expression; null for an absolute date. */
    anchor: IdSchema.nullable(),
    /** The documented resolution rule applied (see README, "Resolving relative dates"). */
    rule: z.string().min(1),
    /** `context`: the passage does not name the date; it follows from context (explained in `note`). */
    basis: z.enum(['expression', 'context']),
    note: z.string().optional(),
  })
  .strict();

const eventTypeNames = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

export const ParticipantSchema = z
  .object({ actor: IdSchema, role: z.enum(['source', 'target', 'participant']) })
  .strict();

export const EventSchema = z
  .object({
    id: IdSchema,
    type: z.enum(eventTypeNames),
    /** CAMEO code: the root of the type (two digits) or a finer code under it (e.g. `112` accuse). */
    cameo: z.string().regex(/^\d{2,4}$/),
    status: z.enum(['occurred', 'expected', 'ongoing']),
    title: z.object({ en: NameSchema, ar: NameSchema }).strict(),
    summary: z.string().min(1),
    date: FuzzyDateSchema,
    participants: z.array(ParticipantSchema).min(1),
    /** The passages that tell of the event, possibly from several sources. */
    evidence: z.array(PassageSchema).min(1),
    analystNotes: z.array(AnalystNoteSchema),
  })
  .strict();

export const StatementSchema = z
  .object({
    id: IdSchema,
    speaker: IdSchema,
    addressee: IdSchema.nullable(),
    event: IdSchema,
    /** The words said or reported, as the text gives them. */
    passage: PassageSchema,
    /** English gloss: an analyst's translation, labelled as such in the interface. */
    gloss: z.string().min(1),
    mode: z.enum(['direct-quote', 'reported-speech']),
    /** Who relays the words (a news agency, the article's credited wire); null when the article reports directly. */
    reportedBy: IdSchema.nullable(),
  })
  .strict();

const relationTypeNames = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

export const RelationSchema = z
  .object({
    id: IdSchema,
    type: z.enum(relationTypeNames),
    source: IdSchema,
    target: IdSchema,
    /** The events behind the relation. */
    events: z.array(IdSchema),
    /** Passages that state the relation outside any event (e.g. a job title). */
    passages: z.array(PassageSchema),
  })
  .strict()
  .refine((r) => r.events.length + r.passages.length > 0, {
    message: 'a relation needs at least one event or passage behind it',
    path: ['events'],
  });

export type Passage = z.infer<typeof PassageSchema>;
export type AnalystNote = z.infer<typeof AnalystNoteSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type { ActorKind, Precision } from './vocabulary';
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type AtharEvent = z.infer<typeof EventSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Relation = z.infer<typeof RelationSchema>;

/** The whole dataset after loading from `data/`. */
export interface Dataset {
  sources: Source[];
  /** Raw text of each source by id, exactly as stored. */
  texts: Record<string, string>;
  actors: Actor[];
  events: AtharEvent[];
  statements: Statement[];
  relations: Relation[];
  /** Briefings from `briefings/<id>.json`, in id order; empty when the folder is absent. */
  briefings: Briefing[];
}
