/**
 * Reading `data/` from disk. The only impure part of the data path: it
 * gathers the raw files for `validateDataset` and refuses to hand pages a
 * dataset with any issue, so a bad passage fails the build instead of
 * shipping a wrong citation.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from './schema';
import { formatIssue, validateDataset, type DatasetInput, type ValidationIssue } from './validate';
import { invalidUtf8Offset, notUtf8Message } from './validate-text';

/** Folders whose JSON files the validator reads; `briefings` is optional. */
const JSON_FOLDERS = ['', 'sources', 'briefings'] as const;
const TEXT_FOLDER = 'sources';

export class DatasetError extends Error {
  constructor(
    readonly dir: string,
    readonly issues: ValidationIssue[],
  ) {
    const label = dirLabel(dir);
    super(
      `The dataset in ${label} has ${issues.length} issue${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => formatIssue(issue, label)).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/** How a directory is named in messages: relative to the working directory (`data`), absolute when outside it. */
export function dirLabel(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(dir) : relative;
}

/** `ATHAR_DATA`, else `data/` under the working directory (Next builds and serves from the repo root). */
export function defaultDataDir(): string {
  // The data folder is read at build time only; telling the bundler so keeps it from tracing the whole repo.
  return path.resolve(/*turbopackIgnore: true*/ process.env.ATHAR_DATA ?? path.join(process.cwd(), 'data'));
}

/** Every file the dataset is made of, as paths relative to `dir` with `/` separators, sorted. */
function datasetFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`The dataset directory ${dir} does not exist.`);
  }
  const files = new Set<string>();
  const list = (folder: string) => {
    const abs = path.join(dir, folder);
    if (!existsSync(abs)) return [];
    return readdirSync(abs, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => (folder ? `${folder}/${entry.name}` : entry.name));
  };
  for (const folder of JSON_FOLDERS) for (const file of list(folder)) if (file.endsWith('.json')) files.add(file);
  for (const file of list(TEXT_FOLDER)) if (!file.endsWith('.json')) files.add(file);
  return [...files].sort();
}

/**
 * Reads a data directory into the input `validateDataset` takes. Texts are
 * hashed as raw bytes and decoded keeping a byte-order mark, so offsets and
 * hashes are over exactly what is stored.
 */
export function readDatasetFiles(dir: string): DatasetInput {
  const input: DatasetInput = { json: {}, texts: {} };
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const file of datasetFiles(dir)) {
    const bytes = readFileSync(path.join(dir, file));
    // The decoder below would replace bad bytes silently; the validator refuses the file instead.
    const bad = invalidUtf8Offset(bytes);
    if (bad >= 0) (input.notUtf8 ??= {})[file] = notUtf8Message(bytes, bad);
    if (file.endsWith('.json')) {
      input.json[file] = decoder.decode(bytes);
    } else {
      const name = file.slice(TEXT_FOLDER.length + 1);
      input.texts[name] = { text: decoder.decode(bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
    }
  }
  return input;
}

/** Size and modification time of every file: cheap to take, and changes whenever the data is edited. */
function fingerprint(dir: string): string {
  return datasetFiles(dir)
    .map((file) => {
      const stat = statSync(path.join(dir, file));
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

const cache = new Map<string, { fingerprint: string; dataset: Dataset }>();

/**
 * The validated dataset of `dir`, or a DatasetError listing every issue.
 * Cached per directory because pages call it many times in one build; the
 * cache is keyed on the files' sizes and times too, so `next dev` sees edits.
 */
export function loadDataset(dir: string = defaultDataDir()): Dataset {
  const abs = path.resolve(/*turbopackIgnore: true*/ dir);
  const print = fingerprint(abs);
  const hit = cache.get(abs);
  if (hit && hit.fingerprint === print) return hit.dataset;
  const { dataset, issues } = validateDataset(readDatasetFiles(abs));
  if (dataset === null) throw new DatasetError(abs, issues);
  cache.set(abs, { fingerprint: print, dataset });
  return dataset;
}
