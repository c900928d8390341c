/**
 * One save at a time, and no half-done save survives a crash.
 *
 * The lock: `<data>/.athar-save.lock`, created with O_EXCL (`wx`) and
 * holding the saver's PID. A second saver (another request, `npm run
 * accept`, a second authoring server) waits for it up to LOCK_WAIT_MS,
 * then is refused with who holds it. A lock whose PID is no longer alive
 * is stale (the saver was killed): it is taken over after recovery.
 *
 * The journal: before the first rename of a batch, `<data>/.athar-save.journal`
 * lists every target with its temporary file and its backup (a hard link to
 * the previous content). It is removed once every rename is done. A journal
 * still there means a saver died mid-batch: recovery puts every backup back
 * and removes the new files and the temporaries, so the data is exactly as
 * before that save. Both files start with a dot, so the dataset reader and
 * the validator never see them.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = '.athar-save.lock';
export const JOURNAL_FILE = '.athar-save.journal';
/** How long a saver waits for another's save to finish; a save takes well under a second. */
export const LOCK_WAIT_MS = 10_000;

export class SaveLockError extends Error {
  override name = 'SaveLockError';
}

export interface JournalEntry {
  target: string;
  temp: string;
  /** The hard-linked previous content, or null when the target is new. */
  backup: string | null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeDurable(file: string, content: string, flag: 'wx' | 'w'): void {
  const fd = openSync(file, flag, 0o644);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes the journal of a batch about to be renamed. */
export function writeJournal(dataDir: string, entries: JournalEntry[]): void {
  writeDurable(path.join(dataDir, JOURNAL_FILE), JSON.stringify({ pid: process.pid, entries }, null, 2), 'w');
}

/** Removes the journal: the batch is complete. */
export function clearJournal(dataDir: string): void {
  rmSync(path.join(dataDir, JOURNAL_FILE), { force: true });
}

/**
 * Undoes what a killed saver left: rolls back a journalled batch and removes
 * temporary and backup files of the dataset's folders. Returns one line per
 * thing done (empty when there was nothing to do). Call only under the lock.
 */
export function recoverInterruptedSave(dataDir: string): string[] {
  const done: string[] = [];
  const journal = path.join(dataDir, JOURNAL_FILE);
  if (existsSync(journal)) {
    let entries: JournalEntry[] = [];
    try {
      entries = (JSON.parse(readFileSync(journal, 'utf8')) as { entries: JournalEntry[] }).entries;
    } catch {
      // A journal cut short was written before any rename (it is fsynced first): nothing was renamed yet.
    }
    for (const entry of entries) {
      if (entry.backup && existsSync(entry.backup)) {
        renameSync(entry.backup, entry.target);
        done.push(`restored ${path.relative(dataDir, entry.target)}`);
      } else if (!entry.backup && !existsSync(entry.temp) && existsSync(entry.target)) {
        rmSync(entry.target);
        done.push(`removed the half-saved new file ${path.relative(dataDir, entry.target)}`);
      }
    }
    rmSync(journal, { force: true });
  }
  for (const folder of ['', 'sources', 'drafts', 'briefings']) {
    const dir = path.join(dataDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (/^\..+\.\d+\.[0-9a-f]{8}\.tmp(?:\.bak)?$/.test(name)) {
        rmSync(path.join(dir, name), { force: true });
        done.push(`removed the leftover ${path.join(folder, name)}`);
      }
    }
  }
  return done;
}

function takeLock(file: string): boolean {
  try {
    writeDurable(file, `${process.pid}\n${new Date().toISOString()}\n`, 'wx');
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The PID and start time in a lock file, or null when it cannot be read (being written). */
function holder(file: string): { pid: number; since: string } | null {
  try {
    const [pid, since] = readFileSync(file, 'utf8').split('\n');
    return pid ? { pid: Number(pid), since: since ?? '?' } : null;
  } catch {
    return null;
  }
}

/**
 * Runs `save` holding the data directory's lock; see the module comment.
 * `log` hears what recovery did after a killed save.
 */
export function withSaveLock<T>(dataDir: string, save: () => T, options: { waitMs?: number; log?: (line: string) => void } = {}): T {
  const file = path.join(dataDir, LOCK_FILE);
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  for (;;) {
    if (takeLock(file)) break;
    const current = holder(file);
    if (current && !alive(current.pid)) {
      // Stale: its saver died. Only one taker may remove it, so the removal itself is a rename.
      const claimed = `${file}.${process.pid}.stale`;
      try {
        renameSync(file, claimed);
        rmSync(claimed, { force: true });
      } catch {
        // Another saver claimed it first; try again.
      }
      continue;
    }
    if (Date.now() >= deadline) {
      const who = current ? `process ${current.pid}, since ${current.since}` : 'another process';
      throw new SaveLockError(`another save is in progress (${who}; lock ${path.relative(process.cwd(), file) || file}); nothing was written, try again when it is done`);
    }
    sleep(50);
  }
  try {
    for (const line of recoverInterruptedSave(dataDir)) options.log?.(`recovered an interrupted save: ${line}`);
    return save();
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Test hook: with ATHAR_TEST_PAUSE_AT set to `point`, announces it on stderr
 * and sleeps until killed, so a test can SIGKILL a save at that very point.
 */
export function pausePoint(point: 'before-rename' | 'after-first-rename'): void {
  if (process.env.ATHAR_TEST_PAUSE_AT !== point) return;
  process.stderr.write(`ATHAR paused at ${point}\n`);
  for (;;) sleep(1_000);
}
