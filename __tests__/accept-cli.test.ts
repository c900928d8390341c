/** @jest-environment node */
/**
 * `npm run accept` as the user runs it (tsx), and the all-or-nothing batch
 * behind it, on temporary copies of data/: the real data is never written.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '@/lib/load';
import { acceptIntoDataDir, AcceptFileError, writeBatch } from '@/scripts/accept-files';
import { proposal, reviewedDraft, snapshot, SOURCE_ID, tempDataDir } from './helpers/accept-fixture';

jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

let data: string;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => rmSync(path.dirname(data), { recursive: true, force: true }));

function writeDraft(draft: unknown): string {
  const file = path.join(data, 'drafts', `${SOURCE_ID}.json`);
  writeFileSync(file, `${JSON.stringify(draft, null, 2)}\n`);
  return file;
}

function run(...args: string[]) {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', 'accept.ts'), ...args], { cwd: path.dirname(data), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Temporary or backup files a batch might leave behind. */
function leftovers(): string[] {
  return [data, path.join(data, 'sources')].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.bak')));
}

describe('npm run accept', () => {
  it('writes the accepted records, prints what it added, and the data validates', () => {
    const draft = writeDraft(reviewedDraft());
    const result = run(draft, '--data', data);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`source ${SOURCE_ID}`);
    expect(result.stdout).toContain('1 new actor: hua-chunying');
    expect(result.stdout).toContain('event working-group-first-meeting (existing): +1 evidence passage');
    const dataset = loadDataset(data);
    expect(dataset.sources.map((s) => s.id)).toContain(SOURCE_ID);
    expect(dataset.events.some((e) => e.id === 'wang-yi-ready-for-dialogue')).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('refuses with the draft file, proposal and reason, and writes nothing', () => {
    const draft = reviewedDraft();
    proposal(draft, 'event-said', 'event').record = { id: 'kerry-wang-yi-meeting' };
    const file = writeDraft(draft);
    const before = snapshot(data);
    const result = run(file, '--data', data);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`data/drafts/${SOURCE_ID}.json: proposal event-said: clashing id: the event "kerry-wang-yi-meeting"`);
    expect(result.stderr).toMatch(/was not accepted \(1 problem\)\. Nothing written/);
    expect(snapshot(data)).toEqual(before);
  });

  it('writes nothing on a dry run, and refuses a second accept of the same draft', () => {
    const file = writeDraft(reviewedDraft());
    const before = snapshot(data);
    expect(run(file, '--data', data, '--dry-run').stdout).toContain('Nothing written.');
    expect(snapshot(data)).toEqual(before);
    expect(run(file, '--data', data).status).toBe(0);
    const again = run(file, '--data', data);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`source: clashing id: the source "${SOURCE_ID}" is already in the dataset`);
  });

  it('explains a missing draft and a bad option', () => {
    expect(run(path.join(data, 'drafts', 'nope.json'), '--data', data).stderr).toContain('no such draft file');
    expect(run('--frobnicate').status).toBe(2);
  });
});

describe('the all-or-nothing batch', () => {
  it('puts every file back when a rename fails between writes', () => {
    const before = snapshot(data);
    let renames = 0;
    const failSecond = (from: string, to: string) => {
      renames += 1;
      if (renames === 2) throw new Error('EIO: injected failure');
      renameSync(from, to);
    };
    expect(() => acceptIntoDataDir(data, reviewedDraft(), { ops: { rename: failSecond } })).toThrow(
      /writing failed \(EIO: injected failure\); every file was put back as it was, nothing changed/,
    );
    expect(renames).toBe(2);
    expect(snapshot(data)).toEqual(before);
    expect(leftovers()).toEqual([]);
    expect(() => loadDataset(data)).not.toThrow();
  });

  it('removes a new file it had already renamed into place when a later rename fails', () => {
    const before = snapshot(data);
    const order: string[] = [];
    const rename = (from: string, to: string) => {
      order.push(path.relative(data, to));
      if (order.length === 2) throw new Error('injected');
      renameSync(from, to);
    };
    expect(() => writeBatch(data, { 'sources/new.json': '{}\n', 'actors.json': '[]\n' }, { 'sources/new.json': null, 'actors.json': before['actors.json'] ?? null }, { rename })).toThrow(AcceptFileError);
    expect(order).toEqual(['sources/new.json', 'actors.json']);
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses to overwrite a file that changed since it was read, before any rename', () => {
    const before = snapshot(data);
    const rename = jest.fn();
    expect(() => writeBatch(data, { 'actors.json': '[]\n' }, { 'actors.json': '[ "something else" ]\n' }, { rename })).toThrow(/actors\.json changed on disk/);
    expect(rename).not.toHaveBeenCalled();
    expect(snapshot(data)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('leaves the data intact when a temporary file cannot be written', () => {
    const before = snapshot(data);
    // A file in a folder that does not exist cannot be staged; the first file was staged already.
    expect(() => writeBatch(data, { 'actors.json': '[]\n', 'missing/x.json': 'x' }, { 'actors.json': before['actors.json'] ?? null, 'missing/x.json': null })).toThrow(/ENOENT/);
    expect(snapshot(data)).toEqual(before);
    expect(readFileSync(path.join(data, 'actors.json'), 'utf8')).toBe(before['actors.json']);
    expect(leftovers()).toEqual([]);
  });
});
