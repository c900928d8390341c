/** @jest-environment node */
/**
 * The exchange files written a record at a time must be the very bytes the
 * whole-document serialisers wrote: JSON.stringify of the whole document
 * (keys sorted for the canonical JSON), CSV rows joined. Checked on the
 * shipped dataset and on a synthetic one of a few thousand events, against
 * references written the straightforward way here.
 */
import { buildIndex, type DatasetIndex } from '@/lib/query';
import { loadDataset } from '@/lib/load';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';
import { EXCHANGE_FORMATS, type FormatId } from '@/lib/exchange';
import { jsonChunks, sortedKeysDeep } from '@/lib/exchange/json-chunks';
import { cytoscapeDocument } from '@/lib/exchange/cytoscape-json';
import { EVENT_CSV_COLUMNS, eventRow } from '@/lib/exchange/events-csv';
import { writeCsv } from '@/lib/exchange/csv';
import { serializeGexf } from '@/lib/exchange/gexf';
import { timelineJsDocument } from '@/lib/exchange/timelinejs';
import { webAnnotationCollection } from '@/lib/exchange/web-annotations';

/** Each format as it was written before it came in pieces: one call over the whole document. */
const REFERENCE: Record<FormatId, (index: DatasetIndex) => string> = {
  json: ({ dataset }) => {
    const document = {
      format: 'athar-dataset',
      version: 1,
      sources: dataset.sources.map((source) => ({ ...source, text: dataset.texts[source.id] ?? '' })),
      actors: dataset.actors,
      events: dataset.events,
      statements: dataset.statements,
      relations: dataset.relations,
    };
    return `${JSON.stringify(sortedKeysDeep(document), null, 2)}\n`;
  },
  csv: (index) => writeCsv([[...EVENT_CSV_COLUMNS], ...index.eventsInOrder.map((e) => eventRow(index, e))]),
  'csv-excel': (index) => writeCsv([[...EVENT_CSV_COLUMNS], ...index.eventsInOrder.map((e) => eventRow(index, e))], { bom: true }),
  gexf: serializeGexf,
  cytoscape: (index) => `${JSON.stringify(cytoscapeDocument(index), null, 2)}\n`,
  timelinejs: (index) => `${JSON.stringify(timelineJsDocument(index), null, 2)}\n`,
  annotations: (index) => `${JSON.stringify(webAnnotationCollection(index), null, 2)}\n`,
};

const shipped = buildIndex(loadDataset());
const synthetic = buildIndex({ ...generateDataset({ events: 3000, actors: 300, seed: 7 }), briefings: [] } as Dataset);

describe.each([
  ['the shipped dataset', shipped],
  ['a synthetic dataset of 3,000 events', synthetic],
])('exchange files of %s', (_name, index) => {
  it.each(EXCHANGE_FORMATS.map((f) => [f.id, f] as const))('%s in pieces is the whole document, byte for byte', (id, format) => {
    const reference = REFERENCE[id](index);
    const pieces = [...format.chunks(index)];
    expect(pieces.join('')).toBe(reference);
    expect(format.serialize(index)).toBe(reference);
    // Pieces are records, not the whole file (GEXF, the graph alone, is one piece).
    if (id !== 'gexf') expect(pieces.length).toBeGreaterThan(index.dataset.events.length / 2);
  });
});

describe('jsonChunks', () => {
  const samples: unknown[] = [
    { b: [1, { z: 'a\nb', a: [] }, null], a: {}, c: undefined, d: [undefined, () => 1], e: 'قال "كيري"\u2028' },
    [],
    {},
    [[[]], [{}], [[1, [2, [3]]]]],
    'text',
    42,
    null,
    { when: new Date(Date.UTC(2013, 3, 13)), nested: { deep: { deeper: [1, 2] } } },
  ];

  it.each(samples.map((s) => [JSON.stringify(s) ?? String(s), s] as const))('writes %s as JSON.stringify does, at every split depth', (_label, value) => {
    for (const splitDepth of [0, 1, 2, 3, 5]) {
      expect([...jsonChunks(value, { splitDepth })].join('')).toBe(JSON.stringify(value, null, 2));
      expect([...jsonChunks(value, { splitDepth, sortKeys: true })].join('')).toBe(JSON.stringify(sortedKeysDeep(value), null, 2));
    }
  });
});
