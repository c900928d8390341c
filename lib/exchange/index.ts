/**
 * The exchange formats with their serialisers: the one list the export CLI,
 * the download routes and the tests go through. Each serialiser is pure and
 * deterministic: the same dataset gives the same bytes. `chunks` gives the
 * same text a record at a time, for the download route to stream: a
 * 100,000-event export is hundreds of megabytes, too much for one string
 * next to the dataset in a build worker.
 */
import type { DatasetIndex } from '../query';
import { canonicalJsonChunks } from './canonical-json';
import { cytoscapeJsonChunks } from './cytoscape-json';
import { eventsCsvChunks } from './events-csv';
import { FORMAT_INFO, type FormatId, type FormatInfo } from './formats';
import { serializeGexf } from './gexf';
import { timelineJsChunks } from './timelinejs';
import { webAnnotationChunks } from './web-annotations';

export { FORMAT_IDS, FORMAT_INFO, formatInfo, type FormatId, type FormatInfo } from './formats';

export interface ExchangeFormat extends FormatInfo {
  /** The whole file. */
  serialize(index: DatasetIndex): string;
  /** The same text in pieces, in order: their concatenation is `serialize(index)`. */
  chunks(index: DatasetIndex): Iterable<string>;
}

const CHUNKS: Record<FormatId, (index: DatasetIndex) => Iterable<string>> = {
  json: (index) => canonicalJsonChunks(index.dataset),
  csv: (index) => eventsCsvChunks(index),
  'csv-excel': (index) => eventsCsvChunks(index, { bom: true }),
  // GEXF is the graph only (about 11 MB at 5,000 actors): one piece.
  gexf: (index) => [serializeGexf(index)],
  cytoscape: cytoscapeJsonChunks,
  timelinejs: timelineJsChunks,
  annotations: webAnnotationChunks,
};

export const EXCHANGE_FORMATS: readonly ExchangeFormat[] = FORMAT_INFO.map((info) => ({
  ...info,
  chunks: CHUNKS[info.id],
  serialize: (index: DatasetIndex) => [...CHUNKS[info.id](index)].join(''),
}));

export function exchangeFormat(id: string): ExchangeFormat | undefined {
  return EXCHANGE_FORMATS.find((f) => f.id === id);
}

export function exchangeFormatByFileName(fileName: string): ExchangeFormat | undefined {
  return EXCHANGE_FORMATS.find((f) => f.fileName === fileName);
}
