/**
 * The dataset validator. It takes the raw contents of `data/` (no file
 * system, so tests can corrupt a dataset in memory) and returns either the
 * typed Dataset or every problem it found: a data reviewer fixes a whole
 * batch per run instead of one error at a time.
 *
 * This file reads the files and checks each record against its schema; the
 * checks across records (references, passages, dates) are in validate-rules.ts.
 */
import type { z } from 'zod';
import { ActorSchema, EventSchema, RelationSchema, SourceSchema, StatementSchema } from './schema';
import type { Dataset } from './schema';
import { checkRules, jsonPath, type Located, type ParsedDataset } from './validate-rules';
import { checkBriefings, parseBriefings } from './validate-briefings';
import { checkJsonStrings, loneSurrogateAt } from './validate-text';

/** One problem: the file (relative to the data directory), a JSON path into it, and a sentence saying why. */
export interface ValidationIssue {
  file: string;
  /** JSON path, e.g. `$[3].evidence[0].quote.exact`. */
  path: string;
  message: string;
}

/** A raw source text as decoded, with the SHA-256 of its bytes on disk. */
export interface RawText {
  text: string;
  sha256: string;
}

export interface DatasetInput {
  /** JSON file contents by path relative to the data directory: `events.json`, `sources/<id>.json`. */
  json: Record<string, string>;
  /** Raw texts by file name under `sources/` (the Source record's `textFile`). */
  texts: Record<string, RawText>;
  /** Files (paths as in `json`, or `sources/<textFile>`) whose bytes are not UTF-8, with the sentence saying where and how to convert. */
  notUtf8?: Record<string, string>;
}

export interface ValidationResult {
  /** The dataset, only when there is no issue at all: nothing half-valid reaches a page. */
  dataset: Dataset | null;
  issues: ValidationIssue[];
}

export type Report = (file: string, path: string, message: string) => void;

/** A Source record lives alone in `sources/<id>.json`, next to its text. */
const SOURCE_FILE = /^sources\/([^/]+)\.json$/;

/** `file: path: message`, the one-line form the CLI and DatasetError print. */
export function formatIssue(issue: ValidationIssue, dirLabel = ''): string {
  const file = dirLabel ? `${dirLabel.replace(/\/+$/, '')}/${issue.file}` : issue.file;
  return `${file}: ${issue.path}: ${issue.message}`;
}

