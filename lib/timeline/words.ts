/**
 * The words of the timeline's events (titles in both languages, the date as
 * written, its EDTF), read by event index, as the records built over the
 * columns read them (lib/timeline/records).
 *
 * At 100,000 events the words are 400,000 strings. Received on the page as
 * that many strings, they were ~28 MB of small objects that all survive, and
 * the browser's young-generation collector copied them in pauses of 50–80 ms
 * just as a reader started zooming (the benchmark's trace: the frames over
 * 50 ms). Joined as one string per column, each message still took 40–60 ms
 * to receive (the string is copied out of the message). So each column is
 * its UTF-16 code units with the offsets where each event's words start
 * (`JoinedWords`): two array buffers, handed over without a copy and outside
 * the collector's heap. A record's title is made from them when read, so
 * only the words a view shows become strings.
 *
 * Pure: the worker joins, the page reads (both tested in Node).
 */
import { checkText, TEXT_KEYS, type TimelineTextColumns } from '../columnar';

export type WordKey = (typeof TEXT_KEYS)[number];

/** An event's words by its index in the columns' order. */
export interface EventWords {
  readonly count: number;
  word(key: WordKey, i: number): string;
}

/** One column of words joined: event i's are the UTF-16 code units `units[starts[i] .. starts[i + 1])`. */
export interface JoinedColumn {
  units: Uint16Array;
  /** count + 1 offsets into `units`, from 0 to its length, never decreasing. */
  starts: Uint32Array;
}

export type JoinedWords = { version: 1; count: number } & Record<WordKey, JoinedColumn>;

/** Words read from the columns' arrays, as they are (a small timeline's, carried in the payload); refused when a column is not `count` long. */
export function wordsOfColumns(text: TimelineTextColumns): EventWords {
  checkText(text, text.count);
  return { count: text.count, word: (key, i) => text[key][i]! };
}

/** One column joined into a single string and its offsets; `where` names the column in the error when an entry is not text. */
export function joinWordColumn(words: readonly unknown[], where = 'words'): JoinedColumn {
  const starts = new Uint32Array(words.length + 1);
  let at = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (typeof word !== 'string') throw new Error(`${where}: entry ${i} is ${word === null ? 'null' : typeof word}, not text`);
    starts[i] = at;
    at += word.length;
  }
  starts[words.length] = at;
  const units = new Uint16Array(at);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const from = starts[i]!;
    for (let k = 0; k < word.length; k += 1) units[from + k] = word.charCodeAt(k);
  }
  return { units, starts };
}

/** Code units per call of String.fromCharCode: far under the engines' limit on a call's arguments. */
const CHUNK = 4096;

/** The string of `units[from .. to)`, code unit for code unit (a lone surrogate stays as it was). */
function unitsToString(units: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k += CHUNK) out += String.fromCharCode(...units.subarray(k, Math.min(to, k + CHUNK)));
  return out;
}

/**
 * Checks a joined column before any word is read from it, so a malformed
 * transfer fails with its reason instead of giving wrong titles: `where`
 * names the file and the column.
 */
export function checkJoinedColumn(column: unknown, count: number, where: string): JoinedColumn {
  const c = column as Partial<JoinedColumn> | null;
  if (!c || !(c.units instanceof Uint16Array)) throw new Error(`${where}: the joined words are not a Uint16Array of code units`);
  if (!(c.starts instanceof Uint32Array)) throw new Error(`${where}: the word offsets are not a Uint32Array`);
  const { units, starts } = c;
  if (starts.length !== count + 1) throw new Error(`${where}: ${starts.length} word offsets for ${count} events (expected ${count + 1})`);
  if (starts[0] !== 0 || starts[count] !== units.length) throw new Error(`${where}: the word offsets run from ${starts[0]} to ${starts[count]}, not from 0 to the words' length ${units.length}`);
  for (let i = 0; i < count; i += 1) {
    if (starts[i + 1]! < starts[i]!) throw new Error(`${where}: the words of event ${i} end (${starts[i + 1]}) before they start (${starts[i]})`);
  }
  return { units, starts };
}

/** Words read from joined columns (checked with checkJoinedColumn). */
export function wordsOfJoined(joined: JoinedWords): EventWords {
  return {
    count: joined.count,
    word: (key, i) => {
      const { units, starts } = joined[key];
      return unitsToString(units, starts[i]!, starts[i + 1]!);
    },
  };
}

/** The columns' arrays joined, column by column; `where` (a file) prefixes the column's name in an error. */
export function joinWords(text: TimelineTextColumns, where?: string): JoinedWords {
  const join = (key: WordKey) => joinWordColumn(text[key], where ? `${where}: ${key}` : key);
  return { version: text.version, count: text.count, title: join('title'), titleAr: join('titleAr'), expression: join('expression'), edtf: join('edtf') };
}
