/**
 * Text width estimates for layout done before anything is on screen (and in
 * Node, where nothing can be measured). They were meant to err on the wide
 * side, but the system UI font can draw wider (this machine's, by up to
 * ~10% in the regular weight): the timeline measures its titles on the
 * page (`TextMeasure`, components/timeline/title-measure) and keeps the
 * estimate for the rest.
 */

/** Rough advance widths in em for the UI sans-serif at small sizes. */
const NARROW = /[\s.,:;'’|!iIljft()[\]\-–…1]/u;
const WIDE = /[MWmw@%]/;
const UPPER_OR_DIGIT = /[A-Z0-9]/;
/** Arabic letters are drawn in a naskh face that runs a little wider than Latin lower case. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F]/u;

/**
 * The width in pixels of `text` drawn at `fontPx`: `estimateTextWidth`, or
 * in the browser the page's own font measured on a canvas (the timeline's
 * titles: components/timeline/title-measure).
 */
export type TextMeasure = (text: string, fontPx: number) => number;

/** Estimated width in pixels of `text` drawn at `fontPx`. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.32;
    else if (WIDE.test(ch)) em += 0.9;
    else if (UPPER_OR_DIGIT.test(ch)) em += 0.66;
    else if (ARABIC.test(ch)) em += 0.62;
    else em += 0.58;
  }
  return em * fontPx;
}

/**
 * `text` shortened with an ellipsis so its width (by `measure`, estimated
 * unless given) fits `maxPx`. Returns the text unchanged when it fits, and
 * '' when not even one character and the ellipsis fit.
 */
export function truncateToWidth(text: string, maxPx: number, fontPx: number, measure: TextMeasure = estimateTextWidth): string {
  if (measure(text, fontPx) <= maxPx) return text;
  const chars = [...text];
  // The longest start that fits with the ellipsis, by halving: a measure on the page's canvas is a call into the browser.
  let kept = 0;
  let over = chars.length;
  while (over - kept > 1) {
    const mid = (kept + over) >> 1;
    if (measure(`${chars.slice(0, mid).join('')}…`, fontPx) <= maxPx) kept = mid;
    else over = mid;
  }
  return kept === 0 ? '' : `${chars.slice(0, kept).join('').trimEnd()}…`;
}
