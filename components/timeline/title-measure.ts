/**
 * The timeline's titles measured in the font the canvas draws them in.
 *
 * The lanes pack their rows with each title's width (lib/timeline/lanes).
 * The estimate there reads the UI font as narrower than this machine's
 * system font draws it: titles of 1,000 events ran up to 18 px past their
 * estimate (30 px in bold), eating the 8 px between a title and the next
 * glyph, so titles touched the next event. Measured here in bold, the
 * weight of a highlighted title (./paintTimeline), so a title fits its room
 * whichever way it is drawn; never narrower than the estimate, which a
 * narrower font then keeps as before.
 */
import { useSyncExternalStore } from 'react';
import { estimateTextWidth, type TextMeasure } from '@/lib/timeline/text';
import { readPalette } from './paintTimeline';

const measures = new Map<'ltr' | 'rtl', TextMeasure | null>();

/** A measure in the page's title font for this direction (the Arabic face for RTL titles), or null without a 2D canvas. */
function pageTitleMeasure(direction: 'ltr' | 'rtl'): TextMeasure | null {
  if (measures.has(direction)) return measures.get(direction)!;
  const ctx = document.createElement('canvas').getContext('2d');
  const palette = readPalette(document.documentElement);
  const family = direction === 'rtl' ? palette.fontArabic : palette.fontUi;
  const measure: TextMeasure | null = ctx
    ? (text, fontPx) => {
        ctx.font = `700 ${fontPx}px ${family}`;
        ctx.direction = direction;
        return Math.max(ctx.measureText(text).width, estimateTextWidth(text, fontPx));
      }
    : null;
  measures.set(direction, measure);
  return measure;
}

const unchanging = () => () => {};

/**
 * The title measure for the page, or undefined (the estimate) while
 * rendering on the server and hydrating, so the first client render
 * matches the server's; React renders again with the measure at once.
 */
export function useTitleMeasure(rtl: boolean): TextMeasure | undefined {
  return (
    useSyncExternalStore(
      unchanging,
      () => pageTitleMeasure(rtl ? 'rtl' : 'ltr'),
      () => null,
    ) ?? undefined
  );
}
