/**
 * The exchange formats with their serialisers: the one list the export CLI,
 * the download routes and the tests go through. Each serialiser is pure and
 * deterministic: the same dataset gives the same bytes.
 */
import type { DatasetIndex } from '../query';
import { serializeCanonicalJson } from './canonical-json';
import { serializeCytoscapeJson } from './cytoscape-json';
import { serializeEventsCsv } from './events-csv';
import { FORMAT_INFO, type FormatId, type FormatInfo } from './formats';
import { serializeGexf } from './gexf';
import { serializeTimelineJs } from './timelinejs';
import { serializeWebAnnotations } from './web-annotations';

export { FORMAT_IDS, FORMAT_INFO, formatInfo, type FormatId, type FormatInfo } from './formats';

export interface ExchangeFormat extends FormatInfo {
  serialize(index: DatasetIndex): string;
}

const SERIALIZERS: Record<FormatId, (index: DatasetIndex) => string> = {
  json: (index) => serializeCanonicalJson(index.dataset),
  csv: (index) => serializeEventsCsv(index),
  'csv-excel': (index) => serializeEventsCsv(index, { bom: true }),
  gexf: serializeGexf,
  cytoscape: serializeCytoscapeJson,
  timelinejs: serializeTimelineJs,
  annotations: serializeWebAnnotations,
};

export const EXCHANGE_FORMATS: readonly ExchangeFormat[] = FORMAT_INFO.map((info) => ({ ...info, serialize: SERIALIZERS[info.id] }));

export function exchangeFormat(id: string): ExchangeFormat | undefined {
  return EXCHANGE_FORMATS.find((f) => f.id === id);
}

export function exchangeFormatByFileName(fileName: string): ExchangeFormat | undefined {
  return EXCHANGE_FORMATS.find((f) => f.fileName === fileName);
}
