/**
 * Prints the passage JSON for an exact string of a source text: the way
 * analysts add evidence to data/ without counting offsets by hand.
 *
 *   npx tsx scripts/passage.ts <sourceId> "<exact text>" [occurrence]
 *
 * `occurrence` is 0-based and required when the string occurs more than once.
 * The exact text must be verbatim: the raw texts keep their no-break spaces
 * (U+00A0), glued words and spellings, and offsets count every code unit. When
 * the string is not found, near matches that differ only in spaces (a
 * no-break space, or none, as in `الولاياتالمتحدة`), in ي/ى or in the alif
 * forms are listed with their verbatim spelling.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPassage, occurrencesOf } from '../lib/passage';

const USAGE = 'usage: npx tsx scripts/passage.ts <sourceId> "<exact text>" [occurrence]';

/** `ATHAR_DATA`, else the `data/` folder next to this script's folder (works from any working directory). */
const DATA_DIR = path.resolve(process.env.ATHAR_DATA ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data'));
const SOURCES_DIR = path.join(DATA_DIR, 'sources');

class CliError extends Error {}

function knownSources(): string[] {
  if (!existsSync(SOURCES_DIR)) return [];
  return readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** The text file of a source: its record's `textFile`, or `<id>.txt` for a source whose record is not written yet. */
function textFileOf(sourceId: string): string {
  const record = path.join(SOURCES_DIR, `${sourceId}.json`);
  if (existsSync(record)) {
    const parsed: unknown = JSON.parse(readFileSync(record, 'utf8'));
    const textFile = typeof parsed === 'object' && parsed !== null && 'textFile' in parsed ? parsed.textFile : undefined;
    if (typeof textFile !== 'string') throw new CliError(`source ${sourceId}: sources/${sourceId}.json has no "textFile".`);
    return path.join(SOURCES_DIR, textFile);
  }
  const bare = path.join(SOURCES_DIR, `${sourceId}.txt`);
  if (existsSync(bare)) return bare;
  const known = knownSources();
  throw new CliError(`source ${sourceId}: no such source in ${path.relative(process.cwd(), SOURCES_DIR) || SOURCES_DIR} (known: ${known.join(', ') || 'none'}).`);
}

/** Decoded as the dataset loader does: UTF-8, keeping a byte-order mark, so offsets agree with the validator. */
function readText(file: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(file));
}

/** A few characters each side of an offset, on one line, for listing occurrences. */
function context(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s/g, ' ');
  return `…${flat(text.slice(Math.max(0, start - 20), start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + 20))}…`;
}

/** Matches that differ only in whitespace (space, U+00A0, newline, or none at all), ي/ى, or the alif forms. */
function nearMatches(text: string, exact: string): { start: number; verbatim: string }[] {
  const classes: Record<string, string> = { ي: '[يى]', ى: '[يى]', ا: '[اأإآ]', أ: '[اأإآ]', إ: '[اأإآ]', آ: '[اأإآ]' };
  const pattern = [...exact.trim()]
    .map((ch) => (/\s/.test(ch) ? '\\s*' : (classes[ch] ?? ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))))
    .join('')
    .replace(/(\\s\*)+/g, '\\s*');
  if (pattern === '') return [];
  return [...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => ({ start: m.index, verbatim: m[0] }));
}

function run(argv: string[]): string {
  const [sourceId, exact, occurrenceArg, ...rest] = argv;
  if (sourceId === undefined || exact === undefined || rest.length > 0) throw new CliError(USAGE);
  if (exact === '') throw new CliError(`source ${sourceId}: the exact text is empty.`);
  let occurrence: number | undefined;
  if (occurrenceArg !== undefined) {
    if (!/^\d+$/.test(occurrenceArg)) throw new CliError(`source ${sourceId}: occurrence "${occurrenceArg}" is not a 0-based index (0, 1, 2…).`);
    occurrence = Number(occurrenceArg);
  }

  const file = textFileOf(sourceId);
  if (!existsSync(file)) throw new CliError(`source ${sourceId}: its text file ${path.basename(file)} does not exist.`);
  const text = readText(file);
  const hits = occurrencesOf(text, exact);

  if (hits.length === 0) {
    const near = nearMatches(text, exact);
    const hint = near.length
      ? `\nNear matches (the text spells them differently; copy the verbatim form, U+00A0 shown as \\u00a0):\n` +
        near.map((m) => `  at ${m.start}: ${JSON.stringify(m.verbatim).replace(/\u00a0/g, '\\u00a0')}`).join('\n')
      : '';
    throw new CliError(`source ${sourceId}: "${exact}" does not occur in ${path.basename(file)}.${hint}`);
  }
  if (occurrence === undefined && hits.length > 1) {
    const list = hits.map((start, i) => `  ${i}: at ${start} ${context(text, start, start + exact.length)}`).join('\n');
    throw new CliError(`source ${sourceId}: "${exact}" occurs ${hits.length} times; pass the 0-based occurrence you mean:\n${list}`);
  }
  if (occurrence !== undefined && occurrence >= hits.length) {
    throw new CliError(`source ${sourceId}: "${exact}" occurs ${hits.length} time${hits.length === 1 ? '' : 's'}, so there is no occurrence ${occurrence} (indices start at 0).`);
  }
  return JSON.stringify(findPassage(sourceId, text, exact, occurrence), null, 2);
}

try {
  console.log(run(process.argv.slice(2)));
} catch (error) {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exitCode = error.message === USAGE ? 2 : 1;
  } else {
    throw error;
  }
}
