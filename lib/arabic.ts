/**
 * Arabic text normalisation for matching, and only for matching: the
 * normalised string is never displayed and its offsets are not source offsets.
 * Passages keep addressing the raw text; `normalizeWithMap` translates a hit
 * in the normalised string back to raw UTF-16 offsets so it can be highlighted.
 *
 * What `normalizeArabic` does, in order, to each character cluster (a base
 * character with the combining marks that follow it):
 * 1. NFKC on the cluster, so presentation forms (ﻻ, ﷲ, ﺍ…) become plain
 *    letters and a base letter with a combining hamza or madda composes.
 * 2. Removes diacritics: tashkeel U+064B–U+065F (the brief's U+064B–U+0652 plus
 *    madda/hamza marks, which step 3 would fold away anyway), superscript alef
 *    U+0670, Quranic marks U+06D6–U+06ED, the harakat presentation forms
 *    U+FE70–U+FE7F (NFKC would turn them into a space plus a mark).
 * 3. Removes tatweel U+0640 and invisible controls: U+00AD soft hyphen, U+061C
 *    Arabic letter mark, U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
 *    U+2066–U+2069, U+FEFF. Removal joins: `كـيري` and `ك\u200Cيري` read `كيري`.
 * 4. Unifies letters: أ إ آ ٱ ٲ ٳ → ا; ؤ → و; ئ → ي; ة → ه; ى → ي; Persian
 *    ی → ي and ک → ك. The standalone hamza ء is REMOVED: news text writes it
 *    inconsistently (أنباء / انباء / انبا) and its seated forms are already
 *    reduced to their seat, so dropping it is the consistent choice.
 * 5. Folds Arabic-Indic ٠–٩ and Persian ۰–۹ digits to ASCII 0–9.
 * 6. Lower-cases (Latin and any other cased script).
 * 7. Collapses every run of whitespace (including U+00A0 and line breaks) to one
 *    ASCII space and trims both ends. Punctuation is kept; tokens drop it.
 *
 * Tokens are the runs of letters, digits and marks of the normalised text;
 * everything else (spaces, ASCII and Arabic quotes, punctuation) separates
 * them. The match form joins the tokens with single spaces; the compact form
 * (`stripSpaces`) joins them with nothing, which is how glued words are found.
 * Attached prefixes (و ف ب ل ك ال…) are handled in lib/arabic-clitics.
 */

/** A normalised string with, per UTF-16 index, where it came from in the raw text. */
export interface NormalizedText {
  text: string;
  /** map[i]: raw offset where the cluster that produced text[i] starts. */
  map: number[];
  /** ends[i]: raw offset just past that cluster (its diacritics included). */
  ends: number[];
}

const LETTER_FOLD: ReadonlyMap<number, string> = new Map([
  [0x0622, 'ا'], [0x0623, 'ا'], [0x0625, 'ا'], [0x0671, 'ا'], [0x0672, 'ا'], [0x0673, 'ا'],
  [0x0624, 'و'],
  [0x0626, 'ي'], [0x0649, 'ي'], [0x06cc, 'ي'],
  [0x0629, 'ه'],
  [0x06a9, 'ك'],
  [0x0621, ''],
]);

/** Code point ranges (inclusive) that steps 2 and 3 remove; see the header. */
const REMOVED: readonly (readonly [number, number])[] = [
  [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed], [0xfe70, 0xfe7f], [0x0640, 0x0640], [0x00ad, 0x00ad],
  [0x061c, 0x061c], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x2069], [0xfeff, 0xfeff],
];
/** Whitespace that step 7 collapses (JavaScript's \s plus U+0085); NFKC already maps most of it to U+0020. */
const SPACES: readonly (readonly [number, number])[] = [
  [0x09, 0x0d], [0x20, 0x20], [0x85, 0x85], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
];
const inRanges = (cp: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** The replacement for one (already NFKC'd) code point that is neither removed nor a space. */
function fold(cp: number): string {
  const letter = LETTER_FOLD.get(cp);
  if (letter !== undefined) return letter;
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0);
  return String.fromCodePoint(cp).toLowerCase();
}

const MARK = /\p{M}/u;
/** Per BMP code point: 1 = combining mark, 2 = not. Filled lazily; the regex test is the slow part. */
const markCache = new Uint8Array(0x10000);
function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp > 0xffff) return MARK.test(String.fromCodePoint(cp));
  if (markCache[cp] === 0) markCache[cp] = MARK.test(String.fromCodePoint(cp)) ? 1 : 2;
  return markCache[cp] === 1;
}

/** Letters, digits and marks make words; everything else (spaces, quotes, punctuation) separates them. */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]/gu;

/** Steps 1–6 for one cluster: its folded output, ' ' standing for whitespace (and, for `words`, for punctuation). */
function foldCluster(cluster: string, words: boolean): string {
  let out = '';
  for (const ch of cluster.normalize('NFKC')) {
    const c = ch.codePointAt(0) ?? 0;
    if (!inRanges(c, REMOVED)) out += inRanges(c, SPACES) ? ' ' : fold(c);
  }
  return words ? out.replace(NOT_WORD, ' ') : out;
}

