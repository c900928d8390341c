/**
 * The file side of accepting a draft, shared by `npm run accept` and the
 * authoring server: read the data directory, run the pure accept step
 * (lib/accept/accept.ts), and write every changed file as one batch.
 *
 * The batch is all or nothing. Each file is written to a temporary file in
 * its own folder and flushed; the files are checked to be unchanged since
 * they were read (another save must not be overwritten); the current files
 * are kept as hard-linked backups; then the temporary files are renamed
 * over the targets. A failure before the renames changes nothing; a failure
 * during them renames the backups back, so the previous data stays intact.
 * A saver killed during the renames cannot undo them itself: the journal
 * written before the first rename lets the next save (or the authoring
 * server at start) roll the batch back; every save holds the data folder's
 * lock (scripts/save-lock.ts), so two saves never interleave.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { acceptDraft, type AcceptOutcome } from '../lib/accept/accept';
import { temporaryNameFor } from '../lib/exchange/write-file-atomic';
import { readDatasetFiles } from '../lib/load';
import { clearJournal, pausePoint, SaveLockError, withSaveLock, writeJournal } from './save-lock';

/** The file operations the batch uses, replaceable in tests to make one of them fail. */
export interface BatchOps {
  rename: (from: string, to: string) => void;
}

const realOps: BatchOps = { rename: renameSync };

export class AcceptFileError extends Error {
  override name = 'AcceptFileError';
}

interface Staged {
  target: string;
  temp: string;
  backup: string | null;
}

/** The file as the dataset reader decodes it (a byte-order mark kept), or null when there is none. */
function currentContent(file: string): string | null {
  return existsSync(file) ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(file)) : null;
}

function writeDurably(file: string, content: string): void {
  const fd = openSync(file, 'wx', 0o644);
  try {
    const bytes = Buffer.from(content, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot fsync a directory; the renames are still atomic.
  }
}

/**
 * Writes `files` (paths relative to `dir` → content) as one batch; see the
 * module comment. `expected` holds each file's content when it was read
 * (null: it did not exist); a file that changed since is refused.
 */
export function writeBatch(dir: string, files: Record<string, string>, expected: Record<string, string | null>, ops: BatchOps = realOps): void {
  const staged: Staged[] = [];
  const cleanup = () => {
    for (const s of staged) {
      rmSync(s.temp, { force: true });
      if (s.backup) rmSync(s.backup, { force: true });
    }
  };
  try {
    for (const [relative, content] of Object.entries(files)) {
      const target = path.join(dir, relative);
      const entry: Staged = { target, temp: temporaryNameFor(target), backup: null };
      staged.push(entry);
      writeDurably(entry.temp, content);
    }
    for (const s of staged) {
      const relative = path.relative(dir, s.target);
      if (currentContent(s.target) !== (expected[relative] ?? null)) {
        throw new AcceptFileError(`${relative} changed on disk while the draft was being accepted (another save?); nothing was written, try again`);
      }
    }
    for (const s of staged) {
      if (!existsSync(s.target)) continue;
      s.backup = `${s.temp}.bak`;
      try {
        linkSync(s.target, s.backup);
      } catch {
        copyFileSync(s.target, s.backup);
      }
    }
  } catch (error) {
    cleanup();
    throw error;
  }

  const renamed: Staged[] = [];
  try {
    writeJournal(dir, staged);
    pausePoint('before-rename');
    for (const s of staged) {
      ops.rename(s.temp, s.target);
      renamed.push(s);
      if (renamed.length === 1) pausePoint('after-first-rename');
    }
  } catch (error) {
    const stuck: string[] = [];
    for (const s of renamed.reverse()) {
      try {
        if (s.backup) renameSync(s.backup, s.target);
        else rmSync(s.target, { force: true });
      } catch {
        stuck.push(`${s.target} (its previous content is in ${s.backup ?? 'no backup: it was new'})`);
        s.backup = null; // keep the backup file for the person restoring by hand
      }
    }
    cleanup();
    // With every file put back the journal has nothing left to undo; with some stuck, it stays for the next recovery.
    if (stuck.length === 0) clearJournal(dir);
    const reason = error instanceof Error ? error.message : String(error);
    if (stuck.length > 0) throw new AcceptFileError(`writing failed (${reason}) and could not be undone for ${stuck.join('; ')}`);
    throw new AcceptFileError(`writing failed (${reason}); every file was put back as it was, nothing changed`);
  }
  for (const d of new Set(staged.map((s) => path.dirname(s.target)))) fsyncDirectory(d);
  clearJournal(dir);
  cleanup();
}

/** Runs `save` under the data folder's save lock; a save that cannot get it is an AcceptFileError. */
export function underSaveLock<T>(dataDir: string, save: () => T): T {
  try {
    return withSaveLock(dataDir, save, { log: (line) => console.error(line) });
  } catch (error) {
    if (error instanceof SaveLockError) throw new AcceptFileError(error.message);
    throw error;
  }
}

export interface AcceptRun {
  outcome: AcceptOutcome;
  /** False for a dry run or a refusal. */
  written: boolean;
}

export interface AcceptRunOptions {
  dryRun?: boolean;
  /** More files to write in the same batch when the draft is accepted (the server records the reviewed draft). */
  extraFiles?: Record<string, string>;
  ops?: BatchOps;
}

/** Reads `dataDir`, accepts `rawDraft` and writes the result; throws AcceptFileError when writing fails. */
export function acceptIntoDataDir(dataDir: string, rawDraft: unknown, options: AcceptRunOptions = {}): AcceptRun {
  // Reading, checking and writing all happen under the lock, so the check holds for what is written.
  return options.dryRun ? acceptUnlocked(dataDir, rawDraft, options) : underSaveLock(dataDir, () => acceptUnlocked(dataDir, rawDraft, options));
}

function acceptUnlocked(dataDir: string, rawDraft: unknown, options: AcceptRunOptions): AcceptRun {
  const input = readDatasetFiles(dataDir);
  const outcome = acceptDraft(input, rawDraft);
  if (!outcome.ok || options.dryRun) return { outcome, written: false };
  const files = { ...outcome.files, ...options.extraFiles };
  const expected: Record<string, string | null> = {};
  for (const relative of Object.keys(files)) {
    expected[relative] = relative in outcome.files ? (input.json[relative] ?? null) : currentContent(path.join(dataDir, relative));
  }
  writeBatch(dataDir, files, expected, options.ops);
  return { outcome, written: true };
}

/** Reads a draft file as JSON, with a message naming the file when it cannot. */
export function readDraftFile(file: string): unknown {
  if (!existsSync(file)) throw new AcceptFileError(`${file}: no such draft file`);
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AcceptFileError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
