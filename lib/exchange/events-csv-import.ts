/**
 * Reading events back from CSV in the layout of events-csv.ts. Each bad row
 * is reported with the physical line it starts on and every reason it fails;
 * good rows become Event records. A row must carry its evidence: its quote is
 * anchored verbatim in its source text (lib/passage findPassage), and so is
 * its date expression, or the row is refused, because Athar shows nothing
 * without a passage.
 *
 * Defaults for columns an ACLED-style sheet may lack: status `occurred`,
 * cameo_code the type's root, precision from time_precision and the interval,
 * edtf from the interval, date_rule `unspecified`, date_basis `expression`,
 * participants actor1 as `source` and actor2 as `target`, titles and summary
 * made from the type, the actors and the quote. An empty event_date_latest
 * with a day precision is the same day (ACLED's single date); otherwise an
 * empty date is an open end.
 *
 * Row checks end here; the rules across records (a weekday the expression
 * names, an occurred event after its anchor's publication) are the
 * validator's, run on the merged dataset by scripts/import-csv.ts.
 */
import { EVENT_TYPES, EventSchema, IdSchema } from '../schema';
import type { AtharEvent, Dataset } from '../schema';
import { edtfBounds } from '../dates';
import { findPassage, occurrencesOf, passageAt } from '../passage';
import { parseCsv } from './csv';
import { EVENT_CSV_COLUMNS, type EventCsvColumn } from './events-csv';
import { edtfFor, readDay, readNotes, readParticipants, readPrecision, type Reasons } from './events-csv-fields';

export { edtfFor } from './events-csv-fields';

export interface CsvRowError {
  /** Physical line (1-based) the row starts on; 1 is the header. */
  line: number;
  eventId: string | null;
  reason: string;
}

export interface EventsCsvImport {
  /** Good rows, in file order, with their line. */
  events: { line: number; event: AtharEvent }[];
  errors: CsvRowError[];
  /** Data rows read (good and bad). */
  rows: number;
}

const REQUIRED: readonly EventCsvColumn[] = ['event_id', 'event_date', 'event_type', 'actor1', 'source', 'quote', 'date_expression'];
/** The quote anchored in its text, or the reason it cannot be. */
function anchorQuote(source: string, text: string, quote: string, reasons: Reasons) {
  if (quote === '') {
    reasons.push('quote is empty: every event needs the passage it comes from');
    return null;
  }
  const count = occurrencesOf(text, quote).length;
  if (count === 1) return findPassage(source, text, quote);
  if (count > 1) {
    reasons.push(`quote occurs ${count} times in source ${source}; quote a longer passage so that it occurs once`);
  } else {
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const hint = text.replace(/\s+/g, '').includes(squeeze(quote))
      ? ' (it does if spaces are ignored: the text has no-break spaces or glued words there; copy the quote verbatim)'
      : '';
    reasons.push(`quote not found in source ${source}${hint}`);
  }
  return null;
}

