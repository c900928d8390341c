/**
 * The first cut of a search over a large index: which entries can match at
 * all, found with the engine's native substring search instead of running a
 * query's regular expressions over every entry.
 *
 * Every tier of lib/search needs each query word inside the entry's match
 * forms: a word tier finds the word (behind an optional clitic) or, for a
 * word with the article, its core after a contraction such as لل; the glued,
 * exact and prefix tiers find the whole compact query, which holds every
 * word. Spaces aside (the glued tiers skip them), each word's core is then a
 * substring of the entry's forms with the spaces removed. So one pass of
 * `indexOf` for the longest core over a single string of all entries (built
 * once, with the index) keeps the few entries worth testing, in index
 * order; the regular expressions only run on those.
 *
 * The string is kept in two: every entry's names, and every entry's texts,
 * so no text is held twice; an index that arrives in parts has one such
 * pair per part, scanned in turn (prepareMoreCandidates). The name tiers
 * read the names alone; the text tiers read both, merged in index order
 * (visitCandidates), and stop once
 * they have ranked enough entries: a common word such as أمن is in 25,000
 * of 145,000 entries at 100,000 events, and listing them all took ~30 ms
 * before any was tested.
 */
import { articleCore } from './arabic-clitics';

/** What the filter needs of an index entry: its name and text match forms. */
interface Searchable {
  nameForm: string;
  textForm: string;
}

interface Haystack {
  /** One form of every entry without spaces (its names, or its texts), fields apart by newlines, entries by U+0001. */
  text: string;
  /** Where each entry starts in `text`, plus the end. */
  starts: Int32Array;
}

/** Which of an entry's forms a search reads: its names alone, or its names and texts. */
export type CandidateScope = 'all' | 'names';
type Part = 'names' | 'texts';

const SEPARATOR = '\u0001';
/** Cores shorter than this occur almost everywhere: the filter would keep nearly all entries, so it is skipped. */
export const MIN_NEEDLE = 2;
/**
 * One stretch of consecutive entries with its own strings: an index that
 * arrives in parts (lib/search-payload) gets one per part, built once when
 * the part comes, so the first part is searchable without waiting for the
 * rest and no string is built twice.
 */
interface Segment {
  /** Number of the stretch's first entry in the whole index. */
  from: number;
  /** One past its last. */
  to: number;
  names: Haystack;
  texts: Haystack;
}

const built = new WeakMap<readonly Searchable[], readonly Segment[]>();

function segmentFrom(entries: readonly Searchable[], from: number, to: number): Segment {
  return { from, to, names: haystackOf(entries, from, to, 'names'), texts: haystackOf(entries, from, to, 'texts') };
}

/** Builds the strings of all entries (done with the index, so the first query does not pay for them). */
export function prepareCandidates(entries: readonly Searchable[]): void {
  if (!built.has(entries)) built.set(entries, [segmentFrom(entries, 0, entries.length)]);
}

/**
 * Prepares `entries`, whose first `from` are `earlier` (already prepared),
 * building strings for the new ones alone.
 */
export function prepareMoreCandidates(earlier: readonly Searchable[], entries: readonly Searchable[]): void {
  const before = built.get(earlier);
  if (!before || entries.length < earlier.length) return prepareCandidates(entries);
  built.set(entries, [...before, segmentFrom(entries, earlier.length, entries.length)]);
}

function segmentsOf(entries: readonly Searchable[]): readonly Segment[] {
  prepareCandidates(entries);
  return built.get(entries)!;
}

function haystackOf(entries: readonly Searchable[], from: number, to: number, part: Part): Haystack {
  const parts: string[] = [];
  const starts = new Int32Array(to - from + 1);
  let at = 0;
  for (let i = from; i < to; i++) {
    const e = entries[i]!;
    // split/join: removing the spaces with replace(/ /g, '') took ~3.5 times as long over 27 million characters.
    const form = (part === 'names' ? e.nameForm : e.textForm).split(' ').join('');
    starts[i - from] = at;
    parts.push(form);
    at += form.length + SEPARATOR.length;
  }
  starts[to - from] = at;
  return { text: parts.join(SEPARATOR), starts };
}

/** The substring each query word leaves in any entry it matches: the word, or its core after the article. */
export function requiredCores(form: string): string[] {
  const words = [...new Set(form.split(' ').filter(Boolean))];
  return words.map((w) => articleCore(w) ?? w).sort((a, b) => b.length - a.length);
}

