/** @jest-environment node */
import { decodeTimelineColumns, decodeTimelineColumnsInSlices, encodeTimelineColumns, OPEN_DAY } from '@/lib/columnar';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { toTimelineEvents } from '@/lib/timeline-model';
import { EVENTS, tlEvent } from './helpers/timeline-fixture';

describe('timeline columns', () => {
  it('round-trips every record of the shipped dataset exactly', () => {
    const timeline = toTimelineEvents(buildIndex(loadDataset('data')));
    const columns = JSON.parse(JSON.stringify(encodeTimelineColumns(timeline)));
    expect(decodeTimelineColumns(columns)).toEqual(timeline);
  });

  it('round-trips open ends, no lead, several sides and repeated actors', () => {
    const odd = [
      ...EVENTS,
      tlEvent({ id: 'open-both', earliest: null, latest: null, lead: '', participants: [], sides: [] }),
      tlEvent({ id: 'many', participants: ['kerry', 'wang', 'kerry-2'], lead: 'wang', sides: ['cn', 'us', 'media'], sourceCount: 3, dateFromContext: true }),
    ];
    expect(decodeTimelineColumns(encodeTimelineColumns(odd))).toEqual(odd);
  });

  it('sends each actor id and vocabulary word once, not once per event', () => {
    const many = Array.from({ length: 1000 }, (_, i) => tlEvent({ id: `e${i}`, participants: ['kerry', 'wang'], lead: 'kerry' }));
    const columns = encodeTimelineColumns(many);
    expect(columns.actors).toEqual(['kerry', 'wang']);
    expect(columns.types).toHaveLength(1);
    expect(JSON.stringify(columns).length).toBeLessThan(JSON.stringify(many).length / 2);
    expect(columns.earliest.includes(OPEN_DAY)).toBe(false);
  });

  it('decodes in slices, yielding between them, to the same records', async () => {
    const many = Array.from({ length: 250 }, (_, i) => tlEvent({ id: `e${i}`, earliest: i, latest: i + 1 }));
    const yieldBetween = jest.fn(() => Promise.resolve());
    const decoded = await decodeTimelineColumnsInSlices(encodeTimelineColumns(many), yieldBetween, 100);
    expect(decoded).toEqual(many);
    expect(yieldBetween).toHaveBeenCalledTimes(2);
  });

  it('refuses a payload with a missing column entry, saying which', () => {
    const columns = encodeTimelineColumns(EVENTS);
    columns.title.pop();
    expect(() => decodeTimelineColumns(columns)).toThrow(/title has 5 entries, expected 6/);
  });
});
