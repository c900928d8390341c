/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import {
  matchForm,
  matchFormWithMap,
  normalizeArabic,
  normalizeWithMap,
  stripSpaces,
  toRawRange,
  tokenize,
} from '@/lib/arabic';
import { CLITIC_PREFIXES, tokenMatches } from '@/lib/arabic-clitics';

const SOURCES = path.join(__dirname, '..', 'data', 'sources');
const kerryText = fs.readFileSync(path.join(SOURCES, 'kerry-beijing-2013-04-13.txt'), 'utf8');
const jazeeraText = fs.readFileSync(path.join(SOURCES, 'aljazeera-2013-05-15.txt'), 'utf8');

describe('normalizeArabic', () => {
  it('unifies hamza seats and drops the standalone hamza', () => {
    expect(normalizeArabic('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(normalizeArabic('مسؤول')).toBe('مسوول');
    expect(normalizeArabic('هيئة')).toBe(normalizeArabic('هيية'));
    expect(normalizeArabic('أنباء')).toBe('انبا');
    expect(normalizeArabic('الفضاء')).toBe(normalizeArabic('الفضا'));
    // A combining hamza or madda (decomposed input) folds like the precomposed letter.
    expect(normalizeArabic('ا\u0654')).toBe(normalizeArabic('أ'));
    expect(normalizeArabic('ا\u0653')).toBe('ا');
  });

  it('folds ta marbuta to ha and alef maqsura to ya', () => {
    expect(normalizeArabic('مجموعة')).toBe('مجموعه');
    expect(normalizeArabic('على')).toBe('علي');
    expect(normalizeArabic('الصينى')).toBe(normalizeArabic('الصيني'));
    expect(normalizeArabic('لأى')).toBe(normalizeArabic('لأي'));
  });

  it('removes tashkeel, superscript alef and Quranic marks', () => {
    expect(normalizeArabic('إِنَّ الْكِتَابَ')).toBe('ان الكتاب');
    expect(normalizeArabic('تَشْكِيلٌ مُشْتَرَكٌ')).toBe('تشكيل مشترك');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('الرَّحِيمِ ۝ ۖ')).toBe('الرحيم');
  });

  it('removes tatweel and invisible controls, joining what they split', () => {
    expect(normalizeArabic('كـــيري')).toBe('كيري');
    expect(normalizeArabic('ك\u200Cيري\u200F')).toBe('كيري');
    expect(normalizeArabic('\u202Bكيري\u202C \u2067Kerry\u2069\uFEFF')).toBe('كيري kerry');
  });

  it('folds Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalizeArabic('٢٠١٣/٤/١٣')).toBe('2013/4/13');
    expect(normalizeArabic('۱۴۳۴')).toBe('1434');
  });

  it('applies NFKC to presentation forms and lower-cases Latin', () => {
    expect(normalizeArabic('\uFEFB')).toBe('لا');
    expect(normalizeArabic('\uFE8D\uFEDF\uFEBC\uFEF4\uFEE6')).toBe('الصين');
    expect(normalizeArabic('John KERRY ﬁle')).toBe('john kerry file');
    // Harakat presentation forms vanish instead of becoming a space plus a mark.
    expect(normalizeArabic('كيري\uFE70')).toBe('كيري');
  });

  it('collapses whitespace, including no-break spaces and line breaks, and trims', () => {
    expect(normalizeArabic('  البيت\u00A0الأبيض \n\t أمس  ')).toBe('البيت الابيض امس');
    expect(normalizeArabic('\u00A0\u2009 ')).toBe('');
    expect(normalizeArabic('')).toBe('');
  });

  it('keeps punctuation (tokenising drops it) and is idempotent on the real texts', () => {
    expect(normalizeArabic('قال "كيري":')).toBe('قال "كيري":');
    for (const text of [kerryText, jazeeraText]) {
      const once = normalizeArabic(text);
      expect(normalizeArabic(once)).toBe(once);
      expect(once).not.toMatch(/[\u00A0\u064B-\u065F\u0640أإآىة]/);
    }
  });
});

describe('tokens, match form and compact form', () => {
  it('splits at spaces, quotes and punctuation', () => {
    expect(tokenize('ل "كيري"، ل"كيري" «وانغ»')).toEqual(['ل', 'كيري', 'ل', 'كيري', 'وانغ']);
    expect(tokenize('  ')).toEqual([]);
    expect(matchForm('Xi\'s "cold war"!')).toBe('xi s cold war');
  });

  it('agrees with tokenize and normalizeArabic on the real texts', () => {
    for (const text of [kerryText, jazeeraText]) {
      expect(matchForm(text)).toBe(tokenize(text).join(' '));
      expect(matchForm(text)).toBe((normalizeArabic(text).match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).join(' '));
    }
  });

  it('makes glued and spaced words equal in compact form', () => {
    expect(stripSpaces('الولايات المتحدة')).toBe(stripSpaces('الولاياتالمتحدة'));
    expect(stripSpaces('الولايات\u00A0المتحدة،')).toBe('الولاياتالمتحده');
    expect(stripSpaces(kerryText)).toContain(stripSpaces('الولايات المتحدة'));
    expect(stripSpaces(jazeeraText)).toContain(stripSpaces('الولاياتالمتحدة'));
  });
});

