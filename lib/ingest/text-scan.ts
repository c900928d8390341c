/**
 * Scanning an article for extraction. Every recogniser in lib/ingest works on
 * a normalised form of the text (lib/arabic: hamza seats folded, ة → ه,
 * ى → ي, diacritics and tatweel gone, Eastern digits → 0–9, whitespace
 * collapsed) and maps what it finds back to raw UTF-16 offsets, because a
 * proposal must quote the article exactly as stored.
 */
import { matchFormWithMap, normalizeArabic, normalizeWithMap, toRawRange, type NormalizedText } from '../arabic';

/** A raw passage of the article: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One word of the match form (punctuation and quotes split words) with its place in both texts. */
export interface Token {
  /** The normalised word. */
  text: string;
  /** Index in the match form. */
  at: number;
  /** Raw span of the word. */
  start: number;
  end: number;
}

/** The article with its two normalised forms, built once per extraction. */
export interface ScannedText {
  raw: string;
  /** Normalised text keeping punctuation (for dates: `2013/5/15`, `12:06`, `مايو/أيار`). */
  plain: NormalizedText;
  /** Words only (for names: `ل"كيري"` reads `ل كيري`). */
  words: NormalizedText;
  tokens: Token[];
  sentences: Span[];
}

export function scanText(raw: string): ScannedText {
  const words = matchFormWithMap(raw);
  return { raw, plain: normalizeWithMap(raw), words, tokens: tokensOf(words), sentences: sentencesOf(raw) };
}

function tokensOf(words: NormalizedText): Token[] {
  const tokens: Token[] = [];
  for (const match of words.text.matchAll(/\S+/g)) {
    const range = toRawRange(words, match.index, match.index + match[0].length);
    tokens.push({ text: match[0], at: match.index, start: range.start, end: range.end });
  }
  return tokens;
}

/** Raw span of `[start, end)` of a normalised form. */
export function rawSpan(form: NormalizedText, start: number, end: number): Span {
  return toRawRange(form, start, end);
}

/** The raw text of a span. */
export function exactOf(raw: string, span: Span): string {
  return raw.slice(span.start, span.end);
}

/**
 * Writes a regular-expression source in the normalised spelling: Arabic runs
 * are normalised (so patterns can be written `أمس`, `الثلاثاء`, `غداً` as
 * Arabic is spelled), everything else (regex syntax) is left alone.
 */
export function ar(strings: TemplateStringsArray, ...values: string[]): string {
  const joined = strings.raw.reduce((out, part, i) => out + part + (values[i] ?? ''), '');
  return joined.replace(/[\u0600-\u06FF]+/g, (run) => normalizeArabic(run));
}

/** Alternation of normalised words, longest first so a regex prefers `الأول` … over its prefix. */
export function anyOf(words: readonly string[]): string {
  const forms = [...new Set(words.map((w) => normalizeArabic(w).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s')))];
  return `(?:${forms.sort((a, b) => b.length - a.length).join('|')})`;
}

/** Lookarounds for word edges: `\b` does not know Arabic letters. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A conjunction و or ف glued to the expression: matched but left out of the passage. */
export const CONJUNCTION = '(?:[وف](?=\\p{L}))?';

/**
 * Sentences: runs ending at `.`, `!`, `?`, `؟` or a line break. A full stop
 * inside quotation marks does not end the sentence, so a quoted remark stays
 * with the verb that introduces it. Leading and trailing spaces are trimmed.
 */
function sentencesOf(raw: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let inQuote = false;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(raw[s] ?? '')) s++;
    while (e > s && /\s/.test(raw[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (ch === '\n') {
      push(i);
      start = i + 1;
      inQuote = false;
    } else if (ch === '"') {
      inQuote = !inQuote;
    } else if (ch === '«' || ch === '“') {
      inQuote = true;
    } else if (ch === '»' || ch === '”') {
      inQuote = false;
    } else if (!inQuote && /[.!?؟]/.test(ch) && !/\d/.test(raw[i + 1] ?? '')) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(raw.length);
  return spans;
}

/** The sentence containing a raw offset, or null between sentences. */
export function sentenceAt(scanned: ScannedText, offset: number): Span | null {
  return scanned.sentences.find((s) => s.start <= offset && offset < s.end) ?? null;
}

/** Tokens whose raw spans lie inside `span`. */
export function tokensIn(scanned: ScannedText, span: Span): Token[] {
  return scanned.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
}

/** Whether two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `outer` contains `inner` (not necessarily strictly). */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Keeps the best of overlapping spans: longer first, then earlier in `items`
 * (callers list their more specific recognisers first). Returns in text order.
 */
export function longestNonOverlapping<T extends Span>(items: readonly T[]): T[] {
  const ranked = items.map((item, index) => ({ item, index }));
  ranked.sort((a, b) => b.item.end - b.item.start - (a.item.end - a.item.start) || a.index - b.index);
  const kept: T[] = [];
  for (const { item } of ranked) if (!kept.some((k) => overlaps(k, item))) kept.push(item);
  return kept.sort((a, b) => a.start - b.start);
}
