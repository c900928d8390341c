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
 */
import { articleCore } from './arabic-clitics';

/** What the filter needs of an index entry: its name and text match forms. */
interface Searchable {
  nameForm: string;
  textForm: string;
}

interface Haystack {
  /** Every entry's forms without spaces, fields apart by newlines, entries by U+0001. */
  text: string;
  /** Where each entry starts in `text`, plus the end. */
  starts: Int32Array;
}

const SEPARATOR = '\u0001';
/** Cores shorter than this occur almost everywhere: the filter would keep nearly all entries, so it is skipped. */
export const MIN_NEEDLE = 2;
const built = new WeakMap<readonly Searchable[], Haystack>();

/** Builds the one string of all entries (done with the index, so the first query does not pay for it). */
export function prepareCandidates(entries: readonly Searchable[]): void {
  haystackOf(entries);
}

function haystackOf(entries: readonly Searchable[]): Haystack {
  const cached = built.get(entries);
  if (cached) return cached;
  const parts: string[] = [];
  const starts = new Int32Array(entries.length + 1);
  let at = 0;
  entries.forEach((e, i) => {
    const part = `${e.nameForm}\n${e.textForm}`.replace(/ /g, '');
    starts[i] = at;
    parts.push(part);
    at += part.length + SEPARATOR.length;
  });
  starts[entries.length] = at;
  const haystack = { text: parts.join(SEPARATOR), starts };
  built.set(entries, haystack);
  return haystack;
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

/**
 * The entries that hold every word core of the query's match form `form`, in
 * index order; null when the cores are too short to narrow anything (the
 * caller then tests every entry).
 */
export function candidateEntries<T extends Searchable>(entries: readonly T[], form: string): T[] | null {
  const cores = requiredCores(form);
  const longest = cores[0];
  if (longest === undefined || longest.length < MIN_NEEDLE) return null;
  const { text, starts } = haystackOf(entries);
  const found: T[] = [];
  let position = text.indexOf(longest);
  while (position !== -1) {
    const i = entryAt(starts, position);
    const end = starts[i + 1]! - SEPARATOR.length;
    const segment = cores.length > 1 ? text.slice(starts[i]!, end) : '';
    if (cores.every((core, k) => k === 0 || segment.includes(core))) found.push(entries[i]!);
    position = text.indexOf(longest, end);
  }
  return found;
}
