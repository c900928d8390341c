/**
 * `npm run export -- --format <format> [--out FILE] [--data DIR] [--bom]`
 *
 * Writes the dataset (default `data/`, or ATHAR_DATA) in an exchange format:
 * json (canonical dataset), csv (events, ACLED/GDELT layout), csv-excel (the
 * same with a byte-order mark; `--bom` with csv does the same), gexf (Gephi),
 * cytoscape (Cytoscape JSON), timelinejs (TimelineJS 3), annotations (W3C
 * Web Annotations). Without --out the file goes to stdout; with it, it is
 * written atomically (a temporary file, then a rename), so a reader never
 * sees half a file. Messages go to stderr. Exit 1 on a bad option or an
 * invalid dataset.
 */
import path from 'node:path';
import { DatasetError, defaultDataDir, loadDataset } from '../lib/load';
import { buildIndex } from '../lib/query';
import { EXCHANGE_FORMATS, exchangeFormat } from '../lib/exchange';
import { writeFileAtomic } from '../lib/exchange/write-file-atomic';

const USAGE = `usage: npm run export -- --format <${EXCHANGE_FORMATS.map((f) => f.id).join('|')}> [--out FILE] [--data DIR] [--bom]`;

class UsageError extends Error {}

interface Options {
  format: string;
  out: string | null;
  data: string;
  bom: boolean;
}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { format: '', out: null, data: defaultDataDir(), bom: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--help' || name === '-h') return 'help';
    else if (name === '--format' || name === '-f') options.format = value();
    else if (name === '--out' || name === '-o') options.out = path.resolve(value());
    else if (name === '--data') options.data = path.resolve(value());
    else if (name === '--bom') options.bom = true;
    else throw new UsageError(`unknown argument ${arg}`);
  }
  if (options.format === '') throw new UsageError('--format is required');
  return options;
}

function main(argv: string[]): number {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`✗ ${error.message}\n${USAGE}`);
    return 1;
  }
  if (options === 'help') {
    console.log(`${USAGE}\n\nformats:\n${EXCHANGE_FORMATS.map((f) => `  ${f.id.padEnd(12)} ${f.fileName.padEnd(26)} ${f.description}`).join('\n')}`);
    return 0;
  }
  const id = options.bom && options.format === 'csv' ? 'csv-excel' : options.format;
  const format = exchangeFormat(id);
  if (!format) {
    console.error(`✗ unknown format "${options.format}" (known: ${EXCHANGE_FORMATS.map((f) => f.id).join(', ')})\n${USAGE}`);
    return 1;
  }
  if (options.bom && format.id !== 'csv-excel') {
    console.error('✗ --bom applies to the csv format only');
    return 1;
  }
  let body: string;
  try {
    body = format.serialize(buildIndex(loadDataset(options.data)));
  } catch (error) {
    if (!(error instanceof DatasetError) && !(error instanceof Error && /does not exist/.test(error.message))) throw error;
    console.error(`✗ ${error.message}`);
    return 1;
  }
  if (options.out === null) {
    process.stdout.write(body);
    return 0;
  }
  try {
    writeFileAtomic(options.out, body);
  } catch (error) {
    console.error(`✗ could not write ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.error(`✓ ${format.label}: wrote ${path.relative(process.cwd(), options.out) || options.out} (${Buffer.byteLength(body)} bytes)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
