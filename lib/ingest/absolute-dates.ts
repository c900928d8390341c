/**
 * Arabic dates that name their day, month or year outright, in Western or
 * Eastern digits (normalisation folds ٢٠١٣ to 2013) or ordinal words:
 *
 * | expression | rule | interval | precision |
 * | --- | --- | --- | --- |
 * | 15 مايو 2013 · الخامس عشر من مايو 2013م · 2013/5/15 · 15/5/2013 | `explicit-date` | that day | day |
 * | 15 مايو · في السابع من يونيو (no year) | `day-month` | that day in the anchor's year | day |
 * | 19 فبراير الماضي · 5 يونيو المقبل | `day-month` | the latest such day before the anchor · the first after it | day |
 * | يومي السابع والثامن من يونيو · بين 7 و9 يونيو · 7-8 يونيو (± year) | `explicit-day-span` / `day-span` (no year) | the days, inclusive | week (a span of days; `day` is one day only) |
 * | في مارس 2012 · شهر مارس من عام 2012 | `explicit-month` | that month | month |
 * | في عام 2012 · سنة 2012 | `explicit-year` | that year | year |
 *
 * A weekday written with the date (`الثلاثاء 14 مايو 2013`) is checked; a
 * mismatch is a warning. A day that does not exist (31 يونيو) keeps only its
 * month, with a warning.
 * Only `explicit-*` rules are absolute (no anchor); the others take their
 * year from the publication.
 */
import { ORDINAL_WORDS, WEEKDAY_NAMES_AR, dayOf, dayOfMonth, monthRange, ymd } from './calendar';
import { MONTH, monthOfGroup, NEXT, PAST, weekdayWarnings } from './relative-dates';
import { oneDay, resolved, type Groups, type Recogniser, type Resolution } from './resolution';
import { ar, anyOf, CONJUNCTION, WORD_END, WORD_START } from './text-scan';

const wrap = (body: string) => new RegExp(`${WORD_START}${CONJUNCTION}(?<x>${body})${WORD_END}`, 'gdu');

const DAY = (name: string) => `(?<${name}>\\d{1,2}|${anyOf(ORDINAL_WORDS)})`;
/** A year after the month: `2013`, `عام 2013`, `من العام 2013`, `2013م`. */
const YEAR_TAIL = ar`(?:\s?[،,]?\s?(?:من\s)?(?:عام\s|العام\s|سنة\s)?(?<y>\d{4})(?:\sم|م)?)`;
const WEEKDAY_LEAD = ar`(?:(?:يوم\s)?(?<wd>${anyOf(WEEKDAY_NAMES_AR)})\s?[،,]?\s)?`;

/** The year a match names, or the anchor's; and whether the anchor was needed. */
function yearOf(g: Groups, anchor: number): { year: number; relative: boolean } {
  return g.y ? { year: Number(g.y), relative: false } : { year: ymd(anchor).year, relative: true };
}

function dayMonth(g: Groups, anchor: number): Resolution | null {
  const named = monthOfGroup(g.month ?? '');
  const day = dayOfMonth(g.d ?? '');
  if (!named || day === null) return null;
  const { year: stated, relative } = yearOf(g, anchor);
  // `19 فبراير الماضي` / `5 يونيو المقبل`: the latest such day before the anchor / the first after it.
  const inYear = (y: number) => dayOf(y, named.month, day);
  const onAnchorYear = inYear(stated);
  const year = g.past && onAnchorYear !== null && onAnchorYear >= anchor ? stated - 1 : g.next && onAnchorYear !== null && onAnchorYear <= anchor ? stated + 1 : stated;
  const at = inYear(year);
  if (at === null) {
    // `31 يونيو`: the day does not exist, so only the month is sure; the reviewer must see why.
    const [first, last] = monthRange(year, named.month);
    return resolved(relative ? 'named-month' : 'explicit-month', 'month', first, last, relative, [`Day ${day} does not exist in month ${named.month} of ${year}; only the month is kept.`]);
  }
  return oneDay(relative ? 'day-month' : 'explicit-date', at, relative, [...named.warnings, ...weekdayWarnings(g.wd, at)]);
}

function daySpan(g: Groups, anchor: number): Resolution | null {
  const named = monthOfGroup(g.month ?? '');
  const first = dayOfMonth(g.d ?? '');
  const last = dayOfMonth(g.d2 ?? '');
  if (!named || first === null || last === null || last <= first) return null;
  const { year, relative } = yearOf(g, anchor);
  const from = dayOf(year, named.month, first);
  const to = dayOf(year, named.month, last);
  if (from === null || to === null) return null;
  return resolved(relative ? 'day-span' : 'explicit-day-span', to - from < 7 ? 'week' : 'vague', from, to, relative, named.warnings);
}

function numeric(g: Groups): Resolution | null {
  const at = dayOf(Number(g.y), Number(g.m), Number(g.d));
  if (at === null) return null;
  return oneDay('explicit-date', at, false, weekdayWarnings(g.wd, at));
}

function monthYear(g: Groups): Resolution | null {
  const named = monthOfGroup(g.month ?? '');
  if (!named) return null;
  const [first, last] = monthRange(Number(g.y), named.month);
  return { ...resolved('explicit-month', 'month', first, last, false), warnings: named.warnings };
}

function wholeYear(g: Groups): Resolution {
  const year = Number(g.y);
  return resolved('explicit-year', 'year', monthRange(year, 1)[0], monthRange(year, 12)[1], false);
}

/** Not part of a Hijri date (`1434/7/6 هـ`) or a time. */
const NOT_HIJRI = `(?!\\s?ه${WORD_END})`;

export const ARABIC_ABSOLUTE: readonly Recogniser[] = [
  {
    pattern: wrap(ar`يومي\s${DAY('d')}\s?و\s?${DAY('d2')}\s(?:من\s)?(?:شهر\s)?${MONTH}${YEAR_TAIL}?`),
    resolve: daySpan,
  },
  {
    pattern: wrap(ar`(?:بين|من)\s${DAY('d')}\s?(?:و|إلى|الى|حتى)\s?${DAY('d2')}\s(?:من\s)?(?:شهر\s)?${MONTH}${YEAR_TAIL}?`),
    resolve: daySpan,
  },
  { pattern: wrap(ar`(?<d>\d{1,2})\s?[-–]\s?(?<d2>\d{1,2})\s(?:من\s)?(?:شهر\s)?${MONTH}${YEAR_TAIL}?`), resolve: daySpan },
  { pattern: wrap(ar`${WEEKDAY_LEAD}${DAY('d')}\s(?:من\s)?(?:شهر\s)?${MONTH}(?:${YEAR_TAIL}|\s(?<past>${PAST})|\s(?<next>${NEXT}))?${NOT_HIJRI}`), resolve: dayMonth },
  { pattern: wrap(`${WEEKDAY_LEAD}(?<y>\\d{4})[/.-](?<m>\\d{1,2})[/.-](?<d>\\d{1,2})${NOT_HIJRI}`), resolve: numeric },
  { pattern: wrap(`${WEEKDAY_LEAD}(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})[/.-](?<y>\\d{4})${NOT_HIJRI}`), resolve: numeric },
  { pattern: wrap(ar`(?:في\s)?(?:شهر\s)?${MONTH}\s(?:من\s)?(?:عام\s|العام\s|سنة\s)?(?<y>\d{4})(?:\sم|م)?${NOT_HIJRI}`), resolve: monthYear },
  { pattern: wrap(ar`(?:في\s)?(?:عام|العام|سنة)\s(?<y>\d{4})(?:\sم|م)?${NOT_HIJRI}`), resolve: wholeYear },
];
