/**
 * Capitals as their states (metonymy): news writes `موسكو` for the Russian
 * state as it writes `بكين` for China and `واشنطن` for the United States
 * (`من موقف بكين وموسكو`). The dataset models this by listing the capital as
 * one of the state's aliases (data/README.md, Actors: `بكين` and `واشنطن` are
 * mentions of the states where they stand for them, not where they are the
 * place of an event). An article may name a capital whose state is in the
 * lexicon without that alias; this table supplies it, so the capital is read
 * the same way: the state where it acts, the place after في / من / إلى or a
 * glued ب (mentions.ts), not the city of a dateline (extract.ts).
 *
 * Only one-word capitals without the article are listed: the place rule
 * applies to one-word aliases, and a word like `الرياض` (also "gardens") or
 * `كابل` (also "cable") is more often something else.
 */
import { normalizeArabic } from '../arabic';
import type { LexiconActor } from './mentions';

/** Capital → the names of its state as texts write them (the first is the usual one). */
export const CAPITALS: Readonly<Record<string, readonly string[]>> = {
  واشنطن: ['الولايات المتحدة', 'أمريكا', 'أميركا'],
  بكين: ['الصين'],
  موسكو: ['روسيا'],
  طوكيو: ['اليابان'],
  سول: ['كوريا الجنوبية'],
  لندن: ['بريطانيا', 'المملكة المتحدة'],
  باريس: ['فرنسا'],
  برلين: ['ألمانيا'],
  طهران: ['إيران'],
  نيودلهي: ['الهند'],
  تايبيه: ['تايوان'],
  كانبرا: ['أستراليا'],
  أوتاوا: ['كندا'],
  هانوي: ['فيتنام'],
  مانيلا: ['الفلبين'],
  أنقرة: ['تركيا'],
  دمشق: ['سوريا'],
};

/**
 * The actors with each listed state given its capital as an alias, when no
 * actor has that word already (the dataset's own choice wins). Other actors
 * are returned as they are; the input is not changed.
 */
export function withCapitals(actors: readonly LexiconActor[]): LexiconActor[] {
  const forms = (a: LexiconActor) => [a.name.ar, ...a.aliases].map(normalizeArabic);
  const taken = new Set(actors.flatMap(forms));
  return actors.map((actor) => {
    if (actor.kind !== 'state') return actor;
    const own = new Set(forms(actor));
    const added = Object.entries(CAPITALS)
      .filter(([capital, states]) => !taken.has(normalizeArabic(capital)) && states.some((s) => own.has(normalizeArabic(s))))
      .map(([capital]) => capital);
    return added.length === 0 ? actor : { ...actor, aliases: [...actor.aliases, ...added] };
  });
}