/** Line and column (1-based) of a string offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Parses a JSON file and checks the characters of every string in it (lib/validate-text.ts); undefined when it is not JSON. */
export function parseJson(file: string, content: string, report: Report): unknown {
  let value: unknown;
  try {
    value = JSON.parse(content) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(content, Number(position[1]))}` : '';
    report(file, '$', `The file is not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}.`);
    return undefined;
  }
  checkJsonStrings(value, '$', (path, message) => report(file, path, message));
  return value;
}

/** Whether the field at `path` is absent from `raw` (zod 4 does not say so for enums and literals). */
function isAbsent(raw: unknown, path: readonly PropertyKey[]): boolean {
  let parent: unknown = raw;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path.at(-1);
  return last !== undefined && typeof parent === 'object' && parent !== null && !(last in parent);
}

/** Turns zod's terse issues into sentences, each at the JSON path of the offending field. */
export function reportSchemaIssues(file: string, root: string, raw: unknown, error: z.ZodError, report: Report): void {
  for (const issue of error.issues) {
    const path = jsonPath(root, issue.path);
    // "Invalid input: expected string, received number" → "expected string, received number".
    const detail = issue.message.replace(/^Invalid (?:input|option): /, '');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        report(file, jsonPath(path, [key]), `The field "${key}" is not part of the schema (misspelt, or in the wrong place).`);
      }
    } else if (isAbsent(raw, issue.path)) {
      report(file, path, `This required field is missing (${detail.replace(/, received undefined$/, '')}).`);
    } else {
      report(file, path, `Does not match the schema: ${detail.charAt(0).toLowerCase()}${detail.slice(1)}.`);
    }
  }
}

/** The id a record declares even when the record is otherwise invalid, so one bad record does not cascade. */
function declaredId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  return typeof raw.id === 'string' ? raw.id : null;
}

/**
 * Parses one file holding a JSON array of records (a new kind, such as
 * briefings, is one more call in validateDataset). `ids` is null when the file cannot be read at all:
 * its ids are then unknown, and references to them are not reported as broken.
 */
function parseCollection<T>(
  input: DatasetInput,
  file: string,
  schema: z.ZodType<T>,
  report: Report,
): { records: Located<T>[]; ids: Set<string> | null } {
  const content = input.json[file];
  if (content === undefined) {
    report(file, '$', `The file is missing; every dataset needs ${file} (write [] if it has no records).`);
    return { records: [], ids: null };
  }
  const raw = parseJson(file, content, report);
  if (raw === undefined) return { records: [], ids: null };
  if (!Array.isArray(raw)) {
    report(file, '$', `The file must hold a JSON array of records, but it holds ${raw === null ? 'null' : typeof raw}.`);
    return { records: [], ids: null };
  }
  const records: Located<T>[] = [];
  const ids = new Set<string>();
  raw.forEach((item: unknown, index) => {
    const at = `$[${index}]`;
    const id = declaredId(item);
    if (id !== null) ids.add(id);
    const result = schema.safeParse(item);
    if (result.success) records.push({ value: result.data, file, at });
    else reportSchemaIssues(file, at, item, result.error, report);
  });
  return { records, ids };
}

function parseSources(input: DatasetInput, ids: Set<string>, report: Report): ParsedDataset['sources'] {
  const sources: ParsedDataset['sources'] = [];
  for (const file of Object.keys(input.json).sort()) {
    const stem = SOURCE_FILE.exec(file)?.[1];
    if (stem === undefined) continue;
    // The file name stands for the id until the record says otherwise, so an unreadable source does not cascade.
    ids.add(stem);
    const raw = parseJson(file, input.json[file] ?? '', report);
    if (raw === undefined) continue;
    const id = declaredId(raw);
    if (id !== null) ids.add(id);
    const result = SourceSchema.safeParse(raw);
    if (!result.success) {
      reportSchemaIssues(file, '$', raw, result.error, report);
      continue;
    }
    if (result.data.id !== stem) {
      report(file, '$.id', `The id "${result.data.id}" does not match the file name; a source record lives in sources/<id>.json.`);
    }
    sources.push({ value: result.data, file, at: '$' });
  }
  return sources;
}

/** Validates the raw contents of a data directory; see the module comment. */
export function validateDataset(input: DatasetInput): ValidationResult {
  const issues: ValidationIssue[] = [];
  const report: Report = (file, path, message) => issues.push({ file, path, message });

  for (const [file, message] of Object.entries(input.notUtf8 ?? {})) report(file, '$', message);
  for (const [name, { text }] of Object.entries(input.texts)) {
    const lone = loneSurrogateAt(text);
    if (lone >= 0) report(`sources/${name}`, '$', `The text holds a lone surrogate at character ${lone}: not a Unicode character.`);
    const nul = text.indexOf('\0');
    if (nul >= 0) report(`sources/${name}`, '$', `The text holds a NUL character at character ${nul}: binary data, not an article.`);
  }

  const sourceIds = new Set<string>();
  const sources = parseSources(input, sourceIds, report);
  const actors = parseCollection(input, 'actors.json', ActorSchema, report);
  const events = parseCollection(input, 'events.json', EventSchema, report);
  const statements = parseCollection(input, 'statements.json', StatementSchema, report);
  const relations = parseCollection(input, 'relations.json', RelationSchema, report);
  const parsed: ParsedDataset = {
    sources,
    actors: actors.records,
    events: events.records,
    statements: statements.records,
    relations: relations.records,
    ids: { sources: sourceIds, actors: actors.ids, events: events.ids },
    texts: input.texts,
  };
  const texts = checkRules(parsed, report);
  const briefings = parseBriefings(input, report);
  checkBriefings(briefings, parsed, texts, report);

  if (issues.length > 0) return { dataset: null, issues };
  const values = <T>(records: Located<T>[]) => records.map((record) => record.value);
  return {
    dataset: {
      sources: values(parsed.sources),
      texts,
      actors: values(parsed.actors),
      events: values(parsed.events),
      statements: values(parsed.statements),
      relations: values(parsed.relations),
      briefings: values(briefings),
    },
    issues,
  };
}