/** Reads one data row; every reason it fails goes to `reasons`. */
function readRow(get: (c: EventCsvColumn) => string, raw: (c: EventCsvColumn) => string, dataset: Dataset, reasons: Reasons): AtharEvent | null {
  const id = get('event_id');
  if (id === '') reasons.push('event_id is empty');
  else if (!IdSchema.safeParse(id).success) reasons.push(`event_id "${id}" is not lower-case kebab-case`);
  else if (dataset.events.some((e) => e.id === id)) reasons.push(`event ${id} is already in the dataset; the import adds new events only`);

  const type = get('event_type');
  const known = Object.hasOwn(EVENT_TYPES, type) ? EVENT_TYPES[type as keyof typeof EVENT_TYPES] : null;
  if (!known) reasons.push(`unknown event_type "${type}" (known: ${Object.keys(EVENT_TYPES).join(', ')})`);
  const cameo = get('cameo_code') || known?.cameo || '';
  if (known && !(/^\d{2,4}$/.test(cameo) && cameo.startsWith(known.cameo))) reasons.push(`cameo_code "${cameo}" is not under the root ${known.cameo} of ${type}`);
  const status = get('status') || 'occurred';
  if (!['occurred', 'ongoing', 'expected'].includes(status)) reasons.push(`status "${status}" is not occurred, ongoing or expected`);

  const dateReasons: Reasons = [];
  const earliest = readDay(get('event_date'), 'event_date', dateReasons);
  let latest = readDay(get('event_date_latest'), 'event_date_latest', dateReasons);
  const precision = readPrecision(get('precision'), get('time_precision'), earliest, latest, dateReasons);
  if (latest === null && get('event_date_latest') === '' && precision === 'day') latest = earliest;
  if (dateReasons.length === 0 && earliest === null && latest === null) dateReasons.push('bad date: neither event_date nor event_date_latest is given');
  if (earliest !== null && latest !== null && earliest > latest) dateReasons.push(`bad date: event_date ${earliest} is after event_date_latest ${latest}`);
  const edtf = get('edtf') || edtfFor(earliest, latest);
  if (dateReasons.length === 0) {
    try {
      const bounds = edtfBounds(edtf);
      if (bounds.earliest !== earliest || bounds.latest !== latest) {
        dateReasons.push(`bad date: the EDTF ${edtf} spans ${bounds.earliest ?? '(open)'} to ${bounds.latest ?? '(open)'}, the row ${earliest ?? '(open)'} to ${latest ?? '(open)'}`);
      }
    } catch (error) {
      dateReasons.push(`bad date: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  reasons.push(...dateReasons);

  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const actor1 = get('actor1');
  const actor2 = get('actor2');
  if (actor1 === '') reasons.push('actor1 is empty');
  const participants = readParticipants(get('participants'), actor1, actor2, reasons);
  for (const p of participants) if (p.actor !== '' && !actorIds.has(p.actor)) reasons.push(`unknown actor "${p.actor}"`);

  const sourceId = get('source');
  const text = dataset.texts[sourceId];
  const sourceKnown = text !== undefined && dataset.sources.some((s) => s.id === sourceId);
  if (!sourceKnown) reasons.push(sourceId === '' ? 'source is empty' : `unknown source "${sourceId}"`);
  const evidence = sourceKnown ? anchorQuote(sourceId, text, raw('quote'), reasons) : null;

  const expression = raw('date_expression');
  let datePassage = null;
  if (expression === '') reasons.push('date_expression is empty: a date cites the words that give it');
  else if (evidence && sourceKnown && evidence.quote.exact.includes(expression)) {
    const start = evidence.position.start + evidence.quote.exact.indexOf(expression);
    datePassage = passageAt(sourceId, text, start, start + expression.length);
  } else if (sourceKnown) {
    const count = occurrencesOf(text, expression).length;
    if (count === 1) datePassage = findPassage(sourceId, text, expression);
    else reasons.push(`date_expression "${expression}" is not in the quote and occurs ${count} times in source ${sourceId} (it must occur once)`);
  }
  const anchor = get('date_anchor') || null;
  if (anchor !== null && !dataset.sources.some((s) => s.id === anchor)) reasons.push(`date_anchor: unknown source "${anchor}"`);
  const basis = get('date_basis') || 'expression';
  if (basis !== 'expression' && basis !== 'context') reasons.push(`date_basis "${basis}" is not expression or context`);

  if (reasons.length > 0 || !known || !evidence || !datePassage || !precision) return null;
  const { dateNote, analystNotes } = readNotes(raw('notes'));
  const name = (actor: string) => dataset.actors.find((a) => a.id === actor)?.name.en ?? actor;
  const words = evidence.quote.exact.split(/\s+/);
  const candidate = {
    id,
    type,
    cameo,
    status,
    title: {
      en: get('title_en') || `${known.label}: ${[actor1, actor2].filter(Boolean).map(name).join(' – ')}`,
      ar: get('title_ar') || (words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : evidence.quote.exact),
    },
    summary: get('summary') || get('title_en') || `${known.label} (imported from CSV; see the quoted passage).`,
    date: {
      expression,
      passage: datePassage,
      edtf,
      earliest,
      latest,
      precision,
      anchor,
      rule: get('date_rule') || 'unspecified',
      basis,
      ...(dateNote ? { note: dateNote } : {}),
    },
    participants,
    evidence: [evidence],
    analystNotes,
  };
  const parsed = EventSchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) reasons.push(`${issue.path.join('.')}: ${issue.message}`);
  return parsed.success ? parsed.data : null;
}

/** Reads a CSV document of events against the dataset it will join (for actors, sources, texts and taken ids). */
export function importEventsCsv(csv: string, dataset: Dataset): EventsCsvImport {
  const [header, ...records] = parseCsv(csv);
  const result: EventsCsvImport = { events: [], errors: [], rows: records.length };
  if (!header) return { ...result, errors: [{ line: 1, eventId: null, reason: 'the file is empty; the first line must be the header' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  const doubled = names.filter((n, i) => names.indexOf(n) !== i);
  const unknown = names.filter((n) => !(EVENT_CSV_COLUMNS as readonly string[]).includes(n));
  const headerReasons = [
    header.problem,
    missing.length > 0 ? `the header lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}` : null,
    doubled.length > 0 ? `the header repeats ${[...new Set(doubled)].join(', ')}` : null,
    unknown.length > 0 ? `unknown column${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} (the layout is ${EVENT_CSV_COLUMNS.join(', ')})` : null,
  ].filter((r): r is string => r !== null);
  if (headerReasons.length > 0) return { ...result, errors: headerReasons.map((reason) => ({ line: header.line, eventId: null, reason })) };

  const firstLine = new Map<string, number>();
  for (const record of records) {
    const raw = (column: EventCsvColumn) => record.fields[names.indexOf(column)] ?? '';
    const get = (column: EventCsvColumn) => raw(column).trim();
    const eventId = get('event_id') || null;
    const reasons: Reasons = [];
    if (record.problem) reasons.push(`malformed row: ${record.problem}`);
    else if (record.fields.length !== names.length) {
      reasons.push(`wrong column count: the row has ${record.fields.length} fields, the header ${names.length} (an unquoted comma, or a field missing?)`);
    } else {
      const seen = eventId === null ? undefined : firstLine.get(eventId);
      if (seen !== undefined) reasons.push(`duplicated event_id ${eventId} (first on line ${seen})`);
      const event = readRow(get, raw, dataset, reasons);
      if (eventId !== null && seen === undefined) firstLine.set(eventId, record.line);
      if (event && reasons.length === 0) result.events.push({ line: record.line, event });
    }
    for (const reason of reasons) result.errors.push({ line: record.line, eventId, reason });
  }
  return result;
}
