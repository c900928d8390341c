/**
 * `npm run import:csv -- <file.csv> [--data DIR] [--dry-run]`
 *
 * Adds the events of a CSV file in the layout of `npm run export -- --format
 * csv` (lib/exchange/events-csv.ts) to `<data>/events.json` (default `data/`,
 * or ATHAR_DATA).
 *
 * 1. Every row is read and checked; each bad row is printed as
 *    `file.csv:LINE: event-id: reason` (LINE is the physical line the row
 *    starts on) and left out. A row's quote and date expression must occur
 *    verbatim in its source text.
 * 2. The good rows are appended to events.json and the whole dataset is
 *    validated. Only if it still validates is the file replaced, atomically
 *    (a temporary file, then a rename); otherwise nothing is written and the
 *    validator's reasons are printed against the CSV lines.
 *
 * --dry-run does both steps and writes nothing. Exit status: 0 when every
 * row was imported (or would be), 2 when some rows were left out and the
 * others imported, 1 when nothing was written because of an error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dirLabel, readDatasetFiles } from '../lib/load';
import { parseFileDataArgs } from './cli-args';
import { formatIssue, validateDataset, type DatasetInput } from '../lib/validate';
import { importEventsCsv } from '../lib/exchange/events-csv-import';
import { writeFileAtomic } from '../lib/exchange/write-file-atomic';

const USAGE = 'usage: npm run import:csv -- <file.csv> [--data DIR] [--dry-run]';
const EVENTS_FILE = 'events.json';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


function readUtf8(file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`${file} is not UTF-8 text; save it as "CSV UTF-8" and try again.`);
    throw error;
  }
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseFileDataArgs(argv, 'CSV file', 'which CSV file?');
  const options = typeof parsed === 'string' ? parsed : { csv: parsed.file, data: parsed.data, dryRun: parsed.dryRun };
  if (typeof options === 'string') {
    console.error(`✗ ${options}\n${USAGE}`);
    return 1;
  }
  const csvLabel = path.relative(process.cwd(), options.csv) || options.csv;
  const dataLabel = dirLabel(options.data);
  const eventsPath = path.join(options.data, EVENTS_FILE);

  let input: DatasetInput;
  let csv: string;
  try {
    input = readDatasetFiles(options.data);
    csv = readUtf8(options.csv);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const before = validateDataset(input);
  if (before.dataset === null) {
    for (const issue of before.issues) console.error(formatIssue(issue, dataLabel));
    console.error(`✗ the dataset in ${dataLabel} is not valid before the import (${plural(before.issues.length, 'issue')}); fix it first. Nothing written.`);
    return 1;
  }

  const result = importEventsCsv(csv, before.dataset);
  for (const error of result.errors) console.error(`${csvLabel}:${error.line}: ${error.eventId ? `${error.eventId}: ` : ''}${error.reason}`);
  const badLines = new Set(result.errors.map((e) => e.line)).size;
  if (result.events.length === 0) {
    const why = result.rows === 0 ? 'the file has no data rows' : `none of ${plural(result.rows, 'row')} can be imported`;
    console.error(`${result.errors.length > 0 ? '✗' : '✓'} ${why}. Nothing written.`);
    return result.errors.length > 0 ? 1 : 0;
  }

  // Append to the file as stored, so existing records keep their exact text.
  const stored = input.json[EVENTS_FILE] ?? '[]';
  const existing = JSON.parse(stored) as unknown[];
  const merged = `${JSON.stringify([...existing, ...result.events.map((e) => e.event)], null, 2)}\n`;
  const after = validateDataset({ ...input, json: { ...input.json, [EVENTS_FILE]: merged } });
  if (after.dataset === null) {
    for (const issue of after.issues) {
      const index = issue.file === EVENTS_FILE ? Number(/^\$\[(\d+)\]/.exec(issue.path)?.[1] ?? NaN) - existing.length : NaN;
      const row = Number.isInteger(index) && index >= 0 ? result.events[index] : undefined;
      console.error(row ? `${csvLabel}:${row.line}: ${row.event.id}: ${issue.message} (${issue.path.replace(/^\$\[\d+\]/, '$')})` : formatIssue(issue, dataLabel));
    }
    console.error(`✗ with the ${plural(result.events.length, 'imported event')} the dataset would not validate (${plural(after.issues.length, 'issue')}). Nothing written.`);
    return 1;
  }

  const summary = `${plural(result.events.length, 'event')} (${result.events.map((e) => e.event.id).join(', ')})`;
  const rejected = badLines > 0 ? `; ${plural(badLines, 'row')} left out (listed above)` : '';
  if (options.dryRun) {
    console.log(`✓ dry run: ${summary} would be added to ${dataLabel}/${EVENTS_FILE}${rejected}. Nothing written.`);
    return badLines > 0 ? 2 : 0;
  }
  // Someone else (the review page, an editor) may have saved events.json meanwhile: never overwrite their work.
  if (readFileSync(eventsPath, 'utf8') !== stored) {
    console.error(`✗ ${dataLabel}/${EVENTS_FILE} changed while importing. Nothing written; run the import again.`);
    return 1;
  }
  try {
    writeFileAtomic(eventsPath, merged);
  } catch (error) {
    console.error(`✗ could not write ${eventsPath}: ${error instanceof Error ? error.message : String(error)}. Nothing written.`);
    return 1;
  }
  console.log(`✓ added ${summary} to ${dataLabel}/${EVENTS_FILE}${rejected}.`);
  return badLines > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
