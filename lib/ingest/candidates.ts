/**
 * New actors: a person the lexicon does not know, found where a title is
 * followed by a name (`وزير الخارجية السعودي فيصل بن فرحان`,
 * `المتحدث باسم الخارجية الصينية هونغ لي`, `منسق …`, `رئيس وزراء …`,
 * `وكيل وزارة …`). The title is its head word(s) from {@link TITLE_HEADS},
 * then the words that continue a title: words with the article (`الخارجية`,
 * `الأمريكي`), title nouns (`وزارة`, `باسم`, `شؤون`) and known actors
 * (`رئيس وزراء الصين`). The name is the run of one to four words after it
 * that are none of those and no function word, date word or speech verb, or
 * the words between quotation marks right after the title
 * (`وزير الخارجية "وانغ يي"`). A name that is (or overlaps) a known actor's
 * mention is not a candidate.
 */
import { normalizeArabic } from '../arabic';
import { SPEECH_VERB_WORDS } from './speech-verbs';
import { contains, overlaps, type ScannedText, type Span } from './text-scan';
import type { FoundMention, LexiconActor } from './mentions';

const n = (words: string) => normalizeArabic(words).split(' ');
const TITLE_HEADS: readonly string[][] = [
  'المتحدث باسم', 'المتحدثة باسم', 'متحدث باسم', 'متحدثة باسم', 'الناطق باسم', 'الناطقة باسم', 'رئيس وزراء', 'رئيس الوزراء',
  'وكيل وزارة', 'وكيلة وزارة', 'الأمين العام', 'أمين عام', 'وزير', 'وزيرة', 'منسق', 'منسقة', 'رئيس', 'رئيسة', 'الرئيس', 'وكيل',
  'مدير', 'مديرة', 'سفير', 'سفيرة', 'نائب', 'مستشار', 'مستشارة', 'مبعوث', 'المبعوث', 'قائد', 'مساعد', 'مساعدة', 'مندوب', 'المندوب',
  'محافظ', 'عضو',
  // Experts and envoys, introduced like officials (`الخبير في مركز … جيمس لويس`, `السفير الأمريكي لدى الصين …`).
  'الخبير', 'الخبيرة', 'خبير', 'الباحث', 'الباحثة', 'باحث', 'المحلل', 'المحللة', 'محلل', 'الأستاذ', 'الأستاذة', 'أستاذ',
  'السفير', 'السفيرة', 'المدير', 'المديرة', 'المستشار', 'المستشارة', 'المنسق', 'المنسقة', 'مبعوثة', 'المبعوثة', 'الجنرال', 'الأدميرال',
].map(n);
/** Bodies whose own name may follow them without the article (`معهد بروكينغز`, `جامعة هارفارد`): that one word is the body's, not the person's. */
const INSTITUTIONS = new Set(n('مركز معهد جامعة شركة مؤسسة صندوق'));

export const TITLE_WORDS = new Set(
  n('وزارة وزراء باسم سياسة إدارة شؤون مكتب مجلس لجنة هيئة جهاز دائرة قسم في لدى لشؤون عام خارجية داخلية دفاع مالية تجارة اقتصاد أمن إعلام اتصالات شركة وكالة حكومة منظمة حزب اتحاد مركز معهد جامعة مؤسسة صندوق'),
);
export const STOP_WORDS = new Set(
  n(
    'أن إن أنه إنه بأن بأنه الذي التي الذين في من على إلى عن مع خلال بعد قبل أمس اليوم غدا يوم قوله قولها لدى حول منذ و أو ثم كما حيث لكن أثناء عقب أمام ضمن بين لا لم لن قد ما هو هي هذا هذه ذلك تلك عندما بشأن ل ب صباح مساء السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة',
  ),
);
/** The first words of titles (`وزير`, `نائب`, `مساعد` …): never a word of a name, also with a glued و/ف (`ونائب`). */
export function isTitleHead(word: string): boolean {
  const bare = /^[وف]/.test(word) && word.length > 3 ? word.slice(1) : word;
  return TITLE_HEADS.some((h) => h.length === 1 && (h[0] === word || h[0] === bare));
}

/** Parts of a name that never stand for the person alone. */
const NAME_PARTICLES = new Set(n('عبد أبو بن ابن بنت آل'));

export interface Candidate {
  /** Suggested kebab-case id (a transliteration for the reviewer to correct). */
  id: string;
  /** The name as written. */
  name: Span & { exact: string };
  /** The title before it; null for a person introduced by name alone (untitled-names.ts). */
  title: (Span & { exact: string }) | null;
  /** Surface forms to look for elsewhere: the name, and its first and last words alone. */
  aliases: string[];
}

const LETTERS: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y',
};

/** A rough Latin spelling for an id suggestion: و and ي between consonants read as u and i. */
export function transliterate(arabic: string): string {
  const words = normalizeArabic(arabic).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const latin = words.map((w) =>
    [...w]
      .map((ch, i) => {
        if (/[a-z0-9]/.test(ch)) return ch;
        if (i > 0 && i < w.length - 1 && (ch === 'و' || ch === 'ي')) return ch === 'و' ? 'u' : 'i';
        return LETTERS[ch] ?? '';
      })
      .join(''),
  );
  return latin.filter(Boolean).join('-') || 'actor';
}

export function isDefinite(word: string): boolean {
  return /^(?:[وفبلك]?ال|لل)/.test(word) && word.length > 3;
}

/** The words the article writes with the article (`الملف` → `ملف`): common nouns and adjectives, never a name. */
export function definiteStems(scanned: ScannedText): Set<string> {
  const stems = new Set<string>();
  for (const { text } of scanned.tokens) {
    const m = /^(?:[وف]?[بك]?ال|[وف]?لل)(.{3,})$/.exec(text);
    if (m?.[1]) stems.add(m[1]);
  }
  return stems;
}

