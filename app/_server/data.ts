/**
 * The one door from pages to the dataset: load and validate `data/` once per
 * build (or per server process) and build the indices over it. A dataset with
 * any invalid record throws here, so `next build` fails instead of shipping a
 * broken view.
 */
import { loadDataset } from '@/lib/load';
import { buildIndex, type DatasetIndex } from '@/lib/query';

let cached: DatasetIndex | null = null;

export function getIndex(): DatasetIndex {
  if (cached === null) cached = buildIndex(loadDataset());
  return cached;
}
