/**
 * Splitting a raw source text for display, without ever changing it.
 *
 * The reader highlights passages by UTF-16 offsets into the text as stored.
 * Passages overlap and nest (a mention inside a quoted statement inside an
 * event's evidence), so the text is cut at every passage boundary into
 * segments that cover it exactly once: joining the segments' text gives the
 * raw text back, character for character (no-break spaces included), and
 * each segment knows every passage that covers it, outermost first.
 */
import type { PassageRef } from '@/lib/query';

/** A half-open range of UTF-16 offsets, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A run of the text covered by the same passages. */
export interface Segment extends Span {
  text: string;
  /** Every passage covering the whole run, outermost first (see {@link compareNesting}). */
  refs: PassageRef[];
}

/** One line of the text (split on `\n`); offsets exclude the newline itself. */
export interface Paragraph extends Span {
  text: string;
}

/**
 * How deep each kind of passage sits when two passages cover the same range:
 * the broader claim wraps the narrower one (evidence of an event wraps the
 * words of a statement, which wraps the mention of a name).
 */
const ROLE_DEPTH: Record<PassageRef['role'], number> = {
  publication: 0,
  publisher: 1,
  evidence: 2,
  relation: 3,
  statement: 4,
  date: 5,
  affiliation: 6,
  role: 7,
  mention: 8,
};

/**
 * Outermost first: earlier start, then longer, then broader role, then owner
 * id, so the order (and the nesting built from it) is total and stable.
 */
export function compareNesting(a: PassageRef, b: PassageRef): number {
  const pa = a.passage.position;
  const pb = b.passage.position;
  return (
    pa.start - pb.start ||
    pb.end - pa.end ||
    ROLE_DEPTH[a.role] - ROLE_DEPTH[b.role] ||
    a.owner.kind.localeCompare(b.owner.kind) ||
    a.owner.id.localeCompare(b.owner.id)
  );
}

/**
 * Separates the passages that hold against this text from those that do not.
 * A passage whose offsets do not read its `exact` quote here (another
 * source's passage, or offsets that drifted) must not be drawn: it would
 * attach a claim to the wrong words.
 */
export function anchorRefs(
  text: string,
  refs: readonly PassageRef[],
): { anchored: PassageRef[]; unanchored: PassageRef[] } {
  const anchored: PassageRef[] = [];
  const unanchored: PassageRef[] = [];
  for (const ref of refs) {
    const { start, end } = ref.passage.position;
    const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
    if (fits && text.slice(start, end) === ref.passage.quote.exact) anchored.push(ref);
    else unanchored.push(ref);
  }
  return { anchored, unanchored };
}

/**
 * The generic cut: `items` are any spans (passages, a focus marker …) and
 * `order` must sort by start first (outermost first among equal starts), so
 * the active list stays in that order as items enter and leave it.
 * `extraCuts` adds boundaries no item has (line breaks). Items that do not
 * fit the text are clamped to it or skipped when empty.
 */
export function segmentSpans<T>(
  text: string,
  items: readonly T[],
  spanOf: (item: T) => Span,
  order: (a: T, b: T) => number,
  extraCuts: readonly number[] = [],
): Array<Span & { text: string; items: T[] }> {
  const length = text.length;
  const clamp = (n: number) => Math.min(Math.max(n, 0), length);
  const live = items
    .map((item) => ({ item, start: clamp(spanOf(item).start), end: clamp(spanOf(item).end) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => order(a.item, b.item));

  const cuts = new Set<number>([0, length]);
  for (const s of live) cuts.add(s.start).add(s.end);
  for (const c of extraCuts) if (c > 0 && c < length) cuts.add(c);
  const points = [...cuts].sort((a, b) => a - b);

  const out: Array<Span & { text: string; items: T[] }> = [];
  let active: typeof live = [];
  let next = 0;
  points.forEach((start, i) => {
    const end = points[i + 1];
    if (end === undefined) return; // the last point only closes the previous segment
    active = active.filter((s) => s.end > start);
    for (let entering = live[next]; entering && entering.start <= start; entering = live[next]) {
      active.push(entering);
      next += 1;
    }
    out.push({ start, end, text: text.slice(start, end), items: active.map((s) => s.item) });
  });
  return out;
}

/**
 * Cuts `text` at every boundary of `refs`. The segments cover the text once,
 * in order, with no gaps: `segments.map(s => s.text).join('') === text`.
 * Refs are taken as given: call {@link anchorRefs} first to drop those that
 * do not match the text.
 */
export function segmentText(text: string, refs: readonly PassageRef[]): Segment[] {
  return segmentSpans(text, refs, (r) => r.passage.position, compareNesting).map(({ start, end, text: t, items }) => ({
    start,
    end,
    text: t,
    refs: items,
  }));
}

/**
 * The lines of the text with their offsets; the `\n` between two lines
 * belongs to neither, so `paragraphs.map(p => p.text).join('\n') === text`.
 * Blank lines are kept (as empty paragraphs) because they are in the text.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    out.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) return out;
    start = newline + 1;
  }
}

/** Offsets where lines meet (each `\n` and the character after it): cut points that keep segments inside one line. */
export function lineCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) cuts.push(at, at + 1);
  return cuts;
}
