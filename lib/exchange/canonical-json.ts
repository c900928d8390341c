/**
 * The whole dataset as one canonical JSON document: every source with its
 * raw text, then actors, events, statements and relations, exactly as in
 * `data/`. Canonical means the same dataset always gives the same bytes:
 * object keys sorted by UTF-16 code unit (as RFC 8785 does), arrays in the
 * dataset's order, two-space indent, Arabic as real characters, one final
 * newline, and nothing that depends on the moment of export.
 *
 *   { "actors": [...], "events": [...], "format": "athar-dataset",
 *     "relations": [...], "sources": [{ ...Source, "text": "<raw text>" }],
 *     "statements": [...], "version": 1 }
 *
 * The reader turns a document back into the files of a data directory and
 * runs the dataset validator on them, hashes of the texts included, so a
 * document that was edited by hand is held to the same rules as `data/`.
 */
import { createHash } from 'node:crypto';
import type { Dataset, Source } from '../schema';
import { validateDataset, type DatasetInput, type ValidationResult } from '../validate';
import { jsonChunks, sortedKeysDeep } from './json-chunks';

export const CANONICAL_FORMAT = 'athar-dataset';
export const CANONICAL_VERSION = 1;

/** A value with the keys of every object sorted, recursively; arrays keep their order. */
export const sortKeys = sortedKeysDeep;

/** The canonical document of a dataset, a record at a time (see json-chunks.ts): what the download route streams. */
export function* canonicalJsonChunks(dataset: Dataset): Generator<string> {
  const document = {
    format: CANONICAL_FORMAT,
    version: CANONICAL_VERSION,
    sources: dataset.sources.map((source) => ({ ...source, text: dataset.texts[source.id] ?? '' })),
    actors: dataset.actors,
    events: dataset.events,
    statements: dataset.statements,
    relations: dataset.relations,
  };
  yield* jsonChunks(document, { sortKeys: true });
  yield '\n';
}

/** The canonical document of a dataset. */
export function serializeCanonicalJson(dataset: Dataset): string {
  return [...canonicalJsonChunks(dataset)].join('');
}

function sha256(text: string): string {
  return createHash('sha256').update(new TextEncoder().encode(text)).digest('hex');
}

/** A result holding one issue about the document as a whole. */
function refused(message: string, path = '$'): ValidationResult {
  return { dataset: null, issues: [{ file: 'canonical JSON', path, message }] };
}

/**
 * The files a canonical document stands for: `sources/<id>.json` and its text
 * for each source, and the four record files. Exposed so a caller can write
 * them as a data directory.
 */
export function canonicalToInput(document: Record<string, unknown>): DatasetInput | string {
  const input: DatasetInput = { json: {}, texts: {} };
  const sources = document.sources;
  if (!Array.isArray(sources)) return 'the document has no "sources" array';
  for (const [i, item] of sources.entries()) {
    if (typeof item !== 'object' || item === null) return `sources[${i}] is not an object`;
    const { text, ...record } = item as Partial<Source> & { text?: unknown };
    if (typeof text !== 'string') return `sources[${i}] has no "text" string (the raw article)`;
    if (typeof record.id !== 'string' || typeof record.textFile !== 'string') return `sources[${i}] has no "id" or "textFile"`;
    input.json[`sources/${record.id}.json`] = JSON.stringify(record);
    input.texts[record.textFile] = { text, sha256: sha256(text) };
  }
  for (const kind of ['actors', 'events', 'statements', 'relations'] as const) {
    if (!Array.isArray(document[kind])) return `the document has no "${kind}" array`;
    input.json[`${kind}.json`] = JSON.stringify(document[kind]);
  }
  return input;
}

/**
 * Reads a canonical document back into a validated Dataset, or every issue
 * that stops it (reported against the data files it stands for).
 */
export function readCanonicalJson(json: string): ValidationResult {
  let document: unknown;
  try {
    document = JSON.parse(json.startsWith('\uFEFF') ? json.slice(1) : json);
  } catch (error) {
    return refused(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return refused('the document is not a JSON object');
  const record = document as Record<string, unknown>;
  if (record.format !== CANONICAL_FORMAT) return refused(`"format" is ${JSON.stringify(record.format)}, not "${CANONICAL_FORMAT}"`, '$.format');
  if (record.version !== CANONICAL_VERSION) return refused(`version ${JSON.stringify(record.version)} is not supported (this reader knows ${CANONICAL_VERSION})`, '$.version');
  const input = canonicalToInput(record);
  if (typeof input === 'string') return refused(input);
  return validateDataset(input);
}
