/** @jest-environment node */
/**
 * The timeline's words handed from the worker to the page a column at a
 * time, joined (components/explorer/timeline-text-transfer): what comes out
 * reads as what went in, the offsets' buffers are listed for transfer, a
 * malformed file is refused before any column leaves, and a column out of
 * place or a short delivery is an error, never half the words.
 */
import { postTextColumns, textAssembler, wordsOfFile, type TextMessage } from '@/components/explorer/timeline-text-transfer';
import { TEXT_KEYS, type TimelineTextColumns } from '@/lib/columnar';
import type { EventWords } from '@/lib/timeline/words';

const URL = '/data/timeline-text.json';

function words(count: number): TimelineTextColumns {
  return {
    version: 1,
    count,
    title: Array.from({ length: count }, (_, i) => `Talks ${i}`),
    titleAr: Array.from({ length: count }, (_, i) => `مُحادثات ${i}`),
    expression: Array.from({ length: count }, (_, i) => (i % 2 ? 'أمس الثلاثاء' : '')),
    edtf: Array.from({ length: count }, (_, i) => `2013-05-${String((i % 28) + 1).padStart(2, '0')}`),
  };
}

function posted(text: unknown): { messages: TextMessage[]; transfers: Transferable[][] } {
  const messages: TextMessage[] = [];
  const transfers: Transferable[][] = [];
  postTextColumns(URL, text, (m, t) => {
    messages.push(m);
    transfers.push(t);
  });
  return { messages, transfers };
}

/** Every word the page reads, column by column, as the file has them. */
function read(w: EventWords): TimelineTextColumns {
  const column = (key: (typeof TEXT_KEYS)[number]) => Array.from({ length: w.count }, (_, i) => w.word(key, i));
  return { version: 1, count: w.count, title: column('title'), titleAr: column('titleAr'), expression: column('expression'), edtf: column('edtf') };
}

describe('the timeline words, a column at a time', () => {
  it('read back as they were written, the assembler answering only at the end', () => {
    const text = words(12);
    const { messages, transfers } = posted(text);
    expect(messages.map((m) => (m.type === 'column' ? m.key : m.type))).toEqual([...TEXT_KEYS, 'done']);
    // Each column's code units and offsets move to the page without a copy.
    expect(transfers.slice(0, 4).map((t) => t.length)).toEqual([2, 2, 2, 2]);
    const assembler = textAssembler(URL);
    const answers = messages.map((m) => assembler.add(m));
    expect(answers.slice(0, -1)).toEqual([null, null, null, null]);
    expect(read(answers.at(-1)!)).toEqual(text);
  });

  it('hand over a timeline without events as empty words', () => {
    const { messages } = posted(words(0));
    const assembler = textAssembler(URL);
    const answers = messages.map((m) => assembler.add(m));
    expect(answers.at(-1)!.count).toBe(0);
  });

  it('read a file on the page (no worker) the same way, refusing it when malformed', () => {
    expect(read(wordsOfFile(URL, words(5)))).toEqual(words(5));
    expect(() => wordsOfFile(URL, { ...words(4), edtf: ['2013'] })).toThrow('/data/timeline-text.json: edtf has 1 entries, expected 4');
  });

  it('refuse a malformed file before any column leaves, saying what is wrong', () => {
    const post = jest.fn();
    const short = { ...words(4), edtf: ['2013'] };
    expect(() => postTextColumns(URL, short, post)).toThrow('/data/timeline-text.json: edtf has 1 entries, expected 4');
    expect(() => postTextColumns(URL, { ...words(4), title: 'x' }, post)).toThrow('title is not a list');
    expect(() => postTextColumns(URL, { ...words(4), version: 2 }, post)).toThrow("version 2 of the timeline's words is not supported");
    expect(() => postTextColumns(URL, { ...words(4), count: -1 }, post)).toThrow('count is -1');
    expect(() => postTextColumns(URL, null, post)).toThrow('not an object');
    // A word that is not text, in the last column: not one column has left when it is found.
    expect(() => postTextColumns(URL, { ...words(4), edtf: ['2013', 2013, '2013', '2013'] }, post)).toThrow('/data/timeline-text.json: edtf: entry 1 is number, not text');
    expect(post).not.toHaveBeenCalled();
  });

  it("stop at a column twice, a short delivery, offsets that do not fit their text, another count or the worker's error", () => {
    const { messages } = posted(words(12));
    const twice = textAssembler(URL);
    twice.add(messages[0]!);
    expect(() => twice.add(messages[0]!)).toThrow('the column title came twice');

    const short = textAssembler(URL);
    short.add(messages[0]!);
    expect(() => short.add(messages[4]!)).toThrow('the words ended without titleAr, expression, edtf');

    const title = messages[0] as Extract<TextMessage, { type: 'column' }>;
    expect(() => textAssembler(URL).add({ ...title, units: title.units.slice(1) })).toThrow(/title: the word offsets run from 0 to \d+, not from 0 to the words' length \d+/);
    expect(() => textAssembler(URL).add({ ...title, units: 'Talks' as unknown as Uint16Array })).toThrow('title: the joined words are not a Uint16Array of code units');
    const backwards = Uint32Array.from(title.starts);
    backwards[3] = backwards[5]!;
    expect(() => textAssembler(URL).add({ ...title, starts: backwards })).toThrow('title: the words of event 3 end');
    expect(() => textAssembler(URL).add({ ...title, starts: title.starts.slice(1) })).toThrow('title: 12 word offsets for 12 events (expected 13)');
    expect(() => textAssembler(URL).add({ ...title, starts: [...title.starts] as unknown as Uint32Array })).toThrow('the word offsets are not a Uint32Array');

    const other = textAssembler(URL);
    other.add(messages[0]!);
    expect(() => other.add({ ...messages[1]!, count: 11 } as TextMessage)).toThrow('words for 11 events (version 1) came after words for 12');

    expect(() => textAssembler(URL).add({ type: 'error', message: '/data/timeline-text.json: HTTP 404' })).toThrow('HTTP 404');
  });
});
