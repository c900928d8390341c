/** @jest-environment node */
import {
  decodeTimelineColumns,
  encodeTimelineColumns,
  OPEN_DAY,
  splitTimelineColumns,
  TEXT_KEYS,
  TEXT_PENDING,
} from '@/lib/columnar';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { recordsFromColumns } from '@/lib/timeline/records';
import { wordsOfColumns } from '@/lib/timeline/words';
import { toTimelineEvents } from '@/lib/timeline-model';
import { EVENTS, plainRecord, tlEvent } from './helpers/timeline-fixture';

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

  it('reads back the same records, one by one', () => {
    const many = Array.from({ length: 250 }, (_, i) => tlEvent({ id: `e${i}`, earliest: i, latest: i + 1 }));
    const records = recordsFromColumns(encodeTimelineColumns(many));
    expect(Array.from({ length: records.count }, (_, i) => plainRecord(records.at(i)))).toEqual(many);
  });

  it('refuses a payload with a missing column entry, saying which', () => {
    const columns = encodeTimelineColumns(EVENTS);
    columns.title.pop();
    expect(() => decodeTimelineColumns(columns)).toThrow(/title has 5 entries, expected 6/);
  });
});

describe('timeline columns sent as shape and words', () => {
  const timeline = toTimelineEvents(buildIndex(loadDataset('data')));
  const { shape, text } = JSON.parse(JSON.stringify(splitTimelineColumns(encodeTimelineColumns(timeline)))) as ReturnType<typeof splitTimelineColumns>;

  it('keeps no words in the shape, and every word in the text', () => {
    for (const key of TEXT_KEYS) {
      expect(shape).not.toHaveProperty(key);
      expect(text[key]).toHaveLength(timeline.length);
    }
    expect(text.count).toBe(shape.count);
  });

  it('decodes the shape with its words to the same records as before the split', () => {
    expect(decodeTimelineColumns(shape, text)).toEqual(timeline);
  });

  it('decodes the shape alone with pending words, which the same records read once the words come', () => {
    const records = recordsFromColumns(shape, null);
    const bare = Array.from({ length: records.count }, (_, i) => records.at(i));
    expect(bare.every((e) => e.title === TEXT_PENDING && e.titleAr === TEXT_PENDING && e.expression === TEXT_PENDING && e.edtf === TEXT_PENDING)).toBe(true);
    expect(bare.map(plainRecord).map(({ title: _t, titleAr: _a, expression: _x, edtf: _e, ...rest }) => rest)).toEqual(
      timeline.map(({ title: _t, titleAr: _a, expression: _x, edtf: _e, ...rest }) => rest),
    );
    const first = bare[0];
    records.setWords(wordsOfColumns(text));
    expect(bare.map(plainRecord)).toEqual(timeline);
    expect(bare[0]).toBe(first);
    // Spread or serialised, a record leaves its words out: they are read, not stored.
    expect(JSON.parse(JSON.stringify(bare[0]))).not.toHaveProperty('title');
  });

  it('refuses words for another timeline, saying why', () => {
    const records = recordsFromColumns(shape, null);
    const fewer = wordsOfColumns({ ...text, count: text.count - 1, title: text.title.slice(1), titleAr: text.titleAr.slice(1), expression: text.expression.slice(1), edtf: text.edtf.slice(1) });
    expect(() => records.setWords(fewer)).toThrow(/timeline text: \d+ events, but the timeline has \d+/);
    expect(() => wordsOfColumns({ ...text, title: text.title.slice(1) })).toThrow(/title has \d+ entries/);
    expect(() => decodeTimelineColumns(shape, { ...text, title: text.title.slice(1) })).toThrow(/title has \d+ entries/);
  });
});
