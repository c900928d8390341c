/**
 * Actor mentions: where the article names an actor of the lexicon (the
 * dataset's actors, or candidates found from titles) by its name or one of its
 * aliases. Matching, on the words of the match form (lib/arabic):
 *
 * - Normalised spelling: hamza seats, ة/ه, ى/ي, tatweel and diacritics do
 *   not matter; quotes and brackets are word breaks (`"كيري"`, `ل"كيري"`).
 * - Clitics: the first word may carry و ف ب ل ك and ال, or لل for ل + ال
 *   (`لكيري`, `والصين`, `للولايات المتحدة`); the passage leaves them out.
 * - Glued words: a surface and the text are also compared word boundaries
 *   aside, over up to {@link MAX_WORDS} words, so `الولاياتالمتحدة` is
 *   `الولايات المتحدة` and the other way round.
 * - Idafa: after the first word the article does not matter
 *   (`مجموعة العمل` is `مجموعة عمل`).
 * - Spelling variants: غ, ج and ق are one letter for matching (`وانغ يي` /
 *   `وانج يي` / `وانق يي`), `أمريك` / `أميرك` one spelling, and a nisba
 *   adjective agrees either way (`الخارجية الصينية` / `الصيني`); see
 *   {@link wordKey}. A variant that is not the alias's own spelling lowers
 *   the confidence.
 * - Generic words: a single `ال` word that is an alias and whose bare form is
 *   a word of the same actor's name (`الوكالة` for `وكالة أنباء …`, `المجموعة`
 *   for `مجموعة عمل`) refers back: it is the actor most recently named with
 *   that word before it (`ونقلت الوكالة` after `وكالة أنباء الصين`), and is
 *   dropped when nothing before it fits.
 * - Places: a state's one-word alias that is not its name (`واشنطن`, `بكين`)
 *   after في / من / إلى (also `وفي`, `ومن`), with a glued ب, or after a word
 *   of travel (`خلال زيارته بكين`, `زار كيري بكين`) is the city, not the
 *   state (places.ts); {@link findMentionsAndPlaces} returns those apart.
 * - Overlaps: the longest match of an actor wins; a match inside another
 *   actor's match is kept (`البيت الأبيض` in `مسؤول في البيت الأبيض`) unless
 *   it starts the longer one (`الحكومة` in `الحكومة الصينية`), both are
 *   persons (`يانغ` in `وانغ يانغ`) or the outer one is the proper name of a news medium, company or organisation (`الصين`
 *   in `وكالة أنباء الصين الجديدة` is not China).
 */
import { tokenize } from '../arabic';
import { ARTICLE_CONTRACTIONS, CLITIC_PREFIXES, MIN_STEM } from '../arabic-clitics';
import type { ActorKind } from '../vocabulary';
import { isTitleHead, TITLE_WORDS } from './candidates';
import { readsAsPlace } from './places';
import { contains, overlaps, type ScannedText, type Span } from './text-scan';

/** What matching needs of an actor: the dataset's Actor records fit, and so do candidates. */
export interface LexiconActor {
  id: string;
  name: { ar: string; en: string };
  aliases: readonly string[];
  kind: ActorKind;
}

export interface FoundMention extends Span {
  actorId: string;
  /** The surface form that matched, as the lexicon spells it. */
  surface: string;
  how: 'exact' | 'variant' | 'generic';
  confidence: number;
  /** Matched by a state's one-word alias that is also a city (`واشنطن`): the reader may mean the place. */
  place: boolean;
}

/** A match before places are told apart: its token and glued clitics, for places.ts. */
interface RawMatch extends FoundMention {
  token: number;
  clitic: string;
}

export const MAX_WORDS = 8;
const NAMED_BODIES: ReadonlySet<ActorKind> = new Set(['news-media', 'company', 'organisation']);
const BREAKS = /[.،,:؛;!?؟\n]/;

/**
 * The comparison key of one word: غ/ج/ق as one letter, أمريك = أميرك, and a
 * nisba adjective's feminine ending dropped (`الصينية` = `الصيني`: the
 * ministry is وزارة, feminine, but texts agree the adjective either way).
 */
export function wordKey(word: string): string {
  const folded = word.replace(/[غجق]/g, 'ج').replace(/امريك/g, 'اميرك');
  return folded.length >= 5 && folded.endsWith('يه') ? folded.slice(0, -1) : folded;
}