function matchHead(words: readonly string[], i: number): number {
  for (const head of TITLE_HEADS) {
    const first = words[i] ?? '';
    const firstOk = first === head[0] || (/^[وفلب]/.test(first) && first.slice(1) === head[0]);
    if (firstOk && head.every((w, k) => k === 0 || words[i + k] === w)) return head.length;
  }
  return 0;
}

/**
 * Candidate actors of a scanned article. `known` are the mentions of lexicon
 * actors already found: a body or state among them continues a title
 * (`رئيس وزراء الصين`); a person ends it, since the title is that person's.
 */
export function findCandidates(scanned: ScannedText, known: readonly FoundMention[], isPerson: (actorId: string) => boolean, places: readonly Span[] = []): Candidate[] {
  const { tokens, raw } = scanned;
  const words = tokens.map((t) => t.text);
  const knownAt = (i: number) => known.filter((m) => overlaps(m, tokens[i] as Span));
  // A body or a city where the person works (`… بواشنطن`, `في بكين`) continues the title.
  const inKnownBody = (i: number) => knownAt(i).some((m) => !isPerson(m.actorId)) || places.some((p) => overlaps(p, tokens[i] as Span));
  // `بجامعة`, `لشركة`: a title noun with a glued preposition continues the title too.
  const titleWord = (w: string) => TITLE_WORDS.has(w) || (w.length > 4 && TITLE_WORDS.has(w.slice(1)) && /^[بل]/.test(w)) || isTitleHead(w) || (!STOP_WORDS.has(w) && isDefinite(w));
  const commonNouns = definiteStems(scanned);
  const found = new Map<string, Candidate>();
  for (let i = 0; i < tokens.length; i++) {
    const headLength = matchHead(words, i);
    if (headLength === 0) continue;
    let j = i + headLength;
    const gapBefore = (k: number) => raw.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
    const breaks = (k: number) => /["«“.،:\n]/.test(gapBefore(k));
    while (j < tokens.length && !knownAt(j).some((m) => isPerson(m.actorId)) && (titleWord(words[j] ?? '') || inKnownBody(j)) && !breaks(j)) {
      // `معهد بروكينغز`: the one bare word after an institution is its name.
      const institution = INSTITUTIONS.has((words[j] ?? '').replace(/^[وفبل]/, '')) && !isDefinite(words[j + 1] ?? '') && !breaks(j + 1);
      j += institution && j + 2 < tokens.length && !isDefinite(words[j + 2] ?? 'ال') ? 2 : 1;
    }
    const nameStart = j;
    const quoted = /["«“]\s*$/.test(gapBefore(j));
    while (j < tokens.length && j - nameStart < 4) {
      const w = words[j] ?? '';
      if (j > nameStart && /[.،,:؛"»”()\n]/.test(gapBefore(j))) break;
      if (!quoted && (isDefinite(w) || STOP_WORDS.has(w) || TITLE_WORDS.has(w) || isTitleHead(w) || SPEECH_VERB_WORDS.has(w) || /\d/.test(w))) break;
      if (knownAt(j).length > 0) break;
      // A name does not run into a common noun: a word the article also writes with ال (`ملف` beside `الملف`),
      // or a fourth word heading a genitive (`يانغ جيه تشي ملف الإنترنت`).
      if (!quoted && j - nameStart >= 2 && (commonNouns.has(w) || (j - nameStart >= 3 && isDefinite(words[j + 1] ?? '') && !breaks(j + 1)))) break;
      j++;
    }
    // One bare word after a title is more often a noun (`الرئيس الصيني منصبه`) than a name; names come whole.
    if (j === nameStart || (j - nameStart < 2 && !quoted)) continue;
    const first = tokens[nameStart];
    const last = tokens[j - 1];
    if (!first || !last) continue;
    const name = { start: first.start, end: last.end, exact: raw.slice(first.start, last.end) };
    if (known.some((m) => overlaps(m, name))) continue;
    const titleStart = tokens[i]?.start ?? 0;
    const headWord = words[i] ?? '';
    // A glued conjunction or preposition (`لوزير`) is not part of the title.
    const skip = TITLE_HEADS.some((h) => h[0] === headWord) ? 0 : 1;
    const title = { start: titleStart + skip, end: tokens[nameStart - 1]?.end ?? titleStart, exact: '' };
    title.exact = raw.slice(title.start, title.end);
    const nameWords = words.slice(nameStart, j);
    const key = nameWords.join(' ');
    if (found.has(key)) continue;
    const parts = [nameWords[0], nameWords.at(-1)].filter((w): w is string => !!w && w.length >= 3 && !NAME_PARTICLES.has(w));
    found.set(key, { id: transliterate(name.exact), name, title, aliases: [...new Set([name.exact, ...(nameWords.length > 1 ? parts : [])])] });
  }
  return [...found.values()];
}

/** The candidates as lexicon actors, so mentions of them are found like any other (ids prefixed `candidate:`). */
export function candidateLexicon(candidates: readonly Candidate[]): LexiconActor[] {
  return candidates.map((c) => ({ id: `candidate:${c.id}`, name: { ar: c.name.exact, en: '' }, aliases: c.aliases, kind: 'person' }));
}

/** Whether a span lies inside a candidate's title (its words describe the person, they are not separate mentions). */
export function insideTitle(candidates: readonly Candidate[], span: Span): boolean {
  return candidates.some((c) => c.title !== null && contains(c.title, span));
}
