/** @jest-environment node */
/**
 * The export and import commands, run as the user runs them (tsx), on a
 * copy of data/ in a temporary folder: the real data is never written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDataset, readDatasetFiles } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { validateDataset } from '@/lib/validate';
import type { AtharEvent } from '@/lib/schema';
import { exchangeFormat } from '@/lib/exchange';
import { writeCsv } from '@/lib/exchange/csv';
import { EVENT_CSV_COLUMNS, eventRow, serializeEventsCsv } from '@/lib/exchange/events-csv';
import { writeFileAtomic } from '@/lib/exchange/write-file-atomic';

jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const real = loadDataset(path.join(ROOT, 'data'));
const index = buildIndex(real);
/** Events no statement or relation refers to: they can leave events.json and come back through the CSV. */
const FREE = ['us-china-contact-reduced-to-informal-talks', 'reuters-cybersecurity-summit', 'us-china-cyber-tension'];

let dir: string;
let data: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'athar-exchange-'));
  data = path.join(dir, 'data');
  cpSync(path.join(ROOT, 'data'), data, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(script: 'export' | 'import-csv', ...args: string[]) {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', `${script}.ts`), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ATHAR_DATA: data } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `folder` with its bytes and modification time: to prove nothing was written. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(folder, name);
    if (statSync(file).isFile()) out[name] = `${statSync(file).mtimeMs}:${readFileSync(file, 'base64')}`;
  }
  return out;
}

const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

function removeEvents(ids: string[]): AtharEvent[] {
  const file = path.join(data, 'events.json');
  const events = JSON.parse(readFileSync(file, 'utf8')) as AtharEvent[];
  writeFileSync(file, `${JSON.stringify(events.filter((e) => !ids.includes(e.id)), null, 2)}\n`);
  return events.filter((e) => ids.includes(e.id));
}

