/**
 * Whether an element is near the view, for a canvas that need not repaint
 * while no one can see it (the timeline's, the canvas graph's).
 *
 * A selection made far from a canvas (in the actor list, below both) would
 * otherwise repaint it at once: at 100,000 events the two repaints and the
 * playback of their recordings were ~20–35 ms of the page's first selection
 * (a trace of the bench's flow). A canvas out of view paints its latest
 * picture as it comes within NEAR_VIEW_MARGIN of the view, before the page
 * prints, and when a caller about to read its pixels asks.
 */

/**
 * How near the view counts as in it: one turn of a mouse wheel (100 px in
 * Chromium, scrolled smoothly over several frames), so that a scroll finds
 * the canvas painted as it comes in. A jump further than this in one frame
 * (a link to a place below) may show the last picture for a frame.
 */
export const NEAR_VIEW_MARGIN = '100px 0px';

/** Dispatched on a canvas, it paints a held-back picture at once, before the caller reads the pixels. */
export const PAINT_NOW_EVENT = 'athar:paint-now';

/**
 * Calls `onChange` with whether `target` is within NEAR_VIEW_MARGIN of the
 * view, each time that changes (first when it is known), and `flush` before
 * the page prints or when PAINT_NOW_EVENT reaches `target`. Without an
 * IntersectionObserver (tests, old browsers) it never reports: the target
 * counts as near. Returns what stops it.
 */
export function watchNearView(target: Element, onChange: (near: boolean) => void, flush: () => void): () => void {
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver((entries) => onChange(entries[entries.length - 1]!.isIntersecting), { rootMargin: NEAR_VIEW_MARGIN });
  observer?.observe(target);
  target.addEventListener(PAINT_NOW_EVENT, flush);
  window.addEventListener('beforeprint', flush);
  return () => {
    observer?.disconnect();
    target.removeEventListener(PAINT_NOW_EVENT, flush);
    window.removeEventListener('beforeprint', flush);
  };
}
