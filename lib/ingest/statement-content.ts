/**
 * Where a statement's words are, around its verb of saying (see statements.ts
 * for the rules): the content after a colon, quotation marks, `أن`/`إن`,
 * `إلى`, `عن` or a `ب` word, or straight after speaker and addressee; its
 * end at the sentence end or at a comma before another saying or `وأن`; and
 * the clause before `وفق ما قاله` for a saying that looks back.
 */
import { isTitleHead, TITLE_WORDS } from './candidates';
import type { FoundMention } from './mentions';
import { verbOf, type VerbSense } from './speech-verbs';
import { ar, overlaps, type ScannedText, type Span, type Token } from './text-scan';

const words = (s: string) => new Set(ar`${s}`.split(' '));
const INTRODUCERS = words('أن إن أنه إنه أنها إنها أنهم إنهم أنهما أننا إننا بأن بأنه بأنها بأنهم بأنهما');
const FURTHER = words('وأن وأنه وأنها وبأن');
const LOOK_BACK = words('وفق حسب بحسب طبقا وفقا');
const LOOK_BACK_GLUED = words('حسبما بحسبما وفقما');
export const STATEMENT_NOUNS = words('تصريح تصريحات لتصريح لتصريحات');
const CLAUSE_OPENERS = words('فإن فإنه فإنها');
/** Verbs whose content can be their object, straight after speaker and addressee (`وكرر وانغ لكيري موقف …`). */
const OBJECT_VERBS = words('كرر أكد نفى رفض أعلن انتقد جدد اقترح');
/** Verbs whose content is a `ب` word after the speaker (`اتهم … بالتجسس`, `رحبت … بالاتفاق`, `هدد … بفرض`). */
const BI_VERBS = words('اتهم وصف طالب رحب أشاد هدد لوح تعهد');
/** Verbs whose content follows `عن` (`أعلن عن`, `أعرب عن`, `كشف عن`). */
const AN_VERBS = words('أعلن أعرب كشف');
/** `، فيما تقول …`, `، بينما يرى …`, `، في حين …`, `، لكن …`: a clause of another speaker opens after the comma. */
const CONTRASTS = words('فيما وفيما بينما وبينما حين لكن ولكن غير إلا');
/** Prepositions that open an occasion between a verb and its object (`أعلن خلال زيارته بكين الاتفاق`). */
const OCCASION_OPENERS = words('خلال أثناء عقب إثر لدى في أمام');
/** Nouns of the occasion, bare or with a possessive (`زيارته`, `مؤتمره`, `كلمتها`). */
const OCCASION = new RegExp(ar`^(?:زيار|مؤتمر|لقاء|لقائ|اجتماع|كلم|مقابل|حديث|جلس|محادثات|مباحثات|جول|بيان)`);
/** Words a title may run to before the name (`المتحدث باسم وزارة الخارجية الصينية`). */
const MAX_TITLE = 8;
const isTitleWord = (w: string) => TITLE_WORDS.has(w) || isTitleHead(w) || /^(?:[وفبلك]?ال|لل)/.test(w);
/** A subject right before the verb, alone or with قد (`وكان كيري قد أعلن`). */
const HAS = words('قد وقد لقد فقد');
/** Words between a verb and its content: titles run long (`وكيل وزارة الخارجية … روبرت هورماتس الذي تحدث أمام المنتدى ل"رويترز" في مقابلة:`). */
const MAX_ZONE = 24;

export interface ContentContext {
  scanned: ScannedText;
  mentions: readonly FoundMention[];
  /** Spans of date expressions: a date between verb and object is not the content. */
  dates: readonly Span[];
  /** Capitals read as places (`زيارته بكين`): part of an occasion, not the content. */
  places?: readonly Span[];
}

export interface Content {
  /** Index of the first token after the speaker zone. */
  zoneEnd: number;
  start: number;
  direct: boolean;
}

export interface ContentSpan {
  start: number;
  end: number;
  /** Quotation marks around all of it (left out of the span). */
  quoted: boolean;
}

export const gapBefore = (c: ContentContext, t: Token[], j: number, sentence: Span) => c.scanned.raw.slice(t[j - 1]?.end ?? sentence.start, t[j]?.start ?? sentence.end);
export const mentionsIn = (c: ContentContext, from: number, to: number) => c.mentions.filter((m) => m.start >= from && m.end <= to);

/**
 * The offset of an opening quotation mark in raw[from, to), or null. An ASCII
 * `"` opens when an even number of them precede it in the sentence.
 */
