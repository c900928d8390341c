/**
 * `npx tsx scripts/bench-search.ts [DIR] [--out bench/search.json]`: how long
 * one search query takes over a data folder (by default a 100,000-event
 * synthetic set: `npm run gen:synthetic -- --events 100000 --actors 5000
 * --seed 1 --out /tmp/syn-100k`). Builds the index once, warms each query
 * once, then times ten runs of each and writes the median and the slowest
 * run per query, with the index build time, the machine and the date, to a
 * JSON file. A benchmark, never a test: it judges nothing, it reports.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { loadDataset } from '../lib/load';
import { buildSearchIndex, search } from '../lib/search';

/** Arabic with hamza and ta marbuta variants, a glued name, a clitic, English words, a short prefix, a miss. */
const QUERIES = ['الولايات المتحدة', 'الولاياتالمتحدة', 'الصين', 'وزارة الخارجيه', 'أمن', 'للصين', 'cyber security', 'China', 'Layla', 'اتصالات', 'زز', 'no such words here'];
const RUNS = 10;

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1]! : 'bench/search.json';
// The folder is the argument that is not a flag nor the value of --out (with no --out, any argument that is not a flag).
const dir = args.find((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1)) ?? '/tmp/syn-100k';

const loadStart = performance.now();
const dataset = loadDataset(dir);
const loadMs = performance.now() - loadStart;
const buildStart = performance.now();
const index = buildSearchIndex(dataset);
const buildMs = performance.now() - buildStart;

/**
 * Loading 100,000 events leaves about 1 GB of parsed JSON and validation
 * garbage behind, which the page never has: it receives the index alone.
 * Without collecting it first, V8's incremental marking of it ran during
 * the timed queries and made one query's median swing from 44 to 105 ms
 * between runs (`--trace-gc` showed a Mark-Compact of 1.6 GB → 0.6 GB among
 * them). So the heap is collected once, after the build, before any query.
 */
function collectLoaderGarbage(): boolean {
  v8.setFlagsFromString('--expose-gc');
  const gc: unknown = vm.runInNewContext('gc');
  if (typeof gc !== 'function') return false;
  gc();
  return true;
}
const collected = collectLoaderGarbage();
const heapAfterIndexMB = Math.round(process.memoryUsage().heapUsed / 1e6);

const queries = QUERIES.map((query) => {
  const firstStart = performance.now();
  const results = search(index, query);
  const firstMs = performance.now() - firstStart;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    search(index, query);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { query, results: results.length, firstMs: round(firstMs), medianMs: round(times[Math.floor(RUNS / 2)]!), maxMs: round(times.at(-1)!) };
});

const report = {
  dataset: dir,
  events: dataset.events.length,
  actors: dataset.actors.length,
  statements: dataset.statements.length,
  entries: index.entries.length,
  loadMs: Math.round(loadMs),
  indexBuildMs: Math.round(buildMs),
  loaderGarbageCollected: collected,
  heapAfterIndexMB,
  queries,
  worstMedianMs: Math.max(...queries.map((q) => q.medianMs)),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10) },
  date: new Date().toISOString(),
};
mkdirSync(path.dirname(out), { recursive: true });
const temp = `${out}.tmp`;
writeFileSync(temp, `${JSON.stringify(report, null, 2)}\n`);
renameSync(temp, out);
console.table(queries);
console.log(`index over ${report.entries} entries built in ${report.indexBuildMs} ms; worst median ${report.worstMedianMs} ms → ${out}`);
