/** @jest-environment node */
import path from 'node:path';
import { BriefingSchema } from '@/lib/briefing';
import { loadDataset, readDatasetFiles } from '@/lib/load';
import { formatIssue, validateDataset, type DatasetInput, type ValidationIssue } from '@/lib/validate';
import { passageWithin } from '@/lib/passage';

const SHIPPED = path.join(__dirname, '..', 'data');
const FIXTURE = path.join(__dirname, 'fixtures', 'valid');
const ID = 'accusations-to-working-group';
const FILE = `briefings/${ID}.json`;

const shipped = readDatasetFiles(SHIPPED);

// Records are edited as plain objects: the point is to produce what the checks refuse.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The shipped dataset with the default briefing edited in place. */
function withBriefing(edit: (briefing: Json) => void): DatasetInput {
  const briefing: Json = JSON.parse(shipped.json[FILE] ?? 'null');
  edit(briefing);
  return { json: { ...shipped.json, [FILE]: JSON.stringify(briefing, null, 2) }, texts: shipped.texts };
}

function issue(file: string, path: string, reason: RegExp) {
  return expect.objectContaining<ValidationIssue>({ file, path, message: expect.stringMatching(reason) as unknown as string });
}

describe('briefings in the dataset', () => {
  it('reads data/briefings/ with the rest of the shipped dataset, valid', () => {
    const { dataset, issues } = validateDataset(shipped);
    expect(issues.map((i) => formatIssue(i, 'data'))).toEqual([]);
    expect(dataset?.briefings.map((b) => b.id)).toEqual([ID]);
    expect(loadDataset(SHIPPED).briefings).toHaveLength(1);
  });

  it('gives an empty list when the folder is absent', () => {
    const { dataset, issues } = validateDataset(readDatasetFiles(FIXTURE));
    expect(issues).toEqual([]);
    expect(dataset?.briefings).toEqual([]);
  });

  it('ships a default briefing of 6 to 10 steps, each titled in both languages', () => {
    const briefing = BriefingSchema.parse(JSON.parse(shipped.json[FILE]!));
    expect(briefing.steps.length).toBeGreaterThanOrEqual(6);
    expect(briefing.steps.length).toBeLessThanOrEqual(10);
    for (const step of briefing.steps) expect(step.title.ar).toMatch(/[\u0600-\u06FF]/);
  });
});

/** [check, corrupted input, the issue it must produce]. */
const CASES: [string, () => DatasetInput, ReturnType<typeof issue>][] = [
  ['JSON syntax', () => ({ ...shipped, json: { ...shipped.json, [FILE]: '{ "id": ' } }), issue(FILE, '$', /not valid JSON/)],
  ['schema: missing field', () => withBriefing((b) => delete b.steps[0].title.ar), issue(FILE, '$.steps[0].title.ar', /required field is missing/)],
  ['schema: unknown field', () => withBriefing((b) => (b.steps[1].speaker = 'x')), issue(FILE, '$.steps[1].speaker', /not part of the schema/)],
  ['schema: long narrative', () => withBriefing((b) => (b.steps[2].narrative.en = 'word '.repeat(120))), issue(FILE, '$.steps[2].narrative.en', /too big/)],
  ['schema: no steps', () => withBriefing((b) => (b.steps = [])), issue(FILE, '$.steps', /too small/)],
  ['id matches the file name', () => withBriefing((b) => (b.id = 'another-story')), issue(FILE, '$.id', /does not match the file name/)],
  ['unique step ids', () => withBriefing((b) => (b.steps[3].id = b.steps[1].id)), issue(FILE, '$.steps[3].id', /already used by step 2/)],
  ['actor reference', () => withBriefing((b) => b.steps[0].focus.actors.push('mandiant')), issue(FILE, '$.steps[0].focus.actors[2]', /actor "mandiant", which is not in actors.json/)],
  ['event reference', () => withBriefing((b) => (b.steps[4].focus.events[1] = 'kerry-visits-mars')), issue(FILE, '$.steps[4].focus.events[1]', /event "kerry-visits-mars"/)],
  ['a real calendar day', () => withBriefing((b) => (b.steps[0].window.to = '2013-02-30')), issue(FILE, '$.steps[0].window.to', /not a real calendar day/)],
  ['window from ≤ to', () => withBriefing((b) => (b.steps[2].window = { from: '2013-03-31', to: '2013-03-01' })), issue(FILE, '$.steps[2].window', /runs backwards/)],
  ['focus not empty', () => withBriefing((b) => (b.steps[0].focus = { actors: [], events: [] })), issue(FILE, '$.steps[0].focus', /at least one actor or event/)],
  ['focus event inside the window', () => withBriefing((b) => (b.steps[7].window = { from: '2013-09-01', to: '2013-09-30' })), issue(FILE, '$.steps[7].focus.events[0]', /outside the step's window/)],
  ['passage source exists', () => withBriefing((b) => (b.steps[1].keyPassage.source = 'xinhua-2013-04-13')), issue(FILE, '$.steps[1].keyPassage.source', /no record in sources/)],
  ['passage against the raw text', () => withBriefing((b) => (b.steps[5].keyPassage.quote.exact = 'الصين')), issue(FILE, '$.steps[5].keyPassage', /does not match the text/)],
  ['passage context', () => withBriefing((b) => (b.steps[5].keyPassage.quote.prefix = 'x')), issue(FILE, '$.steps[5].keyPassage', /prefix "x" does not match/)],
  ['passage backs the focus', () => withBriefing((b) => (b.steps[0].keyPassage = b.steps[4].keyPassage)), issue(FILE, '$.steps[0].keyPassage', /backs nothing in focus/)],
];

describe.each(CASES)('the briefing check: %s', (_name, corrupt, expected) => {
  it('reports the problem at its file and JSON path', () => {
    const { dataset, issues } = validateDataset(corrupt());
    expect(dataset).toBeNull();
    expect(issues).toContainEqual(expected);
  });
});

describe('one run reports every briefing problem', () => {
  it('lists the problems of several steps together', () => {
    const { issues } = validateDataset(
      withBriefing((b) => {
        b.steps[0].focus.actors.push('mandiant');
        b.steps[2].window = { from: '2013-03-31', to: '2013-03-01' };
        b.steps[5].keyPassage.quote.exact = 'الصين';
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['$.steps[0].focus.actors[2]', '$.steps[2].window', '$.steps[5].keyPassage']);
  });
});

describe('passageWithin', () => {
  const at = (source: string, start: number, end: number) => ({ source, position: { start, end }, quote: { exact: 'x', prefix: '', suffix: '' } });
  it('accepts a shorter excerpt of the same source and refuses one that spills over or cites another text', () => {
    expect(passageWithin(at('a', 10, 20), at('a', 5, 25))).toBe(true);
    expect(passageWithin(at('a', 5, 25), at('a', 5, 25))).toBe(true);
    expect(passageWithin(at('a', 4, 20), at('a', 5, 25))).toBe(false);
    expect(passageWithin(at('b', 10, 20), at('a', 5, 25))).toBe(false);
  });
});
