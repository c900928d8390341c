/**
 * Passage anchoring: building and checking W3C text selectors over a raw
 * source text. Offsets are UTF-16 code units (what JS strings index), end
 * exclusive, so `text.slice(start, end) === exact` is the whole contract.
 */
import type { Passage } from './schema';

/** Context kept each side of a passage in its TextQuoteSelector. */
export const QUOTE_CONTEXT = 32;

/** Builds the passage covering `text.slice(start, end)`, with its quote context. */
export function passageAt(source: string, text: string, start: number, end: number): Passage {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`passage [${start}, ${end}) does not fit a text of ${text.length} code units`);
  }
  return {
    source,
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, Math.min(text.length, end + QUOTE_CONTEXT)),
    },
  };
}

/** Every start offset of `exact` in `text`. */
export function occurrencesOf(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact.length === 0) return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Anchors `exact` in `text`. When the string occurs more than once the caller
 * must say which occurrence (0-based) it means: a silent first match would
 * attach evidence to the wrong sentence.
 */
export function findPassage(source: string, text: string, exact: string, occurrence?: number): Passage {
  const hits = occurrencesOf(text, exact);
  if (hits.length === 0) throw new Error(`"${exact}" does not occur in source ${source}`);
  if (occurrence === undefined && hits.length > 1) {
    throw new Error(`"${exact}" occurs ${hits.length} times in source ${source}; say which occurrence`);
  }
  const start = hits[occurrence ?? 0];
  if (start === undefined) throw new Error(`"${exact}" has no occurrence ${occurrence} in source ${source}`);
  return passageAt(source, text, start, start + exact.length);
}

/** Why a passage does not hold against its text, or null when it does. */
export function passageProblem(passage: Passage, text: string): string | null {
  const { start, end } = passage.position;
  if (end <= start) return `end ${end} is not after start ${start}`;
  if (end > text.length) return `end ${end} is past the end of the text (${text.length} code units)`;
  const actual = text.slice(start, end);
  if (actual !== passage.quote.exact) {
    return `exact ${JSON.stringify(passage.quote.exact)} does not match the text at [${start}, ${end}), which reads ${JSON.stringify(actual)}`;
  }
  const prefix = text.slice(Math.max(0, start - passage.quote.prefix.length), start);
  if (prefix !== passage.quote.prefix) {
    return `prefix ${JSON.stringify(passage.quote.prefix)} does not match the text before the passage, ${JSON.stringify(prefix)}`;
  }
  const suffix = text.slice(end, end + passage.quote.suffix.length);
  if (suffix !== passage.quote.suffix) {
    return `suffix ${JSON.stringify(passage.quote.suffix)} does not match the text after the passage, ${JSON.stringify(suffix)}`;
  }
  return null;
}

/** Whether two passages overlap in the same source. */
export function passagesOverlap(a: Passage, b: Passage): boolean {
  return a.source === b.source && a.position.start < b.position.end && b.position.start < a.position.end;
}

/** Whether `inner` lies within `outer` in the same source: a shorter excerpt of a passage is still that passage's evidence. */
export function passageWithin(inner: Passage, outer: Passage): boolean {
  return inner.source === outer.source && inner.position.start >= outer.position.start && inner.position.end <= outer.position.end;
}
