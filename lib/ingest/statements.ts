/**
 * Statements: what a speaker says, found from the verbs of saying
 * (speech-verbs.ts). For each verb, in a sentence:
 *
 * - Content (the statement's passage) starts after a colon (`قال …: إن …`,
 *   direct quote), after quotation marks that open more than a name
 *   (`: "من المهم …"`), after `أن`/`إن`/`إنه`/`بأنهم` (reported speech),
 *   after `إلى` (دعا), `عن` (أعلن, أعرب), at a `ب` word (اتهم, وصف, طالب), or
 *   for كرر, أكد, نفى, رفض right after the speaker and addressee. It ends at
 *   the sentence end, or at a comma before another verb of saying
 *   (`، مشيراً`) or before `وأن` — which opens a further statement of the same
 *   speaker. `وفق ما قاله X` / `وفق تصريح … لـX` look back: the content is
 *   the clause before; so does a source with no verb, `بحسب X` / `وفقاً
 *   لـX` / `حسب X` (at the sentence start, `وبحسب X، …`, the words follow
 *   the comma instead). Outer quotation marks are left out of the passage; a
 *   verb inside another statement's content is part of that content.
 * - Speaker, in this order: a participle (`مشيراً`, `داعياً`) keeps the
 *   speaker of the sentence's statement before it; a subject right before the
 *   verb (`أن وزير … "وانغ يي" قال`, `عن "وانغ" قوله`, `تقريراً اتهم`) is the
 *   nearest actor before it; else, between the verb and the content, the last
 *   person named (titles name bodies first: `وزير الخارجية الأمريكي جون
 *   كيري`), else the first actor named; with no one there, a verb that
 *   carries on (`وأضاف أن`) keeps the previous speaker, and anything else
 *   takes the nearest actor before it in the sentence. A name with a glued or
 *   separate ل is the addressee, not the speaker (`ل "كيري"`).
 * - `reportedBy`: the agency of a relay in the sentence (`نقلت وكالة … عن`,
 *   `ونقلت الوكالة`) or of the relayed statement this one carries on
 *   (`وأضافت أن …`), else an addressee that is a news medium
 *   (`ل"رويترز" في مقابلة`), else the article's credited wire.
 * - `mode`: `direct-quote` for a colon or quotation marks around the whole
 *   content, `reported-speech` otherwise.
 */
import type { ActorKind } from '../vocabulary';
import { titleAntecedent, titleNoun } from './anaphora';
import type { FoundMention } from './mentions';
import { attributionAhead, attributionAt, contentAfter, contentEnd, gapBefore, lookBackContent, lookBackMarker, mentionsIn, STATEMENT_NOUNS, trimContent, type ContentContext, type ContentSpan } from './statement-content';
import { verbOf, type VerbHit, type VerbSense } from './speech-verbs';
import { ar, overlaps, tokensIn, type ScannedText, type Span, type Token } from './text-scan';

export interface FoundStatement extends Span {
  sentence: Span;
  /** The verb of saying, without a glued و/ف. */
  verb: Span;
  sense: VerbSense;
  present: boolean;
  speaker: FoundMention | null;
  speakerBasis: 'after-verb' | 'before-verb' | 'previous-statement' | 'antecedent' | null;
  addressee: FoundMention | null;
  mode: 'direct-quote' | 'reported-speech';
  reportedBy: string | null;
  reportedByBasis: 'relay' | 'addressee' | 'credit' | null;
  /** Index of the statement this one carries on from (same speaker and occasion), or null. */
  continues: number | null;
  confidence: number;
}

interface Context extends ContentContext {
  kindOf: (actorId: string) => ActorKind | undefined;
}

const ON = ar`على`;
const NOUN_HIT: VerbHit = { sense: { lemma: 'تصريح', type: 'statement', cameo: '01', speech: true }, present: false, participle: false, clitic: 0 };
/** Words that cannot be the subject standing right before a verb. */
const NOT_SUBJECTS = new Set(ar`ما التي الذي الذين قد وقد فقد ثم كما حيث لكن ولكن فيما وفيما بينما وبينما حين بعد قبل منذ أمس اليوم غدا يوم عندما إذ إذا لما`.split(' '));

function isAddressee(m: FoundMention, t: Token[]): boolean {
  const i = t.findIndex((token) => token.start <= m.start && m.start < token.end);
  const token = t[i];
  if (!token) return false;
  if (m.start > token.start && /^ل/.test(token.text)) return true;
  return t[i - 1]?.text === 'ل' && m.start === token.start;
}

/** The last person named in `found`, else the first actor. */
function pickSpeaker(c: Context, found: FoundMention[]): FoundMention | null {
  return found.filter((m) => c.kindOf(m.actorId) === 'person').at(-1) ?? found[0] ?? null;
}

/** The nearest actor before the verb, a person if one is among the last three named. */
function pickNearest(c: Context, before: FoundMention[]): FoundMention | null {
  return [...before.slice(-3)].reverse().find((m) => c.kindOf(m.actorId) === 'person') ?? before.at(-1) ?? null;
}