function openingQuoteIn(raw: string, sentenceStart: number, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const ch = raw[i];
    if (ch === '«' || ch === '“') return i;
    if (ch === '"' && (raw.slice(sentenceStart, i).match(/"/g)?.length ?? 0) % 2 === 0) return i;
  }
  return null;
}

/** Quotation marks around no more than a name (`"كيري"`): not the start of quoted words. */
function quotesName(c: ContentContext, t: Token[], j: number): boolean {
  const token = t[j];
  if (!token) return false;
  const close = c.scanned.raw.slice(token.start).search(/["»”]/);
  if (close < 0) return false;
  const end = token.start + close;
  return c.mentions.some((m) => m.start <= token.start + 1 && m.end >= end - 1 && m.start < end);
}

/** Where the content of the verb at `k` starts, or null when it has none. */
export function contentAfter(c: ContentContext, t: Token[], k: number, sense: VerbSense, sentence: Span): Content | null {
  for (let j = k + 1; j < t.length && j - k <= MAX_ZONE; j++) {
    const gap = gapBefore(c, t, j, sentence);
    const word = t[j]?.text ?? '';
    const at = (i: number) => t[i]?.start ?? sentence.end;
    // Quoted content starts at its opening mark, so that trimContent can take both marks off.
    const quoteAt = openingQuoteIn(c.scanned.raw, sentence.start, t[j - 1]?.end ?? sentence.start, at(j));
    if (gap.includes(':')) return { zoneEnd: j, start: quoteAt ?? at(INTRODUCERS.has(word) ? j + 1 : j), direct: true };
    if (quoteAt !== null && !quotesName(c, t, j)) return { zoneEnd: j, start: quoteAt, direct: true };
    // `أن "…"`: quoted words after أن start at their opening mark, so both marks come off together.
    if (INTRODUCERS.has(word)) return { zoneEnd: j, start: openingQuoteIn(c.scanned.raw, sentence.start, t[j]?.end ?? at(j), at(j + 1)) ?? at(j + 1), direct: false };
    if (word === ar`إلى` && (sense.lemma === 'دعا' || sense.lemma === 'ناشد') && !INTRODUCERS.has(t[j + 1]?.text ?? '')) return { zoneEnd: j, start: at(j + 1), direct: false };
    if (word === 'عن' && AN_VERBS.has(ar`${sense.lemma}`)) return { zoneEnd: j, start: at(j + 1), direct: false };
    const hasNamed = mentionsIn(c, t[k]?.end ?? 0, at(j)).length > 0;
    if (/^ب/.test(word) && hasNamed && BI_VERBS.has(ar`${sense.lemma}`)) return { zoneEnd: j, start: at(j), direct: false };
    if (verbOf(word)?.sense.speech) break;
  }
  if (!OBJECT_VERBS.has(ar`${sense.lemma}`)) return null;
  let j = k + 1;
  const skippable = (token: Token) => token.text === 'ل' || [...c.mentions, ...c.dates, ...(c.places ?? [])].some((x) => overlaps(x, token));
  for (;;) {
    while (j < t.length && skippable(t[j] as Token)) j++;
    const occasion = occasionEnd(c, t, j, sentence);
    // The speaker's title before the name (`رفض المتحدث باسم وزارة الخارجية الصينية هونغ لي هذه الاتهامات`).
    let title = j;
    while (title < t.length && title - j < MAX_TITLE && !skippable(t[title] as Token) && isTitleWord(t[title]?.text ?? '')) title++;
    const next = title > j && t[title] !== undefined && c.mentions.some((m) => overlaps(m, t[title] as Token)) ? title : occasion;
    if (next === j) break;
    j = next;
  }
  const covers = (i: number) => t[i] !== undefined && c.mentions.some((m) => overlaps(m, t[i] as Token));
  const subject = !/[،,:؛.\-–—()]/.test(gapBefore(c, t, k, sentence)) && (covers(k - 1) || (HAS.has(t[k - 1]?.text ?? '') && covers(k - 2)));
  const named = subject || mentionsIn(c, t[k]?.end ?? 0, t[j]?.start ?? sentence.end).length > 0;
  return named && j < t.length ? { zoneEnd: j, start: t[j]?.start ?? sentence.end, direct: false } : null;
}

/**
 * After an occasion at `j` (`خلال زيارته بكين`, `في مؤتمر صحفي`, `أمام
 * الصحفيين`): the index of the first word past it, or `j` when none opens there.
 * The occasion is a preposition, a noun of occasion and what qualifies it:
 * actors, places, dates and nisba adjectives (`الصحفي اليومي`, `صحفي`).
 */
function occasionEnd(c: ContentContext, t: Token[], j: number, sentence: Span): number {
  const opener = (t[j]?.text ?? '').replace(/^[وف](?=.{3,})/, '');
  const noun = (t[j + 1]?.text ?? '').replace(/^ال/, '');
  if (!OCCASION_OPENERS.has(opener) || !OCCASION.test(noun) || /[،,:؛.]/.test(gapBefore(c, t, j + 1, sentence))) return j;
  let end = j + 2;
  const qualifies = (token: Token) => [...c.mentions, ...c.dates, ...(c.places ?? [])].some((x) => overlaps(x, token)) || /^(?:ال)?.{2,}(?:ي|يه)$/.test(token.text);
  while (end < t.length && qualifies(t[end] as Token) && !/[،,:؛.]/.test(gapBefore(c, t, end, sentence))) end++;
  return end;
}

/** The end of content starting at `start`: the sentence end, or a comma before another saying or `وأن` (then `further` is that word). */
export function contentEnd(c: ContentContext, t: Token[], start: number, sentence: Span): { end: number; further: number | null } {
  // The words end after the last word before the comma and any closing quotation mark (`"لا أساس لها"، مضيفة`).
  const before = (j: number, token: Token) => {
    const end = t[j - 1]?.end ?? token.start;
    return end + (/^["»”]*/.exec(c.scanned.raw.slice(end, token.start))?.[0].length ?? 0);
  };
  for (let j = 1; j < t.length; j++) {
    const token = t[j];
    if (!token || token.start <= start) continue;
    if (!/[،,]/.test(gapBefore(c, t, j, sentence))) continue;
    const word = token.text;
    if (FURTHER.has(word)) return { end: before(j, token), further: j };
    // `، فيما تقول الصين إنها …`: another speaker's clause, its verb within the next three words.
    if (CONTRASTS.has(word) && t.slice(j + 1, j + 4).some((w) => verbOf(w.text)?.sense.speech)) return { end: before(j, token), further: null };
    if (verbOf(word)?.sense.speech || LOOK_BACK.has(word) || LOOK_BACK_GLUED.has(word)) return { end: before(j, token), further: null };
  }
  return { end: sentence.end, further: null };
}

/** Trims the content; outer quotation marks around all of it make it a direct quote and stay out of the span. */
export function trimContent(raw: string, start: number, end: number): ContentSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(raw[s] ?? '')) s++;
  while (e > s && /[\s.،,؛;:!?؟]/.test(raw[e - 1] ?? '')) e--;
  const inner = raw.slice(s + 1, e - 1);
  if (/^["«“]/.test(raw[s] ?? '') && /["»”]$/.test(raw[e - 1] ?? '') && !/["«»“”]/.test(inner)) return { start: s + 1, end: e - 1, quoted: true };
  return { start: s, end: e, quoted: false };
}

/** For `وفق ما قاله X` / `وفق تصريح … لـX` / `على حد قوله`: the marker's index, when the verb at `k` looks back. */
export function lookBackMarker(t: Token[], k: number): number | null {
  const w = (i: number) => (i >= 0 ? (t[i]?.text ?? '') : '');
  if (w(k - 1) === 'ما' && LOOK_BACK.has(w(k - 2))) return k - 2;
  if (LOOK_BACK_GLUED.has(w(k - 1))) return k - 1;
  if (STATEMENT_NOUNS.has(w(k)) && LOOK_BACK.has(w(k - 1))) return k - 1;
  // `… على حد قوله` / `على حد قولها`: "as he put it", after the words.
  if (w(k - 1) === 'حد' && w(k - 2) === ar`على`) return k - 2;
  return null;
}

/** The clause before a look-back marker: from the last `فإن`/`فإنه` (or the sentence start) to the marker. */
export function lookBackContent(c: ContentContext, t: Token[], marker: number, sentence: Span): ContentSpan {
  const openers = t.slice(0, marker).flatMap((w, i) => (CLAUSE_OPENERS.has(w.text) ? [i + 1] : []));
  const from = t[openers.at(-1) ?? 0]?.start ?? sentence.start;
  return trimContent(c.scanned.raw, from, t[marker - 1]?.end ?? from);
}

/** `بحسب X` / `وفقاً لـX` / `حسب X` (also with a glued و): a marker with a named source right after it and no verb. */
export function attributionAt(c: ContentContext, t: Token[], k: number): boolean {
  const word = t[k]?.text ?? '';
  if (!LOOK_BACK.has(word) && !(word.startsWith('و') && LOOK_BACK.has(word.slice(1)))) return false;
  const next = t[t[k + 1]?.text === 'ل' ? k + 2 : k + 1];
  return next !== undefined && c.mentions.some((m) => m.start >= next.start && m.start < next.end);
}

/** For a source that opens the sentence: its words from the first comma after it (`فإن` left out) to the content's end. */
export function attributionAhead(c: ContentContext, t: Token[], k: number, sentence: Span): { span: ContentSpan; zoneEnd: number } | null {
  for (let j = k + 2; j < t.length; j++) {
    if (!/[،,]/.test(gapBefore(c, t, j, sentence))) continue;
    const from = CLAUSE_OPENERS.has(t[j]?.text ?? '') || INTRODUCERS.has(t[j]?.text ?? '') ? j + 1 : j;
    const start = t[from]?.start ?? sentence.end;
    return { span: trimContent(c.scanned.raw, start, contentEnd(c, t, start, sentence).end), zoneEnd: t[j - 1]?.end ?? start };
  }
  return null;
}
