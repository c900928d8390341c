/**
 * The benchmark's builds, made only when needed. A build is reused when its
 * folder holds a stamp of the same dataset and the same app sources: the
 * files git tracks outside the benchmark, tests, docs and CI (so a commit
 * that only touches scripts/ or the README keeps a 100,000-event build),
 * with uncommitted edits and new files counted, since the lead and helpers
 * change app/, components/ and lib/ while a run is going.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/** Paths whose changes cannot change what `next build` makes. */
const NOT_APP = ['scripts', 'bench', 'e2e', '__tests__', 'docs', '.ci', '**/*.md', 'playwright*.config.ts', 'jest.config.mjs', 'eslint.config.mjs'];
const PATHSPEC = ['--', '.', ...NOT_APP.map((p) => `:(exclude,glob)${p.includes('*') ? p : `${p}/**`}`)];

export interface BuildTarget {
  /** Build folder, relative to the root (listed in tsconfig.json, so next build leaves that file alone). */
  distDir: string;
  /** Per-record pages rendered at build time (the benchmark measures none: few keep the build short). */
  recordPages: number;
}

function git(root: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/** A hash of every app source as it is on disk now: tracked blobs, unstaged edits, untracked files. */
export function appSourceKey(root: string): string {
  const hash = createHash('sha256');
  hash.update(git(root, ['ls-files', '-s', ...PATHSPEC]));
  hash.update(git(root, ['diff', 'HEAD', '--binary', ...PATHSPEC]));
  for (const file of git(root, ['ls-files', '--others', '--exclude-standard', ...PATHSPEC]).split('\n').filter(Boolean)) {
    hash.update(file);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface BuildOptions {
  root: string;
  dataDir: string;
  force: boolean;
  log: (message: string) => void;
  /** Runs a command with inherited output; throws on a non-zero exit. */
  run: (command: string, args: string[], env: Record<string, string>) => void;
}

/** Builds the app on `dataDir` into `target.distDir` unless that folder already holds this build. */
export function buildOnce(target: BuildTarget, { root, dataDir, force, log, run }: BuildOptions): void {
  const stampFile = path.join(root, target.distDir, 'athar-bench-stamp.json');
  const stamp = JSON.stringify({ sources: appSourceKey(root), data: dataDir, recordPages: target.recordPages });
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    log(`reusing the build in ${target.distDir} (same app sources and dataset)`);
    return;
  }
  log(`building into ${target.distDir} with ATHAR_DATA=${path.relative(root, dataDir)}, ${target.recordPages} record pages of each kind`);
  const started = Date.now();
  // No stamp while the folder is being rebuilt: a build that fails or is stopped must not be reused.
  rmSync(stampFile, { force: true });
  run('node', ['node_modules/next/dist/bin/next', 'build'], {
    ATHAR_DATA: dataDir,
    ATHAR_DIST_DIR: target.distDir,
    ATHAR_STATIC_RECORD_PAGES: String(target.recordPages),
    NODE_OPTIONS: '--max-old-space-size=8192',
  });
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  // The stamp names the sources as they were when the build started: an edit made during the build forces the next one.
  writeFileSync(stampFile, stamp);
}
