/**
 * `npm run ingest -- <article.txt> [--published ISO] [--publisher NAME] [--id ID] [--data DIR] [--force]`
 *
 * Copies the article byte for byte into `<data>/sources/<id>.txt` and writes
 * the draft of proposals (dates, actor mentions, new actors, statements,
 * events, each with its exact passage) to `<data>/drafts/<id>.json`; the
 * format is documented in lib/ingest/draft.ts. `<data>` is `--data`, else
 * ATHAR_DATA, else `data/`. Without a dateline in the article, `--published`
 * is required. On any error nothing is written and the exit code is 1 (2 for
 * a usage error).
 */
import path from 'node:path';
import { defaultDataDir, dirLabel } from '../lib/load';
import type { Proposal } from '../lib/ingest/draft';
import { IngestError, ingestArticle, type IngestOptions } from '../lib/ingest/store';

const USAGE = 'usage: npm run ingest -- <article.txt> [--published ISO] [--publisher NAME] [--id ID] [--data DIR] [--force]';

class UsageError extends Error {}

function parseArgs(argv: string[]): IngestOptions {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--force') force = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (/^--(published|publisher|id|data)(=.*)?$/.test(arg)) {
      const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value.\n${USAGE}`);
      values[flag.slice(2)] = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}.\n${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 1 || positional[0] === undefined) throw new UsageError(positional.length === 0 ? `no article file given.\n${USAGE}` : `one article at a time (got ${positional.length}).\n${USAGE}`);
  return {
    article: path.resolve(positional[0]),
    dataDir: path.resolve(values.data ?? defaultDataDir()),
    id: values.id,
    published: values.published,
    publisher: values.publisher,
    force,
  };
}

function summary(proposals: Proposal[]): string {
  const count = (kind: Proposal['kind']) => proposals.filter((p) => p.kind === kind).length;
  const matching = proposals.filter((p) => p.kind === 'event' && p.matchesEvent !== null).length;
  return `${count('date')} dates, ${count('mention')} mentions, ${count('actor')} new actors, ${count('statement')} statements, ${count('event')} events (${matching} matching existing events)`;
}

function main(argv: string[]): number {
  let options: IngestOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  try {
    const result = ingestArticle(options);
    const { source, proposals } = result.draft;
    console.log(`✓ ${result.textCreated ? 'copied' : 'already present, unchanged:'} ${dirLabel(result.textPath)} (sha256 ${source.sha256.slice(0, 12)}…)`);
    console.log(`✓ draft ${dirLabel(result.draftPath)}: ${summary(proposals)}`);
    console.log(`  published ${source.publication.datetime} (${source.publication.basis}${source.publication.passage ? `: "${source.publication.passage.exact}"` : ''})`);
    for (const warning of source.publication.warnings) console.log(`  ! ${warning}`);
    for (const p of proposals) for (const warning of p.warnings) console.log(`  ! ${p.id} "${p.exact.slice(0, 40)}": ${warning}`);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      console.error(`✗ ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
