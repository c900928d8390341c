/**
 * The file side of `npm run ingest`: reads and checks the article, copies it
 * byte for byte into `<data>/sources/<id>.txt` and writes the draft to
 * `<data>/drafts/<id>.json`. Every check runs before anything is written, and
 * both files are written to temporary names and renamed into place, so an
 * error leaves the data directory as it was.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../load';
import { IdSchema } from '../schema';
import { ARTICLE_MAX_BYTES, articleBytesProblem } from './article-bytes';
import { serializeDraft, type Draft } from './draft';
import { extractDraft, IngestError } from './extract';

export { IngestError };

/** Reads an article, refusing what cannot be one: missing, empty, too large, binary, not UTF-8 (lib/ingest/article-bytes.ts). */
export function readArticle(file: string): { bytes: Buffer; text: string } {
  if (!existsSync(file)) throw new IngestError(`${file}: no such file.`);
  const stat = statSync(file);
  if (!stat.isFile()) throw new IngestError(`${file}: not a regular file.`);
  if (stat.size === 0) throw new IngestError(`${file}: the file is empty.`);
  // The size is judged before reading, so a huge file is never loaded.
  const oversize = stat.size > ARTICLE_MAX_BYTES ? articleBytesProblem(new Uint8Array(0), stat.size) : null;
  if (oversize) throw new IngestError(`${file}: ${oversize}`);
  const bytes = readFileSync(file);
  const problem = articleBytesProblem(bytes);
  if (problem) throw new IngestError(`${file}: ${problem}`);
  // ignoreBOM keeps a UTF-8 byte-order mark, as the dataset loader does, so offsets agree.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.trim() === '') throw new IngestError(`${file}: the file holds only whitespace.`);
  return { bytes, text };
}

/** A source id from the file name (`000_e0ce27ba62e8c5f4.txt` → `000-e0ce27ba62e8c5f4`), else `article-<day>`. */
export function defaultSourceId(file: string, day: string): string {
  const base = path
    .basename(file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return IdSchema.safeParse(base).success ? base : `article-${day}`;
}

export interface IngestOptions {
  article: string;
  dataDir: string;
  id?: string;
  published?: string;
  publisher?: string;
  /** Replace an existing draft of the same id. */
  force?: boolean;
}

export interface IngestResult {
  draft: Draft;
  textPath: string;
  draftPath: string;
  /** False when the identical text was already in the dataset (a re-run). */
  textCreated: boolean;
}

/** Writes `content` to `target` through a temporary file in the same folder; returns the temporary path. */
function stage(target: string, content: Buffer | string): string {
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, content, { flag: 'wx' });
  return temp;
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone: nothing to clean.
  }
}

/** Runs ingest (see the header). Throws IngestError with the file and the reason on anything it refuses. */
export function ingestArticle(options: IngestOptions): IngestResult {
  const { bytes, text } = readArticle(options.article);
  if (options.id !== undefined && !IdSchema.safeParse(options.id).success) {
    throw new IngestError(`--id "${options.id}" is not a valid source id: lower-case kebab-case (a-z, 0-9, single dashes).`);
  }
  const dataDir = path.resolve(options.dataDir);
  const dataset = loadDataset(dataDir);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const draftFor = (sourceId: string) => {
    try {
      return extractDraft({ text, sourceId, sha256, published: options.published, publisher: options.publisher, actors: dataset.actors, events: dataset.events });
    } catch (error) {
      if (error instanceof IngestError) throw new IngestError(`${options.article}: ${error.message}`);
      throw error;
    }
  };
  // The id may depend on the publication day, so the draft is computed with a provisional id first.
  const provisional = draftFor(options.id ?? 'article');
  const sourceId = options.id ?? defaultSourceId(options.article, provisional.source.publication.day);
  const draft = sourceId === provisional.source.id ? provisional : draftFor(sourceId);

  const sources = path.join(dataDir, 'sources');
  const drafts = path.join(dataDir, 'drafts');
  const textPath = path.join(sources, `${sourceId}.txt`);
  const draftPath = path.join(drafts, `${sourceId}.json`);
  if (existsSync(path.join(sources, `${sourceId}.json`))) {
    throw new IngestError(`source id "${sourceId}" is already in the dataset (${path.join(sources, `${sourceId}.json`)}); choose another with --id. Nothing was written.`);
  }
  const textExists = existsSync(textPath);
  if (textExists && !readFileSync(textPath).equals(bytes)) {
    throw new IngestError(`${textPath} already exists with different content; choose another --id. Nothing was written.`);
  }
  const serialized = serializeDraft(draft);
  if (existsSync(draftPath) && readFileSync(draftPath, 'utf8') !== serialized && !options.force) {
    throw new IngestError(`${draftPath} already exists (perhaps with review edits); pass --force to replace it. Nothing was written.`);
  }

  mkdirSync(sources, { recursive: true });
  mkdirSync(drafts, { recursive: true });
  const temps: string[] = [];
  let textRenamed = false;
  try {
    const textTemp = textExists ? null : stage(textPath, bytes);
    if (textTemp) temps.push(textTemp);
    const draftTemp = stage(draftPath, serialized);
    temps.push(draftTemp);
    if (textTemp) {
      renameSync(textTemp, textPath);
      textRenamed = true;
    }
    renameSync(draftTemp, draftPath);
  } catch (error) {
    for (const temp of temps) removeQuietly(temp);
    if (textRenamed) removeQuietly(textPath);
    throw error;
  }
  return { draft, textPath, draftPath, textCreated: !textExists };
}
