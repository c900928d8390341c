/** @jest-environment node */
import path from 'node:path';
import { readDatasetFiles } from '@/lib/load';
import { formatIssue, validateDataset, type DatasetInput, type ValidationIssue } from '@/lib/validate';

const FIXTURE = path.join(__dirname, 'fixtures', 'valid');
const SHIPPED = path.join(__dirname, '..', 'data');
const SOURCE = 'local-news-2024-03-06';
const SOURCE_FILE = `sources/${SOURCE}.json`;

const valid = readDatasetFiles(FIXTURE);

// JSON records are edited as plain objects: the point is to produce what the schema would refuse.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the valid fixture with one JSON file edited in place. */
function withJson(file: string, edit: (json: Json) => void, input: DatasetInput = valid): DatasetInput {
  const copy: DatasetInput = { json: { ...input.json }, texts: { ...input.texts } };
  const json: Json = JSON.parse(copy.json[file] ?? 'null');
  edit(json);
  copy.json[file] = JSON.stringify(json, null, 2);
  return copy;
}

function renamed(from: string, to: string): DatasetInput {
  const { [from]: content, ...rest } = valid.json;
  return { ...valid, json: { ...rest, [to]: content ?? '' } };
}

function issue(file: string, path: string, reason: string | RegExp) {
  const message: unknown = typeof reason === 'string' ? expect.stringContaining(reason) : expect.stringMatching(reason);
  return expect.objectContaining<ValidationIssue>({ file, path, message: message as string });
}

describe('a valid dataset', () => {
  it('passes the hand-made fixture and returns it typed', () => {
    const { dataset, issues } = validateDataset(valid);
    expect(issues).toEqual([]);
    expect(dataset?.sources.map((s) => s.id)).toEqual([SOURCE]);
    expect(dataset?.actors).toHaveLength(3);
    expect(dataset?.events).toHaveLength(2);
    expect(dataset?.texts[SOURCE]).toContain('\u00A0مؤتمر'); // the no-break space survives
  });

  it('passes the shipped dataset in data/', () => {
    const { issues } = validateDataset(readDatasetFiles(SHIPPED));
    expect(issues.map((i) => formatIssue(i, 'data'))).toEqual([]);
  });
});

