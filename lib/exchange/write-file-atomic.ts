/**
 * Writing a file so that readers see the old content or the new, never half
 * of either: the data goes to a temporary file beside the target (same
 * folder, so the same file system), is flushed to disk, then renamed over
 * the target in one step. On any failure the temporary file is removed and
 * the target is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The temporary name used for `file`: hidden, unique per process and call, ending in `.tmp`. */
export function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temporary = temporaryNameFor(file);
  try {
    const fd = openSync(temporary, 'wx', 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
