/**
 * A synthetic dataset as the files of a data folder: `sources/<id>.txt` and
 * `sources/<id>.json` per article, and one JSON array per record kind, in the
 * layout and style of `data/` (UTF-8, two-space indent, Arabic unescaped).
 */
import type { SyntheticDataset } from './generate';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** File contents by path relative to the data folder, in a fixed order. */
export function datasetFiles(dataset: SyntheticDataset): Map<string, string> {
  const files = new Map<string, string>();
  for (const source of dataset.sources) {
    files.set(`sources/${source.textFile}`, dataset.texts[source.id]!);
    files.set(`sources/${source.id}.json`, json(source));
  }
  files.set('actors.json', json(dataset.actors));
  files.set('events.json', json(dataset.events));
  files.set('statements.json', json(dataset.statements));
  files.set('relations.json', json(dataset.relations));
  return files;
}
