/**
 * From flat segments to the nested elements the reader draws.
 *
 * Each line of the text becomes a tree: a passage is one element wrapping
 * the passages inside it, so clicking a name inside a quoted statement
 * reaches the innermost claim and the outer ones stay reachable around it.
 * Passages that cross (neither contains the other) or span a line break
 * cannot be a single element; they are drawn as several pieces and only the
 * first piece takes a tab stop. The focused range is one more layer,
 * outermost among equal ranges, so it can be outlined and scrolled to even
 * when no passage has exactly its offsets.
 */
import type { PassageRef } from '@/lib/query';
import { compareNesting, lineCuts, segmentSpans, splitParagraphs, type Span } from './segments';

type Layer = { kind: 'ref'; index: number; ref: PassageRef; span: Span } | { kind: 'focus'; span: Span };

/** A run of plain text inside a line or a highlight. */
export interface TextNode {
  type: 'text';
  start: number;
  text: string;
}

/** One piece of a passage; `first` marks the piece where the passage starts. */
export interface RefNode {
  type: 'ref';
  /** Position of the passage in the list given to {@link buildLines}. */
  index: number;
  ref: PassageRef;
  first: boolean;
  start: number;
  children: HighlightNode[];
}

/** One piece of the focused range. */
export interface FocusNode {
  type: 'focus';
  first: boolean;
  start: number;
  children: HighlightNode[];
}

export type HighlightNode = TextNode | RefNode | FocusNode;

/** A line of the text (split on `\n`, offsets exclude it) and what is drawn in it. */
export interface Line extends Span {
  nodes: HighlightNode[];
  /** The passages with a piece in this line (indices as in RefNode, a passage cut in several pieces may repeat). */
  refs: number[];
  /** Whether a piece of the focused range is in this line. */
  focus: boolean;
}

/** Outermost first; the focus wraps a passage of the same range so both show. */
function compareLayers(a: Layer, b: Layer): number {
  const bySpan = a.span.start - b.span.start || b.span.end - a.span.end;
  if (bySpan !== 0) return bySpan;
  if (a.kind === 'focus' || b.kind === 'focus') return (a.kind === 'focus' ? 0 : 1) - (b.kind === 'focus' ? 0 : 1);
  return compareNesting(a.ref, b.ref) || a.index - b.index;
}

/** Whether a focus range can be drawn on this text at all. */
export function focusFits(text: string, focus: Span | null): focus is Span {
  return focus !== null && Number.isInteger(focus.start) && Number.isInteger(focus.end) && focus.start >= 0 && focus.start < focus.end && focus.end <= text.length;
}

/**
 * The lines of `text` with `refs` (already checked against the text) drawn
 * as nested highlight pieces and `focus` as an extra wrapping layer.
 * Concatenating every text node of every line, lines joined by `\n`, gives
 * `text` back unchanged.
 */
export function buildLines(text: string, refs: readonly PassageRef[], focus: Span | null): Line[] {
  const layers: Layer[] = refs.map((ref, index) => ({ kind: 'ref', index, ref, span: ref.passage.position }));
  if (focusFits(text, focus)) layers.push({ kind: 'focus', span: { start: focus.start, end: focus.end } });

  const lines: Line[] = splitParagraphs(text).map(({ start, end }) => ({ start, end, nodes: [], refs: [], focus: false }));
  const segments = segmentSpans(text, layers, (l) => l.span, compareLayers, lineCuts(text));
  const started = new Set<Layer>();
  let lineIndex = 0;
  let stack: Array<{ layer: Layer; node: RefNode | FocusNode }> = [];

  for (const segment of segments) {
    if (segment.text === '\n') continue; // the break between two lines belongs to neither
    let line = lines[lineIndex];
    while (line && segment.start > line.end) {
      lineIndex += 1;
      line = lines[lineIndex];
      stack = []; // a new line opens fresh pieces
    }
    if (!line) break; // unreachable: every non-newline segment lies in a line

    // Keep the open pieces this segment still lies in; close the rest.
    let shared = 0;
    while (shared < stack.length && shared < segment.items.length && stack[shared]?.layer === segment.items[shared]) shared += 1;
    stack = stack.slice(0, shared);

    for (const layer of segment.items.slice(shared)) {
      const first = !started.has(layer);
      started.add(layer);
      const node: RefNode | FocusNode =
        layer.kind === 'ref'
          ? { type: 'ref', index: layer.index, ref: layer.ref, first, start: segment.start, children: [] }
          : { type: 'focus', first, start: segment.start, children: [] };
      (stack.at(-1)?.node.children ?? line.nodes).push(node);
      stack.push({ layer, node });
      if (layer.kind === 'ref') line.refs.push(layer.index);
      else line.focus = true;
    }
    (stack.at(-1)?.node.children ?? line.nodes).push({ type: 'text', start: segment.start, text: segment.text });
  }
  return lines;
}

/** The text a tree draws, for checks: lines joined by `\n`. */
export function linesText(lines: readonly Line[]): string {
  const flatten = (nodes: readonly HighlightNode[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.text : flatten(n.children))).join('');
  return lines.map((l) => flatten(l.nodes)).join('\n');
}
