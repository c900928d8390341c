/** @jest-environment node */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatasetError, defaultDataDir, dirLabel, loadDataset, readDatasetFiles } from '@/lib/load';

const FIXTURE = path.join(__dirname, 'fixtures', 'valid');
const SOURCE = 'local-news-2024-03-06';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'athar-load-'));
  cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readDatasetFiles', () => {
  it('reads the JSON files by relative path and hashes the raw texts', () => {
    const input = readDatasetFiles(dir);
    expect(Object.keys(input.json).sort()).toEqual(['actors.json', 'events.json', 'relations.json', `sources/${SOURCE}.json`, 'statements.json']);
    const bytes = readFileSync(path.join(dir, 'sources', `${SOURCE}.txt`));
    expect(input.texts[`${SOURCE}.txt`]).toEqual({ text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('keeps a byte-order mark, because passage offsets count it', () => {
    writeFileSync(path.join(dir, 'sources', 'bom.txt'), '\uFEFFنص');
    expect(readDatasetFiles(dir).texts['bom.txt']?.text).toBe('\uFEFFنص');
  });

  it('says when the directory does not exist', () => {
    expect(() => readDatasetFiles(path.join(dir, 'nope'))).toThrow(/does not exist/);
  });
});

describe('loadDataset', () => {
  it('returns the validated dataset, cached per directory', () => {
    const first = loadDataset(dir);
    expect(first.events.map((e) => e.id)).toEqual(['library-agreement', 'minister-announcement']);
    expect(loadDataset(dir)).toBe(first);
  });

  it('reloads when a file changes, so a dev server sees data edits', () => {
    const first = loadDataset(dir);
    const file = path.join(dir, 'relations.json');
    writeFileSync(file, '[]\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = loadDataset(dir);
    expect(second).not.toBe(first);
    expect(second.relations).toEqual([]);
  });

  it('throws a DatasetError listing every issue as file: path: message, one per line', () => {
    const events = path.join(dir, 'events.json');
    writeFileSync(events, readFileSync(events, 'utf8').replace('"cameo": "057"', '"cameo": "112"'));
    writeFileSync(path.join(dir, 'relations.json'), '[{"id": "r"}]');
    let error: unknown;
    try {
      loadDataset(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const lines = (error as DatasetError).message.split('\n');
    const label = dirLabel(dir);
    expect(lines[0]).toBe(`The dataset in ${label} has 6 issues:`);
    expect(lines).toContain(`${label}/events.json: $[0].cameo: The CAMEO code 112 is not under the root code 05 of the event type "agreement".`);
    expect(lines.filter((line) => line.startsWith(`${label}/relations.json: $[0].`))).toHaveLength(5);
    expect((error as DatasetError).issues).toHaveLength(6);
  });

  it('names a directory relative to the working directory, or absolutely when outside it', () => {
    expect(dirLabel(path.join(process.cwd(), 'data'))).toBe('data');
    expect(dirLabel(dir)).toBe(dir);
  });

  it('defaults to ATHAR_DATA, else data/ under the working directory', () => {
    const saved = process.env.ATHAR_DATA;
    try {
      delete process.env.ATHAR_DATA;
      expect(defaultDataDir()).toBe(path.join(process.cwd(), 'data'));
      process.env.ATHAR_DATA = dir;
      expect(defaultDataDir()).toBe(dir);
      expect(loadDataset().sources[0]?.id).toBe(SOURCE);
    } finally {
      if (saved === undefined) delete process.env.ATHAR_DATA;
      else process.env.ATHAR_DATA = saved;
    }
  });
});
