/**
 * Events as CSV, one row per event, in the layout analysts know from ACLED
 * and GDELT, followed by the columns Athar needs to read the row back.
 *
 * | column | content |
 * | --- | --- |
 * | event_id | the event's id |
 * | event_date | first possible day, ISO; empty when the text leaves the start open |
 * | event_date_latest | last possible day, ISO; empty when the end is open |
 * | time_precision | ACLED's code: 1 = the day is known; 2 = within a week; 3 = a month, a season, a year or vaguer |
 * | precision | Athar's precision word: day, week, month, season, year, vague |
 * | actor1, actor1_name | the first `source` participant (else the first participant): id and English name |
 * | actor2, actor2_name | the first `target` participant (else the next participant that is not a source) |
 * | participants | every participant as `id:role`, `; ` between them (roles: source, target, participant) |
 * | event_type, cameo_code | Athar's type (lib/vocabulary.ts) and its CAMEO code |
 * | status | occurred, ongoing or expected |
 * | source, source_publication_date | the source of the quote and its publication datetime |
 * | quote | the Arabic evidence, exactly as in the source text (one passage; see below) |
 * | notes | the date as written with its EDTF and rule, the date's note, analyst notes, further evidence |
 * | title_en, title_ar, summary | the event's titles and summary |
 * | date_expression, edtf, date_rule, date_anchor, date_basis | the fuzzy date's fields, for the way back |
 *
 * The quote is the one evidence passage that occurs once in its text,
 * preferring the passage that holds the date expression; an event's other
 * passages are counted in `notes` and kept only by the canonical JSON.
 */
import type { AtharEvent, Dataset, Precision } from '../schema';
import type { DatasetIndex } from '../query';
import { occurrencesOf } from '../passage';
import { BOM, csvRecord } from './csv';

export const EVENT_CSV_COLUMNS = [
  'event_id',
  'event_date',
  'event_date_latest',
  'time_precision',
  'precision',
  'actor1',
  'actor1_name',
  'actor2',
  'actor2_name',
  'participants',
  'event_type',
  'cameo_code',
  'status',
  'source',
  'source_publication_date',
  'quote',
  'notes',
  'title_en',
  'title_ar',
  'summary',
  'date_expression',
  'edtf',
  'date_rule',
  'date_anchor',
  'date_basis',
] as const;
export type EventCsvColumn = (typeof EVENT_CSV_COLUMNS)[number];

/** ACLED's time_precision for each Athar precision (ACLED has no code finer than a day or coarser than a month). */
export const ACLED_TIME_PRECISION: Record<Precision, '1' | '2' | '3'> = {
  day: '1',
  week: '2',
  month: '3',
  season: '3',
  year: '3',
  vague: '3',
};

/** Line prefixes of the `notes` column; the importer reads the date note and analyst notes back by them. */
export const NOTE_PREFIX = {
  date: 'Date as written: ',
  dateNote: 'Date note: ',
  analyst: 'Analyst note: ',
  evidence: 'Further evidence: ',
} as const;

/** Separator of the `participants` list. */
export const PARTICIPANT_SEPARATOR = '; ';

/** How an analyst note is written on its line: its basis in brackets at the end. */
export function analystNoteLine(text: string, basis: string): string {
  return `${NOTE_PREFIX.analyst}${text} [basis: ${basis}]`;
}

/**
 * The evidence passage a row quotes: one whose exact text occurs once in its
 * source (so the importer can anchor it), preferring the passage that holds
 * the date expression, then one in the date's source.
 */
export function quotedEvidence(event: AtharEvent, texts: Dataset['texts']) {
  const unique = event.evidence.filter((p) => occurrencesOf(texts[p.source] ?? '', p.quote.exact).length === 1);
  const date = event.date.passage;
  const holdsDate = unique.find(
    (p) => p.source === date.source && p.position.start <= date.position.start && date.position.end <= p.position.end,
  );
  return holdsDate ?? unique.find((p) => p.source === date.source) ?? unique[0] ?? event.evidence[0]!;
}

/** actor1 and actor2 as ACLED reads them: who acts, and on whom. */
export function actorPair(event: AtharEvent): [string, string | null] {
  const { participants } = event;
  const actor1 = (participants.find((p) => p.role === 'source') ?? participants[0]!).actor;
  const actor2 =
    participants.find((p) => p.role === 'target' && p.actor !== actor1) ??
    participants.find((p) => p.role !== 'source' && p.actor !== actor1);
  return [actor1, actor2?.actor ?? null];
}

function notesOf(event: AtharEvent, quoted: AtharEvent['evidence'][number]): string {
  const { date } = event;
  const lines = [`${NOTE_PREFIX.date}«${date.expression}» (EDTF ${date.edtf}; rule ${date.rule}; basis ${date.basis})`];
  if (date.note) lines.push(`${NOTE_PREFIX.dateNote}${date.note}`);
  for (const note of event.analystNotes) lines.push(analystNoteLine(note.text, note.basis));
  const others = event.evidence.filter((p) => p !== quoted);
  if (others.length > 0) {
    const bySource = new Map<string, number>();
    for (const p of others) bySource.set(p.source, (bySource.get(p.source) ?? 0) + 1);
    const where = [...bySource].map(([source, count]) => `${source}: ${count}`).join(', ');
    lines.push(`${NOTE_PREFIX.evidence}${others.length} more passage${others.length === 1 ? '' : 's'} (${where}); all are in the canonical JSON`);
  }
  return lines.join('\n');
}

/** One event as a row, in the order of EVENT_CSV_COLUMNS. */
export function eventRow(index: DatasetIndex, event: AtharEvent): string[] {
  const quoted = quotedEvidence(event, index.dataset.texts);
  const [actor1, actor2] = actorPair(event);
  const nameOf = (id: string | null) => (id === null ? '' : index.actors.get(id)?.name.en ?? '');
  const source = index.sources.get(quoted.source);
  const { date } = event;
  const row: Record<EventCsvColumn, string> = {
    event_id: event.id,
    event_date: date.earliest ?? '',
    event_date_latest: date.latest ?? '',
    time_precision: ACLED_TIME_PRECISION[date.precision],
    precision: date.precision,
    actor1,
    actor1_name: nameOf(actor1),
    actor2: actor2 ?? '',
    actor2_name: nameOf(actor2),
    participants: event.participants.map((p) => `${p.actor}:${p.role}`).join(PARTICIPANT_SEPARATOR),
    event_type: event.type,
    cameo_code: event.cameo,
    status: event.status,
    source: quoted.source,
    source_publication_date: source?.publication.datetime ?? '',
    quote: quoted.quote.exact,
    notes: notesOf(event, quoted),
    title_en: event.title.en,
    title_ar: event.title.ar,
    summary: event.summary,
    date_expression: date.expression,
    edtf: date.edtf,
    date_rule: date.rule,
    date_anchor: date.anchor ?? '',
    date_basis: date.basis,
  };
  return EVENT_CSV_COLUMNS.map((column) => row[column]);
}

/** The document of serializeEventsCsv a record at a time: what the download route streams. */
export function* eventsCsvChunks(index: DatasetIndex, options: { bom?: boolean } = {}): Generator<string> {
  yield (options.bom ? BOM : '') + csvRecord(EVENT_CSV_COLUMNS);
  for (const event of index.eventsInOrder) yield csvRecord(eventRow(index, event));
}

/** Every event in date order, with a header row; `bom` for Excel, which otherwise reads UTF-8 as a legacy code page. */
export function serializeEventsCsv(index: DatasetIndex, options: { bom?: boolean } = {}): string {
  return [...eventsCsvChunks(index, options)].join('');
}
