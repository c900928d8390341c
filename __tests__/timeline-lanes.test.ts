/** @jest-environment node */
import { dayNumber } from '@/lib/day';
import { groupIntoLanes, laneEvents, laneLabeller, layoutLanes, layoutPreparedLanes, packRows, prepareLanes, sortByAnchor, type LaneItem } from '@/lib/timeline/lanes';
import { encodeTimelineColumns, splitTimelineColumns } from '@/lib/columnar';
import { recordsFromColumns } from '@/lib/timeline/records';
import { createDayScale, type Direction } from '@/lib/timeline/scale';
import { RING_HALF_LINE_PX, RING_PAD_PX } from '@/lib/timeline/glyphs';
import { ACTORS, EVENTS, tlEvent } from './helpers/timeline-fixture';

const scale = (widthPx: number, direction: Direction = 'ltr') =>
  createDayScale([dayNumber('2013-01-15'), dayNumber('2013-09-15')], [0, widthPx], direction);

function overlapping(items: LaneItem[]): [string, string][] {
  const clashes: [string, string][] = [];
  for (const a of items) {
    for (const b of items) {
      if (a.key >= b.key || a.laneKey !== b.laneKey || a.row !== b.row) continue;
      if (a.x0 < b.x1 && b.x0 < a.x1) clashes.push([a.key, b.key]);
    }
  }
  return clashes;
}

describe('lanes by side', () => {
  it('has one lane per side with events, in the fixed side order', () => {
    const lanes = groupIntoLanes(EVENTS, ACTORS, 'side');
    expect(lanes.map((l) => l.side)).toEqual(['us', 'cn', 'media', 'companies']);
    expect(lanes[0]!.label).toEqual({ en: 'United States', ar: 'الولايات المتحدة' });
  });

  it('puts each event in its lead actor’s side lane only', () => {
    const lanes = groupIntoLanes(EVENTS, ACTORS, 'side');
    const laneOf = (id: string) => lanes.filter((l) => l.members.some((i) => EVENTS[i]!.id === id)).map((l) => l.side);
    expect(laneOf('kerry-visit')).toEqual(['us']);
    expect(laneOf('broadcast')).toEqual(['media']);
    expect(laneOf('hacking')).toEqual(['cn']);
  });
});

