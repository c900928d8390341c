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

export interface SearchPayload {
  format: typeof SEARCH_PAYLOAD_FORMAT;
  entries: EntryTuple[];
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

export function encodeSearchEntries(entries: readonly IndexEntry[]): SearchPayload {
  return {
    format: SEARCH_PAYLOAD_FORMAT,
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

/** The entries of a search payload; throws an error naming `where` (the file), the entry and the reason when the payload is not one. */
export function decodeSearchPayload(payload: unknown, where: string): IndexEntry[] {
  const p = payload as Partial<SearchPayload> | null;
  if (typeof p !== 'object' || p === null || p.format !== SEARCH_PAYLOAD_FORMAT) refuse(where, 'format', `expected "${SEARCH_PAYLOAD_FORMAT}"`);
  if (!Array.isArray(p.entries)) refuse(where, 'entries', 'expected a list');
  return p.entries.map((tuple: unknown, i) => {
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
