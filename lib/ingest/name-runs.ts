/**
 * Where a person's name ends. A dataset actor is often known by one word of
 * its name (`وانغ` for Wang Yi, `دانيل` for Michael Daniel), and that word
 * also begins other people's names (`نائب رئيس الوزراء الصيني وانغ يانغ`).
 * News names a new person in full, so a one-word alias followed, with nothing
 * between, by a word that continues a name is the start of a longer name, not
 * the known person: the mention is dropped and the full name is left to
 * candidate detection (candidates.ts, untitled-names.ts).
 *
 * A word continues a name (untitled-names.ts, `continuesName`) when it could
 * be a word of a name (not definite, no function, title or speech word, no
 * plural or feminine ending), is no verb the extractor reads, does not end in
 * the accusative alef of adverbs and participles (`وأكد كيري مجدداً`), and is
 * no common noun of the article: a word the article also writes with the
 * article (`الملف` elsewhere makes `ملف` a noun).
 */
import { normalizeArabic, tokenize } from '../arabic';
import { definiteStems } from './candidates';
import { CAPITALS } from './capitals';
import type { FoundMention, LexiconActor } from './mentions';
import { overlaps, type ScannedText } from './text-scan';
import { continuesName } from './untitled-names';

const CAPITAL_WORDS = new Set(Object.keys(CAPITALS).map(normalizeArabic));
const BREAK = /[.،,:؛;!?؟"«»“”()\n]/;

/**
 * The mentions without a person's one-word alias that starts a longer name
 * (`وانغ` in `وانغ يانغ`). The alias is one word and not the person's whole
 * name; the next word follows with no punctuation or quotation mark between,
 * is in no other mention, is no capital (`يزور كيري نيودلهي`) and continues a
 * name.
 */
export function dropAliasesInsideNames(scanned: ScannedText, mentions: readonly FoundMention[], actors: readonly LexiconActor[]): FoundMention[] {
  const persons = new Map(actors.filter((a) => a.kind === 'person').map((a) => [a.id, normalizeArabic(a.name.ar)] as const));
  const commonNouns = definiteStems(scanned);
  const { tokens, raw } = scanned;
  return mentions.filter((m) => {
    const name = persons.get(m.actorId);
    if (name === undefined || tokenize(m.surface).length !== 1 || normalizeArabic(m.surface) === name) return true;
    const last = tokens.findIndex((t) => t.start < m.end && m.end <= t.end);
    const next = tokens[last + 1];
    if (last < 0 || !next || BREAK.test(raw.slice(m.end, next.start))) return true;
    // `يزور كيري نيودلهي`: a capital after the name is where the person goes.
    if (mentions.some((other) => other !== m && overlaps(other, next)) || CAPITAL_WORDS.has(next.text.replace(/^[وفبل]/, ''))) return true;
    return !continuesName(next.text, commonNouns);
  });
}