/**
 * Whether the subject stands right before the verb (`تقريراً اتهم`,
 * `"وانغ يي" قال`): the word before is a name, or an indefinite noun that is
 * no function word, date word or clause break.
 */
function subjectBefore(c: Context, t: Token[], k: number, hit: VerbHit, sentence: Span): boolean {
  const previous = t[k - 1];
  // A comma, colon, dash or bracket between them ends the clause (`(رويترز) - اتهمت`).
  if (!previous || hit.clitic > 0 || /[،,:؛.\-–—()]/.test(gapBefore(c, t, k, sentence))) return false;
  if (c.mentions.some((m) => overlaps(m, previous))) return true;
  if (c.dates.some((d) => overlaps(d, previous))) return false;
  return !/^(?:[وفبلك]?ال|لل)/.test(previous.text) && previous.text.length >= 3 && !NOT_SUBJECTS.has(previous.text);
}

interface Said {
  speaker: FoundMention | null;
  basis: FoundStatement['speakerBasis'];
  addressee: FoundMention | null;
  continues: FoundStatement | null;
}

interface Scene {
  sentence: Span;
  t: Token[];
  /** Statements already found in this sentence. */
  here: FoundStatement[];
  /** The statement before, and whether it is in this or the previous sentence. */
  previous: FoundStatement | null;
  recent: boolean;
  reporter: FoundMention | null;
  /** `وفق ما قاله X`: the words came before, the speaker comes after. */
  lookBack: boolean;
  /** The words between the verb and its content (none for a look-back). */
  after: Token[];
  /** The verb is `على حد قوله`. */
  asSaid: boolean;
}

/** Who says it (see the header): participle, subject before the verb, names after it, the previous speaker, the nearest name before. */
function speakerOf(c: Context, k: number, hit: VerbHit, zone: FoundMention[], s: Scene): Said {
  const addressee = zone.find((m) => isAddressee(m, s.t)) ?? null;
  const named = zone.filter((m) => !isAddressee(m, s.t));
  const verbStart = s.t[k]?.start ?? s.sentence.start;
  const before = mentionsIn(c, s.sentence.start, verbStart).filter((m) => !isAddressee(m, s.t) && !s.here.some((x) => overlaps(x, m)) && m !== s.reporter);
  const carried = (from: FoundStatement): Said => ({ speaker: from.speaker, basis: 'previous-statement', addressee: addressee ?? named[0] ?? null, continues: from });
  // `… على حد قوله` ("as he put it") ends words of the speaker of the sentence before.
  if (s.asSaid && s.previous && s.recent) return carried(s.previous);
  const lastHere = s.here.at(-1);
  if (hit.participle && lastHere && !s.lookBack) return carried(lastHere);
  if (!s.lookBack && subjectBefore(c, s.t, k, hit, s.sentence) && before.length > 0) return { speaker: pickNearest(c, before), basis: 'before-verb', addressee, continues: null };
  const isPerson = (m: FoundMention) => c.kindOf(m.actorId) === 'person';
  // `وقال المتحدث (باسم الوزارة) إن`: a title with no person's name points back to the person named with it.
  const title = !named.some(isPerson) && s.after[0] ? titleNoun(s.after[0].text) : null;
  const antecedent = title ? titleAntecedent(c.scanned, c.mentions, s.after, verbStart, (id) => c.kindOf(id) === 'person') : null;
  if (antecedent) return { speaker: antecedent, basis: 'antecedent', addressee: addressee ?? named[0] ?? null, continues: null };
  if (title && s.previous && s.recent && s.previous.speaker && isPerson(s.previous.speaker)) return carried(s.previous);
  // `أبلغ وانغ كيري أن`: the person told follows the speaker without ل.
  const after = hit.sense.objectAddressee ? (named.find(isPerson) ?? named[0] ?? null) : pickSpeaker(c, named);
  const told = hit.sense.objectAddressee ? (named.filter(isPerson)[1] ?? null) : null;
  if (after) return { speaker: after, basis: 'after-verb', addressee: addressee ?? told, continues: null };
  if (hit.sense.continuation && s.previous && s.recent) return carried(s.previous);
  const nearest = pickNearest(c, before) ?? s.reporter;
  if (nearest) return { speaker: nearest, basis: 'before-verb', addressee, continues: null };
  // `وقال إن …` with nothing (or only a date) between verb and words: the subject is in the verb, the last speaker.
  const bare = s.after.every((w) => c.dates.some((d) => overlaps(d, w)));
  if (s.previous && (hit.sense.continuation || (bare && s.recent))) return carried(s.previous);
  return { speaker: null, basis: null, addressee, continues: null };
}

/**
 * Statements of a scanned article. `dates` are the spans of its date
 * expressions; `credit` is the actor id of the wire the article credits, if
 * any; `places` the capitals read as places (mentions.ts).
 */
