/** @jest-environment node */
import { dayNumber } from '@/lib/day';
import { BIN_PX, binLaneDensity, formatCount, lowerBound, placeCountLabels, visibleRange, type DensityBin } from '@/lib/timeline/density';
import { estimateTextWidth } from '@/lib/timeline/text';
import { layoutLanes } from '@/lib/timeline/lanes';
import { createDayScale } from '@/lib/timeline/scale';
import { ACTORS, tlEvent } from './helpers/timeline-fixture';

const start = dayNumber('2013-01-01');
/** A crowded lane: `n` one-day events of Obama's, `perDay` on each day from 1 January 2013. */
const crowd = (n: number, perDay = 10) =>
  Array.from({ length: n }, (_, i) => tlEvent({ id: `c${i}`, participants: ['obama'], lead: 'obama', earliest: start + Math.floor(i / perDay), latest: start + Math.floor(i / perDay) }));

describe('binLaneDensity', () => {
  const scale = createDayScale([start, start + 100], [0, 1000], 'ltr');
  const anchors = Float64Array.from([1, 1.5, 2, 50, 50.2, 99].map((d) => start + d));

  it('counts every event in view exactly once, in bins of a few pixels, left to right', () => {
    const bins = binLaneDensity(anchors, 0, anchors.length, scale);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(anchors.length);
    for (const b of bins) expect(b.x1 - b.x0).toBeCloseTo(BIN_PX);
    expect(bins.map((b) => b.x0)).toEqual([...bins.map((b) => b.x0)].sort((a, b) => a - b));
    // The three events of days 1–2 share one or two bins, far from the two of day 50.
    expect(bins[0]!.x0).toBeLessThan(30);
    expect(bins.at(-1)!.x1).toBeGreaterThan(980);
  });

  it('moves the bins with the data when panning instead of cutting them anew', () => {
    const panned = createDayScale([start + 10, start + 110], [0, 1000], 'ltr');
    const a = binLaneDensity(anchors, 3, 5, scale);
    const b = binLaneDensity(anchors, 3, 5, panned);
    expect(b.map((bin) => bin.count)).toEqual(a.map((bin) => bin.count));
    expect(b[0]!.x0).toBeCloseTo(a[0]!.x0 - 100);
  });

  it('puts later bins on the left in right-to-left time', () => {
    const rtl = createDayScale([start, start + 100], [0, 1000], 'rtl');
    const bins = binLaneDensity(anchors, 0, anchors.length, rtl);
    expect(bins[0]!.fromDay).toBeGreaterThan(bins.at(-1)!.fromDay);
  });
});

describe('visibleRange and lowerBound', () => {
  it('finds the events in view, widened by how far an event may reach', () => {
    const anchors = Float64Array.from([0, 10, 20, 30, 40]);
    expect(lowerBound(anchors, 15)).toBe(2);
    const scale = createDayScale([12, 31], [0, 100], 'ltr');
    expect(visibleRange(anchors, scale, 0)).toEqual([2, 4]);
    expect(visibleRange(anchors, scale, 5)).toEqual([1, 4]);
  });
});

describe('placeCountLabels', () => {
  const bin = (x0: number, count: number): DensityBin => ({ x0, x1: x0 + 6, fromDay: x0, toDay: x0 + 1, count });

  it('never lets two count labels overlap, and merges narrow bins into one labelled run', () => {
    const bins = Array.from({ length: 60 }, (_, i) => bin(i * 6, 100 + i));
    const labels = placeCountLabels(bins, 10);
    expect(labels.length).toBeGreaterThan(3);
    for (let i = 1; i < labels.length; i += 1) {
      const prev = labels[i - 1]!;
      const next = labels[i]!;
      expect(prev.x + estimateTextWidth(prev.text, 10) / 2).toBeLessThan(next.x - estimateTextWidth(next.text, 10) / 2);
    }
    // Each label is the total of the bins it covers.
    for (const label of labels) {
      const [a, b] = label.bins;
      const total = bins.slice(a, b + 1).reduce((sum, x) => sum + x.count, 0);
      expect(label.text).toBe(formatCount(total));
    }
  });

  it('keeps a font size between two counts, so neighbours never read as one number', () => {
    // Bins 3 px apart, merged into runs of three-digit counts: at 6 px apart their labels looked like "461311" at 100,000 events.
    const bins = Array.from({ length: 40 }, (_, i) => bin(i * 9, 90 + (i % 5)));
    const labels = placeCountLabels(bins, 10);
    expect(labels.length).toBeGreaterThan(3);
    for (let i = 1; i < labels.length; i += 1) {
      const prev = labels[i - 1]!;
      const next = labels[i]!;
      expect(next.x - estimateTextWidth(next.text, 10) / 2 - (prev.x + estimateTextWidth(prev.text, 10) / 2)).toBeGreaterThanOrEqual(10);
    }
  });

  it('does not merge across an empty stretch', () => {
    const labels = placeCountLabels([bin(0, 3), bin(200, 4)], 10);
    expect(labels.map((l) => l.text)).toEqual(['3', '4']);
  });

  it('writes big counts short', () => {
    expect([7, 999, 1234, 12_345, 120_000].map(formatCount)).toEqual(['7', '999', '1.2k', '12k', '120k']);
  });
});

describe('layoutLanes at scale', () => {
  const events = crowd(5000);
  const year = createDayScale([start, start + 500], [0, 1200], 'ltr');

  it('draws a crowded lane as a density band with counts instead of thousands of glyphs', () => {
    const layout = layoutLanes(events, ACTORS, 'side', year, { locale: 'en' });
    expect(layout.items).toHaveLength(0);
    const lane = layout.lanes[0]!;
    expect(lane.density!.inView).toBe(5000);
    expect(lane.density!.bins.reduce((sum, b) => sum + b.count, 0)).toBe(5000);
    expect(lane.rowCount).toBe(1);
    expect(lane.density!.labels.length).toBeGreaterThan(0);
  });

  it('resolves into single events, without overlap, once few enough are in view', () => {
    const week = createDayScale([start + 100, start + 107], [0, 1200], 'ltr');
    const layout = layoutLanes(events, ACTORS, 'side', week, { locale: 'en' });
    expect(layout.lanes[0]!.density).toBeNull();
    const ids = new Set(layout.items.map((i) => i.event.id));
    // Every event of the days in view is drawn (and some just outside, whose titles reach in).
    for (let day = 100; day < 107; day += 1) for (let k = 0; k < 10; k += 1) expect(ids.has(`c${day * 10 + k}`)).toBe(true);
    expect(layout.items.length).toBeLessThanOrEqual(150);
    for (const a of layout.items) for (const b of layout.items) if (a !== b && a.row === b.row) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
  });

  it('keeps a small lane drawn event by event at any zoom', () => {
    const layout = layoutLanes(crowd(40), ACTORS, 'side', year, { locale: 'en' });
    expect(layout.lanes[0]!.density).toBeNull();
    expect(layout.items).toHaveLength(40);
  });
});
