/**
 * The explorer's view state, kept in the URL so every view can be linked and
 * reloaded. A URL is untrusted input (hand-edited, stale after a data change,
 * truncated by a chat client), so parsing never throws: whatever cannot be
 * used is dropped and explained in a notice the page can show.
 *
 * Parameters, in the order `serializeViewState` writes them:
 *   actor, event, statement, source  ids that must exist in the dataset
 *   edge                             a graph edge id `source|target|type` (events between a pair)
 *   passage                          `start-end` offsets of the passage opened in `source`'s reader
 *   from, to                         ISO days (YYYY-MM-DD), a real calendar day, from ≤ to
 *   lanes                            `side` (default) or `actor`
 *   relations                        comma-separated relation types, sorted; absent = all,
 *                                    present but empty = none (types never hold a comma)
 *   q                                the search text, as typed
 *   lang                             the interface language: `ar`, or absent for English
 * Defaults are omitted, so the bare path is the default view.
 */

import { NOTICE_WORDS, type NoticeWords } from './url-notices';

export type Lanes = 'side' | 'actor';

/** The interface languages. The choice lives in the URL (`lang=ar`), which static pages can read in the browser. */
export type Lang = 'en' | 'ar';
export const DEFAULT_LANG: Lang = 'en';
export const LANG_PARAM = 'lang';

/** The language a `lang` value asks for; anything but `ar` (absent, empty, unknown) is English. */
export function parseLang(value: string | null | undefined): Lang {
  return value === 'ar' ? 'ar' : DEFAULT_LANG;
}

/**
 * `href` with the language set (English removes the parameter), other
 * parameters and the #fragment kept: every internal link carries the
 * reader's language so no navigation drops it. External and non-path hrefs
 * (`#x`, `mailto:`, `https://…`) are returned unchanged.
 */
export function hrefWithLang(href: string, lang: Lang): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const rest = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = rest.indexOf('?');
  const path = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const params = new URLSearchParams(queryAt >= 0 ? rest.slice(queryAt + 1) : '');
  params.delete(LANG_PARAM);
  if (lang !== DEFAULT_LANG) params.append(LANG_PARAM, lang);
  const query = params.toString().replace(/%2C/g, ',');
  return `${path}${query ? `?${query}` : ''}${hash}`;
}

export interface ViewState {
  actor: string | null;
  event: string | null;
  statement: string | null;
  /** Selected graph edge, `source|target|type`. */
  edge: string | null;
  /** ISO day, inclusive. */
  from: string | null;
  /** ISO day, inclusive. */
  to: string | null;
  source: string | null;
  /** A passage opened in the reader of `source`: UTF-16 offsets, end exclusive. */
  passage: { start: number; end: number } | null;
  lanes: Lanes;
  /** Relation types shown, sorted and without repeats; null shows all. */
  relationTypes: string[] | null;
  q: string;
  /** The interface language; kept so that every explorer navigation keeps it. */
  lang: Lang;
}

/** Answers whether an id exists: a Set, or a lookup the caller builds only when asked (100,000 event ids need not be hashed for a URL that names no event). */
export type IdLookup = Pick<ReadonlySet<string>, 'has'>;

export interface KnownIds {
  actorIds: IdLookup;
  eventIds: IdLookup;
  statementIds: IdLookup;
  sourceIds: IdLookup;
  relationTypes: IdLookup;
  edgeIds: IdLookup;
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  actor: null,
  event: null,
  statement: null,
  edge: null,
  from: null,
  to: null,
  source: null,
  passage: null,
  lanes: 'side',
  relationTypes: null,
  q: '',
  lang: DEFAULT_LANG,
});

/** Longest value read; longer ones are ignored, not cut, since a cut id or date is wrong anyway. */
export const MAX_VALUE_LENGTH = 200;
/** `relations` lists many types, so it gets more room. */
export const MAX_RELATIONS_LENGTH = 2000;
/** Most parameters read; the rest are ignored with one notice. */
export const MAX_PARAMS = 50;

const ID_PARAMS = [
  ['actor', 'actorIds', 'actor'],
  ['event', 'eventIds', 'event'],
  ['statement', 'statementIds', 'statement'],
  ['source', 'sourceIds', 'source'],
  ['edge', 'edgeIds', 'graph edge'],
] as const;
const KEY_ORDER = ['actor', 'event', 'statement', 'edge', 'source', 'passage', 'from', 'to', 'lanes', 'relations', 'q', 'lang'] as const;
type ParamName = (typeof KEY_ORDER)[number];
const PARAM_NAMES: ReadonlySet<string> = new Set(KEY_ORDER);

/** Quotes a user-supplied value for a notice, shortened so one bad value cannot flood the page. */
function shown(value: string): string {
  const oneLine = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return JSON.stringify(oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine);
}

/** Whether `day` is YYYY-MM-DD naming a day that exists (no 2013-02-30). */
export function isIsoDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

/** The parameters as name → every value given, in order, whatever the input shape. */
function entriesOf(params: SearchParamsInput): [string, string[]][] {
  if (params instanceof URLSearchParams) {
    const grouped = new Map<string, string[]>();
    for (const [name, value] of params) grouped.set(name, [...(grouped.get(name) ?? []), value]);
    return [...grouped];
  }
  return Object.entries(params).flatMap(([name, v]): [string, string[]][] =>
    v === undefined ? [] : [[name, typeof v === 'string' ? [v] : v.filter((x) => typeof x === 'string')]],
  );
}