export function findStatements(scanned: ScannedText, mentions: readonly FoundMention[], dates: readonly Span[], kindOf: Context['kindOf'], credit: string | null, places: readonly Span[] = []): FoundStatement[] {
  const c: Context = { scanned, mentions, dates, kindOf, places };
  const out: FoundStatement[] = [];
  scanned.sentences.forEach((sentence, sentenceIndex) => {
    const t = tokensIn(scanned, sentence);
    const firstHere = out.length;
    let reporter: FoundMention | null = null;
    for (let k = 0; k < t.length; k++) {
      const token = t[k] as Token;
      // A source with no verb after a statement of this sentence (`قال … ، بحسب رويترز`) relays it; it says nothing new.
      const attribution = attributionAt(c, t, k) && out.length === firstHere;
      const hit = verbOf(token.text) ?? (STATEMENT_NOUNS.has(token.text) || attribution ? NOUN_HIT : null);
      const here = out.slice(firstHere);
      if (!hit || here.some((s) => s.start <= token.start && token.end <= s.end)) continue;
      if (hit.sense.relay) {
        const zone = mentionsIn(c, token.end, t[Math.min(k + 12, t.length - 1)]?.end ?? sentence.end);
        reporter = zone.find((m) => kindOf(m.actorId) === 'news-media') ?? zone[0] ?? reporter;
        continue;
      }
      if (!hit.sense.speech) continue;
      const marker = attribution ? k : lookBackMarker(t, k);
      let span: ContentSpan;
      let zone: FoundMention[];
      let direct = false;
      let further: number | null = null;
      let after: Token[] = [];
      if (attribution && k === 0) {
        // `وبحسب الوزارة، فإن …`: the source opens the sentence, its words follow the comma.
        const opened = attributionAhead(c, t, k, sentence);
        if (!opened) continue;
        span = opened.span;
        zone = mentionsIn(c, token.end, opened.zoneEnd);
      } else if (marker !== null) {
        span = lookBackContent(c, t, marker, sentence);
        zone = mentionsIn(c, token.end, contentEnd(c, t, token.end, sentence).end);
      } else {
        const content = contentAfter(c, t, k, hit.sense, sentence);
        if (!content) continue;
        const ending = contentEnd(c, t, content.start, sentence);
        further = ending.further;
        span = trimContent(scanned.raw, content.start, ending.end);
        direct = content.direct;
        after = t.slice(k + 1, content.zoneEnd);
        zone = mentionsIn(c, token.end, t[content.zoneEnd - 1]?.end ?? token.end);
      }
      if (span.end <= span.start) continue;
      const previous = out.at(-1) ?? null;
      const recent = previous !== null && scanned.sentences.indexOf(previous.sentence) >= sentenceIndex - 1;
      // `وفقا لرويترز`: the ل belongs to the marker; the source named is the speaker, not an addressee.
      const said = attribution ? { speaker: zone[0] ?? null, basis: 'after-verb' as const, addressee: null, continues: null } : speakerOf(c, k, hit, zone, { sentence, t, here, previous, recent, reporter, lookBack: marker !== null, after, asSaid: marker !== null && t[marker]?.text === ON });
      // Words that carry on a relayed statement (`ونقلت الوكالة عن …` then `وأضافت أن …`) are relayed too.
      const relayedBefore = said.continues && said.continues.reportedByBasis === 'relay' ? said.continues.reportedBy : null;
      const reportedBy = reporter?.actorId ?? relayedBefore ?? (said.addressee && kindOf(said.addressee.actorId) === 'news-media' ? said.addressee.actorId : credit);
      const statement: FoundStatement = {
        start: span.start,
        end: span.end,
        sentence,
        verb: { start: scanned.words.map[token.at + hit.clitic] ?? token.start, end: token.end },
        sense: hit.sense,
        present: hit.present,
        speaker: said.speaker,
        speakerBasis: said.basis,
        addressee: said.addressee,
        mode: direct || span.quoted ? 'direct-quote' : 'reported-speech',
        reportedBy,
        reportedByBasis: reporter || relayedBefore ? 'relay' : said.addressee && reportedBy === said.addressee.actorId ? 'addressee' : credit ? 'credit' : null,
        continues: said.continues ? out.indexOf(said.continues) : null,
        confidence: said.speaker === null ? 0.3 : said.basis === 'after-verb' ? 0.8 : 0.6,
      };
      out.push(statement);
      if (further !== null) pushFurther(c, out, statement, t, further, sentence);
    }
  });
  return out;
}

/** `…، وأن …`: a further statement of the same speaker, and any after it. */
function pushFurther(c: Context, out: FoundStatement[], from: FoundStatement, t: Token[], j: number, sentence: Span): void {
  const start = t[j + 1]?.start;
  if (start === undefined) return;
  const ending = contentEnd(c, t, start, sentence);
  const span = trimContent(c.scanned.raw, start, ending.end);
  if (span.end <= span.start) return;
  const next: FoundStatement = { ...from, start: span.start, end: span.end, mode: span.quoted ? 'direct-quote' : 'reported-speech', continues: out.indexOf(from) };
  out.push(next);
  if (ending.further !== null) pushFurther(c, out, next, t, ending.further, sentence);
}