/** Index of the entry whose span holds `position`. */
function entryAt(starts: Int32Array, position: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Entry i's form in a haystack, without its separator. */
function segmentOf(h: Haystack, i: number): string {
  return h.text.slice(h.starts[i]!, h.starts[i + 1]! - SEPARATOR.length);
}

/**
 * A cursor over the entries whose form in one haystack holds `needle`, in
 * index order: `next()` gives the next entry's number, or -1 at the end.
 */
function hits(h: Haystack, needle: string): () => number {
  let position = h.text.indexOf(needle);
  return () => {
    if (position === -1) return -1;
    const i = entryAt(h.starts, position);
    position = h.text.indexOf(needle, h.starts[i + 1]! - SEPARATOR.length);
    return i;
  };
}

/**
 * Calls `visit` with the number of each entry whose forms in `scope` hold
 * every core, in index order, until it returns false. The longest core is
 * looked for in the names and, for `all`, in the texts, the two lists of
 * entries merged; the other cores are then looked for in that entry's forms.
 * A callback rather than a generator: resuming a generator for each of
 * 8,000 entries took longer than testing them. Returns false when `visit`
 * stopped it.
 */
function scanSegment(seg: Segment, cores: readonly string[], scope: CandidateScope, visit: (i: number) => boolean, nameHits: NameHits | null): boolean {
  const { names, from } = seg;
  const texts = scope === 'all' ? seg.texts : null;
  // With one core, the entries whose names hold it are exactly the names' own candidates: read them instead of scanning again.
  const inNames =
    nameHits && cores.length === 1
      ? () => (nameHits.next < nameHits.list.length && nameHits.list[nameHits.next]! < seg.to ? nameHits.list[nameHits.next++]! - from : -1)
      : hits(names, cores[0]!);
  const inTexts = texts ? hits(texts, cores[0]!) : () => -1;
  let a = inNames();
  let b = inTexts();
  while (a !== -1 || b !== -1) {
    const i = a === -1 ? b : b === -1 ? a : Math.min(a, b);
    if (a === i) a = inNames();
    if (b === i) b = inTexts();
    if (cores.length > 1) {
      const name = segmentOf(names, i);
      const text = texts ? segmentOf(texts, i) : '';
      if (!cores.every((core, k) => k === 0 || name.includes(core) || text.includes(core))) continue;
    }
    if (!visit(from + i)) return false;
  }
  return true;
}

/** A cursor over the entry numbers an earlier visit of the names gave, shared by the segments in turn. */
interface NameHits {
  list: readonly number[];
  next: number;
}

function scan(entries: readonly Searchable[], cores: readonly string[], scope: CandidateScope, visit: (i: number) => boolean, nameHits?: readonly number[]): void {
  const cursor = nameHits ? { list: nameHits, next: 0 } : null;
  for (const seg of segmentsOf(entries)) if (!scanSegment(seg, cores, scope, visit, cursor)) return;
}

/**
 * Entry i's names as the filter reads them: each in match form without its
 * spaces, one per line. Match forms are words joined by single spaces, so
 * the query's compact form occurs in a line of this exactly where search's
 * glued pattern (an optional space between any two characters) matches the
 * line.
 */
export function spacelessNames(entries: readonly Searchable[], i: number): string {
  const seg = segmentsOf(entries).find((s) => i < s.to)!;
  return segmentOf(seg.names, i - seg.from);
}

/** The query's cores, longest first, or null when they are too short to narrow anything. */
function narrowingCores(form: string): string[] | null {
  const cores = requiredCores(form);
  return cores[0] === undefined || cores[0].length < MIN_NEEDLE ? null : cores;
}

/**
 * Calls `visit` with the number (index into `entries`) of each entry whose
 * forms in `scope` hold every word core of the query's match form `form`,
 * in index order, until it returns false; with every entry's number when
 * the cores are too short to narrow anything. `nameHits`, for `all`: every
 * number a whole visit of the same form in `names` gave, which a query of
 * one core then reads instead of scanning the names a second time.
 */
export function visitCandidates(entries: readonly Searchable[], form: string, scope: CandidateScope, visit: (i: number) => boolean, nameHits?: readonly number[]): void {
  const cores = narrowingCores(form);
  if (cores !== null) return scan(entries, cores, scope, visit, nameHits);
  for (let i = 0; i < entries.length; i++) if (!visit(i)) return;
}

/** The entries that hold every word core of `form` in `scope`, in index order; null when the cores are too short to narrow anything. */
export function candidateEntries<T extends Searchable>(entries: readonly T[], form: string, scope: CandidateScope = 'all'): T[] | null {
  if (narrowingCores(form) === null) return null;
  const found: T[] = [];
  visitCandidates(entries, form, scope, (i) => found.push(entries[i]!) > 0);
  return found;
}
