/**
 * `npm run validate [dir]`: checks a dataset directory (default `data/`, or
 * ATHAR_DATA) and prints every issue as `file: path: message`. Exit code 1 on
 * any issue, so `prebuild` stops a build that would cite a wrong passage.
 */
import path from 'node:path';
import { defaultDataDir, dirLabel, readDatasetFiles } from '../lib/load';
import { formatIssue, validateDataset } from '../lib/validate';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function main(argv: string[]): number {
  const dir = path.resolve(argv[0] ?? defaultDataDir());
  const label = dirLabel(dir);
  let input;
  try {
    input = readDatasetFiles(dir);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { dataset, issues } = validateDataset(input);
  if (dataset) {
    const counts = [
      plural(dataset.sources.length, 'source'),
      plural(dataset.actors.length, 'actor'),
      plural(dataset.events.length, 'event'),
      plural(dataset.statements.length, 'statement'),
      plural(dataset.relations.length, 'relation'),
      plural(dataset.briefings.length, 'briefing'),
    ];
    console.log(`✓ dataset valid: ${counts.join(', ')} (${label})`);
    return 0;
  }
  for (const issue of issues) console.error(formatIssue(issue, label));
  console.error(`✗ ${plural(issues.length, 'issue')} in ${label}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
