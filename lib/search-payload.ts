/**
 * The search index as `/data/search.json` carries it to the page, and back.
 *
 * The index's entries as plain objects were 279 MB of JSON at 100,000 events:
 * the first search there waited 14 s for it and the tab's heap grew to
 * 844 MB (headless Chromium, 2-core machine). Most of it said things twice:
 * a passage field carried its whole Passage (quote, prefix and suffix: the
 * same words again, and more), and every entry its labels, which for actors
 * and events are their first two names. So the file holds, per entry, one
 * array:
 *
 *   [kind, id, nameForm, textForm, names, texts]  (+ labels when needed)
 *
 * - kind: 0 actor, 1 event, 2 statement;
 * - names, texts: one array per field, [field, raw] or, for source text,
 *   [field, raw, source, start] (where the passage starts in its source:
 *   all a result needs to point into the reader);
 * - labels: [ar, en], only when they are not the raw of the first two names
 *   (statements: the speaker and the start of the words).
 *
 * Decoding gives back entries equal to the ones encoded (tested on the
 * shipped and on synthetic data). A file that does not have this shape is
 * refused with the place and the reason, never half read.
 */
import type { IndexEntry, IndexedField, SearchField, SearchKind } from './search';

type FieldTuple = [field: number, raw: string] | [field: number, raw: string, source: string, start: number];
type EntryTuple =
  | [kind: number, id: string, nameForm: string, textForm: string, names: FieldTuple[], texts: FieldTuple[]]
  | [kind: number, id: string, nameForm: string, textForm: string, names: FieldTuple[], texts: FieldTuple[], labels: [ar: string, en: string]];

export const SEARCH_PAYLOAD_FORMAT = 'athar-search-1';

/**
 * Entries per file. At 100,000 events the index is 144,851 entries and
 * 163 MB, which took the page 8.5–10.7 s to fetch, decode and prepare
 * before a first search: in parts of this size (about 17 MB there) the
 * first part, every actor and the first events, is searchable after one
 * part's wait, and the rest follows part by part.
 */
export const SEARCH_PART_ENTRIES = 15_000;

export interface SearchPayload {
  format: typeof SEARCH_PAYLOAD_FORMAT;
  /** This file's number, from 0. */
  part: number;
  /** How many files the index is in. */
  parts: number;
  /** Entries in the whole index. */
  total: number;
  entries: EntryTuple[];
}

/** One file's entries, with where it stands in the whole index. */
export interface SearchPart {
  part: number;
  parts: number;
  total: number;
  entries: IndexEntry[];
}

export function searchPartCount(entryCount: number, size = SEARCH_PART_ENTRIES): number {
  return Math.max(1, Math.ceil(entryCount / size));
}

const KINDS: readonly SearchKind[] = ['actor', 'event', 'statement'];
const FIELDS: readonly SearchField[] = ['name', 'alias', 'role', 'title', 'summary', 'evidence', 'passage', 'gloss', 'speaker'];
const FIELD_CODE = new Map(FIELDS.map((f, i) => [f, i]));

function encodeField(f: IndexedField): FieldTuple {
  const code = FIELD_CODE.get(f.field)!;
  return f.passage ? [code, f.raw, f.passage.source, f.passage.start] : [code, f.raw];
}

/** The labels an entry gets without being told: its first two names (Arabic, English), as actors and events have them. */
function impliedLabels(names: readonly IndexedField[]): { ar: string; en: string } | null {
  const [ar, en] = names;
  return ar && en ? { ar: ar.raw, en: en.raw } : null;
}

/** File `part` of the index over `all` entries (in index order), `size` entries a part, or null when there is no such part. */
export function encodeSearchPart(all: readonly IndexEntry[], part: number, size = SEARCH_PART_ENTRIES): SearchPayload | null {
  const parts = searchPartCount(all.length, size);
  if (!Number.isInteger(part) || part < 0 || part >= parts) return null;
  const entries = all.slice(part * size, (part + 1) * size);
  return {
    format: SEARCH_PAYLOAD_FORMAT,
    part,
    parts,
    total: all.length,
    entries: entries.map((e) => {
      const tuple: EntryTuple = [KINDS.indexOf(e.kind), e.id, e.nameForm, e.textForm, e.names.map(encodeField), e.texts.map(encodeField)];
      const implied = impliedLabels(e.names);
      return implied && implied.ar === e.labels.ar && implied.en === e.labels.en ? tuple : [...tuple, [e.labels.ar, e.labels.en]];
    }),
  };
}

