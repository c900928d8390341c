/**
 * New persons introduced by name alone, with no title before the name
 * (candidates.ts handles `وزير … فلان`): `المتعاقد السابق مع وكالة الأمن
 * القومي الأمريكية إدوارد سنودن`, then `سنودن` alone in later sentences. A
 * run of two or three words is proposed as a person's name when all of these
 * hold:
 *
 * - Each word could be part of a name: not definite (`ال…`), no function
 *   word, title word, verb of saying, digit, or a word for an unnamed source
 *   or its adjective (`مسؤول أمريكي`, `مصادر مطلعة`); no plural or feminine
 *   ending (`…ات`, `…ون`, `…يين`, `…ية`, `…ة`) or attached pronoun (`…ها`,
 *   `…هم`), which names in news rarely
 *   have and nouns and adjectives often do. Nothing breaks the run (a comma,
 *   a quotation mark), and it is no known actor's mention and no date.
 * - It stands where a name stands: after a description that ends in a
 *   known actor or a definite nisba adjective (apposition: `… الأمريكية
 *   إدوارد سنودن`, `المسؤول في البيت الأبيض …`) or after a verb of
 *   saying (`وقال جيمس لويس`), or before a verb of saying, or before a comma
 *   and a definite description (`جيمس لويس، الخبير في …`).
 * - Its last word, the surname, comes again on its own elsewhere in the
 *   article (`وكان سنودن`, `لسنودن`): news names a person in full once and by
 *   surname after. A two-word phrase that recurs only whole (`هونغ كونغ`) is
 *   a place or a thing more often than a person.
 *
 * A name said once is taken without the surname coming again in two frames
 * that hold persons and little else:
 *
 * - after a noun that describes a person or a case about one, with at most
 *   two definite adjectives between (`المتعاقد السابق إدوارد سنودن`,
 *   `قضية إدوارد سنودن`, `تسليم …`; see {@link FRAMES});
 * - as the subject opening a clause (after punctuation, `و`, `فيما` …) right
 *   before a verb of saying, every word of it continuing a name
 *   ({@link continuesName}): `، فيما جيمس لويس قال`. Common nouns in that
 *   place (`مصادر مطلعة قالت`) fail the word test.
 *
 * The surname alone is an alias of the candidate, so its later mentions are
 * found like those of any actor. The title is null: there is none to cite.
 */
import { normalizeArabic } from '../arabic';
import { definiteStems, isDefinite, isTitleHead, STOP_WORDS, TITLE_WORDS, transliterate, type Candidate } from './candidates';
import { SPEECH_VERB_WORDS, verbOf } from './speech-verbs';
import { overlaps, type ScannedText, type Span } from './text-scan';

