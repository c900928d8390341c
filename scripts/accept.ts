/**
 * `npm run accept -- <draft.json> [--data DIR] [--dry-run]`
 *
 * Merges the accepted items of a reviewed ingest draft into the dataset:
 * proposals with `decision: "accepted"` or `"edited"` become records, those
 * rejected or without a decision are left out (the summary counts them).
 * The format of the decisions is in lib/accept/review.ts. The merged dataset
 * must validate; on any problem — clashing ids, stale offsets, an invalid
 * record, a reference to a rejected proposal — every problem is printed as
 * `draft: proposal <id>: reason` and nothing is written. Otherwise every
 * changed file is written in one all-or-nothing batch (scripts/accept-files.ts).
 *
 * `<data>` is --data, else ATHAR_DATA, else data/. --dry-run checks
 * everything and writes nothing. Exit status: 0 accepted (or would be),
 * 1 refused or not written, 2 usage.
 */
import { formatProblem } from '../lib/accept/review';
import { formatSummary } from '../lib/accept/summary';
import { dirLabel } from '../lib/load';
import { parseFileDataArgs } from './cli-args';
import { AcceptFileError, acceptIntoDataDir, readDraftFile } from './accept-files';

const USAGE = 'usage: npm run accept -- <draft.json> [--data DIR] [--dry-run]';



function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseFileDataArgs(argv, 'draft', 'which draft? (data/drafts/<id>.json, written by npm run ingest)');
  const options = typeof parsed === 'string' ? parsed : { draft: parsed.file, data: parsed.data, dryRun: parsed.dryRun };
  if (typeof options === 'string') {
    console.error(`✗ ${options}\n${USAGE}`);
    return 2;
  }
  const draftLabel = dirLabel(options.draft);
  const dataLabel = dirLabel(options.data);
  try {
    const raw = readDraftFile(options.draft);
    const { outcome, written } = acceptIntoDataDir(options.data, raw, { dryRun: options.dryRun });
    if (!outcome.ok) {
      for (const problem of outcome.problems) console.error(formatProblem(problem, draftLabel));
      const count = outcome.problems.length;
      console.error(`✗ ${draftLabel} was not accepted (${count} problem${count === 1 ? '' : 's'}). Nothing written to ${dataLabel}.`);
      return 1;
    }
    const verb = written ? 'accepted into' : 'dry run: would be accepted into';
    console.log(`✓ ${draftLabel} ${verb} ${dataLabel}`);
    for (const line of formatSummary(outcome.summary)) console.log(`  ${line}`);
    if (!written) console.log('  Nothing written.');
    return 0;
  } catch (error) {
    if (error instanceof AcceptFileError) {
      console.error(`✗ ${error.message}`);
      return 1;
    }
    // readDatasetFiles names a missing data directory; anything else is a bug and keeps its stack.
    if (error instanceof Error && /does not exist/.test(error.message)) {
      console.error(`✗ ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
