/** @jest-environment node */
/**
 * The timeline's events read from their columns (lib/timeline/records): the
 * fields the lanes and the fit read come from the columns, a record is made
 * only when one is asked for, and it is the same record every time, so the
 * lanes, labels and words written later all meet on it.
 */
import { encodeTimelineColumns, splitTimelineColumns, TEXT_PENDING } from '@/lib/columnar';
import { joinWords, wordsOfJoined } from '@/lib/timeline/words';
import { laneEvents, layoutPreparedLanes, prepareLanes } from '@/lib/timeline/lanes';
import { recordsFromColumns, recordsOf } from '@/lib/timeline/records';
import { createDayScale, dataExtent } from '@/lib/timeline/scale';
import { SIDES, sideOf } from '@/lib/timeline-model';
import { ACTORS, EVENTS, plainRecord, tlEvent } from './helpers/timeline-fixture';

const ODD = [
  ...EVENTS,
  tlEvent({ id: 'open-start', earliest: null, latest: 15_900, lead: '', participants: [], sides: ['media'] }),
  tlEvent({ id: 'no-days', earliest: null, latest: null, lead: 'wang', participants: ['wang', 'kerry'], sides: ['cn', 'us'] }),
];

describe('records read from columns', () => {
  const { shape } = splitTimelineColumns(encodeTimelineColumns(ODD));

  it('answers every field the lanes read as the records have it', () => {
    const records = recordsFromColumns(shape, null);
    const plain = recordsOf(ODD);
    for (let i = 0; i < ODD.length; i += 1) {
      for (const field of ['id', 'earliest', 'latest', 'lead', 'firstSide', 'participants'] as const) {
        expect([ODD[i]!.id, field, records[field](i)]).toEqual([ODD[i]!.id, field, plain[field](i)]);
      }
    }
    expect(records.made).toBe(0);
  });

  it('gives every event its side lane and its days in one pass, as the records read one by one do', () => {
    const sideById = new Map(ACTORS.map((a) => [a.id, sideOf(a)]));
    const records = recordsFromColumns(shape, null);
    const plain = recordsOf(ODD);
    const sides = [...records.laneSides(sideById)].map((code) => SIDES[code]);
    expect(sides).toEqual([...plain.laneSides(sideById)].map((code) => SIDES[code]));
    // 'open-start' has no lead but a first side; its lane is that side. The lead decides over the first side.
    expect(sides[ODD.findIndex((e) => e.id === 'open-start')]).toBe('media');
    expect(sides[ODD.findIndex((e) => e.id === 'no-days')]).toBe('cn');
    const noSide = recordsFromColumns(splitTimelineColumns(encodeTimelineColumns([tlEvent({ id: 'lost', lead: 'nobody', participants: [], sides: [] })])).shape, null);
    expect([...noSide.laneSides(sideById)].map((code) => SIDES[code])).toEqual(['other']);
    const days = records.days();
    expect(records.days()).toBe(days);
    const open = ODD.findIndex((e) => e.id === 'open-start');
    expect([days.earliest[open], days.latest[open]]).toEqual([NaN, 15_900]);
    expect([...days.latest]).toEqual([...plain.days().latest]);
    expect([...days.earliest]).toEqual(ODD.map((e) => e.earliest ?? NaN));
  });

  it('makes a record once, on first use, and gives the same object after', () => {
    const records = recordsFromColumns(shape, null);
    const first = records.at(2);
    expect(records.at(2)).toBe(first);
    expect(records.made).toBe(1);
    expect(plainRecord(first)).toEqual({ ...ODD[2], title: TEXT_PENDING, titleAr: TEXT_PENDING, expression: TEXT_PENDING, edtf: TEXT_PENDING });
    expect(() => records.at(ODD.length)).toThrow(/no event at 8 \(there are 8\)/);
  });

  it('lays out the same lanes and the same extent as the records themselves, making no record for a density band', () => {
    const crowd = Array.from({ length: 2000 }, (_, i) => tlEvent({ id: `c${i}`, earliest: 15_700 + (i % 300), latest: 15_700 + (i % 300) }));
    const all = [...ODD, ...crowd];
    const records = recordsFromColumns(splitTimelineColumns(encodeTimelineColumns(all)).shape, null);
    expect(dataExtent(records)).toEqual(dataExtent(all));
    for (const mode of ['side', 'actor'] as const) {
      const fromColumns = prepareLanes(records, ACTORS, mode);
      const fromRecords = prepareLanes(all, ACTORS, mode);
      expect(fromColumns.map((l) => [l.key, l.eventCount, [...l.order], [...l.anchors], l.reachDays])).toEqual(
        fromRecords.map((l) => [l.key, l.eventCount, [...l.order], [...l.anchors], l.reachDays]),
      );
    }
    const far = createDayScale([15_600, 16_100], [0, 900], 'ltr');
    const layout = layoutPreparedLanes(prepareLanes(records, ACTORS, 'side'), far, { locale: 'en' });
    expect(layout.lanes.some((l) => l.density !== null)).toBe(true);
    // Only the events drawn one by one (the other lanes' few) were made.
    expect(records.made).toBe(layout.items.length);
    expect(records.made).toBeLessThan(20);
  });

  it('lets the words that come later reach the records the lanes already hold', () => {
    const { shape: bare, text } = splitTimelineColumns(encodeTimelineColumns(ODD));
    const records = recordsFromColumns(bare, null);
    const [lane] = prepareLanes(records, ACTORS, 'side');
    const early = laneEvents(lane!)[0]!;
    const events = Array.from({ length: records.count }, (_, i) => records.at(i));
    expect(events).toContain(early);
    records.setWords(wordsOfJoined(joinWords(text)));
    expect(events.map(plainRecord)).toEqual(ODD);
    expect(early.title).toBe(ODD.find((e) => e.id === early.id)!.title);
  });

  it('refuses columns with a missing entry before making anything, saying which', () => {
    const columns = encodeTimelineColumns(EVENTS);
    columns.lead.pop();
    expect(() => recordsFromColumns(columns)).toThrow(/lead has 5 entries, expected 6/);
  });
});