/**
 * The key of a word sequence. After the first word the article is dropped:
 * an idafa marks definiteness on its last word only, so `مجموعة عمل` and
 * `مجموعة العمل` name the same thing.
 */
function sequenceKey(words: readonly string[]): string {
  return words.map((w, i) => wordKey(i > 0 && w.startsWith('ال') && w.length > 4 ? w.slice(2) : w)).join(' ');
}

/** The key of the words glued (`الولاياتالمتحدة`), to compare a glued form with a spaced one. */
function gluedKey(words: readonly string[]): string {
  return `~${wordKey(words.join(''))}`;
}

interface Surface {
  actor: LexiconActor;
  form: string;
  /** The words glued, in normalised spelling. */
  compact: string;
  place: boolean;
}

export interface Lexicon {
  byKey: Map<string, Surface[]>;
  /** Generic word → the actors whose names use its bare form. */
  generic: Map<string, LexiconActor[]>;
}

export function buildLexicon(actors: readonly LexiconActor[]): Lexicon {
  const byKey = new Map<string, Surface[]>();
  const generic = new Map<string, LexiconActor[]>();
  const genericWords = new Set<string>();
  for (const actor of actors) {
    const forms = [...new Set([actor.name.ar, actor.name.en, ...actor.aliases])];
    const words = forms.map((form) => tokenize(form));
    const nameWords = new Set(tokenize(actor.name.ar));
    forms.forEach((form, i) => {
      const w = words[i] ?? [];
      const compact = w.join('');
      if (compact.length < 3) return;
      const bare = w.length === 1 && compact.startsWith('ال') ? compact.slice(2) : null;
      if (bare !== null && words.some((other, j) => j !== i && other.includes(bare))) {
        genericWords.add(compact);
        return;
      }
      const place = actor.kind === 'state' && w.length === 1 && !nameWords.has(compact);
      for (const key of new Set([sequenceKey(w), gluedKey(w)])) byKey.set(key, [...(byKey.get(key) ?? []), { actor, form, compact, place }]);
    });
  }
  for (const word of genericWords) {
    const bare = word.slice(2);
    generic.set(word, actors.filter((a) => [a.name.ar, ...a.aliases].some((f) => tokenize(f).includes(bare) || tokenize(f).includes(word))));
  }
  return { byKey, generic };
}

/**
 * The ways a text word can be read as clitics + stem (the stem at least
 * MIN_STEM letters). `skip` is how many letters the passage leaves out: the
 * clitics, except in a contraction (`للولايات` = ل + الولايات), whose article
 * has lost its alef, so the passage keeps `لل` (`وللولايات` → `للولايات`).
 */
function stems(word: string): { clitic: string; skip: number; stem: string }[] {
  const out = [{ clitic: '', skip: 0, stem: word }];
  for (const clitic of CLITIC_PREFIXES) {
    if (word.startsWith(clitic) && word.length - clitic.length >= MIN_STEM) out.push({ clitic, skip: clitic.length, stem: word.slice(clitic.length) });
  }
  for (const c of ARTICLE_CONTRACTIONS) {
    // The passage keeps لل (the preposition and what is left of the article) but not a conjunction before it.
    if (word.startsWith(c) && word.length - c.length >= MIN_STEM) out.push({ clitic: c.slice(0, -1), skip: c.length - 2, stem: `ا${word.slice(c.length - 1)}` });
  }
  return out;
}

/** Raw start of the text word `i` after its first `skip` normalised letters (the clitics). */
function rawStartAfter(scanned: ScannedText, i: number, skip: number): number {
  const token = scanned.tokens[i];
  if (!token) return 0;
  return skip === 0 ? token.start : (scanned.words.map[token.at + skip] ?? token.start);
}

function brokenBetween(scanned: ScannedText, i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const a = scanned.tokens[k];
    const b = scanned.tokens[k + 1];
    if (!a || !b || BREAKS.test(scanned.raw.slice(a.end, b.start))) return true;
  }
  return false;
}