/** A decoding error: where in the file, and what is wrong. */
function refuse(where: string, at: string, reason: string): never {
  throw new Error(`${where}: ${at}: ${reason}`);
}

const isString = (v: unknown): v is string => typeof v === 'string';

function decodeFields(value: unknown, where: string, at: string): IndexedField[] {
  if (!Array.isArray(value)) refuse(where, at, 'expected a list of fields');
  return value.map((f: unknown, k) => {
    const place = `${at}[${k}]`;
    if (!Array.isArray(f) || (f.length !== 2 && f.length !== 4)) refuse(where, place, 'expected [field, raw] or [field, raw, source, start]');
    const [code, raw, source, start] = f as unknown[];
    const field = typeof code === 'number' ? FIELDS[code] : undefined;
    if (field === undefined) refuse(where, place, `unknown field code ${JSON.stringify(code)}`);
    if (!isString(raw)) refuse(where, place, 'the raw text is not a string');
    if (f.length === 2) return { field, raw, passage: null };
    if (!isString(source) || typeof start !== 'number' || !Number.isInteger(start) || start < 0) refuse(where, place, 'a passage needs a source id and a whole start offset of 0 or more');
    return { field, raw, passage: { source, start } };
  });
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** One file of the index; throws an error naming `where` (the file), the place and the reason when the payload is not one. */
export function decodeSearchPart(payload: unknown, where: string): SearchPart {
  const p = payload as Partial<SearchPayload> | null;
  if (typeof p !== 'object' || p === null || p.format !== SEARCH_PAYLOAD_FORMAT) refuse(where, 'format', `expected "${SEARCH_PAYLOAD_FORMAT}"`);
  const { part, parts, total } = p;
  if (!isCount(parts) || parts < 1) refuse(where, 'parts', 'expected a whole number of files, 1 or more');
  if (!isCount(part) || part >= parts) refuse(where, 'part', `expected a whole number below ${parts}`);
  if (!isCount(total)) refuse(where, 'total', 'expected a whole number of entries');
  if (!Array.isArray(p.entries)) refuse(where, 'entries', 'expected a list');
  if (p.entries.length > total) refuse(where, 'entries', `${p.entries.length} entries in one part of an index of ${total}`);
  return { part, parts, total, entries: decodeEntries(p.entries, where) };
}

function decodeEntries(tuples: unknown[], where: string): IndexEntry[] {
  return tuples.map((tuple: unknown, i) => {
    const at = `entries[${i}]`;
    if (!Array.isArray(tuple) || (tuple.length !== 6 && tuple.length !== 7)) refuse(where, at, 'expected [kind, id, nameForm, textForm, names, texts] and maybe labels');
    const [kindCode, id, nameForm, textForm, rawNames, rawTexts, rawLabels] = tuple as unknown[];
    const kind = typeof kindCode === 'number' ? KINDS[kindCode] : undefined;
    if (kind === undefined) refuse(where, at, `unknown kind ${JSON.stringify(kindCode)}`);
    if (!isString(id) || !isString(nameForm) || !isString(textForm)) refuse(where, at, 'the id and both match forms must be strings');
    const names = decodeFields(rawNames, where, `${at}.names`);
    const texts = decodeFields(rawTexts, where, `${at}.texts`);
    let labels = impliedLabels(names);
    if (rawLabels !== undefined) {
      if (!Array.isArray(rawLabels) || rawLabels.length !== 2 || !rawLabels.every(isString)) refuse(where, `${at}.labels`, 'expected [ar, en]');
      labels = { ar: rawLabels[0] as string, en: rawLabels[1] as string };
    }
    if (labels === null) refuse(where, at, 'no labels, and fewer than two names to take them from');
    return { kind, id, labels, names, texts, nameForm, textForm };
  });
}
