/** @jest-environment node */
/**
 * The event list's date order (lib/timeline/date-order), read from the
 * records' day arrays without making a record: by first day, an open start
 * by its known end and before a closed event on that day, undated last,
 * ties by id.
 */
import { encodeTimelineColumns, splitTimelineColumns } from '@/lib/columnar';
import { dateOrder } from '@/lib/timeline/date-order';
import { recordsFromColumns, recordsOf } from '@/lib/timeline/records';
import { tlEvent } from './helpers/timeline-fixture';

const EVENTS = [
  tlEvent({ id: 'late', earliest: 15_900, latest: 15_900 }),
  tlEvent({ id: 'undated-b', earliest: null, latest: null }),
  tlEvent({ id: 'open-start', earliest: null, latest: 15_800 }),
  tlEvent({ id: 'closed-b', earliest: 15_800, latest: 15_801 }),
  tlEvent({ id: 'closed-a', earliest: 15_800, latest: 15_801 }),
  tlEvent({ id: 'open-end', earliest: 15_800, latest: null }),
  tlEvent({ id: 'short', earliest: 15_800, latest: 15_800 }),
  tlEvent({ id: 'undated-a', earliest: null, latest: null }),
  tlEvent({ id: 'first', earliest: 15_000, latest: 15_400 }),
];
const EXPECTED = ['first', 'open-start', 'short', 'closed-a', 'closed-b', 'open-end', 'late', 'undated-a', 'undated-b'];

describe('the event list\'s date order', () => {
  it('orders records at hand by day, open starts first on their day, undated last, ties by id', () => {
    const records = recordsOf(EVENTS);
    expect(Array.from(dateOrder(records), (i) => records.id(i))).toEqual(EXPECTED);
  });

  it('orders records read from columns the same, making none of them', () => {
    const records = recordsFromColumns(splitTimelineColumns(encodeTimelineColumns(EVENTS)).shape, null);
    expect(Array.from(dateOrder(records), (i) => records.id(i))).toEqual(EXPECTED);
    expect(records.made).toBe(0);
  });
});
