/**
 * From an article's text to its draft (draft.ts): the publication from the
 * dateline or `--published`, then dates, mentions, candidate actors,
 * statements and events, each turned into proposals with exact passages.
 * Pure: the caller reads and writes files (lib/ingest/store.ts).
 */
import { dayNumber } from '../day';
import type { AtharEvent } from '../schema';
import { withCapitals } from './capitals';
import { candidateLexicon, findCandidates, type Candidate } from './candidates';
import { findDates } from './date-expressions';
import { findDateline, type Dateline } from './dateline';
import {
  confidence,
  DRAFT_FORMAT,
  DRAFT_VERSION,
  passageOf,
  sortProposals,
  type Draft,
  type DraftSource,
  type MentionProposal,
  type Proposal,
  type StatementProposal,
} from './draft';
import { proposeEvents } from './events';
import { findMentions, findMentionsAndPlaces, type FoundMention, type LexiconActor } from './mentions';
import { dropAliasesInsideNames } from './name-runs';
import { findStatements } from './statements';
import { findUntitledNames } from './untitled-names';
import { overlaps, scanText } from './text-scan';

export interface ExtractInput {
  text: string;
  sourceId: string;
  sha256: string;
  /** `--published`: an ISO day or datetime; overrides the dateline. */
  published?: string;
  /** `--publisher`. */
  publisher?: string;
  /** Actors to recognise (the dataset's, plus any the caller adds). */
  actors: readonly LexiconActor[];
  /** Existing events, for `matchesEvent`. */
  events: readonly AtharEvent[];
}

/** An article that cannot be drafted as given (no publication date); the message says what to do. */
export class IngestError extends Error {
  override name = 'IngestError';
}

const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/** `--published` as the Source schema's datetime, with warnings for what it leaves out; throws IngestError when invalid. */
export function parsePublished(value: string): { datetime: string; warnings: string[] } {
  const m = ISO_DATETIME.exec(value.trim());
  if (!m || !m[1]) throw new IngestError(`--published "${value}" is not an ISO date or datetime (2013-04-13 or 2013-04-13T10:00:00+08:00).`);
  try {
    dayNumber(m[1]);
  } catch {
    throw new IngestError(`--published "${value}" is not a calendar day.`);
  }
  const warnings: string[] = [];
  if (m[2] === undefined) warnings.push('--published gives no time; T00:00 is written by convention.');
  const zone = m[5] === undefined || m[5] === 'Z' ? '+00:00' : m[5];
  if (m[5] === undefined) warnings.push('--published gives no time zone; +00:00 is written by convention, and the day is taken as the publisher\'s local day.');
  return { datetime: `${m[1]}T${m[2] ?? '00'}:${m[3] ?? '00'}:${m[4] ?? '00'}${zone}`, warnings };
}

function publication(input: ExtractInput, dateline: Dateline | null): DraftSource['publication'] {
  const { text } = input;
  const hijri = dateline?.hijri
    ? {
        passage: passageOf(text, dateline.hijri.passage.start, dateline.hijri.passage.end),
        stated: `${dateline.hijri.stated.year}/${dateline.hijri.stated.month}/${dateline.hijri.stated.day}`,
        umalqura: dateline.hijri.umalqura,
        differenceDays: dateline.hijri.differenceDays,
      }
    : null;
  if (input.published !== undefined) {
    const { datetime, warnings } = parsePublished(input.published);
    if (dateline && dateline.day !== datetime.slice(0, 10)) warnings.push(`The dateline states ${dateline.day} ("${text.slice(dateline.passage.start, dateline.passage.end)}"); --published ${datetime.slice(0, 10)} is used.`);
    return { datetime, day: datetime.slice(0, 10), basis: 'inferred', passage: null, hijri, warnings };
  }
  if (!dateline) {
    throw new IngestError('The article has no dateline in its first lines (a date with day, month and year); pass --published with its publication date (e.g. --published 2013-04-13 or --published 2013-04-13T10:00:00+08:00).');
  }
  return { datetime: dateline.datetime, day: dateline.day, basis: 'stated', passage: passageOf(text, dateline.passage.start, dateline.passage.end), hijri, warnings: dateline.warnings };
}

