/** @jest-environment node */
/**
 * Titles near the plot's edge (lib/timeline/label-fit, used by the lane
 * layout): never cut by the edge, moved to the glyph's other side when they
 * fit there, else shortened with an ellipsis.
 */
import { fitLabel } from '@/lib/timeline/label-fit';
import { estimateTextWidth, truncateToWidth } from '@/lib/timeline/text';
import { layoutLanes } from '@/lib/timeline/lanes';
import { createDayScale } from '@/lib/timeline/scale';
import { dayNumber } from '@/lib/day';
import { ACTORS, tlEvent } from './helpers/timeline-fixture';

const PLOT: [number, number] = [0, 800];
const GAP = 5;
const title = 'Kerry meets Wang Yi in Beijing';
const width = estimateTextWidth(title, 12) + GAP;

describe('fitLabel', () => {
  it('leaves a title that fits after its glyph where it is', () => {
    expect(fitLabel(title, width, 'right', [100, 110], PLOT, 12, GAP)).toEqual({ text: title, widthPx: width, side: 'right' });
  });

  it('moves a title the right edge would cut to the left of its glyph', () => {
    expect(fitLabel(title, width, 'right', [780, 790], PLOT, 12, GAP)).toEqual({ text: title, widthPx: width, side: 'left' });
    // And in a right-to-left plot, one the left edge would cut to the right.
    expect(fitLabel(title, width, 'left', [10, 20], PLOT, 12, GAP)).toEqual({ text: title, widthPx: width, side: 'right' });
  });

  it('shortens a title that fits on neither side to the roomier one, inside the plot', () => {
    // A bar across most of a narrow plot: 60 px before it, 40 after.
    const fitted = fitLabel(title, width, 'right', [60, 160], [0, 200], 12, GAP);
    expect(fitted.side).toBe('left');
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(title.startsWith(fitted.text.slice(0, -1))).toBe(true);
    expect(fitted.widthPx).toBeLessThanOrEqual(60);
  });

  it('leaves out a title where not a letter fits, and leaves glyphs outside the plot alone', () => {
    expect(fitLabel(title, width, 'right', [2, 798], PLOT, 12, GAP)).toEqual({ text: '', widthPx: 0, side: 'right' });
    expect(fitLabel(title, width, 'right', [-200, -150], PLOT, 12, GAP)).toEqual({ text: title, widthPx: width, side: 'right' });
  });
});

describe('the lane layout near the edge of the view', () => {
  it('writes the title of an event at the end of the view inside the plot, on the left of its glyph', () => {
    const events = [
      tlEvent({ id: 'early', title: 'Early event in the view', earliest: dayNumber('2013-03-02'), latest: dayNumber('2013-03-02') }),
      tlEvent({ id: 'late', title: 'Kerry meets Wang Yi', earliest: dayNumber('2013-03-30'), latest: dayNumber('2013-03-30') }),
    ];
    const scale = createDayScale([dayNumber('2013-03-01'), dayNumber('2013-03-31')], PLOT, 'ltr');
    const { items } = layoutLanes(events, ACTORS, 'side', scale, { locale: 'en' });
    const late = items.find((i) => i.event.id === 'late')!;
    const early = items.find((i) => i.event.id === 'early')!;
    expect(late.label).toBe('Kerry meets Wang Yi');
    expect(late.labelSide).toBe('left');
    expect(late.x0).toBeGreaterThanOrEqual(0);
    expect(late.x1).toBeLessThanOrEqual(800);
    expect(early.labelSide).toBe('right');
  });
});

describe('titles measured in the font the page draws them in', () => {
  /** A font 30% wider than the estimate: this machine's UI font drew 1,000 events' titles up to 18 px past it, 30 px in bold. */
  const wide = (text: string, fontPx: number) => 1.3 * estimateTextWidth(text, fontPx);

  it('shortens a title by the measure it is given, and keeps the estimate without one', () => {
    const long = 'National Security Council of the United States warns the Ministry of State Security';
    const estimated = truncateToWidth(long, 180, 12);
    const measured = truncateToWidth(long, 180, 12, wide);
    expect(estimateTextWidth(estimated, 12)).toBeLessThanOrEqual(180);
    expect(wide(measured, 12)).toBeLessThanOrEqual(180);
    expect(measured.length).toBeLessThan(estimated.length);
    // The longest start that fits: one more letter would not.
    const kept = measured.slice(0, -1);
    expect(wide(`${long.slice(0, kept.length + 1)}…`, 12)).toBeGreaterThan(180);
    expect(truncateToWidth(title, 400, 12, wide)).toBe(title);
  });

  it('packs each row with the measured widths, so no title runs into the next glyph', () => {
    // A title every two days in one lane: 30 px apart at this scale, so titles share rows only where they fit.
    const events = Array.from({ length: 12 }, (_, i) =>
      tlEvent({ id: `e${i}`, title: `Kerry and Wang Yi meet again ${i}`, earliest: dayNumber('2013-03-01') + 2 * i, latest: dayNumber('2013-03-01') + 2 * i }),
    );
    const scale = createDayScale([dayNumber('2013-02-25'), dayNumber('2013-04-10')], [0, 1400], 'ltr');
    const gap = 8;
    const clearOfNext = (measure?: (text: string, fontPx: number) => number) => {
      const { items } = layoutLanes(events, ACTORS, 'side', scale, { locale: 'en', itemGapPx: gap, measureText: measure });
      // Where each title really ends, in the page's font, against where the next item in its row starts.
      return items.every((item) => items.every((next) => next.row !== item.row || next.x0 <= item.x0 || next.x0 >= item.labelX + wide(item.label, 12) + gap));
    };
    expect(clearOfNext(wide)).toBe(true);
    expect(clearOfNext()).toBe(false);
  });
});
