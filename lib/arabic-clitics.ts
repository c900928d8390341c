/**
 * Attached prefixes (clitics) for word matching. Arabic writes conjunctions,
 * prepositions and the article as part of the next word (والصين, لكيري,
 * للولايات), so a query word must also match a text word that carries them.
 * Only text words lose prefixes: the query is taken as typed, so a search for
 * `والصين` does not find a bare `الصين`. All strings here are in the
 * normalised spelling of lib/arabic (ا without hamza, ه for ة).
 * A prefix glued to a quoted name (`ل"كيري"`, `ل "كيري"`) needs no rule here:
 * tokenising already splits it off at the quote.
 */

/**
 * Attached prefixes (in normalised spelling), longest first: the conjunctions
 * و ف, the prepositions ب ل ك, the article ال, and their combinations.
 * `لل` is ل + ال contracted (للولايات = ل + الولايات).
 */
export const CLITIC_PREFIXES: readonly string[] = [
  'وبال', 'فبال', 'وكال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل',
  'لل', 'ال', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ل', 'ك',
];

/** The contracted forms that swallow the ا of ال. */
export const ARTICLE_CONTRACTIONS: readonly string[] = ['ولل', 'فلل', 'لل'];

/** Prefix stripping never leaves less than this: the query ل does not find بل. */
export const MIN_STEM = 2;

/**
 * Whether query word `q` matches text word `t` (both normalised tokens):
 * `t` is `q`, or a clitic prefix followed by `q` (لكيري, والصين for الصين,
 * الصين for صين), or, when `q` starts with ال, a contracted لل form of it
 * (للولايات for الولايات). Prefixes are never stripped from the query.
 */
export function tokenMatches(q: string, t: string): boolean {
  if (t === q) return true;
  if (q.length >= MIN_STEM && t.endsWith(q) && CLITIC_PREFIXES.includes(t.slice(0, t.length - q.length))) return true;
  const core = articleCore(q);
  return core !== null && ARTICLE_CONTRACTIONS.some((c) => t === c + core);
}

/** `q` without its article, when it has one and enough is left. */
export function articleCore(q: string): string | null {
  return q.startsWith('ال') && q.length - 2 >= MIN_STEM ? q.slice(2) : null;
}
