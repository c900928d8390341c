/** @jest-environment node */
/**
 * The timeline's words handed from the worker to the page in slices
 * (components/explorer/timeline-text-transfer): what comes out is what went
 * in, a malformed file is refused before any slice leaves, and a slice out
 * of order or a short delivery is an error, never half the words.
 */
import { postTextSlices, textAssembler, type TextMessage } from '@/components/explorer/timeline-text-transfer';
import type { TimelineTextColumns } from '@/lib/columnar';

const URL = '/data/timeline-text.json';

function words(count: number): TimelineTextColumns {
  return {
    version: 1,
    count,
    title: Array.from({ length: count }, (_, i) => `Talks ${i}`),
    titleAr: Array.from({ length: count }, (_, i) => `محادثات ${i}`),
    expression: Array.from({ length: count }, (_, i) => (i % 2 ? 'أمس الثلاثاء' : '')),
    edtf: Array.from({ length: count }, (_, i) => `2013-05-${String((i % 28) + 1).padStart(2, '0')}`),
  };
}

function sliced(text: unknown, size: number): TextMessage[] {
  const out: TextMessage[] = [];
  postTextSlices(URL, text, (m) => out.push(m), size);
  return out;
}

describe('the timeline words in slices', () => {
  it('come back whole and in order, the assembler answering only at the end', () => {
    const text = words(12);
    const messages = sliced(text, 5);
    expect(messages.map((m) => (m.type === 'slice' ? `${m.from}+${m.title.length}` : m.type))).toEqual(['0+5', '5+5', '10+2', 'done']);
    const assembler = textAssembler(URL);
    const answers = messages.map((m) => assembler.add(m));
    expect(answers.slice(0, -1)).toEqual([null, null, null]);
    expect(answers.at(-1)).toEqual(text);
  });

  it('hand over a timeline without events as empty words', () => {
    const messages = sliced(words(0), 5);
    expect(messages).toEqual([{ type: 'done', version: 1, count: 0 }]);
    expect(textAssembler(URL).add(messages[0]!)).toEqual(words(0));
  });

  it('refuse a malformed file before any slice leaves, saying what is wrong', () => {
    const post = jest.fn();
    const short = { ...words(4), edtf: ['2013'] };
    expect(() => postTextSlices(URL, short, post)).toThrow('/data/timeline-text.json: edtf has 1 entries, expected 4');
    expect(() => postTextSlices(URL, { ...words(4), title: 'x' }, post)).toThrow('title is not a list');
    expect(() => postTextSlices(URL, { ...words(4), version: 2 }, post)).toThrow('version 2 of the timeline\'s words is not supported');
    expect(() => postTextSlices(URL, { ...words(4), count: -1 }, post)).toThrow('count is -1');
    expect(() => postTextSlices(URL, null, post)).toThrow('not an object');
    expect(post).not.toHaveBeenCalled();
  });

  it('stop at a slice out of order, a short delivery, a slice of uneven columns or the worker\'s error', () => {
    const messages = sliced(words(12), 5);
    const skipping = textAssembler(URL);
    skipping.add(messages[0]!);
    expect(() => skipping.add(messages[2]!)).toThrow('words for events 10+ of 12 came after 5 of 12');

    const short = textAssembler(URL);
    short.add(messages[0]!);
    expect(() => short.add(messages[3]!)).toThrow('5 of 12 events\' words came');

    const uneven = textAssembler(URL);
    const first = messages[0]! as Extract<TextMessage, { type: 'slice' }>;
    expect(() => uneven.add({ ...first, edtf: first.edtf.slice(1) })).toThrow('a slice from event 0 has 4 edtf for 5 titles');

    expect(() => textAssembler(URL).add({ type: 'error', message: '/data/timeline-text.json: HTTP 404' })).toThrow('HTTP 404');
  });
});