/** Words for unnamed sources and the adjectives that go with them, and quantifiers (`لأي شكل`): never a name. */
const SOURCE_WORDS = new Set(
  normalizeArabic(
    'أي كل بعض غير شكل نحو مثل عدة جميع أكثر أقل مسؤول مسؤولون مسؤولين مصدر مصادر خبير خبراء محلل محللون دبلوماسي دبلوماسيون متحدث ناطق شهود بيان تقرير وثيقة وثائق أمريكي أميركي صيني روسي ياباني غربي أوروبي رسمي عسكري حكومي كبير رفيع بارز سابق مطلع مجهول جديد آخر آخرين أيضا كذلك حاليا سابقا لاحقا رسميا',
  ).split(' '),
);
/** Nouns that describe a person (`المتعاقد`, `الموظف`) or a case about one (`قضية`, `تسليم`): a name may follow them. */
const FRAMES = new Set(
  normalizeArabic(
    'المتعاقد المتعاقدة الموظف الموظفة العميل العميلة الضابط الجندي المواطن المواطنة الناشط الناشطة المعارض المعارضة المدون المدونة الكاتب الكاتبة القرصان المتهم المتهمة الجاسوس المسرب المخبر المحامي المحامية قضية محاكمة اعتقال توقيف تسليم مقتل اغتيال ترحيل لجوء',
  ).split(' '),
);
/** Adjectives between such a noun and the name (`السابق`, `الأمريكي`). */
const FRAME_ADJECTIVE = /^ال.{2,}(?:ي|يه|ق|قه)$/;
/** Words that open a clause before its subject (`فيما`, `و`). */
const CLAUSE_OPENERS = new Set(normalizeArabic('و ف ثم فيما بينما لكن ولكن كما بل').split(' '));
const CLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
const BREAK = /[.،,:؛;!?؟"«»“”()\n]/;

/** The word and its readings with a glued conjunction or preposition taken off (`لسنودن` → `سنودن`, `لأي` → `أي`). */
function bareForms(word: string): string[] {
  return [word, ...CLITICS.filter((c) => word.startsWith(c) && word.length - c.length >= 2).map((c) => word.slice(c.length))];
}

/** Whether a normalised word could be a word of a person's name (see the header). */
export function couldBeNameWord(word: string): boolean {
  if (word.length < 2 || /\d/.test(word) || isDefinite(word)) return false;
  if (STOP_WORDS.has(word) || TITLE_WORDS.has(word) || isTitleHead(word) || SPEECH_VERB_WORDS.has(word) || bareForms(word).some((w) => SOURCE_WORDS.has(w))) return false;
  return !/(?:ات|ون|يين|يه|ها|هم|هما)$/.test(word) && !(word.length >= 4 && word.endsWith('ه'));
}

/**
 * Whether a normalised word can continue a person's name in an article whose
 * common nouns (words it also writes with ال, `definiteStems`) are given: a
 * word of a name, no verb, no adverb or participle in the accusative alef
 * (`مجدداً`, `مؤخراً`), and none of those nouns (`ملف` beside `الملف`).
 */
export function continuesName(word: string, commonNouns: ReadonlySet<string>): boolean {
  if (!couldBeNameWord(word) || verbOf(word) !== null || commonNouns.has(word)) return false;
  return !(word.length >= 4 && word.endsWith('ا'));
}

/** Whether the word is a person-describing noun (with its clitics taken off: `للمتعاقد` → `المتعاقد`). */
function isFrame(word: string): boolean {
  const forms = [word, word.replace(/^[وف]/, ''), word.replace(/^[وف]?[بلك](?=ال)/, ''), word.replace(/^[وف]?لل/, 'ال')];
  return forms.some((f) => FRAMES.has(f));
}

/**
 * Persons named without a title. `taken` are spans already read (known
 * actors' mentions, dates, titled candidates' names); no name overlaps them.
 */
export function findUntitledNames(scanned: ScannedText, taken: readonly Span[]): Candidate[] {
  const { tokens, raw } = scanned;
  const words = tokens.map((t) => t.text);
  const free = (i: number) => tokens[i] !== undefined && !taken.some((s) => overlaps(s, tokens[i] as Span));
  const gap = (i: number) => raw.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? raw.length);
  const speech = (i: number) => SPEECH_VERB_WORDS.has(words[i] ?? '');
  // A description ends in a known actor (`… في البيت الأبيض`) or in a nisba of a country or body (`… الأمريكية`).
  const appositive = (i: number) => taken.some((s) => s.end === tokens[i]?.end) || /^(?:ال|لل).{2,}(?:ي|يه)$/.test(words[i] ?? '');
  const commonNouns = definiteStems(scanned);
  // A describing noun right before, or with one or two adjectives between (`المتعاقد السابق`).
  const framed = (i: number) => {
    for (let k = i - 1; k >= i - 3 && k >= 0 && !BREAK.test(gap(k + 1)); k--) {
      if (isFrame(words[k] ?? '')) return true;
      if (!FRAME_ADJECTIVE.test(words[k] ?? '') || !free(k)) return false;
    }
    return false;
  };
  const opensClause = (i: number) => i === 0 || BREAK.test(gap(i)) || CLAUSE_OPENERS.has(words[i - 1] ?? '');
  const found = new Map<string, Candidate>();
  for (let i = 0; i < tokens.length; i++) {
    for (const length of [3, 2]) {
      const last = i + length - 1;
      if (last >= tokens.length) continue;
      const run = words.slice(i, last + 1);
      if (!run.every((w, k) => couldBeNameWord(w) && free(i + k) && (k === 0 || !BREAK.test(gap(i + k))))) continue;
      const before = BREAK.test(gap(i)) ? null : i - 1;
      const after = last + 1;
      const placed =
        (before !== null && (appositive(before) || speech(before))) ||
        (!BREAK.test(gap(after)) && speech(after)) ||
        (/[،,]/.test(gap(after)) && isDefinite(words[after] ?? ''));
      if (!placed && !framed(i)) continue;
      const surname = run[length - 1] as string;
      const alone = words.some((w, j) => (j < i || j > last) && bareForms(w).includes(surname) && (words[j - 1] !== run[length - 2] || BREAK.test(gap(j))));
      if (!alone && !framed(i) && !(opensClause(i) && speech(after) && !BREAK.test(gap(after)) && run.every((w) => continuesName(w, commonNouns)))) continue;
      const first = tokens[i];
      const end = tokens[last];
      if (!first || !end) continue;
      const key = run.join(' ');
      if (!found.has(key)) {
        const exact = raw.slice(first.start, end.end);
        const surnameRaw = raw.slice(end.start, end.end);
        found.set(key, { id: transliterate(exact), name: { start: first.start, end: end.end, exact }, title: null, aliases: [exact, surnameRaw] });
      }
      i = last;
      break;
    }
  }
  return [...found.values()];
}
