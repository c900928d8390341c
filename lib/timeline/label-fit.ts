/**
 * Where an event's title goes when the plot's edge would cut it.
 *
 * A title is written after its glyph, on the later side. An event near the
 * end of the view (in a briefing, the days after a step's period) had its
 * title cut by the plot's edge mid-word, "② E" and "Wan" on the screen an
 * audience was reading. Now a title that would run past the edge goes on the
 * glyph's other side when it fits there whole; when it fits on neither, it
 * is shortened with an ellipsis to the side with more room, or left out
 * where not even a letter fits. Pure, in screen pixels, so the rows are
 * packed with the title where it will be drawn.
 */
import { estimateTextWidth, truncateToWidth, type TextMeasure } from './text';

export interface PlacedLabel {
  text: string;
  /** Width with the gap to the glyph, px; 0 for no title. */
  widthPx: number;
  side: 'left' | 'right';
}

/**
 * The title of a glyph spanning `extent` (screen px), first offered on
 * `side`, inside a plot spanning `plot` ([left, right] px). `widthPx`
 * includes `gapPx`. A glyph wholly outside the plot keeps its title as it
 * is: only a title reaching in from it is drawn. A shortened title is
 * measured by `measure`, as the offered width was.
 */
export function fitLabel(
  text: string,
  widthPx: number,
  side: 'left' | 'right',
  extent: readonly [number, number],
  plot: readonly [number, number],
  fontPx: number,
  gapPx: number,
  measure: TextMeasure = estimateTextWidth,
): PlacedLabel {
  const [g0, g1] = extent;
  const [left, right] = plot;
  if (!text || g1 < left || g0 > right) return { text, widthPx, side };
  const room = (s: 'left' | 'right') => (s === 'right' ? right - g1 : g0 - left);
  if (widthPx <= room(side)) return { text, widthPx, side };
  const other = side === 'right' ? 'left' : 'right';
  if (widthPx <= room(other)) return { text, widthPx, side: other };
  const roomier = room(side) >= room(other) ? side : other;
  const shortened = truncateToWidth(text, room(roomier) - gapPx, fontPx, measure);
  return { text: shortened, widthPx: shortened ? measure(shortened, fontPx) + gapPx : 0, side: roomier };
}