/** [check, corrupted input, the one issue it must produce]. */
const CASES: [string, () => DatasetInput, ReturnType<typeof issue>][] = [
  ['JSON syntax', () => ({ ...valid, json: { ...valid.json, 'events.json': '[\n  {"id": "x",\n  }\n]' } }), issue('events.json', '$', /not valid JSON at line 3, column 3/)],
  ['missing file', () => ({ ...valid, json: { ...valid.json, 'relations.json': undefined as unknown as string } }), issue('relations.json', '$', /file is missing/)],
  ['array file', () => ({ ...valid, json: { ...valid.json, 'statements.json': '{}' } }), issue('statements.json', '$', /must hold a JSON array/)],
  ['schema: enum', () => withJson('events.json', (e) => (e[0].status = 'happened')), issue('events.json', '$[0].status', /expected one of "occurred"/)],
  ['schema: missing field', () => withJson('actors.json', (a) => delete a[1].kind), issue('actors.json', '$[1].kind', /required field is missing/)],
  ['schema: unknown field', () => withJson('relations.json', (r) => (r[0].weight = 2)), issue('relations.json', '$[0].weight', /not part of the schema/)],
  ['schema: deep path', () => withJson('events.json', (e) => (e[1].evidence[0].quote.exact = '')), issue('events.json', '$[1].evidence[0].quote.exact', /too small/)],
  ['unique ids', () => withJson('actors.json', (a) => a.push({ ...a[0], aliases: ['حداد'] })), issue('actors.json', '$[3].id', /"salma-haddad" is already used by actors.json \$\[0\]/)],
  ['source id = file name', () => renamed(SOURCE_FILE, 'sources/other-news.json'), issue('sources/other-news.json', '$.id', /id "local-news-2024-03-06" does not match the file name/)],
  ['ref: participant', () => withJson('events.json', (e) => (e[0].participants[1].actor = 'ghost')), issue('events.json', '$[0].participants[1].actor', /actor "ghost", which is not in actors.json/)],
  ['ref: affiliation', () => withJson('actors.json', (a) => (a[0].affiliation.actor = 'ghost')), issue('actors.json', '$[0].affiliation.actor', /actor "ghost"/)],
  ['ref: speaker', () => withJson('statements.json', (s) => (s[0].speaker = 'ghost')), issue('statements.json', '$[0].speaker', /actor "ghost"/)],
  ['ref: addressee', () => withJson('statements.json', (s) => (s[0].addressee = 'ghost')), issue('statements.json', '$[0].addressee', /actor "ghost"/)],
  ['ref: reportedBy', () => withJson('statements.json', (s) => (s[0].reportedBy = 'ghost')), issue('statements.json', '$[0].reportedBy', /actor "ghost"/)],
  ['ref: statement event', () => withJson('statements.json', (s) => (s[0].event = 'ghost')), issue('statements.json', '$[0].event', /event "ghost", which is not in events.json/)],
  ['ref: relation target', () => withJson('relations.json', (r) => (r[0].target = 'ghost')), issue('relations.json', '$[0].target', /actor "ghost"/)],
  ['ref: relation event', () => withJson('relations.json', (r) => (r[0].events = ['ghost'])), issue('relations.json', '$[0].events[0]', /event "ghost"/)],
  ['ref: passage source', () => withJson('statements.json', (s) => (s[0].passage.source = 'ghost')), issue('statements.json', '$[0].passage.source', /cites source "ghost", which has no record/)],
  ['ref: date anchor', () => withJson('events.json', (e) => (e[0].date.anchor = 'ghost')), issue('events.json', '$[0].date.anchor', /source "ghost"/)],
  ['passage: exact', () => withJson('statements.json', (s) => (s[0].passage.quote.exact = 'المكتبة ذاكرة البلد، ولن نتركها تنهار')), issue('statements.json', '$[0].passage', /exact .* does not match the text at \[\d+, \d+\)/)],
  ['passage: offsets', () => withJson('statements.json', (s) => (s[0].passage.position.start += 1)), issue('statements.json', '$[0].passage', /does not match the text/)],
  ['passage: prefix', () => withJson('actors.json', (a) => (a[2].mentions[0].quote.prefix = 'xx')), issue('actors.json', '$[2].mentions[0]', /prefix "xx" does not match/)],
  ['passage: suffix', () => withJson('events.json', (e) => (e[0].evidence[0].quote.suffix = 'xx')), issue('events.json', '$[0].evidence[0]', /suffix "xx" does not match/)],
  ['passage: own source', () => withJson(SOURCE_FILE, (s) => (s.publisher.stated.passage.source = 'ghost')), issue(SOURCE_FILE, '$.publisher.stated.passage.source', /must come from its own text/)],
  ['sha256', () => withJson(SOURCE_FILE, (s) => (s.sha256 = '0'.repeat(64))), issue(SOURCE_FILE, '$.sha256', /SHA-256 of sources\/.* is [0-9a-f]{64}, not the recorded 0{64}/)],
  ['publication day', () => withJson(SOURCE_FILE, (s) => (s.publication.datetime = '2024-02-30T10:30:00+02:00')), issue(SOURCE_FILE, '$.publication.datetime', /not on a real calendar day/)],
  ['text file exists', () => withJson(SOURCE_FILE, (s) => (s.textFile = 'missing.txt')), issue(SOURCE_FILE, '$.textFile', /sources\/missing.txt does not exist/)],
  ['alias verbatim', () => withJson('actors.json', (a) => a[0].aliases.push('سلمى الحداد')), issue('actors.json', '$[0].aliases[3]', /"سلمى الحداد" does not occur verbatim/)],
  ['edtf parses', () => withJson('events.json', (e) => (e[0].date.edtf = '2024-13-05')), issue('events.json', '$[0].date.edtf', /EDTF does not parse: "2024-13-05" is not a valid EDTF date/)],
  ['bounds agree', () => withJson('events.json', (e) => (e[0].date.edtf = '2024-03-05/2024-03-06')), issue('events.json', '$[0].date.latest', 'latest is 2024-03-05 but the EDTF "2024-03-05/2024-03-06" ends on 2024-03-06')],
  ['open end ↔ null', () => withJson('events.json', (e) => (e[0].date.edtf = '2024-03-05/..')), issue('events.json', '$[0].date.latest', /leaves its end open; write null/)],
  ['day precision is one day', () => withJson('events.json', (e) => Object.assign(e[0].date, { edtf: '2024-03-04/2024-03-05', earliest: '2024-03-04' })), issue('events.json', '$[0].date.precision', /precision is "day" but the interval 2024-03-04 to 2024-03-05 is not a single day/)],
  ['weekday', () => withJson('events.json', (e) => Object.assign(e[0].date, { edtf: '2024-03-04', earliest: '2024-03-04', latest: '2024-03-04' })), issue('events.json', '$[0].date.expression', 'names a Tuesday, but the resolved day 2024-03-04 is a Monday')],
  ['expression in passage', () => withJson('events.json', (e) => (e[0].date.expression = 'البارحة')), issue('events.json', '$[0].date.expression', /"البارحة" does not occur in its passage/)],
  ['occurred before anchor', () => withJson('events.json', (e) => Object.assign(e[0].date, { edtf: '2024-03-12', earliest: '2024-03-12', latest: '2024-03-12' })), issue('events.json', '$[0].date.earliest', /status "occurred" but starts on 2024-03-12, after its anchor source ".*" was published on 2024-03-06/)],
  ['cameo under type', () => withJson('events.json', (e) => (e[0].cameo = '112')), issue('events.json', '$[0].cameo', /CAMEO code 112 is not under the root code 05 of the event type "agreement"/)],
  ['relation ends differ', () => withJson('relations.json', (r) => (r[0].target = r[0].source)), issue('relations.json', '$[0].target', /source and target are both "ministry-of-culture"/)],
  ['speaker participates', () => withJson('statements.json', (s) => (s[0].speaker = 'heritage-society')), issue('statements.json', '$[0].speaker', /"heritage-society" is not a participant of event "minister-announcement"/)],
];

