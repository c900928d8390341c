/**
 * From a DOM selection in the article to UTF-16 offsets of the raw text.
 *
 * The article element holds the raw text and nothing else (highlights are
 * spans around runs of it; no labels, no line numbers), so the offset of a
 * selection boundary is the length of the text from the start of the
 * element to that boundary. `Range#toString` gives exactly that text — the
 * Text nodes' data, whatever the CSS or the bidi reordering on screen — so
 * it is measured with a range instead of walking nodes by hand, which also
 * handles boundaries given as (element, child index) rather than inside a
 * Text node. A selection reaching outside the article is clipped to it.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** The offset of the boundary point (node, offset) in the text of `root`. */
export function offsetIn(root: Node, node: Node, offset: number): number {
  const range = (root.ownerDocument ?? document).createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Where a boundary point lies against `root`: -1 before it, 0 inside, 1 after. */
function placeOf(root: Node, node: Node, offset: number): -1 | 0 | 1 {
  if (root === node || root.contains(node)) return 0;
  const range = (root.ownerDocument ?? document).createRange();
  range.selectNodeContents(root);
  return range.comparePoint(node, offset) < 0 ? -1 : 1;
}

/**
 * The span of `range` within `root`, clipped to it; null when the range is
 * collapsed or does not touch the article.
 */
export function rangeSpan(root: Node, range: Range): TextSpan | null {
  if (range.collapsed) return null;
  const length = (root.textContent ?? '').length;
  const startPlace = placeOf(root, range.startContainer, range.startOffset);
  const endPlace = placeOf(root, range.endContainer, range.endOffset);
  if (startPlace === 1 || endPlace === -1) return null;
  const start = startPlace === -1 ? 0 : offsetIn(root, range.startContainer, range.startOffset);
  const end = endPlace === 1 ? length : offsetIn(root, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/** The current selection's span in `root`, or null (nothing selected there). */
export function selectionSpan(root: Node, selection: Selection | null): TextSpan | null {
  if (selection === null || selection.rangeCount === 0) return null;
  return rangeSpan(root, selection.getRangeAt(0));
}

/**
 * The span without the white space at its ends: a double-click in Chromium
 * selects the word and the space after it, and a passage never starts or
 * ends with a space in the data.
 */
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}
