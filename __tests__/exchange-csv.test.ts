/** @jest-environment node */
import path from 'node:path';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import type { AtharEvent } from '@/lib/schema';
import { BOM, csvField, parseCsv, writeCsv } from '@/lib/exchange/csv';
import { ACLED_TIME_PRECISION, EVENT_CSV_COLUMNS, eventRow, quotedEvidence, serializeEventsCsv, type EventCsvColumn } from '@/lib/exchange/events-csv';
import { edtfFor, importEventsCsv } from '@/lib/exchange/events-csv-import';

const dataset = loadDataset(path.join(__dirname, '..', 'data'));
const index = buildIndex(dataset);
/** The dataset the rows join: same sources, texts and actors, no events, so every exported id is new. */
const empty = { ...dataset, events: [] };

const col = (name: EventCsvColumn) => EVENT_CSV_COLUMNS.indexOf(name);
function rowOf(id: string, changes: Partial<Record<EventCsvColumn, string>> = {}): string[] {
  const row = eventRow(index, index.events.get(id)!);
  for (const [name, value] of Object.entries(changes)) row[col(name as EventCsvColumn)] = value;
  return row;
}
/** A row whose notes are one line (or as given), so the test knows the line each row starts on. */
const flat = (id: string, changes: Partial<Record<EventCsvColumn, string>> = {}) => rowOf(id, { notes: '', ...changes });

describe('RFC 4180 CSV', () => {
  it('quotes only fields that need it and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' edge ')).toBe('" edge "');
  });

  it('writes CRLF records, a BOM on request, and reads them back unchanged', () => {
    const rows = [['id', 'text'], ['1', 'قال "وانغ": نعم, لا\nسطر ثان'], ['2', '']];
    const csv = writeCsv(rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith(BOM)).toBe(false);
    expect(writeCsv(rows, { bom: true }).startsWith(BOM)).toBe(true);
    expect(parseCsv(csv).map((r) => r.fields)).toEqual(rows);
    expect(parseCsv(writeCsv(rows, { bom: true })).map((r) => r.fields)).toEqual(rows);
  });

  it('numbers records by the physical line they start on, across quoted line breaks and blank lines', () => {
    const records = parseCsv('h1,h2\n"a\nb\r\nc",x\n\nlast,"y"\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['h1', 'h2']],
      [2, ['a\nb\r\nc', 'x']],
      [6, ['last', 'y']],
    ]);
  });

  it('reports malformed records instead of throwing', () => {
    const [, stray, unclosed] = parseCsv('a,b\nx"y,z\n"open,q\nmore');
    expect(stray?.problem).toMatch(/quote inside unquoted field 1/);
    expect(unclosed?.line).toBe(3);
    expect(unclosed?.problem).toMatch(/opened on line 3 is never closed/);
  });
});

describe('events CSV export', () => {
  const csv = serializeEventsCsv(index);
  const records = parseCsv(csv);

  it('has the ACLED/GDELT columns first, one row per event in date order', () => {
    expect(records[0]?.fields.slice(0, 4)).toEqual(['event_id', 'event_date', 'event_date_latest', 'time_precision']);
    expect(records.slice(1).map((r) => r.fields[0])).toEqual(index.eventsInOrder.map((e) => e.id));
    for (const r of records) expect(r.fields).toHaveLength(EVENT_CSV_COLUMNS.length);
  });

  it('maps precision to ACLED codes and writes open ends as empty dates', () => {
    for (const { fields } of records.slice(1)) {
      const event = index.events.get(fields[0]!)!;
      expect(fields[col('time_precision')]).toBe(ACLED_TIME_PRECISION[event.date.precision]);
      expect(fields[col('event_date')]).toBe(event.date.earliest ?? '');
      expect(fields[col('event_date_latest')]).toBe(event.date.latest ?? '');
    }
    expect(ACLED_TIME_PRECISION).toEqual({ day: '1', week: '2', month: '3', season: '3', year: '3', vague: '3' });
  });

  it('quotes an evidence passage that occurs once in its source, preferring the one holding the date', () => {
    const daniel = index.events.get('daniel-announces-cyber-talks-progress')!;
    // Its first evidence, the headline, occurs twice in the article; the quote is the sentence with "أمس الثلاثاء".
    expect(quotedEvidence(daniel, dataset.texts).quote.exact).toContain('أمس الثلاثاء');
    for (const { fields } of records.slice(1)) {
      const text = dataset.texts[fields[col('source')]!]!;
      expect(text.split(fields[col('quote')]!).length - 1).toBe(1);
    }
  });

  it('writes CAMEO codes, the date as written and analyst notes in notes', () => {
    const row = rowOf('li-keqiang-calls-to-end-war-of-words');
    expect(row[col('cameo_code')]).toBe('02');
    expect(row[col('notes')]).toMatch(/^Date as written: «الشهر الماضي» \(EDTF 2013-03; rule last-month; basis expression\)/);
    expect(row[col('notes')]).toMatch(/Analyst note: .+ \[basis: .+\]/);
  });
});