describe('each check reports the right file, path and reason, and nothing else', () => {
  it.each(CASES)('%s', (_check, corrupt, expected) => {
    const { dataset, issues } = validateDataset(corrupt());
    expect(issues).toEqual([expected]);
    expect(dataset).toBeNull();
  });
});

describe('checks whose corruption also trips a neighbour', () => {
  it('reports earliest after latest, and not a calendar day', () => {
    const reversed = withJson('events.json', (e) => Object.assign(e[1].date, { earliest: '2024-03-07', latest: '2024-03-06', precision: 'week' }));
    expect(validateDataset(reversed).issues).toContainEqual(issue('events.json', '$[1].date.earliest', 'earliest 2024-03-07 is after latest 2024-03-06'));
    const impossible = withJson('events.json', (e) => (e[1].date.latest = '2024-02-30'));
    expect(validateDataset(impossible).issues).toContainEqual(issue('events.json', '$[1].date.latest', 'latest "2024-02-30" is not a calendar day'));
  });

  it('reports an open start the EDTF closes', () => {
    const open = withJson('events.json', (e) => Object.assign(e[1].date, { earliest: null, precision: 'week' }));
    expect(validateDataset(open).issues).toEqual([issue('events.json', '$[1].date.earliest', 'earliest is null (open) but the EDTF "2024-03-06" starts on 2024-03-06')]);
  });
});

describe('one run', () => {
  it('reports every error in every file, not just the first', () => {
    let input = withJson('events.json', (e) => {
      e[0].cameo = '112';
      e[0].participants[1].actor = 'ghost';
    });
    input = withJson('relations.json', (r) => (r[0].target = r[0].source), input);
    input = withJson(SOURCE_FILE, (s) => (s.sha256 = 'f'.repeat(64)), input);
    input = { ...input, json: { ...input.json, 'actors.json': input.json['actors.json']?.replace('"kind": "person"', '"kind": "human"') ?? '' } };
    const { issues } = validateDataset(input);
    expect(issues).toEqual(
      expect.arrayContaining([
        issue('events.json', '$[0].cameo', /root code 05/),
        issue('events.json', '$[0].participants[1].actor', /"ghost"/),
        issue('relations.json', '$[0].target', /both/),
        issue(SOURCE_FILE, '$.sha256', /not the recorded/),
        issue('actors.json', '$[0].kind', /expected one of/),
      ]),
    );
    // actors.json $[0] fails its schema but still declares its id, so nothing referring to it is blamed.
    expect(issues).toHaveLength(5);
  });

  it('formats an issue as file: path: message under the data directory', () => {
    expect(formatIssue({ file: 'events.json', path: '$[2].date.earliest', message: 'Why.' }, 'data')).toBe('data/events.json: $[2].date.earliest: Why.');
  });
});
