/**
 * The timeline's words (lib/columnar TimelineTextColumns) handed from the
 * worker that fetches and parses them (./timeline-text.worker) to the page,
 * a slice of events per message.
 *
 * At 100,000 events the words are 28 MB of JSON. Read and parsed on the
 * page's main thread they held it for ~650 ms in one task, about three
 * seconds after the page opened, just as a reader starts zooming (the
 * benchmark's trace): every frame of that time was lost. In the worker the
 * parse runs on the other core; the page receives slices of TEXT_SLICE
 * events, each a message of its own, so input and frames get their turn
 * between them.
 *
 * Pure: both ends are tested in Node (no worker, no DOM here).
 */
import { TEXT_KEYS, type TimelineTextColumns } from '@/lib/columnar';

/** Events per message: ~1.4 MB of words at 100,000 events, a few milliseconds to receive. */
export const TEXT_SLICE = 5_000;

/** The page asks the worker for the words at `url`. */
export interface TextRequest {
  url: string;
}

/** Events `from` to `from + title.length - 1` of `count`. */
export interface TextSlice {
  type: 'slice';
  version: TimelineTextColumns['version'];
  count: number;
  from: number;
  title: string[];
  titleAr: string[];
  expression: string[];
  edtf: string[];
}

export type TextMessage = TextSlice | { type: 'done'; version: TimelineTextColumns['version']; count: number } | { type: 'error'; message: string };

/**
 * Posts the words in slices, then 'done'. Words whose columns are not lists
 * of `count` strings' length are refused whole, before any slice leaves:
 * the page must never write half of a malformed file into its records.
 */
export function postTextSlices(url: string, text: unknown, post: (message: TextMessage) => void, size: number = TEXT_SLICE): void {
  const columns = checkedText(url, text);
  const { version, count } = columns;
  for (let from = 0; from < count; from += size) {
    const to = Math.min(count, from + size);
    post({
      type: 'slice',
      version,
      count,
      from,
      title: columns.title.slice(from, to),
      titleAr: columns.titleAr.slice(from, to),
      expression: columns.expression.slice(from, to),
      edtf: columns.edtf.slice(from, to),
    });
  }
  post({ type: 'done', version, count });
}

function checkedText(url: string, text: unknown): TimelineTextColumns {
  if (!text || typeof text !== 'object') throw new Error(`${url}: not the timeline's words (not an object)`);
  const columns = text as Partial<TimelineTextColumns>;
  if (columns.version !== 1) throw new Error(`${url}: version ${String(columns.version)} of the timeline's words is not supported (expected 1)`);
  const count = columns.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new Error(`${url}: count is ${String(count)}, not a number of events`);
  for (const key of TEXT_KEYS) {
    const column = columns[key];
    if (!Array.isArray(column)) throw new Error(`${url}: ${key} is not a list`);
    if (column.length !== count) throw new Error(`${url}: ${key} has ${column.length} entries, expected ${count}`);
  }
  return columns as TimelineTextColumns;
}

/**
 * Puts the slices back together on the page. `add` returns the whole words
 * once 'done' has come after every slice, else null; it throws when a
 * message does not continue what came before (a slice out of order, another
 * count, 'done' too early), and on the worker's own error.
 */
export function textAssembler(url: string): { add(message: TextMessage): TimelineTextColumns | null } {
  let words: TimelineTextColumns | null = null;
  let next = 0;
  return {
    add(message) {
      if (message.type === 'error') throw new Error(message.message);
      if (message.type === 'done') {
        const count = words?.count ?? 0;
        if (message.count !== count || next !== count) throw new Error(`${url}: ${next} of ${message.count} events' words came`);
        return words ?? { version: message.version, count: 0, title: [], titleAr: [], expression: [], edtf: [] };
      }
      const whole = (words ??= {
        version: message.version,
        count: message.count,
        title: new Array<string>(message.count),
        titleAr: new Array<string>(message.count),
        expression: new Array<string>(message.count),
        edtf: new Array<string>(message.count),
      });
      if (message.count !== whole.count || message.from !== next || next + message.title.length > whole.count) {
        throw new Error(`${url}: words for events ${message.from}+ of ${message.count} came after ${next} of ${whole.count}`);
      }
      for (const key of TEXT_KEYS) {
        const part = message[key];
        if (part.length !== message.title.length) throw new Error(`${url}: a slice from event ${message.from} has ${part.length} ${key} for ${message.title.length} titles`);
        const column = whole[key];
        for (let k = 0; k < part.length; k += 1) column[next + k] = part[k]!;
      }
      next += message.title.length;
      return null;
    },
  };
}
