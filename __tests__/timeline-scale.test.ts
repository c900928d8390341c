/** @jest-environment node */
import { dayNumber } from '@/lib/day';
import {
  MAX_SPAN_DAYS,
  MIN_SPAN_DAYS,
  createDayScale,
  domainAfterScreenGesture,
  fitDomain,
  panDomain,
  pixelsOfWindow,
  windowFromPixels,
  zoomDomain,
} from '@/lib/timeline/scale';

const may1 = dayNumber('2013-05-01');
const may31 = dayNumber('2013-05-31');
const span = (d: readonly [number, number]) => d[1] - d[0];

describe('createDayScale', () => {
  it('puts later dates to the right in LTR', () => {
    const scale = createDayScale([may1, may1 + 30], [0, 300], 'ltr');
    expect(scale.x(may1)).toBe(0);
    expect(scale.x(may1 + 30)).toBe(300);
    expect(scale.x(may1 + 20)).toBeGreaterThan(scale.x(may1 + 10));
  });

  it('puts later dates to the left in RTL', () => {
    const scale = createDayScale([may1, may1 + 30], [0, 300], 'rtl');
    expect(scale.x(may1)).toBe(300);
    expect(scale.x(may1 + 30)).toBe(0);
    expect(scale.x(may1 + 20)).toBeLessThan(scale.x(may1 + 10));
    expect(scale.day(scale.x(may1 + 12))).toBeCloseTo(may1 + 12);
    expect(scale.pxPerDay).toBe(10);
  });
});

describe('zoomDomain', () => {
  it('zooms in around the given day, which keeps its place', () => {
    const domain = [may1, may1 + 40] as const;
    const zoomed = zoomDomain(domain, 2, may1 + 10);
    expect(span(zoomed)).toBe(20);
    // may1+10 was a quarter of the way across and still is.
    expect((may1 + 10 - zoomed[0]) / span(zoomed)).toBeCloseTo(0.25);
  });

  it('never zooms closer than three days nor further than twenty years', () => {
    expect(span(zoomDomain([may1, may1 + 10], 100, may1 + 5))).toBe(MIN_SPAN_DAYS);
    expect(span(zoomDomain([may1, may1 + 3000], 0.01, may1))).toBe(MAX_SPAN_DAYS);
    expect(MAX_SPAN_DAYS).toBeCloseTo(7305);
  });

  it('ignores a nonsensical factor', () => {
    expect(zoomDomain([1, 11], 0, 5)).toEqual([1, 11]);
    expect(zoomDomain([1, 11], Number.NaN, 5)).toEqual([1, 11]);
  });
});

describe('panDomain and screen gestures', () => {
  it('pans by days', () => {
    expect(panDomain([10, 20], 5)).toEqual([15, 25]);
  });

  it('dragging right shows earlier days in LTR and later days in RTL', () => {
    const ltr = createDayScale([100, 200], [0, 500], 'ltr');
    const rtl = createDayScale([100, 200], [0, 500], 'rtl');
    expect(domainAfterScreenGesture(ltr, 1, 50)[0]).toBeCloseTo(90);
    expect(domainAfterScreenGesture(rtl, 1, 50)[0]).toBeCloseTo(110);
  });

  it('a wheel step keeps the day under the pointer in place', () => {
    const scale = createDayScale([100, 200], [0, 500], 'rtl');
    const pointer = 125;
    const dayUnder = scale.day(pointer);
    // d3-zoom scaling by 2 about the pointer: p -> 2p - pointer.
    const next = createDayScale(domainAfterScreenGesture(scale, 2, -pointer), [0, 500], 'rtl');
    expect(span(next.domain)).toBeCloseTo(50);
    expect(next.day(pointer)).toBeCloseTo(dayUnder);
  });

  it('a gesture past the zoom limit stops at the limit around the pointer', () => {
    const scale = createDayScale([100, 110], [0, 500], 'ltr');
    const next = domainAfterScreenGesture(scale, 100, -99 * 100);
    expect(span(next)).toBeCloseTo(MIN_SPAN_DAYS);
    expect(createDayScale(next, [0, 500], 'ltr').day(100)).toBeCloseTo(scale.day(100));
  });
});

describe('fitDomain', () => {
  const ev = (earliest: number | null, latest: number | null) => ({ earliest, latest });

  it('covers every event with padding', () => {
    const domain = fitDomain([ev(may1, may1), ev(may31, may31)])!;
    expect(domain[0]).toBeLessThan(may1);
    expect(domain[1]).toBeGreaterThan(may31 + 1);
  });

  it('leaves room for a faded open start at the edge', () => {
    const closed = fitDomain([ev(may1, may1), ev(may31, may31)])!;
    const open = fitDomain([ev(null, may1 - 1), ev(may31, may31)])!;
    expect(open[0]).toBeLessThan(closed[0]);
    expect(open[1]).toBeCloseTo(closed[1]);
  });

  it('leaves room after the last event for its title when asked', () => {
    const plain = fitDomain([ev(may1, may1), ev(may31, may31)])!;
    const roomy = fitDomain([ev(may1, may1), ev(may31, may31)], undefined, 0.25)!;
    expect(roomy[0]).toBeCloseTo(plain[0]);
    expect(roomy[1] - (may31 + 1)).toBeCloseTo(0.3 * 31);
  });

  it('shows at least three days around a single day', () => {
    const domain = fitDomain([ev(may1, may1)])!;
    expect(span(domain)).toBe(MIN_SPAN_DAYS);
    expect(domain[0]).toBeLessThan(may1);
    expect(domain[1]).toBeGreaterThan(may1 + 1);
  });

  it('shows at most twenty years', () => {
    expect(span(fitDomain([ev(0, 0), ev(20000, 20000)])!)).toBe(MAX_SPAN_DAYS);
  });

  it('is null when nothing can be placed', () => {
    expect(fitDomain([])).toBeNull();
    expect(fitDomain([ev(null, null)])).toBeNull();
  });
});

describe('brushed windows', () => {
  const scale = createDayScale([may1, may1 + 10], [0, 100], 'rtl');

  it('turns a brushed pixel span into the whole days it touches', () => {
    // RTL: pixels 15..35 are days may1+6.5 .. may1+8.5.
    expect(windowFromPixels(scale, 15, 35)).toEqual({ from: '2013-05-07', to: '2013-05-09' });
  });

  it('draws a window back where it was brushed, open ends reaching the edge', () => {
    const [left, right] = pixelsOfWindow(scale, { from: '2013-05-07', to: '2013-05-09' })!;
    expect(left).toBeCloseTo(10);
    expect(right).toBeCloseTo(40);
    const [openLeft] = pixelsOfWindow(scale, { from: '2013-05-07', to: null })!;
    expect(openLeft).toBeCloseTo(0);
    expect(pixelsOfWindow(scale, { from: '2014-01-01', to: null })).toBeNull();
    expect(pixelsOfWindow(scale, { from: 'nonsense', to: null })).toBeNull();
  });
});