describe('prepareLanes', () => {
  const at = (id: string, from: string, to: string = from, lead = 'kerry') => tlEvent({ id, earliest: dayNumber(from), latest: dayNumber(to), lead, participants: [lead] });

  it('orders each lane by the middle of its events’ dates whatever order they come in, equal days keeping their order', () => {
    const events = [at('june', '2013-06-01'), at('may-a', '2013-05-10'), at('spring', '2013-03-01', '2013-07-31'), at('may-b', '2013-05-10'), at('jan', '2013-01-20')];
    const [us] = prepareLanes(events, ACTORS, 'side');
    // 'spring' is counted at its middle, mid-May, after the two events of 10 May.
    expect(laneEvents(us!).map((e) => e.id)).toEqual(['jan', 'may-a', 'may-b', 'spring', 'june']);
    expect([...us!.anchors]).toEqual([...us!.anchors].sort((a, b) => a - b));
    expect(us!.reachDays).toBeGreaterThan(60);
  });

  it('keeps events already in date order as they are, and leaves out the undated ones while counting them', () => {
    const events = [at('a', '2013-02-01'), tlEvent({ id: 'undated', earliest: null, latest: null }), at('b', '2013-02-01'), at('c', '2013-04-01')];
    const [us] = prepareLanes(events, ACTORS, 'side');
    expect(laneEvents(us!).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(us!.eventCount).toBe(4);
  });

  it('puts an event whose lead is not a known actor in the lane of its first side', () => {
    const lanes = groupIntoLanes([tlEvent({ id: 'x', lead: 'nobody', participants: [], sides: ['cn'] })], ACTORS, 'side');
    expect(lanes.map((l) => l.key)).toEqual(['side:cn']);
  });

  it('orders a lane across 1970, by half days, with open ends, ties in their order, from records and from columns alike', () => {
    // Days before 1970 are negative. A day is counted at its middle (31 Dec 1969 at -0.5), a two-day event at the
    // middle of both (-1), an open start at the end of its last day (-1 again: a tie, kept in input order).
    const events = [
      at('y2013', '2013-01-01'),
      at('y1969-b', '1969-12-31'),
      at('span', '1969-12-30', '1969-12-31'),
      at('y1969-c', '1969-12-31'),
      tlEvent({ id: 'open-start', earliest: null, latest: dayNumber('1969-12-30'), lead: 'kerry', participants: ['kerry'] }),
      at('y1950', '1950-06-01'),
      at('y1969-d', '1969-12-31'),
    ];
    const expected = ['y1950', 'span', 'open-start', 'y1969-b', 'y1969-c', 'y1969-d', 'y2013'];
    const [us] = prepareLanes(events, ACTORS, 'side');
    expect(laneEvents(us!).map((e) => e.id)).toEqual(expected);
    const [fromColumns] = prepareLanes(recordsFromColumns(splitTimelineColumns(encodeTimelineColumns(events)).shape, null), ACTORS, 'side');
    expect(laneEvents(fromColumns!).map((e) => e.id)).toEqual(expected);
    expect([...fromColumns!.anchors]).toEqual([...us!.anchors]);
  });

  it('sorts anchors that are not whole or half days as well, ties keeping their order', () => {
    const anchorAt = Float64Array.from([3.25, -1, 3.25, 0.1, -1]);
    const placeable = Int32Array.from([0, 1, 2, 3, 4]);
    expect([...Array.from(sortByAnchor(placeable, anchorAt))]).toEqual([1, 4, 3, 0, 2]);
    // Whole and half days take the packed keys; the result is the same stable order.
    const days = Float64Array.from([10.5, -3, 10.5, 2, -3, -7.5]);
    expect([...Array.from(sortByAnchor(Int32Array.from([0, 1, 2, 3, 4, 5]), days))]).toEqual([5, 1, 4, 3, 0, 2]);
    // A subset of the members: the result names members, not places in the subset.
    expect([...Array.from(sortByAnchor(Int32Array.from([5, 2, 1]), days))]).toEqual([5, 1, 2]);
  });
});

describe('lanes by actor', () => {
  it('repeats an event in the lane of each participant', () => {
    const lanes = groupIntoLanes(EVENTS, ACTORS, 'actor');
    const lanesOfVisit = lanes.filter((l) => l.members.some((i) => EVENTS[i]!.id === 'kerry-visit')).map((l) => l.actorId);
    expect(lanesOfVisit.sort()).toEqual(['kerry', 'wang']);
  });

  it('orders lanes by side, then by number of events, then by name', () => {
    const lanes = groupIntoLanes(EVENTS, ACTORS, 'actor');
    // Obama and Kerry both have two events: the name decides.
    expect(lanes.map((l) => l.actorId)).toEqual(['obama', 'kerry', 'wang', 'aljazeera', 'mandiant']);
    const more = groupIntoLanes([...EVENTS, tlEvent({ id: 'extra', participants: ['kerry'] })], ACTORS, 'actor');
    expect(more.map((l) => l.actorId).slice(0, 2)).toEqual(['kerry', 'obama']);
    expect(lanes[1]!.label).toEqual({ en: 'John Kerry', ar: 'كيري' });
  });

  it('still draws an actor missing from the actor list, in the neutral lane group', () => {
    const lanes = groupIntoLanes([tlEvent({ id: 'x', participants: ['ghost'], lead: 'ghost' })], ACTORS, 'actor');
    expect(lanes).toEqual([expect.objectContaining({ key: 'actor:ghost', side: 'other', label: { en: 'ghost', ar: 'ghost' } })]);
  });
});

describe('packRows', () => {
  it('stacks overlapping spans and reuses a row once it is free', () => {
    const { rows, rowCount } = packRows(
      [
        [0, 10],
        [5, 15],
        [12, 20],
        [30, 40],
      ],
      1,
    );
    expect(rows).toEqual([0, 1, 0, 0]);
    expect(rowCount).toBe(2);
  });

  it('keeps one row for an empty lane', () => {
    expect(packRows([], 4).rowCount).toBe(1);
  });
});

describe('layoutLanes', () => {
  const crowd = Array.from({ length: 12 }, (_, i) =>
    tlEvent({ id: `e${i}`, title: `Statement number ${i}`, earliest: dayNumber('2013-05-14') + (i % 3), latest: dayNumber('2013-05-14') + (i % 3) }),
  );

  it.each<[number, Direction, 'side' | 'actor']>([
    [390, 'ltr', 'side'],
    [390, 'rtl', 'actor'],
    [1280, 'ltr', 'actor'],
    [2560, 'rtl', 'side'],
  ])('never lets two items overlap in a row (%d px, %s, by %s)', (width, direction, mode) => {
    const layout = layoutLanes([...EVENTS, ...crowd], ACTORS, mode, scale(width, direction), { locale: direction === 'rtl' ? 'ar' : 'en' });
    expect(overlapping(layout.items)).toEqual([]);
  });

  it('uses more rows for a crowded day when zoomed out than when zoomed in', () => {
    const far = layoutLanes(crowd, ACTORS, 'side', scale(800), { locale: 'en' });
    const near = layoutLanes(crowd, ACTORS, 'side', createDayScale([dayNumber('2013-05-10'), dayNumber('2013-05-20')], [0, 2400], 'ltr'), { locale: 'en' });
    expect(far.lanes[0]!.rowCount).toBeGreaterThan(near.lanes[0]!.rowCount);
  });

  it('stacks lanes top to bottom and places each item inside its lane', () => {
    const layout = layoutLanes(EVENTS, ACTORS, 'side', scale(1000), { locale: 'en' });
    layout.lanes.forEach((lane, i) => {
      expect(lane.y).toBe(i === 0 ? 0 : layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    });
    for (const item of layout.items) {
      const lane = layout.lanes.find((l) => l.key === item.laneKey)!;
      expect(item.y).toBeGreaterThan(lane.rowsTop);
      expect(item.y).toBeLessThan(lane.y + lane.height);
    }
    expect(layout.height).toBe(layout.lanes.reduce((sum, l) => sum + l.height, 0));
  });

  it('leaves out an event with no known date but counts it in its lane', () => {
    const layout = layoutLanes(EVENTS, ACTORS, 'side', scale(1000), { locale: 'en' });
    expect(layout.items.some((i) => i.event.id === 'undated')).toBe(false);
    expect(layout.lanes.find((l) => l.side === 'us')!.eventCount).toBe(3);
  });

  it('puts titles after the glyph in reading order: right in LTR, left in RTL, in the locale’s language', () => {
    const ltr = layoutLanes(EVENTS, ACTORS, 'side', scale(1000), { locale: 'en' }).items.find((i) => i.event.id === 'report')!;
    const rtl = layoutLanes(EVENTS, ACTORS, 'side', scale(1000, 'rtl'), { locale: 'ar' }).items.find((i) => i.event.id === 'report')!;
    expect(ltr).toMatchObject({ label: 'Mandiant publishes its report', labelSide: 'right' });
    expect(ltr.labelX).toBeGreaterThan(ltr.glyph.extent[1]);
    expect(rtl).toMatchObject({ label: 'مانديانت تنشر تقريرها', labelSide: 'left' });
    expect(rtl.labelX).toBeLessThan(rtl.glyph.extent[0]);
  });

  it('starts every title clear of the ring a highlighted or selected glyph wears, in both directions', () => {
    // A ring's line reaches RING_PAD_PX + RING_HALF_LINE_PX past the glyph; the first letter keeps 2 px of air beyond it.
    const ringReach = RING_PAD_PX + RING_HALF_LINE_PX;
    for (const [locale, direction] of [['en', 'ltr'], ['ar', 'rtl']] as const) {
      const { items } = layoutLanes(EVENTS, ACTORS, 'side', scale(1000, direction), { locale });
      const titled = items.filter((i) => i.label !== '');
      expect(titled.length).toBeGreaterThan(3);
      for (const item of titled) {
        const air = item.labelSide === 'right' ? item.labelX - item.glyph.extent[1] : item.glyph.extent[0] - item.labelX;
        expect(air - ringReach).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('cuts a title only when its event is placed one by one, once per labeller', () => {
    const many = Array.from({ length: 400 }, (_, i) => tlEvent({ id: `m${i}`, earliest: dayNumber('2013-03-01') + (i % 90), latest: dayNumber('2013-03-01') + (i % 90) }));
    const prepared = prepareLanes(many, ACTORS, 'side');
    const cut = laneLabeller({ locale: 'en' });
    const labelOf = jest.fn(cut);
    const banded = layoutPreparedLanes(prepared, scale(800), { locale: 'en' }, labelOf);
    expect(banded.lanes[0]!.density).not.toBeNull();
    expect(labelOf).not.toHaveBeenCalled();
    const near = createDayScale([dayNumber('2013-03-10'), dayNumber('2013-03-12')], [0, 1200], 'ltr');
    const single = layoutPreparedLanes(prepared, near, { locale: 'en' }, labelOf);
    expect(single.items.length).toBeGreaterThan(0);
    expect(labelOf.mock.calls.length).toBeLessThan(many.length / 4);
    expect(single.items[0]!.label).toBe(single.items[0]!.event.title);
    expect(cut(single.items[0]!.event)).toBe(cut(single.items[0]!.event));
  });

  it('shortens long titles with an ellipsis', () => {
    const long = tlEvent({ id: 'long', title: 'A very long title '.repeat(10) });
    const [item] = layoutLanes([long], ACTORS, 'side', scale(1000), { locale: 'en', maxLabelPx: 100 }).items;
    expect(item!.label.endsWith('…')).toBe(true);
    expect(item!.x1 - item!.glyph.extent[1]).toBeLessThanOrEqual(110);
  });
});
