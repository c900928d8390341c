/**
 * `npm run loadtest [-- --short] [--no-build] [--dist DIR] [--port N]`
 *
 * Builds the app into `.next-load` (unless --no-build), starts the
 * production server as a child process on 127.0.0.1, and drives it from a
 * second process (scripts/loadtest/drive.mjs, autocannon) over the main
 * routes: three rounds of 100 connections for 30 s (--short: 10 s, 20
 * connections, after an unmeasured 10 s warm-up round: 3-second rounds
 * ended before the server's heap had grown to its working size, and read
 * that growth, which stops at about 285 MiB after 20 s, as a leak). Each round reports requests per second, p50/p99 latency,
 * errors, timeouts and non-2xx answers, and the server's resident memory
 * (VmRSS of the server's process tree from /proc) before and after.
 *
 * Fails (exit 1) when any request errs, times out or answers non-2xx, or
 * when memory grows without bound: the RSS after round 3 must stay within
 * 1.5 × the RSS after round 1 (the first round warms caches and the JIT;
 * a leak shows as growth every round after it). Writes bench/loadtest.json
 * (the full run) or test-results/loadtest-short.json (--short) and prints a
 * markdown table.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NEXT = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
/** RSS after the last round may be at most this many times the RSS after the first. */
const GROWTH_LIMIT = 1.5;

function options(argv) {
  const value = (flag, fallback) => {
    const at = argv.indexOf(flag);
    return at >= 0 && argv[at + 1] ? argv[at + 1] : fallback;
  };
  const short = argv.includes('--short');
  return {
    short,
    build: !argv.includes('--no-build'),
    dist: value('--dist', '.next-load'),
    port: Number(value('--port', '3461')),
    rounds: 3,
    connections: short ? 20 : 100,
    duration: short ? 10 : 30,
    /** Seconds of load before the first measured round (the full run's 30-second first round warms up on its own). */
    warmup: short ? 10 : 0,
  };
}