/** Output per lone BMP code point, memoised: the same few hundred characters recur in every text. */
const plainCache = new Array<string | undefined>(0x10000);
const wordsCache = new Array<string | undefined>(0x10000);
function foldSingle(cp: number, words: boolean): string {
  if (cp > 0xffff) return foldCluster(String.fromCodePoint(cp), words);
  const cache = words ? wordsCache : plainCache;
  return (cache[cp] ??= foldCluster(String.fromCharCode(cp), words));
}

/** `normalizeArabic` plus the way back to raw offsets (see `NormalizedText`). */
export function normalizeWithMap(raw: string): NormalizedText {
  return run(raw, true, false);
}

/** The matching form of a text (see the file header); never display it. */
export function normalizeArabic(text: string): string {
  return run(text, false, false).text;
}

/**
 * The form search scans: the normalised words joined by single spaces, with
 * the map back to the raw text. Quotes and punctuation become word breaks.
 */
export function matchFormWithMap(raw: string): NormalizedText {
  return run(raw, true, true);
}

/** `tokenize(text).join(' ')`: the words search matches against. */
export function matchForm(text: string): string {
  return run(text, false, true).text;
}

/**
 * The one normalisation loop. `withMap` false skips the offset bookkeeping
 * (index builds normalise a lot of text); `words` turns punctuation into spaces.
 */
function run(raw: string, withMap: boolean, words: boolean): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  const ends: number[] = [];
  // Most characters come out unchanged; they are copied in runs from
  // `copyFrom` instead of one by one.
  let copyFrom = -1;
  let spaceStart = -1;
  let spaceEnd = -1;
  let started = false;
  let afterWord = false;
  const flushCopy = (upto: number) => {
    if (copyFrom >= 0) parts.push(raw.slice(copyFrom, upto));
    copyFrom = -1;
  };
  const note = (from: number, to: number) => {
    if (withMap) {
      map.push(from);
      ends.push(to);
    }
  };
  const flushSpace = () => {
    parts.push(' ');
    note(spaceStart, spaceEnd);
    spaceStart = -1;
  };

  for (let i = 0; i < raw.length; ) {
    const start = i;
    const cp = raw.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    // A cluster: the base character and every combining mark after it.
    let single = true;
    while (i < raw.length) {
      const next = raw.codePointAt(i) ?? 0;
      if (!isMark(next)) break;
      i += next > 0xffff ? 2 : 1;
      single = false;
    }
    const end = i;
    const out = single ? foldSingle(cp, words) : foldCluster(raw.slice(start, end), words);
    if (single && out.length === 1 && out.charCodeAt(0) === cp && cp !== 0x20) {
      if (spaceStart >= 0) flushSpace();
      if (copyFrom < 0) copyFrom = start;
      note(start, end);
      started = afterWord = true;
      continue;
    }
    flushCopy(start);
    if (out.length === 0) {
      // A cluster that vanished (a trailing tatweel or hamza) still belongs to
      // the word before it, so a highlight of that word covers it.
      if (withMap && afterWord && spaceStart < 0 && ends.length > 0) ends[ends.length - 1] = end;
      continue;
    }
    for (let u = 0; u < out.length; u++) {
      if (out.charCodeAt(u) === 0x20) {
        if (started && spaceStart < 0) spaceStart = start;
        if (spaceStart >= 0) spaceEnd = end;
        afterWord = false;
        continue;
      }
      if (spaceStart >= 0) flushSpace();
      let v = u + 1;
      while (v < out.length && out.charCodeAt(v) !== 0x20) v++;
      parts.push(v - u === out.length ? out : out.slice(u, v));
      for (let k = u; withMap && k < v; k++) note(start, end);
      started = afterWord = true;
      u = v - 1;
    }
  }
  flushCopy(raw.length);
  return { text: parts.join(''), map, ends };
}

/** The raw range [start, end) behind normalised range [start, end) (end exclusive, non-empty). */
export function toRawRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const from = n.map[start];
  const to = n.ends[end - 1];
  if (from === undefined || to === undefined || end <= start) {
    throw new RangeError(`[${start}, ${end}) is not a range of a normalised text of length ${n.text.length}`);
  }
  return { start: from, end: to };
}

/** Normalised words of a text: `ل "كيري"،` gives `ل`, `كيري`. */
export function tokenize(text: string): string[] {
  const form = matchForm(text);
  return form === '' ? [] : form.split(' ');
}

/**
 * The compact form: the words with nothing between them. The articles glue
 * words (`الولاياتالمتحدة`), so comparing compact forms finds
 * `الولايات المتحدة` in glued text and glued queries in spaced text.
 */
export function stripSpaces(text: string): string {
  return tokenize(text).join('');
}
