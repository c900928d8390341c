/** @jest-environment node */
/**
 * Record pages list at most RECORD_PAGE_LIST_LIMIT items: the shipped
 * dataset's pages stay whole, a busy actor of a 100,000-event dataset gets
 * the first events in date order and the count of all of them.
 */
import { boundedList, EVENTS_PAGE_LIST_LIMIT, RECORD_PAGE_LIST_LIMIT } from '@/app/_server/record-lists';
import { idsWithPages, staticRecordParams } from '@/app/_server/static-params';
import { recordPath } from '@/lib/record-paths';
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

describe('which records have a page of their own', () => {
  const index = buildIndex(loadDataset());
  const limit = process.env.ATHAR_STATIC_RECORD_PAGES;
  afterEach(() => {
    if (limit === undefined) delete process.env.ATHAR_STATIC_RECORD_PAGES;
    else process.env.ATHAR_STATIC_RECORD_PAGES = limit;
  });

  it('makes event pages in the order the /events list shows them (by date), so a cut list never links to a missing page', () => {
    process.env.ATHAR_STATIC_RECORD_PAGES = '5';
    const paged = staticRecordParams(index, 'event').map((p) => p.id);
    expect(paged).toEqual(index.eventsInOrder.slice(0, 5).map((e) => e.id));
    // The shipped data's order is not date order: its first five events are not the first five by date.
    expect(paged).not.toEqual(index.dataset.events.slice(0, 5).map((e) => e.id));
    const withPages = idsWithPages(index, 'event');
    expect(index.eventsInOrder.map((e) => recordPath('event', e.id, withPages.has(e.id))).slice(4, 6)).toEqual([
      `/events/${index.eventsInOrder[4]!.id}`,
      `/?event=${index.eventsInOrder[5]!.id}`,
    ]);
  });

  it('makes actor and source pages in the dataset\'s order, and every record has one within the bound', () => {
    process.env.ATHAR_STATIC_RECORD_PAGES = '3';
    expect(staticRecordParams(index, 'actor').map((p) => p.id)).toEqual(index.dataset.actors.slice(0, 3).map((a) => a.id));
    expect([...idsWithPages(index, 'source')]).toEqual(index.dataset.sources.slice(0, 3).map((s) => s.id));
    delete process.env.ATHAR_STATIC_RECORD_PAGES;
    expect(idsWithPages(index, 'event').size).toBe(index.eventsInOrder.length);
    expect(idsWithPages(index, 'actor').size).toBe(index.dataset.actors.length);
  });
});
