/**
 * Search over actors, events and statements, in Arabic or English.
 *
 * How matching works:
 * - The query and every searchable field are put in match form (lib/arabic):
 *   diacritics, tatweel and invisible controls removed; أ إ آ ٱ → ا, ؤ → و,
 *   ئ → ي, ء dropped, ة → ه, ى → ي; Arabic-Indic digits → 0–9; lower case;
 *   quotes and punctuation become word breaks. The compact form is the same
 *   with the spaces removed too.
 * - Fields. Actor: name (ar, en) and every alias are names; its role (ar, en) is
 *   text. Event: title (ar, en) is a name; summary and each evidence passage are
 *   text. Statement: the passage, the English gloss and the speaker's names
 *   and aliases are text.
 * - A record matches at its best tier; the score is the tier's:
 *   100  exact: a name's compact form equals the query's (so `الولايات المتحدة`
 *        equals the glued alias `الولاياتالمتحدة`, and `"كيري"` equals `كيري`);
 *    80  prefix: a name's compact form starts with the query's;
 *    60  words in names: every query word is a word of the names, exactly or
 *        behind an attached prefix و ف ب ل ك ال وال بال لل … (so `كيري`
 *        finds `لكيري` and `ل"كيري"`; `الولايات` finds `للولايات`);
 *    50  words anywhere: every query word matches, in names or texts;
 *    40  glued in a name: the query's compact form occurs inside a name's;
 *    20  glued in a text: the query's compact form occurs inside a text's
 *        (finds `الولاياتالمتحدة` for `الولايات المتحدة`, part words too).
 * - Ties keep a fixed order: actors, then events, then statements, each by id.
 * - A query with no letter or digit finds nothing; a query is cut at
 *   MAX_QUERY_LENGTH characters.
 * - The label is Arabic when the query has Arabic letters, English otherwise.
 * Everything is normalised once, when the index is built. A query first keeps
 * the entries that hold each of its word cores (lib/search-candidates: a
 * native substring scan, of the names for the name tiers and lazily of
 * everything for the text tiers), then tests only those with a handful of
 * regular expressions, so a query over 100,000 events stays within tens of ms.
 */
import type { Dataset, Passage } from './schema';
import { matchForm } from './arabic';
import { ARTICLE_CONTRACTIONS, CLITIC_PREFIXES, MIN_STEM, articleCore } from './arabic-clitics';
import { snippetFor, type Hit } from './search-snippet';
import { prepareCandidates, prepareMoreCandidates, spacelessNames, visitCandidates } from './search-candidates';

export type SearchKind = 'actor' | 'event' | 'statement';
export type SearchField = 'name' | 'alias' | 'role' | 'title' | 'summary' | 'evidence' | 'passage' | 'gloss' | 'speaker';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  label: string;
  /** The raw words around the hit (whitespace collapsed), ellipsis where cut. */
  snippet: string;
  score: number;
  /** The field the snippet comes from. */
  field: SearchField;
  /** The hit inside `snippet`, [start, end) in UTF-16 units, for highlighting. */
  highlight: { start: number; end: number };
  /** For a hit inside a passage (evidence, statement words): its offsets in the raw source text. */
  source: { id: string; start: number; end: number } | null;
}

export interface SearchOptions {
  /** Most results to return; 20 unless given. */
  limit?: number;
}

export const MAX_QUERY_LENGTH = 200;
/** The score of each tier, best first (see the header). */
export const SCORES = { exact: 100, prefix: 80, nameWords: 60, words: 50, gluedName: 40, gluedText: 20 } as const;
export type Tier = keyof typeof SCORES;
const TIERS = Object.keys(SCORES) as Tier[];

/** Where a field that is source text starts in its source: all a result needs to point into the reader. */
export interface PassageStart {
  source: string;
  /** The passage's start offset in the raw source text. */
  start: number;
}

/** One searchable string of a record; `passage` when it is source text. */
export interface IndexedField {
  field: SearchField;
  raw: string;
  passage: PassageStart | null;
}

export interface IndexEntry {
  kind: SearchKind;
  id: string;
  labels: { ar: string; en: string };
  names: IndexedField[];
  texts: IndexedField[];
  /** Match forms of the names, one per line (`^`/`$` with the m flag anchor each name). */
  nameForm: string;
  /** Match forms of the texts, one per line. */
  textForm: string;
}

export interface SearchIndex {
  readonly entries: readonly IndexEntry[];
}

const KIND_ORDER: Record<SearchKind, number> = { actor: 0, event: 1, statement: 2 };
const ARABIC_LETTER = /\p{Script=Arabic}/u;

function entry(kind: SearchKind, id: string, labels: IndexEntry['labels'], names: IndexedField[], texts: IndexedField[]): IndexEntry {
  const form = (fields: IndexedField[]) => fields.map((f) => matchForm(f.raw)).join('\n');
  return { kind, id, labels, names, texts, nameForm: form(names), textForm: form(texts) };
}