describe('events CSV round trip', () => {
  const result = importEventsCsv(serializeEventsCsv(index), empty);

  it('imports every exported row without an error', () => {
    expect(result.errors).toEqual([]);
    expect(result.rows).toBe(dataset.events.length);
    expect(result.events.map((e) => e.event.id)).toEqual(index.eventsInOrder.map((e) => e.id));
  });

  it('gives back the same ids, dates, types, actors and quotes, and every other field but the further evidence', () => {
    for (const { event } of result.events) {
      const original = index.events.get(event.id)!;
      expect(event.type).toBe(original.type);
      expect(event.date).toEqual(original.date);
      expect(event.participants).toEqual(original.participants);
      expect(event.evidence).toEqual([quotedEvidence(original, dataset.texts)]);
      expect(event).toEqual<AtharEvent>({ ...original, evidence: event.evidence });
    }
  });

  it('reads a file saved by Excel with a byte-order mark and CRLF', () => {
    expect(importEventsCsv(serializeEventsCsv(index, { bom: true }), empty).events).toHaveLength(dataset.events.length);
  });
});

describe('events CSV import errors', () => {
  const header = [...EVENT_CSV_COLUMNS];

  it('reports each bad row with its line and reason, keeps the good rows, and counts lines across quoted line breaks', () => {
    const notes = 'Analyst note: first line [basis: test]\nsecond line\nthird line';
    const rows = [
      header, // line 1
      flat('li-keqiang-calls-to-end-war-of-words', { notes }), // lines 2–4
      flat('hormats-reuters-interview').slice(0, 20), // line 5: wrong column count
      flat('kerry-wang-yi-meeting', { actor2: 'nobody', participants: '' }), // line 6: unknown actor
      flat('security-company-report-on-army-unit', { event_date: '2013-02-30' }), // line 7: bad date
      flat('reuters-cybersecurity-summit', { quote: 'نص لم يرد في المقال' }), // line 8: quote not found
      flat('us-china-cyber-tension', { notes }), // lines 9–11: good
      flat('li-keqiang-calls-to-end-war-of-words'), // line 12: duplicated id
      flat('china-us-internet-industry-forum', { event_date: '01/04/2013' }), // line 13: bad date format
    ];
    for (const row of rows.slice(1)) for (const [i, field] of row.entries()) if (i !== col('notes')) expect(field).not.toMatch(/\n/);
    const result = importEventsCsv(writeCsv(rows), empty);
    expect(result.rows).toBe(8);
    expect(result.events.map((e) => [e.line, e.event.id])).toEqual([
      [2, 'li-keqiang-calls-to-end-war-of-words'],
      [9, 'us-china-cyber-tension'],
    ]);
    const byLine = result.errors.map((e) => [e.line, e.eventId, e.reason]);
    expect(byLine).toEqual([
      [5, 'hormats-reuters-interview', expect.stringMatching(/^wrong column count: the row has 20 fields, the header 25/)],
      [6, 'kerry-wang-yi-meeting', 'unknown actor "nobody"'],
      [7, 'security-company-report-on-army-unit', 'bad date: event_date "2013-02-30" is not a calendar day'],
      [8, 'reuters-cybersecurity-summit', 'quote not found in source aljazeera-2013-05-15'],
      [12, 'li-keqiang-calls-to-end-war-of-words', 'duplicated event_id li-keqiang-calls-to-end-war-of-words (first on line 2)'],
      [13, 'china-us-internet-industry-forum', 'bad date: event_date "01/04/2013" is not an ISO day YYYY-MM-DD'],
    ]);
    // The note lines come back: one with its basis, the others as analyst notes without a stated basis.
    expect(result.events[0]?.event.analystNotes).toEqual([
      { text: 'first line', basis: 'test' },
      { text: 'second line', basis: expect.stringMatching(/without a stated basis/) },
      { text: 'third line', basis: expect.stringMatching(/without a stated basis/) },
    ]);
  });

  it('refuses a quote that occurs more than once, and hints when only spaces differ', () => {
    const twice = flat('daniel-announces-cyber-talks-progress', { quote: 'تقدم بمحادثات أميركا الإلكترونية مع الصين' });
    // 000 writes "البيت\u00a0الأبيض" with a no-break space; typed with an ordinary space it is not verbatim.
    const typed = flat('daniel-announces-cyber-talks-progress', { event_id: 'typed', quote: 'أعلن مسؤول في البيت الأبيض أمس الثلاثاء' });
    const { errors } = importEventsCsv(writeCsv([header, twice, typed]), empty);
    expect(errors.map((e) => e.reason)).toEqual([
      'quote occurs 2 times in source aljazeera-2013-05-15; quote a longer passage so that it occurs once',
      expect.stringMatching(/^quote not found in source aljazeera-2013-05-15 \(it does if spaces are ignored/),
    ]);
  });

  it('refuses ids already in the dataset, unknown types, sources and precisions, and inconsistent dates', () => {
    const rows = [
      header,
      flat('kerry-wang-yi-meeting'),
      flat('hormats-reuters-interview', { event_id: 'x-type', event_type: 'meeting', cameo_code: '' }),
      flat('hormats-reuters-interview', { event_id: 'x-source', source: 'nowhere' }),
      flat('hormats-reuters-interview', { event_id: 'x-precision', precision: 'day', time_precision: '3' }),
      flat('li-keqiang-calls-to-end-war-of-words', { event_id: 'x-edtf', edtf: '2013-04' }),
      flat('li-keqiang-calls-to-end-war-of-words', { event_id: 'x-order', event_date: '2013-03-31', event_date_latest: '2013-03-01', edtf: '' }),
    ];
    const { errors, events } = importEventsCsv(writeCsv(rows), dataset);
    expect(events).toEqual([]);
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [2, 'event kerry-wang-yi-meeting is already in the dataset; the import adds new events only'],
      [3, expect.stringMatching(/^unknown event_type "meeting" \(known: statement, /)],
      [4, 'unknown source "nowhere"'],
      [5, 'bad date: time_precision 3 does not agree with precision "day" (which is 1)'],
      [6, 'bad date: the EDTF 2013-04 spans 2013-04-01 to 2013-04-30, the row 2013-03-01 to 2013-03-31'],
      [7, 'bad date: event_date 2013-03-31 is after event_date_latest 2013-03-01'],
    ]);
  });

  it('refuses a header that lacks or misspells columns', () => {
    const bad = header.map((h) => (h === 'actor2' ? 'actor_2' : h)).filter((h) => h !== 'quote');
    const { errors, events } = importEventsCsv(writeCsv([bad, flat('kerry-wang-yi-meeting')]), empty);
    expect(events).toEqual([]);
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [1, 'the header lacks the column quote'],
      [1, expect.stringMatching(/^unknown column actor_2 /)],
    ]);
  });

  it('reads a minimal ACLED-style sheet with defaults', () => {
    const minimal = [
      ['event_id', 'event_date', 'time_precision', 'actor1', 'actor2', 'event_type', 'source', 'quote', 'date_expression'],
      ['kerry-announces-group', '2013-04-13', '1', 'john-kerry', 'china', 'statement', 'kerry-beijing-2013-04-13', 'قال وزير الخارجية الأمريكي جون كيري اليوم السبت', 'اليوم السبت'],
    ];
    const { errors, events } = importEventsCsv(writeCsv(minimal), empty);
    expect(errors).toEqual([]);
    const event = events[0]!.event;
    expect(event.date).toMatchObject({ earliest: '2013-04-13', latest: '2013-04-13', precision: 'day', edtf: '2013-04-13', basis: 'expression', rule: 'unspecified', anchor: null });
    expect(event.date.passage.quote.exact).toBe('اليوم السبت');
    expect(event).toMatchObject({ cameo: '01', status: 'occurred', participants: [{ actor: 'john-kerry', role: 'source' }, { actor: 'china', role: 'target' }] });
    expect(event.title.en).toBe('Make public statement: John Kerry – China');
  });

  it('writes EDTF for the intervals it derives', () => {
    expect(edtfFor('2013-05-14', '2013-05-14')).toBe('2013-05-14');
    expect(edtfFor('2013-02-01', '2013-02-28')).toBe('2013-02');
    expect(edtfFor('2013-06-01', '2013-08-31')).toBe('2013-06/2013-08');
    expect(edtfFor('2013-01-01', '2013-12-31')).toBe('2013');
    expect(edtfFor('2013-04-01', '2013-04-07')).toBe('2013-04-01/2013-04-07');
    expect(edtfFor(null, '2013-05-15')).toBe('../2013-05-15');
    expect(edtfFor('2013-04-13', null)).toBe('2013-04-13/..');
  });
});
