/**
 * `npm run bench [-- --smoke] [-- --rebuild]`: the scale benchmark of issue #5.
 *
 * For each synthetic dataset (generated once with lib/synthetic and cached
 * in bench/.data/, git-ignored) it builds the app with `ATHAR_DATA` into its
 * own dist folder, starts `next start` on 127.0.0.1, and measures each case
 * in Debian's Chromium (headless, --no-sandbox --disable-gpu) through
 * Playwright (./bench/measure). The full run (1,000 / 10,000 / 100,000
 * events; graphs of 500 and 5,000 actors with about three relations each)
 * writes bench/results.json and bench/results.md; `--smoke` (1,000 events,
 * 100 actors) writes bench/.data/results-smoke.* only and is what CI's
 * smoke suite exercises, never judged on timing. A build is reused when the
 * commit and dataset it was made from are unchanged (`--rebuild` forces it).
 * `--only 100000e-5000a` measures one dataset again and replaces its cases
 * in the existing results, keeping the others.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { measureCase, type CaseSpec } from './bench/measure';
import { resultsTable, type BenchReport, type CaseResult } from './bench/stats';

interface DatasetSpec {
  events: number;
  actors: number;
  /** Build folder (each is listed in tsconfig.json, so next build leaves that file alone) and port. */
  distDir: string;
  port: number;
  cases: Omit<CaseSpec, 'events' | 'actors' | 'relations'>[];
}

const SEED = 1;
const ROOT = process.cwd();
const DATA_ROOT = path.join(ROOT, 'bench', '.data');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FULL: DatasetSpec[] = [
  { events: 1_000, actors: 500, distDir: '.next-scale', port: 3422, cases: [{ view: 'timeline', interactions: false }, { view: 'graph', interactions: false }] },
  { events: 10_000, actors: 5_000, distDir: '.next-scale', port: 3423, cases: [{ view: 'timeline', interactions: false }, { view: 'graph', interactions: false }] },
  // Its own folder: the largest build is the slowest, and a re-run of the others must not throw it away.
  { events: 100_000, actors: 5_000, distDir: '.next-smoke', port: 3424, cases: [{ view: 'timeline', interactions: true }] },
];
const SMOKE: DatasetSpec[] = [
  { events: 1_000, actors: 100, distDir: '.next-smoke', port: 3425, cases: [{ view: 'timeline', interactions: false }, { view: 'graph', interactions: false }] },
];

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

const commit = () => spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';

function datasetDir(spec: DatasetSpec): string {
  const dir = path.join(DATA_ROOT, `${spec.events}e-${spec.actors}a-s${SEED}`);
  if (!existsSync(dir)) {
    console.log(`• generating ${spec.events} events, ${spec.actors} actors → ${path.relative(ROOT, dir)}`);
    run('npx', ['tsx', 'scripts/gen-synthetic.ts', '--events', String(spec.events), '--actors', String(spec.actors), '--seed', String(SEED), '--out', dir]);
  }
  return dir;
}

/** Builds unless the folder already holds a build of this commit and dataset. */
function build(spec: DatasetSpec, dataDir: string, force: boolean): void {
  const stampFile = path.join(ROOT, spec.distDir, 'athar-bench-stamp.json');
  const stamp = JSON.stringify({ commit: commit(), data: dataDir });
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`• reusing the build in ${spec.distDir}`);
    return;
  }
  console.log(`• building into ${spec.distDir} with ATHAR_DATA=${path.relative(ROOT, dataDir)}`);
  const started = Date.now();
  // The record pages are not measured: none is pre-rendered (all render on request), which keeps a 100,000-event build within minutes on 2 cores.
  run('node', ['node_modules/next/dist/bin/next', 'build'], {
    ATHAR_DATA: dataDir,
    ATHAR_DIST_DIR: spec.distDir,
    ATHAR_STATIC_RECORD_PAGES: '0',
    NODE_OPTIONS: '--max-old-space-size=8192',
  });
  console.log(`  built in ${Math.round((Date.now() - started) / 1000)} s`);
  writeFileSync(stampFile, stamp);
}