const plain = (field: SearchField, raw: string): IndexedField => ({ field, raw, passage: null });
const quoted = (field: SearchField, passage: Passage): IndexedField => ({ field, raw: passage.quote.exact, passage: { source: passage.source, start: passage.position.start } });

/** Normalises every searchable field once. */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const entries: IndexEntry[] = [];
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  for (const a of dataset.actors) {
    const names = [plain('name', a.name.ar), plain('name', a.name.en), ...a.aliases.map((x) => plain('alias', x))];
    const role = a.role ? [plain('role', a.role.ar), plain('role', a.role.en)] : [];
    entries.push(entry('actor', a.id, a.name, names, role));
  }
  for (const e of dataset.events) {
    const texts = [plain('summary', e.summary), ...e.evidence.map((p) => quoted('evidence', p))];
    entries.push(entry('event', e.id, e.title, [plain('title', e.title.ar), plain('title', e.title.en)], texts));
  }
  for (const s of dataset.statements) {
    const speaker = actors.get(s.speaker);
    const speakerNames = speaker ? [speaker.name.ar, speaker.name.en, ...speaker.aliases] : [];
    const texts = [quoted('passage', s.passage), plain('gloss', s.gloss), ...speakerNames.map((x) => plain('speaker', x))];
    const who = speaker?.name ?? { ar: s.speaker, en: s.speaker };
    const labels = { ar: `${who.ar}: ${clip(s.passage.quote.exact)}`, en: `${who.en}: ${clip(s.gloss)}` };
    entries.push(entry('statement', s.id, labels, [], texts));
  }
  entries.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  prepareCandidates(entries);
  return { entries };
}

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The regular expressions one query runs; built once per query. */
export interface CompiledQuery {
  /** The query in match form (lib/arabic). */
  form: string;
  exact: RegExp;
  prefix: RegExp;
  /** One per query word; group 1 is the matching text word. */
  words: RegExp[];
  /**
   * Per query word, the substring every match of its regular expression
   * holds in the spaced form: the word, or its core after the article (a
   * contraction such as لل keeps the core whole). A native `includes` of it
   * rejects most entries before the expression runs: a glued query's 7,754
   * candidates at 100,000 events hold it only without their spaces.
   */
  wordCores: string[];
  glued: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLITICS = CLITIC_PREFIXES.map(escape).join('|');
const CONTRACTIONS = ARTICLE_CONTRACTIONS.map(escape).join('|');

/** The regular expressions for a query, or null when it has no letter or digit. */
export function compileQuery(query: string): CompiledQuery | null {
  const form = matchForm(query.slice(0, MAX_QUERY_LENGTH));
  if (form === '') return null;
  // Compact-form comparison on the spaced match form: an optional space
  // between every two characters of the query's compact form.
  const compact = [...form.replace(/ /g, '')].map(escape).join(' ?');
  const distinct = [...new Set(form.split(' '))];
  const words = distinct.map((q) => {
    const alternatives = [q.length >= MIN_STEM ? `(?:${CLITICS})?${escape(q)}` : escape(q)];
    const core = articleCore(q);
    if (core !== null) alternatives.push(`(?:${CONTRACTIONS})${escape(core)}`);
    return new RegExp(`(?:^| )(${alternatives.join('|')})(?= |$)`, 'mu');
  });
  return {
    form,
    exact: new RegExp(`^(?:${compact})$`, 'mu'),
    prefix: new RegExp(`^(?:${compact})`, 'mu'),
    words,
    wordCores: distinct.map((q) => articleCore(q) ?? q),
    glued: new RegExp(compact, 'u'),
  };
}

/** Whether every query word is a word of `forms` (one form for names, two for names and texts). */
function holdsEveryWord(q: CompiledQuery, ...forms: string[]): boolean {
  return q.words.every((w, k) => forms.some((form) => form.includes(q.wordCores[k]!) && w.test(form)));
}

/** The best tier an entry reaches for a query (see the header), or null. */
export function tierOf(e: IndexEntry, q: CompiledQuery): Tier | null {
  // Exact and prefix both imply the glued test on names, so one failed test
  // rules out three tiers: most entries fail it.
  const gluedName = e.nameForm !== '' && q.glued.test(e.nameForm);
  if (gluedName && q.exact.test(e.nameForm)) return 'exact';
  if (gluedName && q.prefix.test(e.nameForm)) return 'prefix';
  let inNames = e.nameForm !== '';
  let anywhere = true;
  for (const w of q.words) {
    if (w.test(e.nameForm)) continue;
    inNames = false;
    if (!w.test(e.textForm)) {
      anywhere = false;
      break;
    }
  }
  if (anywhere) return inNames ? 'nameWords' : 'words';
  if (gluedName) return 'gluedName';
  return q.glued.test(e.textForm) ? 'gluedText' : null;
}

/**
 * The best `limit` entries by tier, each tier in index order, exactly as
 * bucketing every entry by `tierOf` would give, with less work:
 * - the name tiers (exact, prefix, words in names) and the glued-in-a-name
 *   test read only the entries whose names can match (lib/search-candidates,
 *   names alone), and only their short name forms;
 * - the text tiers then go through the entries that can match anywhere, in
 *   index order and found as they go, only until `limit` entries are ranked.
 * Entries come in tie order, so no sorting is needed.
 */
function rankInTiers(entries: readonly IndexEntry[], q: CompiledQuery, limit: number): Map<Tier, IndexEntry[]> {
  const buckets = new Map<Tier, IndexEntry[]>(TIERS.map((t) => [t, []]));
  const put = (tier: Tier, e: IndexEntry) => buckets.get(tier)!.push(e);
  // Entries ranked in a name tier, and those whose names hold the glued query without reaching one.
  const named = new Set<IndexEntry>();
  const gluedInName = new Set<IndexEntry>();
  // Exact and prefix imply the glued test: every name is tested for those three first, as plain substrings of its spaceless lines.
  const others: { e: IndexEntry; gluedName: boolean }[] = [];
  const compact = q.form.replace(/ /g, '');
  const lineStart = `\n${compact}`;
  const wholeLine = `\n${compact}\n`;
  const firstLine = `${compact}\n`;
  const nameHits: number[] = [];
  visitCandidates(entries, q.form, 'names', (i) => {
    nameHits.push(i);
    const e = entries[i]!;
    if (e.nameForm === '') return true;
    const lines = spacelessNames(entries, i);
    const gluedName = lines.includes(compact);
    const exact = gluedName && (lines === compact || lines.startsWith(firstLine) || lines.endsWith(lineStart) || lines.includes(wholeLine));
    const tier: Tier | null = exact ? 'exact' : gluedName && (lines.startsWith(compact) || lines.includes(lineStart)) ? 'prefix' : null;
    if (tier) {
      put(tier, e);
      named.add(e);
    } else others.push({ e, gluedName });
    return true;
  });
  // Words in names, in index order, until enough are ranked: nothing below them would be shown.
  for (const { e, gluedName } of others) {
    if (named.size >= limit) return buckets;
    if (holdsEveryWord(q, e.nameForm)) {
      put('nameWords', e);
      named.add(e);
    } else if (gluedName) gluedInName.add(e);
  }
  let ranked = named.size;
  const later: IndexEntry[] = [];
  let complete = true;
  visitCandidates(entries, q.form, 'all', (i) => {
    const e = entries[i]!;
    if (named.has(e)) return true;
    if (ranked >= limit) return (complete = false);
    if (holdsEveryWord(q, e.nameForm, e.textForm)) {
      put('words', e);
      ranked += 1;
    } else later.push(e);
    return true;
  }, nameHits);
  if (!complete) return buckets;
  for (const e of later) {
    if (ranked >= limit) return buckets;
    if (gluedInName.has(e)) {
      put('gluedName', e);
      ranked += 1;
    }
  }
  for (const e of later) {
    if (ranked >= limit) break;
    if (!gluedInName.has(e) && q.glued.test(e.textForm)) {
      put('gluedText', e);
      ranked += 1;
    }
  }
  return buckets;
}

/** Ranked matches for `query`: best tier first, then actors, events, statements, each by id. */
export function search(index: SearchIndex, query: string, { limit = 20 }: SearchOptions = {}): SearchResult[] {
  const compiled = compileQuery(query);
  if (compiled === null || limit <= 0) return [];
  const buckets = rankInTiers(index.entries, compiled, limit);
  const lang = ARABIC_LETTER.test(query) ? 'ar' : 'en';
  const results: SearchResult[] = [];
  for (const tier of TIERS) {
    for (const e of buckets.get(tier) ?? []) {
      if (results.length >= limit) return results;
      const hit: Hit = snippetFor(e, compiled, tier);
      results.push({ kind: e.kind, id: e.id, label: e.labels[lang], score: SCORES[tier], ...hit });
    }
  }
  return results;
}

/** A search index from entries `buildSearchIndex` made elsewhere (the build's /data/search/<k>.json). */
export function searchIndexFromEntries(entries: IndexEntry[]): SearchIndex {
  prepareCandidates(entries);
  return { entries };
}

/**
 * The index with `more` entries after its own (the next part of the file,
 * lib/search-payload): only the new entries are prepared. Searching it ranks
 * the entries in so far exactly as the whole index would rank them alone;
 * once every part is in, the results are the whole index's.
 */
export function extendSearchIndex(index: SearchIndex, more: readonly IndexEntry[]): SearchIndex {
  const entries = [...index.entries, ...more];
  prepareMoreCandidates(index.entries, entries);
  return { entries };
}
