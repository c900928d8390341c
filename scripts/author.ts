/**
 * `npm run author [-- --data DIR] [--port N]`
 *
 * The explicit authoring mode: bundles the review page
 * (components/author/client.tsx) and serves it on http://127.0.0.1:<port>/
 * (default 3210) for the drafts in `<data>/drafts` (`<data>` is --data, else
 * ATHAR_DATA, else data/). Saving a review runs the same accept step as
 * `npm run accept`. Stop it with Ctrl-C.
 * */
import path from 'node:path';
import { defaultDataDir, dirLabel } from '../lib/load';
import { bundleClient } from './author-bundle';
import { startAuthorServer } from './author-server';

const USAGE = 'usage: npm run author [-- --data DIR] [--port N]';
const DEFAULT_PORT = 3210;

function parseArgs(argv: string[]): { data: string; port: number } | string {
  let data = defaultDataDir();
  let port = DEFAULT_PORT;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--data' && flag !== '--port') return `unknown argument ${arg}`;
    const value = inline ?? argv[++i];
    if (!value) return `${flag} needs a value`;
    if (flag === '--data') data = path.resolve(value);
    else if (/^\d+$/.test(value) && Number(value) < 65536) port = Number(value);
    else return `--port ${value} is not a port number`;
  }
  return { data, port };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(`✗ ${options}\n${USAGE}`);
    return 2;
  }
  const clientJs = await bundleClient();
  const { url } = await startAuthorServer({ dataDir: options.data, port: options.port, clientJs }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'EADDRINUSE' ? new Error(`port ${options.port} is in use on 127.0.0.1; pass another with --port N`) : error;
  });
  console.log(`Athar authoring mode: review the drafts of ${dirLabel(options.data)}/drafts at ${url}`);
  console.log('Listening on 127.0.0.1 only; saving writes to the data directory. Ctrl-C to stop.');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
