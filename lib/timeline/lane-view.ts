/**
 * How tall the timeline's window onto its lanes is, and how far the lanes
 * scroll in it.
 *
 * The lanes' height follows the zoom: zoomed out, a crowded lane is one
 * density band; zoomed in, its events stack in rows of their own. At 1,000
 * synthetic events the lanes were 1,024 px tall fitted and 3,072 px after a
 * few turns of the wheel, and the timeline grew with them, pushing the graph
 * and everything under it two thousand pixels down the page in the middle of
 * a gesture. So the window is at most LANES_VIEW_PX, taller lanes scroll in
 * it (its scrollbar, the ↑/↓ and Page keys), and it never shrinks while the
 * same lanes are shown: zooming back out leaves the frame where it was
 * rather than pulling the page up under the reader.
 */

/** The tallest the lanes' window gets; with the axis and brush it fits a laptop screen beside the page's header. */
export const LANES_VIEW_PX = 720;

export interface LanesView {
  /** The window's height, px. */
  height: number;
  /** How far the lanes can scroll under it (0 when they fit). */
  maxScroll: number;
}

/**
 * The window for lanes `lanesHeight` px tall, when the same lanes have
 * already had a window `keptHeight` px tall (0 for new lanes).
 */
export function lanesViewOf(lanesHeight: number, keptHeight: number, maxHeight = LANES_VIEW_PX): LanesView {
  const height = Math.max(Math.min(Math.max(lanesHeight, 0), maxHeight), Math.min(Math.max(keptHeight, 0), maxHeight));
  return { height, maxScroll: Math.max(0, lanesHeight - height) };
}
