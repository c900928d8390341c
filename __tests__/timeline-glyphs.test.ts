/** @jest-environment node */
import { dayNumber } from '@/lib/day';
import { ARROW_PX, MIN_BAR_PX, OPEN_STUB_PX, glyphFor } from '@/lib/timeline/glyphs';
import { createDayScale, type Direction } from '@/lib/timeline/scale';
import { tlEvent } from './helpers/timeline-fixture';

const may1 = dayNumber('2013-05-01');
/** May 2013 over 310 px: 10 px a day. */
const scale = (direction: Direction = 'ltr') => createDayScale([may1, may1 + 31], [0, 310], direction);
const day = (iso: string) => dayNumber(iso);

describe('glyphs by precision', () => {
  it('draws a day as a diamond mark centred on that day', () => {
    const g = glyphFor(tlEvent({ id: 'a', earliest: day('2013-05-14'), latest: day('2013-05-14') }), scale())!;
    expect(g.shape).toBe('diamond');
    expect(g.x + g.width / 2).toBeCloseTo(135);
    expect(g.opacityStops).toBeNull();
  });

  it.each(['week', 'month', 'season', 'year'] as const)('draws a %s as a bar from its first day to the end of its last', (precision) => {
    const g = glyphFor(tlEvent({ id: 'a', precision, earliest: day('2013-05-06'), latest: day('2013-05-12') }), scale())!;
    expect(g.shape).toBe('bar');
    expect(g.x).toBeCloseTo(50);
    expect(g.width).toBeCloseTo(70);
    expect(g.opacityStops).toBeNull();
  });

  it('keeps a bar visible however far you zoom out', () => {
    const far = createDayScale([may1 - 3650, may1 + 3650], [0, 400], 'ltr');
    const g = glyphFor(tlEvent({ id: 'a', precision: 'week', earliest: may1, latest: may1 + 6 }), far)!;
    expect(g.width).toBe(MIN_BAR_PX);
  });

  it('gives a vague interval soft ends', () => {
    const g = glyphFor(tlEvent({ id: 'a', precision: 'vague', earliest: may1, latest: may1 + 9 }), scale())!;
    const stops = g.opacityStops!;
    expect(stops[0]!.opacity).toBeLessThan(1);
    expect(stops.at(-1)!.opacity).toBeLessThan(1);
    expect(Math.max(...stops.map((s) => s.opacity))).toBe(1);
  });

  it('has no glyph for an event with no known date', () => {
    expect(glyphFor(tlEvent({ id: 'a', earliest: null, latest: null }), scale())).toBeNull();
  });
});

describe('open ends', () => {
  it('fades an open start out towards the past, from the known end', () => {
    const g = glyphFor(tlEvent({ id: 'a', precision: 'vague', earliest: null, latest: day('2013-05-15') }), scale())!;
    expect(g.openStart).toBe(true);
    expect(g.width).toBe(OPEN_STUB_PX);
    expect(g.x + g.width).toBeCloseTo(150);
    expect(g.opacityStops).toEqual([{ offset: 0, opacity: 0 }, { offset: 1, opacity: 1 }]);
  });

  it('fades an open end out towards the future', () => {
    const g = glyphFor(tlEvent({ id: 'a', earliest: day('2013-05-10'), latest: null }), scale())!;
    expect(g.openEnd).toBe(true);
    expect(g.x).toBeCloseTo(90);
    expect(g.opacityStops![0]!.opacity).toBe(1);
    expect(g.opacityStops![1]!.opacity).toBe(0);
  });

  it('mirrors in RTL: an open start fades out to the right', () => {
    const g = glyphFor(tlEvent({ id: 'a', earliest: null, latest: day('2013-05-15') }), scale('rtl'))!;
    expect(g.x).toBeCloseTo(160);
    expect(g.opacityStops![0]!.opacity).toBe(1);
    expect(g.opacityStops![1]!.opacity).toBe(0);
    expect(g.laterSide).toBe('left');
  });
});

describe('status and corroboration', () => {
  it('draws an expected event hollow and dashed', () => {
    const g = glyphFor(tlEvent({ id: 'a', status: 'expected' }), scale())!;
    expect(g.fill).toBe('hollow');
    expect(g.dash).not.toBeNull();
  });

  it('draws an occurred event solid and continuous', () => {
    const g = glyphFor(tlEvent({ id: 'a' }), scale())!;
    expect(g).toMatchObject({ fill: 'solid', dash: null, outline: 'single', arrow: null, badge: null });
  });

  it('puts an arrowhead at the later end of an ongoing event', () => {
    const ltr = glyphFor(tlEvent({ id: 'a', status: 'ongoing', precision: 'month', earliest: may1, latest: may1 + 9 }), scale())!;
    expect(ltr.arrow).toEqual({ x: 100, pointsRight: true });
    expect(ltr.extent[1]).toBeCloseTo(100 + ARROW_PX);
    const rtl = glyphFor(tlEvent({ id: 'a', status: 'ongoing', precision: 'month', earliest: may1, latest: may1 + 9 }), scale('rtl'))!;
    expect(rtl.arrow).toEqual({ x: 210, pointsRight: false });
    expect(rtl.extent[0]).toBeCloseTo(210 - ARROW_PX);
  });

  it('marks an event told by two sources with a double outline and a count badge', () => {
    const g = glyphFor(tlEvent({ id: 'a', sourceCount: 2 }), scale())!;
    expect(g.outline).toBe('double');
    expect(g.badge?.count).toBe(2);
    // The badge sits after the mark, inside the footprint used for layout.
    expect(g.badge!.cx).toBeGreaterThan(g.x + g.width);
    expect(g.extent[1]).toBeGreaterThan(g.badge!.cx);
    expect(g.extent[0]).toBeLessThan(g.x);
  });
});