/** Resident memory of a process and its descendants, in MiB, from /proc. */
function treeRssMiB(pid) {
  const rss = (p) => {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      return kb ? Number(kb[1]) : 0;
    } catch {
      return 0;
    }
  };
  const children = (p) => {
    try {
      return readdirSync(`/proc/${p}/task`).flatMap((t) => readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift();
    total += rss(p);
    queue.push(...children(p));
  }
  return Math.round((total / 1024) * 10) / 10;
}

/** The routes a reader of the app visits, with real ids from the dataset served. */
function routes() {
  const data = process.env.ATHAR_DATA ?? path.join(ROOT, 'data');
  const first = (file) => JSON.parse(readFileSync(path.join(data, file), 'utf8'))[0]?.id;
  const source = readdirSync(path.join(data, 'sources')).find((f) => f.endsWith('.json'))?.replace(/\.json$/, '');
  const briefings = path.join(data, 'briefings');
  const briefing = existsSync(briefings) ? readdirSync(briefings).find((f) => f.endsWith('.json'))?.replace(/\.json$/, '') : undefined;
  return ['/', '/actors', `/actors/${first('actors.json')}`, `/events/${first('events.json')}`, `/sources/${source}`, '/briefing', ...(briefing ? [`/briefing/${briefing}`] : []), '/export/athar-events.csv'];
}

async function waitForServer(url, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the server did not answer ${url} within 60 s`);
}

function drive(settings) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'loadtest', 'drive.mjs'), JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`the load generator exited with code ${code}`))));
  });
}

function table(rounds) {
  const lines = ['| round | requests/s | p50 ms | p99 ms | requests | errors | non-2xx | server RSS before → after (MiB) |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const r of rounds) {
    lines.push(`| ${r.round} | ${Math.round(r.requestsPerSecond)} | ${r.latencyP50} | ${r.latencyP99} | ${r.requests} | ${r.errors} (${r.timeouts} timeouts) | ${r.non2xx} | ${r.rssBeforeMiB} → ${r.rssAfterMiB} |`);
  }
  return lines.join('\n');
}

async function main() {
  const opts = options(process.argv.slice(2));
  const env = { ...process.env, ATHAR_DIST_DIR: opts.dist, NEXT_TELEMETRY_DISABLED: '1' };
  if (opts.build) {
    console.log(`building into ${opts.dist} …`);
    const built = spawnSync(process.execPath, [NEXT, 'build'], { cwd: ROOT, env, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  } else if (!existsSync(path.join(ROOT, opts.dist, 'BUILD_ID'))) {
    throw new Error(`--no-build, but ${opts.dist} holds no production build (run without --no-build, or build first)`);
  }
  const url = `http://127.0.0.1:${opts.port}`;
  const server = spawn(process.execPath, [NEXT, 'start', '-H', '127.0.0.1', '-p', String(opts.port)], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => server.exitCode === null && server.kill('SIGTERM');
  process.on('exit', stop);
  try {
    await waitForServer(url, server);
    const paths = routes();
    for (const p of paths) {
      const res = await fetch(url + p);
      if (!res.ok) throw new Error(`${p} answers ${res.status} before any load`);
    }
    console.log(`server pid ${server.pid} on ${url}; ${opts.rounds} rounds × ${opts.duration} s, ${opts.connections} connections over ${paths.join(' ')}`);
    if (opts.warmup > 0) {
      await drive({ url, connections: opts.connections, duration: opts.warmup, paths });
      console.log(`warm-up: ${opts.warmup} s of load, not measured; RSS ${treeRssMiB(server.pid)} MiB`);
    }
    const rounds = [];
    for (let round = 1; round <= opts.rounds; round += 1) {
      const rssBeforeMiB = treeRssMiB(server.pid);
      const figures = await drive({ url, connections: opts.connections, duration: opts.duration, paths });
      const rssAfterMiB = treeRssMiB(server.pid);
      rounds.push({ round, ...figures, rssBeforeMiB, rssAfterMiB });
      console.log(`round ${round}: ${Math.round(figures.requestsPerSecond)} req/s, p50 ${figures.latencyP50} ms, p99 ${figures.latencyP99} ms, errors ${figures.errors} (${figures.timeouts} timeouts), non-2xx ${figures.non2xx}, RSS ${rssBeforeMiB} → ${rssAfterMiB} MiB`);
    }
    const failures = [];
    // autocannon counts a timeout among the errors too.
    const bad = rounds.reduce((n, r) => n + r.errors + r.non2xx, 0);
    if (bad > 0) failures.push(`${bad} requests failed (errors, timeouts or non-2xx)`);
    const first = rounds[0].rssAfterMiB;
    const last = rounds.at(-1).rssAfterMiB;
    if (last > first * GROWTH_LIMIT) failures.push(`server memory grew from ${first} MiB after round 1 to ${last} MiB after round ${rounds.length} (limit ×${GROWTH_LIMIT})`);
    const report = {
      date: new Date().toISOString(),
      machine: `${(await import('node:os')).cpus().length} cores`,
      node: process.version,
      settings: { rounds: opts.rounds, connections: opts.connections, durationSeconds: opts.duration, paths },
      rounds,
      memory: { afterFirstMiB: first, afterLastMiB: last, limit: `after round ${rounds.length} ≤ ${GROWTH_LIMIT} × after round 1` },
      ok: failures.length === 0,
      failures,
    };
    const out = opts.short ? path.join(ROOT, 'test-results', 'loadtest-short.json') : path.join(ROOT, 'bench', 'loadtest.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${table(rounds)}\n\n${path.relative(ROOT, out)} written`);
    if (failures.length > 0) {
      console.error(`✗ loadtest failed: ${failures.join('; ')}`);
      return 1;
    }
    console.log(`✓ loadtest: no failed request; memory ${first} → ${last} MiB (limit ×${GROWTH_LIMIT})`);
    return 0;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`✗ loadtest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
