/**
 * Where a search hit sits: which field of a record matched, the raw words
 * around it for the result list, and its offsets in the raw source text when
 * the field is a passage. Run only for the results shown, never while ranking,
 * because it needs the offset maps that the index does not keep.
 */
import type { CompiledQuery, IndexEntry, IndexedField, SearchField, Tier } from './search';
import { matchFormWithMap, toRawRange } from './arabic';

export interface Hit {
  snippet: string;
  field: SearchField;
  highlight: { start: number; end: number };
  source: { id: string; start: number; end: number } | null;
}

/** Raw characters kept each side of a hit, before snapping to a word break. */
export const SNIPPET_CONTEXT = 50;

type Finder = (form: string) => { start: number; end: number } | null;

const whole = (re: RegExp): Finder => (form) => {
  const m = re.exec(form);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
};

/** The first text word any query word matches (group 1 of the word pattern, without the space before it). */
const anyWord = (words: RegExp[]): Finder => (form) => {
  for (const re of words) {
    const m = re.exec(form);
    const word = m?.[1];
    if (m && word !== undefined) {
      const start = m.index + m[0].length - word.length;
      return { start, end: start + word.length };
    }
  }
  return null;
};

/** The first finder that finds something. */
const firstOf = (...finders: Finder[]): Finder => (form) => {
  for (const find of finders) {
    const at = find(form);
    if (at) return at;
  }
  return null;
};

/**
 * Fields to look in, best first, and how to find the hit, for the tier a
 * record reached. Word tiers highlight the whole word with its prefix, or for
 * a query of several words the whole phrase where it occurs as one.
 */
function plan(e: IndexEntry, q: CompiledQuery, tier: Tier): [IndexedField[], Finder] {
  // Several words: show the whole phrase where it occurs as one.
  const words = q.words.length > 1 ? firstOf(whole(q.glued), anyWord(q.words)) : anyWord(q.words);
  switch (tier) {
    case 'exact':
      return [e.names, whole(q.exact)];
    case 'prefix':
      return [e.names, whole(q.prefix)];
    case 'nameWords':
      return [e.names, words];
    // Some words are only in the texts, so a text shows more of the match.
    case 'words':
      return [[...e.texts, ...e.names], words];
    case 'gluedName':
      return [e.names, whole(q.glued)];
    case 'gluedText':
      return [e.texts, whole(q.glued)];
  }
}

/** The snippet of the field that put entry `e` in `tier`. */
export function snippetFor(e: IndexEntry, q: CompiledQuery, tier: Tier): Hit {
  const [fields, find] = plan(e, q, tier);
  for (const f of fields) {
    const form = matchFormWithMap(f.raw);
    const at = find(form.text);
    if (at === null) continue;
    const raw = toRawRange(form, at.start, at.end);
    const p = f.passage;
    const source = p ? { id: p.source, start: p.start + raw.start, end: p.start + raw.end } : null;
    return { ...cut(f.raw, raw.start, raw.end), field: f.field, source };
  }
  // Unreachable when `tier` came from scoreEntry; kept total rather than throwing.
  const f = e.names[0] ?? e.texts[0];
  return { snippet: f ? cut(f.raw, 0, 0).snippet : '', field: f?.field ?? 'name', highlight: { start: 0, end: 0 }, source: null };
}

const flat = (s: string) => s.replace(/\s+/g, ' ');
const isHigh = (s: string, i: number) => /[\uD800-\uDBFF]/.test(s.charAt(i));
const isLow = (s: string, i: number) => /[\uDC00-\uDFFF]/.test(s.charAt(i));

/** `raw` around [start, end), cut at word breaks, whitespace collapsed, with where the hit landed. */
export function cut(raw: string, start: number, end: number): Pick<Hit, 'snippet' | 'highlight'> {
  let from = Math.max(0, start - SNIPPET_CONTEXT);
  let to = Math.min(raw.length, end + SNIPPET_CONTEXT);
  if (from > 0) {
    const space = raw.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
    else if (isLow(raw, from)) from += 1;
  }
  if (to < raw.length) {
    const space = raw.slice(end, to).search(/\s\S*$/);
    if (space >= 0) to = end + space;
    else if (isHigh(raw, to - 1)) to -= 1;
  }
  let before = flat(raw.slice(from, start));
  let after = flat(raw.slice(end, to));
  before = from > 0 ? `…${before.trimStart()}` : before.trimStart();
  after = to < raw.length ? `${after.trimEnd()}…` : after.trimEnd();
  const hit = flat(raw.slice(start, end));
  return { snippet: before + hit + after, highlight: { start: before.length, end: before.length + hit.length } };
}
