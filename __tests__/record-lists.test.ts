/** @jest-environment node */
/**
 * Record pages list at most RECORD_PAGE_LIST_LIMIT items: the shipped
 * dataset's pages stay whole, a busy actor of a 100,000-event dataset gets
 * the first events in date order and the count of all of them.
 */
import { boundedList, EVENTS_PAGE_LIST_LIMIT, RECORD_PAGE_LIST_LIMIT } from '@/app/_server/record-lists';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';

describe('boundedList', () => {
  it('keeps a list within the bound whole', () => {
    const items = ['a', 'b', 'c'];
    expect(boundedList(items, 3)).toEqual({ shown: items, total: 3 });
  });

  it('cuts a longer list to its first items and counts all of them', () => {
    const items = Array.from({ length: 25_000 }, (_, i) => `event-${i}`);
    const { shown, total } = boundedList(items);
    expect(total).toBe(25_000);
    expect(shown).toEqual(items.slice(0, RECORD_PAGE_LIST_LIMIT));
  });

  it('leaves every list of the shipped dataset whole', () => {
    const index = buildIndex(loadDataset());
    for (const events of index.eventsByActor.values()) expect(events.length).toBeLessThanOrEqual(RECORD_PAGE_LIST_LIMIT);
    expect(index.eventsInOrder.length).toBeLessThanOrEqual(EVENTS_PAGE_LIST_LIMIT);
  });
});
