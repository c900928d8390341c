/**
 * `npx tsx scripts/measure-payload.ts DIR [DIR ...]`: how many bytes the
 * explorer page hands to the browser for a dataset, part by part: the whole
 * dataset (what the panels, reader, graph and search read), the timeline
 * records as nested objects and as columns (lib/columnar), and those columns
 * split as the explorer fetches them: the shape it draws from first, the
 * words after. JSON lengths in
 * UTF-8 bytes, before compression; the page's RSC payload carries them
 * escaped inside its HTML, a little larger again.
 */
import { gzipSync } from 'node:zlib';
import { encodeTimelineColumns, splitTimelineColumns } from '../lib/columnar';
import { loadDataset } from '../lib/load';
import { buildIndex } from '../lib/query';
import { toTimelineEvents } from '../lib/timeline-model';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function sizes(value: unknown): { raw: number; gzip: number } {
  const buffer = Buffer.from(JSON.stringify(value), 'utf8');
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: npx tsx scripts/measure-payload.ts DIR [DIR ...]');
  process.exit(2);
}
for (const dir of dirs) {
  const index = buildIndex(loadDataset(dir));
  const timeline = toTimelineEvents(index);
  const started = performance.now();
  const columns = encodeTimelineColumns(timeline);
  const encodeMs = performance.now() - started;
  const { shape, text } = splitTimelineColumns(columns);
  const parts = {
    dataset: sizes(index.dataset),
    timelineNested: sizes(timeline),
    timelineColumns: sizes(columns),
    timelineShape: sizes(shape),
    timelineText: sizes(text),
  };
  console.log(`${dir}: ${timeline.length} events, ${index.dataset.actors.length} actors (columns encoded in ${encodeMs.toFixed(0)} ms)`);
  for (const [name, s] of Object.entries(parts)) console.log(`  ${name.padEnd(16)} ${mb(s.raw).padStart(10)}  gzip ${mb(s.gzip).padStart(9)}`);
}