/** Reads a view state from URL parameters; never throws (see the file header). */
export function parseViewState(params: SearchParamsInput, known: KnownIds): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const raw = new Map<ParamName, string>();
  const entries = entriesOf(params);
  // Notices speak the language the same address asks for.
  const langValue = entries.find(([name]) => name === 'lang')?.[1][0];
  const words = NOTICE_WORDS[parseLang(langValue)];
  if (entries.length > MAX_PARAMS) {
    notices.push(words.tooMany(entries.length, MAX_PARAMS));
  }
  for (const [name, values] of entries.slice(0, MAX_PARAMS)) {
    if (!PARAM_NAMES.has(name)) {
      notices.push(words.unknownParam(shown(name)));
      continue;
    }
    const value = values[0];
    if (value === undefined) continue;
    if (values.length > 1) notices.push(words.repeated(name, values.length));
    const max = name === 'relations' ? MAX_RELATIONS_LENGTH : MAX_VALUE_LENGTH;
    if (value.length > max) {
      notices.push(words.tooLong(name, max));
      continue;
    }
    raw.set(name as ParamName, value);
  }

  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  for (const [param, set, noun] of ID_PARAMS) {
    const value = raw.get(param);
    if (value === undefined || value === '') continue;
    if (known[set].has(value)) state[param] = value;
    else notices.push(words.unknownId(noun, shown(value)));
  }

  for (const end of ['from', 'to'] as const) {
    const value = raw.get(end);
    if (value === undefined || value === '') continue;
    if (isIsoDay(value)) state[end] = value;
    else notices.push(words.badDay(end, shown(value)));
  }
  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push(words.fromAfterTo);
    state.from = state.to = null;
  }

  const passage = raw.get('passage');
  if (passage !== undefined && passage !== '') {
    const span = parseSpan(passage);
    if (span === null) notices.push(words.badPassage(shown(passage)));
    else if (state.source === null) notices.push(words.passageNeedsSource);
    else state.passage = span;
  }

  const lanes = raw.get('lanes');
  if (lanes === 'side' || lanes === 'actor') state.lanes = lanes;
  else if (lanes !== undefined && lanes !== '') {
    notices.push(words.badLanes(shown(lanes)));
  }

  const relations = raw.get('relations');
  if (relations !== undefined) state.relationTypes = parseRelations(relations, known.relationTypes, notices, words);

  state.q = raw.get('q') ?? '';

  if (langValue === 'ar' || langValue === 'en') state.lang = langValue;
  else if (langValue !== undefined && langValue !== '') notices.push(words.badLang(shown(langValue)));
  return { state, notices };
}

/** `120-180` → {start: 120, end: 180}; null unless both are offsets with start < end. */
function parseSpan(value: string): { start: number; end: number } | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value);
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return start < end ? { start, end } : null;
}

/** `relations=a,b`: unknown types are dropped; if none survives, all are shown rather than none. */
function parseRelations(value: string, known: IdLookup, notices: string[], words: NoticeWords): string[] | null {
  if (value === '') return [];
  // Empty items (a trailing comma) are noise, not requests.
  const asked = value.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const kept = asked.filter((t) => known.has(t));
  for (const t of asked) if (!known.has(t)) notices.push(words.unknownRelation(shown(t)));
  if (kept.length === 0) {
    notices.push(words.noRelationLeft);
    return null;
  }
  return canonicalTypes(kept);
}

/** Sorted, without repeats: the filter is a set, and one set must have one URL. */
function canonicalTypes(types: readonly string[]): string[] {
  return [...new Set(types)].sort();
}

/** Replaces lone surrogates, which no URL can carry, so serialising never throws. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The query string for a state (no leading `?`; empty for the default view), keys in a fixed order. */
export function serializeViewState(state: ViewState): string {
  const values: Record<ParamName, string | null> = {
    actor: state.actor,
    event: state.event,
    statement: state.statement,
    edge: state.edge,
    source: state.source,
    passage: state.passage === null ? null : `${state.passage.start}-${state.passage.end}`,
    from: state.from,
    to: state.to,
    lanes: state.lanes === DEFAULT_VIEW_STATE.lanes ? null : state.lanes,
    relations: state.relationTypes === null ? null : canonicalTypes(state.relationTypes).join(','),
    q: state.q === '' ? null : state.q,
    lang: state.lang === DEFAULT_LANG ? null : state.lang,
  };
  return KEY_ORDER.flatMap((name) => {
    const value = values[name];
    if (value === null) return [];
    // Commas stay readable in `relations`; they are legal in a query value.
    return [`${name}=${encodeURIComponent(wellFormed(value)).replace(/%2C/g, ',')}`];
  }).join('&');
}

/**
 * A new state with `patch` applied (undefined fields leave a value alone),
 * relation types made canonical and the search text made URL-safe and cut to
 * what a URL keeps, so that parse(serialize(s)) gives s back. Returns `state`
 * itself when nothing changes, so a view can skip a navigation.
 */
export function withViewState(state: ViewState, patch: Partial<ViewState>): ViewState {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<ViewState>;
  const next: ViewState = { ...state, ...defined };
  next.relationTypes = next.relationTypes === null ? null : canonicalTypes(next.relationTypes);
  next.q = wellFormed(next.q.slice(0, MAX_VALUE_LENGTH));
  return sameState(state, next) ? state : next;
}

function sameState(a: ViewState, b: ViewState): boolean {
  const sameTypes =
    a.relationTypes === b.relationTypes ||
    (a.relationTypes !== null && b.relationTypes !== null && a.relationTypes.join('\n') === b.relationTypes.join('\n'));
  return (
    sameTypes &&
    a.actor === b.actor && a.event === b.event && a.statement === b.statement && a.edge === b.edge && a.source === b.source &&
    a.passage?.start === b.passage?.start && a.passage?.end === b.passage?.end &&
    a.from === b.from && a.to === b.to && a.lanes === b.lanes && a.q === b.q && a.lang === b.lang
  );
}
