/**
 * The exchange formats by name, without their serialisers: what a download
 * link or a `--format` option needs. Kept apart from index.ts so a view can
 * list the formats without bundling the serialisers (or node:crypto).
 */

export const FORMAT_IDS = ['json', 'csv', 'csv-excel', 'gexf', 'cytoscape', 'timelinejs', 'annotations'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface FormatInfo {
  id: FormatId;
  /** Short name for a button or a menu entry. */
  label: string;
  /** One line: what the file holds and what reads it. */
  description: string;
  /** Download file name; also the last segment of its URL, `/export/<fileName>`. */
  fileName: string;
  /** Content-Type of the download. */
  mediaType: string;
}

export const FORMAT_INFO: readonly FormatInfo[] = [
  {
    id: 'json',
    label: 'Dataset (canonical JSON)',
    description: 'Everything: sources with their raw texts, actors, events, statements and relations; reads back into Athar.',
    fileName: 'athar-dataset.json',
    mediaType: 'application/json; charset=utf-8',
  },
  {
    id: 'csv',
    label: 'Events (CSV)',
    description: 'One row per event in the ACLED/GDELT layout with its Arabic quote; for R, pandas and the CSV import.',
    fileName: 'athar-events.csv',
    mediaType: 'text/csv; charset=utf-8',
  },
  {
    id: 'csv-excel',
    label: 'Events (CSV for Excel)',
    description: 'The same rows with a byte-order mark, so that Excel reads the Arabic as UTF-8.',
    fileName: 'athar-events-excel.csv',
    mediaType: 'text/csv; charset=utf-8',
  },
  {
    id: 'gexf',
    label: 'Actor graph (GEXF)',
    description: 'Actors and relations for Gephi: kind, country, Arabic name, activity; edges weighted by events.',
    fileName: 'athar-graph.gexf',
    mediaType: 'application/gexf+xml; charset=utf-8',
  },
  {
    id: 'cytoscape',
    label: 'Actor graph (Cytoscape JSON)',
    description: 'The same graph for Cytoscape desktop (File → Import → Network from File) or Cytoscape.js.',
    fileName: 'athar-graph.cyjs',
    mediaType: 'application/json; charset=utf-8',
  },
  {
    id: 'timelinejs',
    label: 'Timeline (TimelineJS)',
    description: 'Every event as a TimelineJS 3 slide, dated no sharper than its text, with its quoted passage.',
    fileName: 'athar-timeline.json',
    mediaType: 'application/json; charset=utf-8',
  },
  {
    id: 'annotations',
    label: 'Passages (W3C Web Annotations)',
    description: 'Every passage as a JSON-LD annotation with position and quote selectors, linked to what it supports.',
    fileName: 'athar-annotations.jsonld',
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  },
];

export function formatInfo(id: string): FormatInfo | undefined {
  return FORMAT_INFO.find((f) => f.id === id);
}
