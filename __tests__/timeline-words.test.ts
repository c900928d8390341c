/** @jest-environment node */
/**
 * The timeline's words joined as code units (lib/timeline/words): every
 * word reads back exactly as written, whatever its script or length, and
 * offsets that do not fit their words are refused before a word is read.
 */
import { checkJoinedColumn, joinWordColumn, joinWords, wordsOfColumns, wordsOfJoined } from '@/lib/timeline/words';

const WORDS = ['Kerry meets Wang', 'لقاءُ كيري ووانغ', '', 'أمس الثلاثاء', 'flag 🇨🇳 and 🇺🇸', 'x'.repeat(10_000) + 'ي', '\uD800 alone'];

describe('the timeline words, joined', () => {
  it('read back every word as written: Arabic with its marks, pairs of surrogates, an empty word, one longer than a call takes, a lone surrogate', () => {
    const text = { version: 1 as const, count: WORDS.length, title: WORDS, titleAr: [...WORDS].reverse(), expression: WORDS.map((w) => w.slice(0, 3)), edtf: WORDS.map(() => '2013-06-07') };
    const words = wordsOfJoined(joinWords(text));
    for (const key of ['title', 'titleAr', 'expression', 'edtf'] as const) {
      expect(Array.from({ length: WORDS.length }, (_, i) => words.word(key, i))).toEqual(text[key]);
    }
    expect(wordsOfColumns(text).word('titleAr', 1)).toBe(text.titleAr[1]);
  });

  it('refuses a word that is not text, naming the column and the entry', () => {
    expect(() => joinWordColumn(['a', null, 'c'], 'titleAr')).toThrow('titleAr: entry 1 is null, not text');
  });

  it('refuses offsets that do not fit their words', () => {
    const column = joinWordColumn(['ab', 'cd']);
    expect(checkJoinedColumn(column, 2, 'title').starts).toEqual(Uint32Array.from([0, 2, 4]));
    expect(() => checkJoinedColumn(column, 3, 'title')).toThrow('title: 3 word offsets for 3 events (expected 4)');
    expect(() => checkJoinedColumn({ ...column, starts: Uint32Array.from([0, 3, 2]) }, 2, 'title')).toThrow('title: the word offsets run from 0 to 2, not from 0 to the words\' length 4');
    expect(() => checkJoinedColumn({ ...column, starts: Uint32Array.from([0, 5, 4]) }, 2, 'title')).toThrow('title: the words of event 1 end (4) before they start (5)');
    expect(() => checkJoinedColumn(null, 2, 'title')).toThrow('title: the joined words are not a Uint16Array of code units');
  });
});