async function startServer(spec: DatasetSpec, dataDir: string): Promise<ChildProcess> {
  const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(spec.port)], {
    env: { ...process.env, ATHAR_DATA: dataDir, ATHAR_DIST_DIR: spec.distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=8192' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${spec.port}/sources`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(server);
  throw new Error(`next start on port ${spec.port} did not answer within 2 minutes`);
}

function stopServer(server: ChildProcess): void {
  // The server was started in its own process group: end it and its workers, and nothing else.
  if (server.pid !== undefined) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

function relationCount(dataDir: string): number {
  return (JSON.parse(readFileSync(path.join(dataDir, 'relations.json'), 'utf8')) as unknown[]).length;
}

function writeAtomically(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

async function main(argv: string[]): Promise<number> {
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const unknown = argv.filter((a, i) => a !== '--smoke' && a !== '--rebuild' && i !== onlyAt && (onlyAt < 0 || i !== onlyAt + 1));
  if (unknown.length > 0 || (onlyAt >= 0 && !only)) {
    console.error(`✗ ${unknown.length > 0 ? `unknown argument ${unknown[0]}` : '--only needs a dataset such as 100000e-5000a'}\nusage: npm run bench [-- --smoke] [-- --rebuild] [-- --only 100000e-5000a]`);
    return 2;
  }
  const smoke = argv.includes('--smoke');
  const datasets = (smoke ? SMOKE : FULL).filter((d) => only === undefined || `${d.events}e-${d.actors}a` === only);
  if (datasets.length === 0) {
    console.error(`✗ no dataset ${only}; the datasets are ${(smoke ? SMOKE : FULL).map((d) => `${d.events}e-${d.actors}a`).join(', ')}`);
    return 2;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const cases: CaseResult[] = [];
  try {
    for (const spec of datasets) {
      const dataDir = datasetDir(spec);
      build(spec, dataDir, argv.includes('--rebuild'));
      const server = await startServer(spec, dataDir);
      try {
        const relations = relationCount(dataDir);
        for (const c of spec.cases) {
          console.log(`• measuring the ${c.view} at ${spec.events} events, ${spec.actors} actors`);
          const result = await measureCase(browser, `http://127.0.0.1:${spec.port}/`, { ...c, events: spec.events, actors: spec.actors, relations });
          console.log(`  ${JSON.stringify(result)}`);
          cases.push(result);
        }
      } finally {
        stopServer(server);
      }
    }
    const cpus = os.cpus();
    const report: BenchReport = {
      date: new Date().toISOString(),
      commit: commit(),
      machine: {
        os: `${os.type()} ${os.release()}`,
        cpus: cpus[0]?.model.trim() ?? 'unknown',
        cores: cpus.length,
        memoryGB: Math.round(os.totalmem() / 2 ** 30),
        chromium: `Chromium ${browser.version()}`,
        node: process.version,
      },
      cases,
    };
    const base = smoke ? path.join(DATA_ROOT, 'results-smoke') : path.join(ROOT, 'bench', 'results');
    if (only !== undefined && existsSync(`${base}.json`)) {
      // Keep the other datasets' cases from the last run, in their order.
      const previous = (JSON.parse(readFileSync(`${base}.json`, 'utf8')) as BenchReport).cases;
      const fresh = (c: CaseResult) => cases.find((n) => n.view === c.view && n.events === c.events && n.actors === c.actors);
      report.cases = [...previous.map((c) => fresh(c) ?? c), ...cases.filter((n) => !previous.some((c) => c.view === n.view && c.events === n.events && c.actors === n.actors))];
    }
    writeAtomically(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    writeAtomically(`${base}.md`, `${resultsTable(report)}\n`);
    console.log(`\n${resultsTable(report)}\n\n✓ wrote ${path.relative(ROOT, base)}.json and .md`);
    return cases.some((c) => c.firstDrawMs === null) ? 1 : 0;
  } finally {
    await browser.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
