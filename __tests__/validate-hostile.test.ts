/** @jest-environment node */
/**
 * Hostile data: what the validator refuses (with file, JSON path and
 * reason) and what it lets through because the views render it as inert
 * text (proved end to end by e2e/hostile/).
 */
import { mkdtempSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDatasetFiles } from '@/lib/load';
import { NAME_MAX } from '@/lib/schema';
import { validateDataset, type DatasetInput, type ValidationIssue } from '@/lib/validate';
import { loneSurrogateAt, stringProblem } from '@/lib/validate-text';

const FIXTURE = path.join(__dirname, 'fixtures', 'valid');
const SOURCE = 'local-news-2024-03-06';
const valid = readDatasetFiles(FIXTURE);

// JSON records are edited as plain objects: the point is to produce what the schema would refuse.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function withJson(file: string, edit: (json: Json) => void): DatasetInput {
  const json: Json = JSON.parse(valid.json[file] ?? 'null');
  edit(json);
  // JSON.stringify writes a lone surrogate as a \ud800 escape, exactly as a hostile file would.
  return { json: { ...valid.json, [file]: JSON.stringify(json, null, 2) }, texts: { ...valid.texts } };
}

function issue(file: string, at: string, reason: RegExp) {
  return expect.objectContaining<ValidationIssue>({ file, path: at, message: expect.stringMatching(reason) as unknown as string });
}

const PAYLOADS = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=1">',
  svg: '<svg onload="window.__pwned=1">',
  link: 'javascript:window.__pwned=1',
  bidi: 'abc\u202Edcba\u202C def \u2067isolate\u2069',
  zeroWidth: 'zero\u200Bwidth\u200C\u200D\uFEFFjoin',
  zalgo: 'Z\u0351\u0352\u0357\u035B\u0300\u0301\u0302\u0303a\u0304\u0305\u0306\u0307\u0308l\u0309\u030A\u030Bgo',
};

describe('characters the validator refuses', () => {
  it.each<[string, () => DatasetInput, ReturnType<typeof issue>]>([
    ['a lone high surrogate in a name', () => withJson('actors.json', (a) => (a[0].name.en = 'Salma \uD800 Haddad')), issue('actors.json', '$[0].name.en', /lone surrogate U\+D800 at character 6/)],
    ['a lone low surrogate in a gloss', () => withJson('statements.json', (s) => (s[0].gloss = '\uDC00 said')), issue('statements.json', '$[0].gloss', /lone surrogate U\+DC00 at character 0/)],
    ['a lone surrogate in a field name', () => withJson('relations.json', (r) => (r[0]['\uD83D'] = 1)), issue('relations.json', '$[0]', /A field name holds a lone surrogate/)],
    ['a NUL in an analyst note', () => withJson('actors.json', (a) => a[0].analystNotes.push({ text: 'bad\u0000note', basis: 'x' })), issue('actors.json', '$[0].analystNotes[0].text', /control character U\+0000 at character 3/)],
    ['a 10,000-character name', () => withJson('actors.json', (a) => (a[0].name.ar = 'ا'.repeat(10_000))), issue('actors.json', '$[0].name.ar', new RegExp(`at most ${NAME_MAX} characters`))],
    ['a 10,000-character event title', () => withJson('events.json', (e) => (e[0].title.en = 'x'.repeat(10_000))), issue('events.json', '$[0].title.en', /at most 300 characters/)],
    ['a bidi override in an id', () => withJson('actors.json', (a) => (a[2].id = 'evil\u202Eid')), issue('actors.json', '$[2].id', /kebab-case/)],
    ['a javascript: URL in a field the schema does not have', () => withJson('actors.json', (a) => (a[0].url = PAYLOADS.link)), issue('actors.json', '$[0].url', /not part of the schema/)],
  ])('%s', (_case, corrupt, expected) => {
    const { dataset, issues } = validateDataset(corrupt());
    expect(issues).toContainEqual(expected);
    expect(dataset).toBeNull();
  });

  it('refuses a lone surrogate or a NUL in a source text', () => {
    const text = valid.texts[`${SOURCE}.txt`];
    if (!text) throw new Error('fixture text missing');
    const broken: DatasetInput = { json: valid.json, texts: { [`${SOURCE}.txt`]: { ...text, text: `${text.text}\uD800\u0000` } } };
    const messages = validateDataset(broken).issues.filter((i) => i.file === `sources/${SOURCE}.txt`).map((i) => i.message);
    expect(messages).toEqual([expect.stringMatching(/lone surrogate at character \d+/), expect.stringMatching(/NUL character/)]);
  });
});

describe('files that are not UTF-8', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'athar-hostile-'));
    cpSync(FIXTURE, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names a Windows-1256 text, the byte, and the iconv command', () => {
    // "سلام" in Windows-1256: single bytes above 0x7F that are not UTF-8.
    writeFileSync(path.join(dir, 'sources', `${SOURCE}.txt`), Buffer.from([0xd3, 0xe1, 0xc7, 0xe3, 0x0a]));
    const { issues } = validateDataset(readDatasetFiles(dir));
    expect(issues).toContainEqual(issue(`sources/${SOURCE}.txt`, '$', /not valid UTF-8 \(byte 0xd3 at byte offset 0\).*iconv -f WINDOWS-1256 -t UTF-8/));
  });

  it('names a UTF-16 JSON file by its byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[]', 'utf16le')]);
    writeFileSync(path.join(dir, 'relations.json'), utf16);
    const { issues } = validateDataset(readDatasetFiles(dir));
    expect(issues).toContainEqual(issue('relations.json', '$', /not valid UTF-8.*UTF-16 byte-order mark.*iconv -f UTF-16 -t UTF-8/));
  });
});

describe('hostile text that stays valid (rendered as inert text)', () => {
  it.each(Object.entries(PAYLOADS))('%s in names, notes and glosses', (_name, payload) => {
    const input = withJson('actors.json', (a) => {
      a[0].name.en = `${payload} Salma`;
      a[0].analystNotes.push({ text: payload, basis: payload });
    });
    const statements: Json = JSON.parse(input.json['statements.json'] ?? '[]');
    statements[0].gloss = payload;
    input.json['statements.json'] = JSON.stringify(statements);
    expect(validateDataset(input).issues).toEqual([]);
  });

  it(`accepts a name of exactly ${NAME_MAX} characters`, () => {
    const input = withJson('actors.json', (a) => (a[0].name.en = 'N'.repeat(NAME_MAX)));
    expect(validateDataset(input).issues).toEqual([]);
  });

  it('finds surrogates only when unpaired', () => {
    expect(loneSurrogateAt('emoji 😀 ok')).toBe(-1);
    expect(loneSurrogateAt('end \uD83D')).toBe(4);
    expect(stringProblem('tab\tand\nnewline\r')).toBeNull();
  });
});