describe('tokenMatches: attached prefixes', () => {
  const matches = (q: string, t: string) => tokenMatches(normalizeArabic(q), normalizeArabic(t));

  it('finds a name behind a one-letter preposition, with or without quotes', () => {
    expect(matches('كيري', 'كيري')).toBe(true);
    expect(matches('كيري', 'لكيري')).toBe(true);
    // `ل "كيري"` and `ل"كيري"` tokenise to ل + كيري, so the bare name matches.
    for (const written of ['ل "كيري"', 'ل"كيري"']) {
      expect(tokenize(written).some((t) => tokenMatches('كيري', t))).toBe(true);
    }
  });

  it('finds words behind و ف ب ك, ال and their combinations', () => {
    expect(matches('الصين', 'والصين')).toBe(true);
    expect(matches('صين', 'الصين')).toBe(true);
    expect(matches('صين', 'بالصين')).toBe(true);
    expect(matches('الولايات', 'للولايات')).toBe(true);
    expect(matches('ولايات', 'للولايات')).toBe(true);
    expect(matches('ولايات', 'وللولايات')).toBe(true);
    expect(matches('الصيني', 'الصينى')).toBe(true);
  });

  it('never strips the query, nor leaves a one-letter stem, nor strips from the end', () => {
    expect(matches('والصين', 'الصين')).toBe(false);
    expect(matches('ل', 'بل')).toBe(false);
    expect(matches('كيري', 'كيريك')).toBe(false);
    expect(matches('كيري', 'مكيري')).toBe(false);
  });

  it('lists prefixes longest first, each once', () => {
    const lengths = CLITIC_PREFIXES.map((c) => c.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(new Set(CLITIC_PREFIXES).size).toBe(CLITIC_PREFIXES.length);
  });
});

describe('offset maps back into the raw text', () => {
  /** The raw slice behind the first occurrence of `needle` in the normalised text. */
  function rawBehind(raw: string, needle: string, withWords = false): string {
    const n = withWords ? matchFormWithMap(raw) : normalizeWithMap(raw);
    const at = n.text.indexOf(normalizeArabic(needle));
    expect(at).toBeGreaterThanOrEqual(0);
    const r = toRawRange(n, at, at + normalizeArabic(needle).length);
    return raw.slice(r.start, r.end);
  }

  it('has one entry per normalised UTF-16 unit, non-decreasing, inside the raw text', () => {
    for (const raw of [kerryText, jazeeraText, 'ﷺ كـيري\u00A0أَنْبَاءٌ 😀 ﻻ']) {
      for (const n of [normalizeWithMap(raw), matchFormWithMap(raw)]) {
        expect(n.map).toHaveLength(n.text.length);
        expect(n.ends).toHaveLength(n.text.length);
        const bad = n.map.findIndex((start, i) => {
          const end = n.ends[i] ?? -1;
          return !(start < end && end <= raw.length && start >= (n.map[i - 1] ?? 0));
        });
        expect(bad).toBe(-1);
      }
    }
    expect(normalizeWithMap(kerryText).text).toBe(normalizeArabic(kerryText));
    expect(matchFormWithMap(kerryText).text).toBe(matchForm(kerryText));
  });

  it('points a hit in the real texts at the raw characters', () => {
    expect(rawBehind(kerryText, 'الصيني "وانغ')).toBe('الصينى "وانغ');
    expect(rawBehind(kerryText, 'كيري', true)).toBe('كيري');
    expect(rawBehind(kerryText, 'لاي شكل')).toBe('لأى شكل');
    // U+00A0 inside a phrase of the Al Jazeera text.
    const phrase = /[^\s\u00A0]+\u00A0[^\s\u00A0]+/.exec(jazeeraText)?.[0] ?? '';
    expect(phrase).not.toBe('');
    expect(rawBehind(jazeeraText, phrase.replace('\u00A0', ' '))).toBe(phrase);
  });

  it('covers diacritics, a trailing hamza and tatweel of the matched word', () => {
    expect(rawBehind('قال: أَنْبَاءٌ مهمة', 'انبا')).toBe('أَنْبَاءٌ');
    expect(rawBehind('x كيريـ y', 'كيري')).toBe('كيريـ');
    expect(rawBehind('\u00A0 ﻻ بد', 'لا')).toBe('ﻻ');
    // Half of a ligature still highlights the whole raw character.
    expect(rawBehind('ﻻ', 'ل')).toBe('ﻻ');
  });

  it('maps the collapsed space to the raw whitespace and rejects empty ranges', () => {
    const raw = 'كيري \u00A0\n وانغ';
    const n = normalizeWithMap(raw);
    expect(n.text).toBe('كيري وانغ');
    const r = toRawRange(n, 4, 5);
    expect(raw.slice(r.start, r.end)).toBe(' \u00A0\n ');
    expect(() => toRawRange(n, 3, 3)).toThrow(RangeError);
    expect(() => toRawRange(n, 0, 99)).toThrow(RangeError);
  });
});
