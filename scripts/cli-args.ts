/**
 * The arguments the data-changing CLIs share: one input file, `--data DIR`
 * (default data/ or ATHAR_DATA) and `--dry-run`. One parser, so every command
 * spells and refuses them the same way.
 */
import path from 'node:path';
import { defaultDataDir } from '../lib/load';

export interface FileDataArgs {
  /** The input file, absolute. */
  file: string;
  /** The data directory, absolute. */
  data: string;
  dryRun: boolean;
}

/**
 * Reads `<file> [--data DIR] [--dry-run]`; returns the reason as a string when
 * the arguments do not make sense. `noun` names the file in messages ("draft",
 * "CSV file"); `missing` is said when no file is given.
 */
export function parseFileDataArgs(argv: readonly string[], noun: string, missing: string): FileDataArgs | string {
  let file: string | null = null;
  let data = defaultDataDir();
  let dryRun = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--dry-run' || arg === '-n') dryRun = true;
    else if (arg === '--data') {
      const value = argv[++i];
      if (!value) return '--data needs a directory';
      data = path.resolve(value);
    } else if (arg.startsWith('--data=')) data = path.resolve(arg.slice('--data='.length));
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file === null) file = path.resolve(arg);
    else return `one ${noun} at a time (got ${arg} too)`;
  }
  return file === null ? missing : { file, data, dryRun };
}
