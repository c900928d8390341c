/**
 * Finds every date expression of an article and resolves it from the anchor
 * day. The recognisers of relative-dates (Arabic relative and vague),
 * absolute-dates (Arabic explicit) and english-dates run over the normalised
 * text; where matches overlap the longest wins (`أمس الثلاثاء` over
 * `الثلاثاء`, `في أبريل/نيسان الماضي` over `في أبريل`), and on equal length
 * the recogniser listed first.
 */
import { ARABIC_ABSOLUTE } from './absolute-dates';
import { ENGLISH_DATES } from './english-dates';
import { ARABIC_RELATIVE } from './relative-dates';
import type { FoundDate, Recogniser } from './resolution';
import { longestNonOverlapping, overlaps, rawSpan, type ScannedText, type Span } from './text-scan';

const RECOGNISERS: readonly Recogniser[] = [...ARABIC_ABSOLUTE, ...ARABIC_RELATIVE, ...ENGLISH_DATES];

const PART_OF_DAY: Record<string, FoundDate['partOfDay']> = {
  صباح: 'morning', فجر: 'morning', morning: 'morning',
  ظهر: 'noon', afternoon: 'noon', عصر: 'noon',
  مسا: 'evening', evening: 'evening',
  ليله: 'night', night: 'night', tonight: 'night',
};

/**
 * Date expressions of `scanned`, in text order, resolved from `anchor` (the
 * publication day as a day number). Expressions overlapping `exclude` (the
 * dateline) are left out: the publication date is the source's, not a claim.
 */
export function findDates(scanned: ScannedText, anchor: number, exclude: readonly Span[] = []): FoundDate[] {
  const found: FoundDate[] = [];
  const { plain, raw } = scanned;
  for (const recogniser of RECOGNISERS) {
    for (const match of plain.text.matchAll(recogniser.pattern)) {
      const [from, to] = match.indices?.groups?.x ?? match.indices?.[0] ?? [0, 0];
      if (to <= from) continue;
      const span = rawSpan(plain, from, to);
      if (exclude.some((e) => overlaps(e, span))) continue;
      const resolution = recogniser.resolve(match.groups ?? {}, anchor);
      if (!resolution) continue;
      const pod = match.groups?.pod ?? (/^tonight$/.test(match[0]) ? 'tonight' : undefined);
      found.push({ ...span, ...resolution, expression: raw.slice(span.start, span.end), partOfDay: pod ? (PART_OF_DAY[pod] ?? null) : null });
    }
  }
  return longestNonOverlapping(found);
}
