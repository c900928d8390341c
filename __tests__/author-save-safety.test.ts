/** @jest-environment node */
/**
 * Saves never lose or mix data: two saves at once run one after the other
 * (the lock), a save held by a live process is refused clearly, and a save
 * killed with SIGKILL between writing its temporary files and renaming them,
 * or halfway through the renames, leaves the previous data intact and valid
 * once the next save or the authoring server has started (the journal).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '@/lib/load';
import { refusal } from '@/scripts/author-guard';
import { startAuthorServer } from '@/scripts/author-server';
import { JOURNAL_FILE, LOCK_FILE, SaveLockError, withSaveLock } from '@/scripts/save-lock';
import { ARTICLE, proposal, reviewedDraft, SOURCE_ID, tempDataDir } from './helpers/accept-fixture';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SECOND = `${SOURCE_ID}-b`;

let data: string;
beforeEach(() => {
  data = tempDataDir('athar-save-safety-');
  writeFileSync(path.join(data, 'sources', `${SECOND}.txt`), ARTICLE);
  writeFileSync(path.join(data, 'drafts', `${SOURCE_ID}.json`), JSON.stringify(reviewedDraft(), null, 2));
  // A second draft of the same words under another source id, with new ids of its own: both can be accepted.
  const second = JSON.parse(JSON.stringify(reviewedDraft()).split(SOURCE_ID).join(SECOND)) as ReturnType<typeof reviewedDraft>;
  proposal(second, 'event-said', 'event').record = { id: 'wang-yi-ready-for-dialogue-b', titleEn: 'Wang Yi says China is ready, again' };
  proposal(second, 'actor-hua', 'actor').record = { id: 'hua-chunying-b', nameEn: 'Hua Chunying', country: 'CN', roleEn: 'Spokeswoman' };
  writeFileSync(path.join(data, 'drafts', `${SECOND}.json`), JSON.stringify(second, null, 2));
});
afterEach(() => rmSync(path.dirname(data), { recursive: true, force: true }));

/** The dataset's own files (no dot files: lock, journal, temporaries) with their hashes. */
function datasetBytes(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!name.startsWith('.')) out[path.relative(data, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
    }
  };
  walk(data);
  return out;
}

/** Dot files a save leaves while it runs: lock, journal, temporaries, backups. */
function leftovers(): string[] {
  const ours = (name: string) => name === LOCK_FILE || name === JOURNAL_FILE || /\.tmp(\.bak)?$/.test(name);
  return ['', 'sources', 'drafts'].flatMap((folder) => readdirSync(path.join(data, folder)).filter(ours).map((n) => path.join(folder, n)));
}

/** `npm run accept` as one node process (tsx as a loader), so SIGKILL reaches the process that saves. */
function accept(id: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'accept.ts'), path.join(data, 'drafts', `${id}.json`), '--data', data], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, stderr })));
}

