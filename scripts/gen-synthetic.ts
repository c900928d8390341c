/**
 * `npm run gen:synthetic -- --events N --actors M --seed S --out DIR [--force]`:
 * writes a synthetic dataset (lib/synthetic) in the layout of data/, to load
 * with `ATHAR_DATA=DIR`. The folder appears whole or not at all: everything
 * is written to a temporary sibling `DIR.tmp-<pid>` and renamed into place;
 * an existing DIR is replaced only with --force.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateDataset } from '../lib/synthetic/generate';
import { parseSyntheticArgs, SYNTHETIC_USAGE } from '../lib/synthetic/args';
import { datasetFiles } from '../lib/synthetic/serialise';

function main(argv: string[]): number {
  const args = parseSyntheticArgs(argv);
  if (typeof args === 'string') {
    console.error(`✗ ${args}\n${SYNTHETIC_USAGE}`);
    return 2;
  }
  const out = path.resolve(args.out);
  if (existsSync(out) && !args.force) {
    console.error(`✗ ${out} already exists; pass --force to replace it`);
    return 1;
  }
  const started = performance.now();
  const dataset = generateDataset(args);
  const temp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  try {
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(path.join(temp, 'sources'), { recursive: true });
    for (const [file, content] of datasetFiles(dataset)) writeFileSync(path.join(temp, file), content);
    if (existsSync(out)) renameSync(out, old);
    renameSync(temp, out);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(out)) renameSync(old, out);
    console.error(`✗ could not write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✓ wrote ${out}: ${dataset.sources.length} sources, ${dataset.actors.length} actors, ${dataset.events.length} events, ` +
      `${dataset.statements.length} statements, ${dataset.relations.length} relations (seed ${args.seed}, ${seconds} s)`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