describe('npm run export', () => {
  it('writes a format to stdout, or atomically to --out, without leaving a temporary file', () => {
    const stdout = run('export', '--format', 'gexf');
    expect(stdout.status).toBe(0);
    expect(stdout.stdout).toBe(exchangeFormat('gexf')!.serialize(index));

    const out = path.join(dir, 'graph.gexf');
    writeFileSync(out, 'an older export that is much longer than nothing');
    const written = run('export', '--format', 'cytoscape', '--out', out, '--data', data);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toMatch(/✓ Actor graph \(Cytoscape JSON\): wrote graph\.gexf/);
    expect(readFileSync(out, 'utf8')).toBe(exchangeFormat('cytoscape')!.serialize(index));
    expect(leftovers(dir)).toEqual([]);
  });

  it('adds the byte-order mark with --bom', () => {
    const result = run('export', '--format', 'csv', '--bom');
    expect(result.stdout).toBe(serializeEventsCsv(index, { bom: true }));
  });

  it('refuses an unknown format and an unwritable target, leaving the target as it was', () => {
    const unknown = run('export', '--format', 'pdf');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/unknown format "pdf" \(known: json, csv, csv-excel, gexf, cytoscape, timelinejs, annotations\)/);

    const target = path.join(dir, 'taken');
    mkdirSync(target);
    const blocked = run('export', '--format', 'json', '--out', target);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/could not write/);
    expect(statSync(target).isDirectory()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the whole file, or on failure removes its temporary file and keeps the old one', () => {
    const file = path.join(dir, 'f.json');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(() => writeFileAtomic(path.join(dir, 'missing-folder', 'f.json'), 'x')).toThrow();
    mkdirSync(path.join(dir, 'dir-target'));
    expect(() => writeFileAtomic(path.join(dir, 'dir-target'), 'x')).toThrow();
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('npm run import:csv', () => {
  let csvFile: string;
  beforeEach(() => {
    csvFile = path.join(dir, 'events.csv');
    writeFileSync(csvFile, serializeEventsCsv(index));
  });

  it('with --dry-run reports what it would add and writes nothing', () => {
    removeEvents(FREE);
    const before = snapshot(data);
    const result = run('import-csv', csvFile, '--data', data, '--dry-run');
    expect(result.stdout).toMatch(/✓ dry run: 3 events \(.+\) would be added to .+events\.json; 21 rows left out \(listed above\)\. Nothing written\./);
    expect(result.status).toBe(2);
    expect(snapshot(data)).toEqual(before);
    expect(leftovers(data)).toEqual([]);
  });

  it('merges the good rows into events.json, reports the others by line, and leaves a valid dataset', () => {
    const removed = removeEvents(FREE);
    const kept = JSON.parse(readFileSync(path.join(data, 'events.json'), 'utf8')) as AtharEvent[];
    const result = run('import-csv', csvFile, '--data', data);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/✓ added 3 events/);
    const line = (id: string) => 1 + readFileSync(csvFile, 'utf8').split(`\r\n${id},`)[0]!.split('\n').length;
    expect(result.stderr).toContain(`events.csv:${line('kerry-wang-yi-meeting')}: kerry-wang-yi-meeting: event kerry-wang-yi-meeting is already in the dataset`);

    const after = JSON.parse(readFileSync(path.join(data, 'events.json'), 'utf8')) as AtharEvent[];
    expect(after.slice(0, kept.length)).toEqual(kept); // existing records untouched
    const back = after.slice(kept.length);
    expect(back.map((e) => e.id).sort()).toEqual([...FREE].sort());
    for (const event of back) {
      const original = removed.find((e) => e.id === event.id)!;
      expect({ ...event, evidence: [] }).toEqual({ ...original, evidence: [] });
    }
    expect(validateDataset(readDatasetFiles(data)).issues).toEqual([]);
    expect(leftovers(data)).toEqual([]);
  });

  it('writes nothing when the merged dataset would not validate, naming the CSV line', () => {
    removeEvents(FREE);
    const good = eventRow(index, index.events.get('us-china-cyber-tension')!);
    // "أمس الثلاثاء" is a Tuesday; 13 May 2013 is a Monday: the row reads, the validator refuses it.
    const wrong = eventRow(index, index.events.get('daniel-announces-cyber-talks-progress')!);
    const at = (name: (typeof EVENT_CSV_COLUMNS)[number]) => EVENT_CSV_COLUMNS.indexOf(name);
    wrong[at('event_id')] = 'daniel-speaks-again';
    wrong[at('event_date')] = '2013-05-13';
    wrong[at('event_date_latest')] = '2013-05-13';
    wrong[at('edtf')] = '';
    wrong[at('notes')] = '';
    writeFileSync(csvFile, writeCsv([[...EVENT_CSV_COLUMNS], good, wrong]));
    const before = snapshot(data);
    const result = run('import-csv', csvFile, '--data', data);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/events\.csv:\d+: daniel-speaks-again: The expression "أمس الثلاثاء" names a Tuesday, but the resolved day 2013-05-13 is a Monday\./);
    expect(result.stderr).toMatch(/would not validate \(1 issue\)\. Nothing written\./);
    expect(snapshot(data)).toEqual(before);
    expect(leftovers(data)).toEqual([]);
  });

  it('refuses a file that is not UTF-8 and a dataset that is invalid before the import', () => {
    const latin = path.join(dir, 'latin.csv');
    writeFileSync(latin, Buffer.from([0x65, 0x76, 0xe9, 0x0a]));
    expect(run('import-csv', latin, '--data', data).stderr).toMatch(/is not UTF-8 text; save it as "CSV UTF-8"/);

    writeFileSync(path.join(data, 'relations.json'), '[{"id": 1}]');
    const before = snapshot(data);
    const result = run('import-csv', csvFile, '--data', data);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is not valid before the import/);
    expect(snapshot(data)).toEqual(before);
  });
});
