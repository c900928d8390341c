/** @jest-environment node */
import { dayNumber } from '@/lib/day';
import { createHitIndex, hitTargetsOf } from '@/lib/timeline/hit-test';
import { layoutLanes } from '@/lib/timeline/lanes';
import { createDayScale } from '@/lib/timeline/scale';
import { ACTORS, EVENTS, tlEvent } from './helpers/timeline-fixture';

const scale = createDayScale([dayNumber('2013-01-15'), dayNumber('2013-09-15')], [0, 1200], 'ltr');

describe('hit index', () => {
  const layout = layoutLanes(EVENTS, ACTORS, 'side', scale, { locale: 'en' });
  const index = createHitIndex(hitTargetsOf(layout));

  it('finds the event under any pixel of its glyph or title', () => {
    for (const item of layout.items) {
      const middle = (item.glyph.extent[0] + item.glyph.extent[1]) / 2;
      expect(index.at(middle, item.y)).toMatchObject({ kind: 'event', eventId: item.event.id });
      expect(index.at(item.x1 - 1, item.y + 5)).toMatchObject({ kind: 'event', eventId: item.event.id });
    }
  });

  it('finds a long bar from its far end, not only near its centre', () => {
    const season = layout.items.find((i) => i.glyph.shape === 'bar' && i.glyph.width > 60)!;
    expect(index.at(season.glyph.x + 2, season.y)).toMatchObject({ eventId: season.event.id });
  });

  it('finds nothing on empty plot', () => {
    const lane = layout.lanes[0]!;
    expect(index.at(-50, lane.rowsTop + 10)).toBeNull();
    expect(index.at(600, layout.height + 40)).toBeNull();
  });

  it('answers for the density bins of a crowded lane, with their days and counts', () => {
    const start = dayNumber('2013-01-01');
    const crowd = Array.from({ length: 3000 }, (_, i) => tlEvent({ id: `c${i}`, participants: ['obama'], lead: 'obama', earliest: start + (i % 300), latest: start + (i % 300) }));
    const far = layoutLanes(crowd, ACTORS, 'side', createDayScale([start, start + 400], [0, 1200], 'ltr'), { locale: 'en' });
    const bins = createHitIndex(hitTargetsOf(far));
    const bin = far.lanes[0]!.density!.bins[5]!;
    const hit = bins.at((bin.x0 + bin.x1) / 2, far.lanes[0]!.rowsTop + 14);
    expect(hit).toMatchObject({ kind: 'bin', count: bin.count, fromDay: bin.fromDay });
  });
});
