/**
 * When a capital is the place and not its state. A state's one-word alias
 * that is also a city (`واشنطن`, `بكين`, `موسكو` from capitals.ts) names the
 * state where it acts (`وتقول بكين`, `من موقف بكين`) and the city where
 * someone is, goes or comes from (data/README.md, Actors). It is read as the
 * place:
 *
 * - after a preposition of place: في / من / إلى / داخل / خارج / نحو / قرب,
 *   also with a glued و or ف (`وفي بكين`), or with a glued ب (`بواشنطن`);
 * - right after a word of travel, the noun or the verb (`خلال زيارته بكين`,
 *   `زيارته لبكين` with a glued ل too, `وصل بكين`, `غادر موسكو`);
 * - after a verb of travel whose subject alone stands between them (`زار
 *   وزير الخارجية الأمريكي جون كيري بكين`, `زيارة كيري لبكين`): every word between is part of a
 *   known actor's mention, a definite word or a title word, and nothing
 *   breaks the clause (punctuation, another verb, a conjunction glued to a
 *   word that is not a name). `زيارة كيري أثارت غضب بكين` stays the state:
 *   `أثارت` and `غضب` are no subject.
 */
import { normalizeArabic } from '../arabic';
import { overlaps, type ScannedText, type Span } from './text-scan';

const words = (s: string) => new Set(normalizeArabic(s).split(' '));
const PLACE_PREPOSITIONS = words('في من إلى داخل خارج نحو قرب');
/** Nouns and verbs of going, visiting, arriving and leaving, as news writes them. */
const TRAVEL = words(
  'زيارة زيارته زيارتها زيارتهم زيارتهما زار زارت زارا زاروا يزور تزور يزوران وصل وصلت وصلا وصلوا وصوله وصولها يصل تصل غادر غادرت غادروا مغادرة مغادرته مغادرتها يغادر تغادر توجه توجهت يتوجه تتوجه قصد قصدت',
);
/** How many words a subject between a verb of travel and the city may have (`وزير الخارجية الأمريكي جون كيري`). */
const SUBJECT_WORDS = 6;
const BREAK = /[.،,:؛;!?؟"«»“”()\n-]/;

/** The word without a glued و or ف. */
const bare = (word: string) => (/^[وف].{2,}/.test(word) ? word.slice(1) : word);

export interface PlaceScene {
  scanned: ScannedText;
  /** Mentions of actors that are not places (the subject between a travel verb and the city). */
  mentions: readonly Span[];
  /** Words that may stand in a title or description (`وزير`, `الخارجية`). */
  isTitleWord: (word: string) => boolean;
}

/**
 * Whether the capital at token `i`, matched after the glued `clitic`
 * (normalised: '', 'و', 'ب', 'ل', 'وب' …), is the place (see the header).
 */
export function readsAsPlace(scene: PlaceScene, i: number, clitic: string): boolean {
  const { tokens, raw } = scene.scanned;
  if (clitic.includes('ب')) return true;
  const gap = (k: number) => raw.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
  const previous = bare(tokens[i - 1]?.text ?? '');
  if (BREAK.test(gap(i))) return false;
  if (PLACE_PREPOSITIONS.has(previous) && !clitic.includes('ل')) return true;
  if (TRAVEL.has(previous)) return clitic === '' || clitic === 'ل' || clitic === 'و';
  if (clitic !== '' && clitic !== 'و' && clitic !== 'ل') return false;
  // A verb of travel opening the clause, its subject between it and the city.
  for (let k = i - 1; k >= 0 && k >= i - 1 - SUBJECT_WORDS; k--) {
    const token = tokens[k];
    if (!token) return false;
    if (TRAVEL.has(bare(token.text))) return k < i - 1;
    const subject = scene.mentions.some((m) => overlaps(m, token)) || /^(?:ال|لل)/.test(token.text) || scene.isTitleWord(token.text);
    if (!subject || BREAK.test(gap(k))) return false;
  }
  return false;
}
