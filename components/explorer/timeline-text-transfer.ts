/**
 * The timeline's words (lib/columnar TimelineTextColumns) handed from the
 * worker that fetches and parses them (./timeline-text.worker) to the page,
 * a column per message, joined (lib/timeline/words).
 *
 * At 100,000 events the words are 28 MB of JSON. Read and parsed on the
 * page's main thread they held it for ~650 ms in one task, about three
 * seconds after the page opened, just as a reader starts zooming (the
 * benchmark's trace): every frame of that time was lost. In the worker the
 * parse runs on the other core. Handed over as 400,000 strings, the page's
 * garbage collector then copied them in pauses of 50–80 ms; joined, each
 * column is two array buffers (lib/timeline/words), which move without a
 * copy.
 *
 * Pure: both ends are tested in Node (no worker, no DOM here).
 */
import { TEXT_KEYS, type TimelineTextColumns } from '@/lib/columnar';
import { checkJoinedColumn, joinWords, wordsOfColumns, wordsOfJoined, type EventWords, type JoinedColumn, type JoinedWords, type WordKey } from '@/lib/timeline/words';

/** The page asks the worker for the words at `url`. */
export interface TextRequest {
  url: string;
}

/** One column of the words of `count` events, joined. */
export interface TextColumnMessage extends JoinedColumn {
  type: 'column';
  version: TimelineTextColumns['version'];
  count: number;
  key: WordKey;
}

export type TextMessage = TextColumnMessage | { type: 'done'; version: TimelineTextColumns['version']; count: number } | { type: 'error'; message: string };

/**
 * Posts each column joined, with its two buffers to transfer, then
 * 'done'. Words whose columns are not lists of `count` strings are refused
 * whole, before any column leaves (each is joined before the first is posted).
 */
export function postTextColumns(url: string, text: unknown, post: (message: TextMessage, transfer: Transferable[]) => void): void {
  const columns = checkedText(url, text);
  const { version, count } = columns;
  const joined = joinWords(columns, url);
  for (const key of TEXT_KEYS) {
    const { units, starts } = joined[key];
    post({ type: 'column', version, count, key, units, starts }, [units.buffer, starts.buffer]);
  }
  post({ type: 'done', version, count }, []);
}

/** The words of a file read on the page (no worker), checked as the worker checks them. */
export function wordsOfFile(url: string, text: unknown): EventWords {
  return wordsOfColumns(checkedText(url, text));
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
 * Puts the columns back together on the page. `add` returns the words once
 * 'done' has come after every column, else null; it throws when a message
 * does not fit what came before (another count or version, a column twice or
 * malformed, 'done' too early), and on the worker's own error.
 */
export function textAssembler(url: string): { add(message: TextMessage): EventWords | null } {
  let head: { version: TimelineTextColumns['version']; count: number } | null = null;
  const columns = new Map<WordKey, JoinedColumn>();
  return {
    add(message) {
      if (message.type === 'error') throw new Error(message.message);
      head ??= { version: message.version, count: message.count };
      if (message.version !== head.version || message.count !== head.count) {
        throw new Error(`${url}: words for ${message.count} events (version ${message.version}) came after words for ${head.count} (version ${head.version})`);
      }
      if (message.type === 'done') {
        const missing = TEXT_KEYS.filter((key) => !columns.has(key));
        if (missing.length > 0) throw new Error(`${url}: the words ended without ${missing.join(', ')}`);
        const joined = { version: head.version, count: head.count } as JoinedWords;
        for (const key of TEXT_KEYS) joined[key] = columns.get(key)!;
        return wordsOfJoined(joined);
      }
      if (!TEXT_KEYS.includes(message.key)) throw new Error(`${url}: "${String(message.key)}" is not a column of the timeline's words`);
      if (columns.has(message.key)) throw new Error(`${url}: the column ${message.key} came twice`);
      columns.set(message.key, checkJoinedColumn(message, head.count, `${url}: ${message.key}`));
      return null;
    },
  };
}
