/**
 * The load generator of `npm run loadtest`, run as its own process so the
 * server's figures are not shared with the client's: autocannon's API with
 * `connections` connections for `duration` seconds, each connection cycling
 * through the given paths. Reads its settings as JSON from argv[2], prints
 * the figures as one JSON line on stdout.
 *
 * Only loopback: the target must be http://127.0.0.1:<port>.
 */
import autocannon from 'autocannon';

const settings = JSON.parse(process.argv[2] ?? '{}');
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(settings.url ?? '')) {
  console.error(`drive.mjs: the target must be http://127.0.0.1:<port>, not ${settings.url}`);
  process.exit(2);
}

const result = await autocannon({
  url: settings.url,
  connections: settings.connections,
  duration: settings.duration,
  // Seconds a request may take before it counts as an error. Generous: on a 2-core machine 100 connections
  // queue behind each other, and a slow answer is reported in p99, not hidden as a failure.
  timeout: 30,
  requests: settings.paths.map((path) => ({ method: 'GET', path })),
});

process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.average,
  })}\n`,
);
