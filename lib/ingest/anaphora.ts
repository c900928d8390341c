/**
 * Speakers named again by their title alone (`وقال المتحدث إن …`, `وأكدت
 * الوزيرة أن …`, `وقال الوزير الصيني …`): the title points back to the person
 * the article named with that title before. Rule: the title word after the
 * verb, without its article, is looked for earlier in the article (with or
 * without article or glued clitic: `المتحدث باسم`, `متحدث`, `والمتحدثة`);
 * the nearest such occurrence followed, within the same sentence and a few
 * words, by a person's mention gives the speaker. A nisba after the title
 * (`الوزير الصيني`) must come back in that earlier title too, so the Chinese
 * minister is not read as the American one. With no such antecedent the
 * caller falls back to the previous statement's speaker.
 *
 * Descriptions are not mentions (data/README.md, Actors), so the speaker is
 * the antecedent's own mention: the draft cites where the person was named.
 */
import { normalizeArabic } from '../arabic';
import { wordKey, type FoundMention } from './mentions';
import type { ScannedText, Span, Token } from './text-scan';

const TITLE_NOUNS = new Set(
  normalizeArabic('متحدث متحدثة ناطق ناطقة وزير وزيرة رئيس رئيسة سفير سفيرة مسؤول مسؤولة مبعوث مبعوثة مندوب مندوبة مستشار مستشارة مدير مديرة منسق منسقة نائب نائبة خبير خبيرة دبلوماسي').split(' '),
);
/** How far after an earlier title its person's name may come (`وزير الخارجية الأمريكي جون كيري`). */
const NAME_WITHIN = 8;

/** The title noun a word is, with or without article or glued clitic (`والمتحدثة` → `متحدثه`; `وزير` stays `وزير`), or null. */
export function titleNoun(word: string): string | null {
  const readings = [word, word.replace(/^(?:[وفبلك]?ال|لل)/, ''), word.replace(/^[وف]/, '')];
  return readings.find((r) => TITLE_NOUNS.has(r)) ?? null;
}

/**
 * The earlier mention of the person a bare title after the verb refers to.
 * `after` are the words between the verb and the content; `verbStart` where
 * the verb is; `isPerson` tells persons from other actors.
 */
export function titleAntecedent(scanned: ScannedText, mentions: readonly FoundMention[], after: readonly Token[], verbStart: number, isPerson: (id: string) => boolean): FoundMention | null {
  const first = after[0];
  if (!first || !first.text.startsWith('ال')) return null;
  const noun = titleNoun(first.text);
  if (!noun) return null;
  const nisba = after[1] && /^ال.{2,}(?:ي|يه)$/.test(after[1].text) ? wordKey(after[1].text) : null;
  const { tokens, sentences } = scanned;
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end);
  for (let i = tokens.findIndex((t) => t.start >= verbStart) - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (titleNoun(token.text) !== noun) continue;
    const sentence = sentenceOf(token.start) as Span | undefined;
    const window = tokens.slice(i + 1, i + 1 + NAME_WITHIN).filter((t) => !sentence || t.end <= sentence.end);
    if (nisba !== null && !window.some((t) => wordKey(t.text) === nisba)) continue;
    const limit = window.at(-1)?.end ?? token.end;
    const person = mentions.find((m) => m.start >= token.end && m.end <= limit && isPerson(m.actorId));
    if (person) return person;
  }
  return null;
}