function validates(): { status: number | null; output: string } {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', 'validate.ts')], { env: { ...process.env, ATHAR_DATA: data }, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Starts an accept that pauses at `point`, waits until it says so, and kills it with SIGKILL. */
async function killAt(point: 'before-rename' | 'after-first-rename'): Promise<void> {
  const child = accept(SOURCE_ID, { ATHAR_TEST_PAUSE_AT: point });
  const exit = finished(child);
  await new Promise<void>((paused, failed) => {
    child.stderr?.on('data', (chunk: Buffer) => chunk.toString().includes(`ATHAR paused at ${point}`) && paused());
    child.on('exit', () => failed(new Error(`the save exited before pausing at ${point}`)));
  });
  child.kill('SIGKILL');
  expect((await exit).signal).toBe('SIGKILL');
}

describe('two saves at once', () => {
  it('run one after the other: both land whole, and the data validates', async () => {
    const [a, b] = [accept(SOURCE_ID), accept(SECOND)];
    const results = await Promise.all([finished(a), finished(b)]);
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const dataset = loadDataset(data);
    expect(dataset.sources.map((s) => s.id)).toEqual(expect.arrayContaining([SOURCE_ID, SECOND]));
    for (const id of ['wang-yi-ready-for-dialogue', 'wang-yi-ready-for-dialogue-b']) expect(dataset.events.map((e) => e.id)).toContain(id);
    for (const id of ['hua-chunying', 'hua-chunying-b']) expect(dataset.actors.map((a) => a.id)).toContain(id);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a save while a live process holds the lock, naming it, and writes nothing', () => {
    writeFileSync(path.join(data, LOCK_FILE), `${process.pid}\n2013-06-20T00:00:00Z\n`);
    const before = datasetBytes();
    expect(() => withSaveLock(data, () => 'saved', { waitMs: 200 })).toThrow(SaveLockError);
    expect(() => withSaveLock(data, () => 'saved', { waitMs: 200 })).toThrow(new RegExp(`another save is in progress \\(process ${process.pid}, since 2013-06-20`));
    const cli = spawnSync(TSX, [path.join(ROOT, 'scripts', 'accept.ts'), path.join(data, 'drafts', `${SOURCE_ID}.json`), '--data', data], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`another save is in progress (process ${process.pid}`);
    expect(datasetBytes()).toEqual(before);
  });

  it('takes over a lock left by a dead process', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(path.join(data, LOCK_FILE), `${dead.stdout}\n2013-06-20T00:00:00Z\n`);
    expect(withSaveLock(data, () => 'saved', { waitMs: 200 })).toBe('saved');
    expect(existsSync(path.join(data, LOCK_FILE))).toBe(false);
  });
});

describe('a save killed halfway', () => {
  it('between writing its temporary files and renaming them: the data is byte for byte as before and valid', async () => {
    const before = datasetBytes();
    await killAt('before-rename');
    expect(datasetBytes()).toEqual(before);
    expect(leftovers()).toEqual(expect.arrayContaining([LOCK_FILE, JOURNAL_FILE]));
    expect(validates()).toMatchObject({ status: 0 });
    // The next save finds the stale lock, clears what the killed one left, and saves.
    const next = await finished(accept(SOURCE_ID));
    expect(next.stderr).toMatch(/recovered an interrupted save: removed the leftover/);
    expect(next.code).toBe(0);
    expect(leftovers()).toEqual([]);
    expect(loadDataset(data).sources.map((s) => s.id)).toContain(SOURCE_ID);
  });

  it('after its first rename: the authoring server rolls the batch back when it starts', async () => {
    const before = datasetBytes();
    await killAt('after-first-rename');
    // The window: one file is new, the others old. It is never served: recovery runs before the server listens.
    expect(datasetBytes()).not.toEqual(before);
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { server } = await startAuthorServer({ dataDir: data, port: 0, clientJs: '' });
    server.close();
    expect(log.mock.calls.flat().join('\n')).toMatch(/recovered an interrupted save: (restored|removed the half-saved new file)/);
    log.mockRestore();
    expect(datasetBytes()).toEqual(before);
    expect(leftovers()).toEqual([]);
    expect(validates()).toMatchObject({ status: 0 });
  });
});

describe('who may ask for a save', () => {
  const own = { host: '127.0.0.1:3210', origin: 'http://127.0.0.1:3210', 'content-type': 'application/json' };
  it.each<[string, Record<string, string>, RegExp]>([
    ['a rebound DNS name as Host', { ...own, host: 'attacker.example:3210' }, /Host "attacker.example:3210" is not this server/],
    ['another site as Origin', { ...own, origin: 'http://attacker.example' }, /Origin "http:\/\/attacker.example" is not this server/],
    ['a cross-site fetch without Origin', { host: own.host, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, /cross-site request is not accepted/],
    ['a write without Origin', { host: own.host, 'content-type': 'application/json' }, /must send its Origin/],
  ])('refuses %s', (_case, headers, reason) => {
    expect(refusal('POST', headers, 3210)).toMatch(reason);
  });
  it('lets its own page save', () => {
    expect(refusal('POST', { ...own, 'sec-fetch-site': 'same-origin' }, 3210)).toBeNull();
    expect(refusal('POST', { ...own, host: 'localhost:3210', origin: 'http://localhost:3210' }, 3210)).toBeNull();
  });
});