/** The first line, when it is short and reads as a headline (no full stop, not the dateline). */
function titleGuess(text: string, dateline: Dateline | null): DraftSource['title'] {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const lineEnd = text.indexOf('\n', start);
  const end = start + text.slice(start, lineEnd < 0 ? text.length : lineEnd).trimEnd().length;
  if (end - start > 150 || /[.؟?!:]$/.test(text.slice(start, end))) return null;
  if (dateline && overlaps(dateline.passage, { start, end })) return null;
  return passageOf(text, start, end);
}

/** `المصدر : رويترز` (or `Source: Reuters`) on a line of its own: the wire the article credits. */
function creditLine(text: string, mentions: readonly FoundMention[]): DraftSource['publisher']['credit'] {
  const m = /^[ \t]*(?:المصدر|source)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$/imu.exec(text);
  if (!m || m[1] === undefined) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const actor = mentions.find((x) => x.start >= start && x.end <= end);
  return { name: m[1], actorId: actor?.actorId ?? null, passage: passageOf(text, start, end) };
}

function languageOf(text: string): 'ar' | 'en' {
  const arabic = text.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin ? 'ar' : 'en';
}

const mentionKey = (id: string) => id.replace(/^candidate:/, '');

/** The draft of an article (see draft.ts for the format). Throws IngestError without a publication date. */
export function extractDraft(input: ExtractInput): Draft {
  const { text, sourceId } = input;
  const scanned = scanText(text);
  const dateline = findDateline(scanned);
  const pub = publication(input, dateline);
  const anchorDay = dayNumber(pub.day);
  const kinds = new Map(input.actors.map((a) => [a.id, a.kind] as const));
  // The city that opens a dateline (`واشنطن 2013-05-07 …`) is where the report was filed, not the state.
  const lexicon = findMentionsAndPlaces(scanned, withCapitals(input.actors));
  // A person's one-word alias that begins a longer, new name (`وانغ` in `وانغ يانغ`) is not that person.
  const known = dropAliasesInsideNames(scanned, lexicon.mentions, input.actors).filter((m) => !(m.place && dateline && m.start >= dateline.line.start && m.end <= dateline.passage.start));
  // Capitals read as places (`خلال زيارته بكين`) are no actor, but no name either.
  const places = lexicon.places;
  const exclude = dateline ? [dateline.passage, ...dateline.repeats, ...(dateline.hijri ? [dateline.hijri.passage] : [])] : [];
  const dates = findDates(scanned, anchorDay, exclude);
  const titled = findCandidates(scanned, known, (id) => kinds.get(id) === 'person', places);
  const untitled = findUntitledNames(scanned, [...known, ...places, ...dates, ...exclude, ...(dateline ? [dateline.line] : []), ...titled.map((c) => c.name)]);
  const candidates = [...titled, ...untitled.filter((u) => !titled.some((c) => c.id === u.id))];
  const candidateActors = candidateLexicon(candidates);
  const candidateMentions = dropAliasesInsideNames(scanned, findMentions(scanned, candidateActors), candidateActors).filter((m) => !known.some((k) => overlaps(k, m)));
  const mentions = [...known, ...candidateMentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const kindOf = (id: string) => (id.startsWith('candidate:') ? 'person' : kinds.get(id));
  const credit = creditLine(text, known);
  const statements = findStatements(scanned, mentions, dates, kindOf, credit?.actorId ?? null, places);
  const events = proposeEvents({ scanned, anchorDay, mentions, dates, statements, existing: input.events });

  const actorProposalId = (c: Candidate) => `actor-${c.id}`;
  const candidateById = new Map<string, string>(candidates.map((c) => [`candidate:${c.id}`, actorProposalId(c)]));
  const who = (id: string) => (id.startsWith('candidate:') ? { actorId: null, candidate: candidateById.get(id) ?? null } : { actorId: id, candidate: null });
  const mentionId = (m: FoundMention) => `mention-${m.start}-${m.end}-${mentionKey(m.actorId)}`;
  const dateId = (i: number) => `date-${dates[i]?.start}-${dates[i]?.end}`;
  const statementId = (i: number) => `statement-${statements[i]?.start}-${statements[i]?.end}`;
  const eventId = (e: (typeof events)[number]) => `event-${e.trigger.start}-${e.trigger.end}`;

  const proposals: Proposal[] = [];
  for (const c of candidates) {
    proposals.push({ id: actorProposalId(c), kind: 'actor', ...passageOf(text, c.name.start, c.name.end), confidence: 0.5, warnings: [], suggestedId: c.id, name: { ar: c.name.exact }, actorKind: 'person', aliases: c.aliases, title: c.title ? passageOf(text, c.title.start, c.title.end) : null });
  }
  for (const m of mentions) {
    const mention: MentionProposal = { id: mentionId(m), kind: 'mention', ...passageOf(text, m.start, m.end), confidence: confidence(m.actorId.startsWith('candidate:') ? 0.5 : m.confidence), warnings: [], ...who(m.actorId), match: m.how, surface: m.surface };
    proposals.push(mention);
  }
  dates.forEach((d, i) => {
    proposals.push({ id: dateId(i), kind: 'date', ...passageOf(text, d.start, d.end), confidence: d.rule.startsWith('explicit') ? 0.9 : 0.8, warnings: d.warnings, earliest: d.earliest, latest: d.latest, precision: d.precision, edtf: d.edtf, rule: d.rule, anchor: d.relative ? sourceId : null, basis: 'expression', partOfDay: d.partOfDay });
  });
  statements.forEach((s, i) => {
    const event = events.find((e) => e.statements.includes(i));
    const speaker = s.speaker ? who(s.speaker.actorId) : { actorId: null, candidate: null };
    const proposal: StatementProposal = {
      id: statementId(i),
      kind: 'statement',
      ...passageOf(text, s.start, s.end),
      confidence: confidence(s.confidence),
      warnings: s.speaker ? [] : ['No speaker found: name one in review.'],
      speakerId: speaker.actorId,
      candidate: speaker.candidate,
      speakerMention: s.speaker ? mentionId(s.speaker) : null,
      speakerBasis: s.speakerBasis,
      addresseeId: s.addressee && !s.addressee.actorId.startsWith('candidate:') ? s.addressee.actorId : null,
      mode: s.mode,
      reportedBy: s.reportedBy,
      reportedByBasis: s.reportedByBasis,
      verb: { ...passageOf(text, s.verb.start, s.verb.end), lemma: s.sense.lemma },
      event: event ? eventId(event) : null,
      continues: s.continues === null ? null : statementId(s.continues),
    };
    proposals.push(proposal);
  });
  for (const e of events) {
    const d = e.date;
    proposals.push({
      id: eventId(e),
      kind: 'event',
      ...passageOf(text, e.evidence.start, e.evidence.end),
      confidence: confidence(e.confidence),
      warnings: d.dateIndex !== null ? (dates[d.dateIndex]?.warnings ?? []) : [],
      type: e.type,
      cameo: e.cameo,
      status: e.status,
      participants: e.participants.map((p) => ({ ...who(p.actorId), role: p.role })),
      date: {
        expression: d.expression,
        passage: passageOf(text, d.start, d.end),
        edtf: d.edtf,
        earliest: d.earliest,
        latest: d.latest,
        precision: d.precision,
        anchor: d.relative ? sourceId : null,
        rule: d.rule,
        basis: d.basis,
        ...(d.note ? { note: d.note } : {}),
        proposal: d.dateIndex === null ? null : dateId(d.dateIndex),
      },
      trigger: { ...passageOf(text, e.trigger.start, e.trigger.end), lemma: e.trigger.lemma },
      statements: e.statements.map(statementId),
      matchesEvent: e.matchesEvent,
    });
  }

  const source: DraftSource = {
    id: sourceId,
    textFile: `${sourceId}.txt`,
    sha256: input.sha256,
    language: languageOf(text),
    title: titleGuess(text, dateline),
    publisher: { given: input.publisher ?? null, credit },
    publication: pub,
  };
  return { format: DRAFT_FORMAT, version: DRAFT_VERSION, source, proposals: sortProposals(uniqueIds(proposals)) };
}

/** Two proposals of one kind on the same offsets (rare: two readings of a span) get `-2`, `-3` … so ids stay unique. */
function uniqueIds(proposals: Proposal[]): Proposal[] {
  const seen = new Map<string, number>();
  return proposals.map((p) => {
    const count = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, count);
    return count === 1 ? p : { ...p, id: `${p.id}-${count}` };
  });
}