/** Every match of a lexicon surface in the text, before overlaps are settled. */
function rawMatches(scanned: ScannedText, lexicon: Lexicon): RawMatch[] {
  const found: RawMatch[] = [];
  const { tokens } = scanned;
  tokens.forEach((token, i) => {
    for (const { clitic, skip, stem } of stems(token.text)) {
      const run = [stem];
      for (let n = 1; n <= MAX_WORDS && i + n <= tokens.length; n++) {
        if (n > 1) run.push(tokens[i + n - 1]?.text ?? '');
        const surfaces = [...new Set([...(lexicon.byKey.get(sequenceKey(run)) ?? []), ...(lexicon.byKey.get(gluedKey(run)) ?? [])])];
        if (surfaces.length === 0 || brokenBetween(scanned, i, n)) continue;
        const glued = run.join('');
        for (const s of surfaces) {
          const last = tokens[i + n - 1];
          const start = rawStartAfter(scanned, i, skip);
          let end = last?.end ?? token.end;
          // A surface that opens a bracket (`… (شينخوا)`) takes its closing bracket too.
          if (s.form.includes('(') && !s.form.endsWith(scanned.raw.slice(start, end)) && scanned.raw[end] === ')') end += 1;
          const exact = glued === s.compact;
          found.push({ start, end, actorId: s.actor.id, surface: s.form, how: exact ? 'exact' : 'variant', confidence: exact ? 0.9 : 0.7, place: s.place, token: i, clitic });
        }
      }
    }
  });
  return found;
}

/** Generic words (`الوكالة`) resolved to the actor most recently named before them. */
function genericMatches(scanned: ScannedText, lexicon: Lexicon, named: readonly FoundMention[]): FoundMention[] {
  const found: FoundMention[] = [];
  scanned.tokens.forEach((token, i) => {
    for (const { skip, stem } of stems(token.text)) {
      const actors = lexicon.generic.get(stem);
      if (!actors) continue;
      const ids = new Set(actors.map((a) => a.id));
      const before = named.filter((m) => m.end <= token.start && ids.has(m.actorId)).at(-1);
      if (!before) continue;
      found.push({ start: rawStartAfter(scanned, i, skip), end: token.end, actorId: before.actorId, surface: stem, how: 'generic', confidence: 0.6, place: false });
    }
  });
  return found;
}

/** Settles overlaps (see the header) and returns the mentions in text order. */
function settle<T extends FoundMention>(matches: T[], kinds: ReadonlyMap<string, ActorKind>): T[] {
  const ranked = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || b.confidence - a.confidence);
  const kept: T[] = [];
  for (const m of ranked) {
    const clash = kept.some((k) => {
      if (!overlaps(k, m)) return false;
      if (k.actorId === m.actorId) return true;
      if (k.start === m.start && k.end === m.end) return false;
      if (!contains(k, m)) return true;
      // `الحكومة` at the head of `الحكومة الصينية` is that longer name's word, not another actor.
      if (k.start === m.start) return true;
      // One person's name does not hold another person (`يانغ` of Yang Jiechi inside `وانغ يانغ`).
      if (kinds.get(k.actorId) === 'person' && kinds.get(m.actorId) === 'person') return true;
      return NAMED_BODIES.has(kinds.get(k.actorId) ?? 'person');
    });
    if (!clash) kept.push(m);
  }
  // The same span read as two actors: both stay, each half as sure.
  for (const m of kept) {
    if (kept.some((k) => k !== m && k.start === m.start && k.end === m.end)) m.confidence /= 2;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

const plain = (m: RawMatch): FoundMention => ({ start: m.start, end: m.end, actorId: m.actorId, surface: m.surface, how: m.how, confidence: m.confidence, place: m.place });

/** The mentions of the lexicon's actors in a scanned article, and the capitals read as places (not mentions). */
export function findMentionsAndPlaces(scanned: ScannedText, actors: readonly LexiconActor[], lexicon = buildLexicon(actors)): { mentions: FoundMention[]; places: FoundMention[] } {
  const kinds = new Map(actors.map((a) => [a.id, a.kind] as const));
  const matched = settle(rawMatches(scanned, lexicon), kinds);
  const scene = { scanned, mentions: matched.filter((m) => !m.place), isTitleWord: (w: string) => TITLE_WORDS.has(w) || isTitleHead(w) };
  const isPlace = (m: RawMatch) => m.place && readsAsPlace(scene, m.token, m.clitic);
  const named = matched.filter((m) => !isPlace(m)).map(plain);
  const places = matched.filter(isPlace).map(plain);
  const generic = genericMatches(scanned, lexicon, named).filter((g) => !named.some((m) => overlaps(m, g)));
  return { mentions: settle([...named, ...generic], kinds), places };
}

/** The mentions of the lexicon's actors in a scanned article. */
export function findMentions(scanned: ScannedText, actors: readonly LexiconActor[], lexicon = buildLexicon(actors)): FoundMention[] {
  return findMentionsAndPlaces(scanned, actors, lexicon).mentions;
}
