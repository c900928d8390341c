/**
 * Arabic relative date expressions, resolved from the anchor (the article's
 * publication day on the publisher's calendar), by the rules of data/README.md
 * "Resolving relative dates" and these extensions of them:
 *
 * | expression | rule | interval | precision |
 * | --- | --- | --- | --- |
 * | اليوم / أمس / أول أمس / غداً / بعد غد (± يوم, ± صباح/مساء) | `today` `yesterday` `day-before-yesterday` `tomorrow` `day-after-tomorrow` | anchor + 0 / −1 / −2 / +1 / +2 | day |
 * | the same with a weekday (أمس الثلاثاء) | the rule + `-weekday` | the same day; a weekday that does not fit is a warning | day |
 * | الأسبوع / الشهر / العام الماضي, المقبل, الجاري (هذا …) | `last-` `next-` `this-` + `week` `month` `year` | the Monday–Sunday week, calendar month or year before / after / of the anchor's | week, month, year |
 * | في فبراير الماضي · مايو المقبل · في يونيو | `named-month-past` `named-month-next` `named-month` | latest such month before the anchor's month · first after it · in the anchor's year | month |
 * | مارس من العام الماضي / المقبل | `named-month-last-year` `named-month-next-year` | that month of the year before / after | month |
 * | الصيف المقبل / الماضي / هذا الصيف · صيف العام الماضي | `next-summer` `last-summer` `this-summer` · `summer-last-year` (any season) | first season starting after the anchor day · last one ending before it · the anchor year's · last year's | season |
 * | يوم الثلاثاء / الثلاثاء | `weekday` | latest such weekday on or before the anchor day | day |
 * | الثلاثاء الماضي / المقبل | `last-weekday` `next-weekday` | latest before / first after the anchor day | day |
 * | في الآونة الأخيرة, مؤخراً | `recently` | ..anchor | vague |
 * | منذ شهور / أسابيع / سنوات · منذ فترة طويلة | `since-months` `since-weeks` `since-years` · `since-long-ago` | ..anchor | vague |
 * | في الأشهر / الأسابيع / السنوات القليلة الماضية | `past-few-months` `past-few-weeks` `past-few-years` | three whole months / weeks / years before the anchor's, through the anchor day | vague |
 * | في وقت سابق (من اليوم / هذا الشهر …) | `earlier` (`earlier-today`, `earlier-this-week` …) | ..anchor (the anchor day; the period's start..anchor) | vague (day) |
 * | في وقت لاحق (من اليوم / هذا العام) · قريباً | `later` (`later-today`, `later-this-year`) · `soon` | anchor.. (the day; anchor..31 Dec) | vague (day) |
 *
 * A season is meteorological (summer = June–August) and written as a month
 * interval (`2013-06/2013-08`), never an EDTF season code.
 */
import { dayNumber, isoDay } from '../day';
import { weekdayOf, WEEKDAY_NAMES } from '../dates';
import { MONTH_NAMES, SHORT_MONTH_NAMES, mondayOf, monthNumber, monthRange, seasonRange, weekdayNumber, WEEKDAY_NAMES_AR, ymd, type Season } from './calendar';
import { namedMonth, oneDay, resolved, type Groups, type Recogniser, type Resolution } from './resolution';
import { ar, anyOf, CONJUNCTION, WORD_END, WORD_START } from './text-scan';

export const PAST = ar`(?:الماضي|الماضية|المنصرم|المنصرمة|السابق|السابقة|الفائت|الفائتة)`;
export const NEXT = ar`(?:المقبل|المقبلة|القادم|القادمة)`;
const THIS = ar`(?:الجاري|الجارية|الحالي|الحالية)`;
const WEEKDAY = anyOf(WEEKDAY_NAMES_AR);
/** A month name, alone or paired with its other-series name: `أبريل/نيسان`, `مايو (أيار)`. */
export const MONTH = `(?<month>${anyOf(MONTH_NAMES)}(?:\\s?[/(]\\s?${anyOf([...MONTH_NAMES, ...SHORT_MONTH_NAMES])}\\)?)?)`;
const PART_OF_DAY = ar`(?:(?<pod>صباح|ظهر|عصر|مساء|ليلة|فجر)\s(?:يوم\s)?)?`;

const wrap = (body: string) => new RegExp(`${WORD_START}${CONJUNCTION}(?<x>${body})${WORD_END}`, 'gdu');

export type Direction = 'past' | 'next' | 'this';
function direction(word: string | undefined): Direction {
  if (word === undefined) return 'this';
  if (new RegExp(`^${PAST}$`, 'u').test(word)) return 'past';
  if (new RegExp(`^${NEXT}$`, 'u').test(word)) return 'next';
  return 'this';
}
const PREFIX: Record<Direction, string> = { past: 'last', next: 'next', this: 'this' };
const STEP: Record<Direction, number> = { past: -1, next: 1, this: 0 };
export type Unit = 'week' | 'month' | 'year';
const UNIT_BY_WORD: Record<string, Unit> = { [ar`الأسبوع`]: 'week', [ar`الشهر`]: 'month', [ar`العام`]: 'year', [ar`السنة`]: 'year' };

/** The month of a (possibly paired) month group; a pair naming two different months is a warning. */
export function monthOfGroup(group: string): { month: number; warnings: string[] } | null {
  const names = group.split(/\s?[/(]\s?/).map((n) => n.replace(/\)$/, ''));
  const months = names.map(monthNumber);
  const first = months[0];
  if (first === null || first === undefined) return null;
  const warnings = months.some((m) => m !== null && m !== first) ? [`"${group}" names two different months; the first is used.`] : [];
  return { month: first, warnings };
}

/** A warning when the expression's weekday is not the weekday of the resolved day. */
export function weekdayWarnings(weekdayWord: string | undefined, day: number): string[] {
  if (weekdayWord === undefined) return [];
  const named = weekdayNumber(weekdayWord);
  const actual = weekdayOf(isoDay(day));
  if (named === null || named === actual) return [];
  return [`The expression names a ${WEEKDAY_NAMES[named]}, but the day it resolves to, ${isoDay(day)}, is a ${WEEKDAY_NAMES[actual]}.`];
}

/** A day counted from the anchor (`yesterday` = −1); with a weekday the rule gets `-weekday` and the weekday is checked. */
export function dayFromAnchor(rule: string, offset: number, weekdayWord: string | undefined, anchor: number): Resolution {
  const day = anchor + offset;
  return oneDay(weekdayWord ? `${rule}-weekday` : rule, day, true, weekdayWarnings(weekdayWord, day));
}

const DAY_WORDS: [RegExp, number, string][] = [
  [new RegExp(ar`^(?:اليوم)$`, 'u'), 0, 'today'],
  [new RegExp(ar`^(?:أمس|الأمس|بالأمس)$`, 'u'), -1, 'yesterday'],
  [new RegExp(ar`^أول\s(?:من\s)?أمس$`, 'u'), -2, 'day-before-yesterday'],
  [new RegExp(ar`^(?:غدا|الغد)$`, 'u'), 1, 'tomorrow'],
  [new RegExp(ar`^بعد\s(?:غد|الغد)$`, 'u'), 2, 'day-after-tomorrow'],
];

function dayWord(g: Groups, anchor: number): Resolution | null {
  const entry = DAY_WORDS.find(([pattern]) => pattern.test(g.day ?? ''));
  return entry ? dayFromAnchor(entry[2], entry[1], g.wd, anchor) : null;
}

/** The Monday–Sunday week, calendar month or year before (`past`), after (`next`) or of (`this`) the anchor's. */
export function periodFromAnchor(unit: Unit, dir: Direction, anchor: number): Resolution {
  const rule = `${PREFIX[dir]}-${unit}`;
  const step = STEP[dir];
  const { year, month } = ymd(anchor);
  if (unit === 'week') {
    const monday = mondayOf(anchor) + 7 * step;
    return resolved(rule, 'week', monday, monday + 6);
  }
  // monthRange wraps month 0 and 13 into the neighbouring years.
  if (unit === 'month') return resolved(rule, 'month', ...monthRange(year, month + step));
  return resolved(rule, 'year', monthRange(year + step, 1)[0], monthRange(year + step, 12)[1]);
}

function unitPeriod(g: Groups, anchor: number): Resolution | null {
  const unit = UNIT_BY_WORD[g.unit ?? ''];
  return unit ? periodFromAnchor(unit, g.this ? 'this' : direction(g.dir), anchor) : null;
}

/** A named month: `past`/`next` of the anchor's month, or in the year before/of/after the anchor's (`yearDir`). */
export function monthFromAnchor(month: number, anchor: number, dir: Direction | null, yearDir: Direction | null): Resolution {
  if (yearDir !== null) return namedMonth(month, anchor, yearDir === 'past' ? 'last-year' : yearDir === 'next' ? 'next-year' : 'this-year');
  return namedMonth(month, anchor, dir === 'past' ? 'past' : dir === 'next' ? 'next' : 'this-year');
}

function monthRelative(g: Groups, anchor: number): Resolution | null {
  const named = monthOfGroup(g.month ?? '');
  if (!named) return null;
  const yearDir = g.ythis ? 'this' : g.ydir !== undefined ? direction(g.ydir) : null;
  const resolution = monthFromAnchor(named.month, anchor, g.dir === undefined ? null : direction(g.dir), yearDir);
  return { ...resolution, warnings: named.warnings };
}

const SEASONS: Record<string, Season> = {
  [ar`الربيع`]: 'spring', [ar`الصيف`]: 'summer', [ar`الخريف`]: 'autumn', [ar`الشتاء`]: 'winter',
  [ar`ربيع`]: 'spring', [ar`صيف`]: 'summer', [ar`خريف`]: 'autumn', [ar`شتاء`]: 'winter',
};

/** The year in which the wanted instance of a season starts. */
function seasonYear(season: Season, anchor: number, dir: Direction): number {
  const { year, month } = ymd(anchor);
  if (dir === 'next') {
    for (let y = year - 1; ; y++) if (seasonRange(season, y)[0] > anchor) return y;
  }
  if (dir === 'past') {
    for (let y = year + 1; ; y--) if (seasonRange(season, y)[1] < anchor) return y;
  }
  return season === 'winter' && month <= 2 ? year - 1 : year;
}

/**
 * A season: the first one starting after the anchor day (`next`), the last one
 * ending before it (`past`), the anchor year's (`this`); or with `ofYear`, the
 * one starting in the year before / of / after the anchor's.
 */
export function seasonFromAnchor(season: Season, dir: Direction, anchor: number, ofYear = false): Resolution {
  if (ofYear) {
    const [first, last] = seasonRange(season, ymd(anchor).year + STEP[dir]);
    return resolved(`${season}-${dir === 'past' ? 'last' : dir}-year`, 'season', first, last);
  }
  const [first, last] = seasonRange(season, seasonYear(season, anchor, dir));
  return resolved(`${PREFIX[dir]}-${season}`, 'season', first, last);
}

function seasonRelative(g: Groups, anchor: number): Resolution | null {
  const season = SEASONS[g.season ?? ''];
  if (!season) return null;
  if (g.ydir !== undefined || g.ythis !== undefined) return seasonFromAnchor(season, g.ythis ? 'this' : direction(g.ydir), anchor, true);
  return seasonFromAnchor(season, g.this ? 'this' : direction(g.dir), anchor);
}

/** A weekday: latest on or before the anchor day (no direction), latest before it (`past`), first after it (`next`). */
export function weekdayFromAnchor(named: number, dir: Direction | null, anchor: number): Resolution {
  const today = weekdayOf(isoDay(anchor));
  if (dir === 'past') return oneDay('last-weekday', anchor - (((today - named + 6) % 7) + 1));
  if (dir === 'next') return oneDay('next-weekday', anchor + (((named - today + 6) % 7) + 1));
  return oneDay('weekday', anchor - ((today - named + 7) % 7));
}

function weekdayRelative(g: Groups, anchor: number): Resolution | null {
  const named = weekdayNumber(g.wd ?? '');
  if (named === null) return null;
  const dir = g.dir === undefined ? null : direction(g.dir);
  return weekdayFromAnchor(named, dir === 'this' ? null : dir, anchor);
}

export const openStart = (rule: string) => (_: Groups, anchor: number) => resolved(rule, 'vague', null, anchor);
export const openEnd = (rule: string) => (_: Groups, anchor: number) => resolved(rule, 'vague', anchor, null);

/** Three whole units before the anchor's unit, through the anchor day (`few` = three by convention). */
export function pastFew(unit: Unit) {
  return (_: Groups, anchor: number): Resolution => {
    const { year, month } = ymd(anchor);
    if (unit === 'week') return resolved('past-few-weeks', 'vague', mondayOf(anchor) - 21, anchor);
    if (unit === 'year') return resolved('past-few-years', 'vague', monthRange(year - 3, 1)[0], anchor);
    return resolved('past-few-months', 'vague', monthRange(year, month - 3)[0], anchor);
  };
}

/** Earlier (or later) in the anchor's day, week, month or year. */
export function earlierOrLaterIn(unit: Unit | 'day', later: boolean, anchor: number): Resolution {
  if (unit === 'day') return oneDay(later ? 'later-today' : 'earlier-today', anchor);
  const [first, last] = periodBounds(periodFromAnchor(unit, 'this', anchor));
  return later ? resolved(`later-this-${unit}`, 'vague', anchor, last) : resolved(`earlier-this-${unit}`, 'vague', first, anchor);
}

function periodBounds(r: Resolution): [number, number] {
  return [dayNumber(r.earliest as string), dayNumber(r.latest as string)];
}

function earlierOrLater(g: Groups, anchor: number): Resolution {
  const word = g.unit ?? g.unit2;
  return earlierOrLaterIn(word === undefined ? 'day' : (UNIT_BY_WORD[word] ?? 'day'), g.later !== undefined, anchor);
}

const UNIT = ar`(?<unit>الأسبوع|الشهر|العام|السنة)`;
const SEASON = ar`(?<season>الربيع|الصيف|الخريف|الشتاء)`;
const YEAR_DIR = ar`(?:من\s)?(?:(?:العام|السنة)\s(?<ydir>${PAST}|${NEXT}|${THIS})|(?<ythis>هذا\sالعام|هذه\sالسنة))`;
const THIS_PERIOD = ar`(?:من\s)?(?:(?:هذا|هذه)\s(?<unit>الأسبوع|الشهر|العام|السنة)|(?<unit2>الأسبوع|الشهر|العام)\s${THIS}|(?<day>اليوم))`;

/** The Arabic relative recognisers, most specific first (ties between equal spans go to the earlier). */
export const ARABIC_RELATIVE: readonly Recogniser[] = [
  {
    pattern: wrap(ar`${PART_OF_DAY}(?:يوم\s)?(?<day>اليوم(?!\s(?:التالي|نفسه|ذاته|الذي|الأول|الثاني|الثالث|الواحد|العالمي|الوطني))|أمس|الأمس|بالأمس|أول\s(?:من\s)?أمس|غدا|الغد|بعد\s(?:غد|الغد))(?:\s(?:،\s?)?(?:يوم\s)?(?<wd>${WEEKDAY}))?`),
    resolve: dayWord,
  },
  { pattern: wrap(`${UNIT}\\s(?<dir>${PAST}|${NEXT}|${THIS})`), resolve: unitPeriod },
  { pattern: wrap(ar`(?<this>هذا|هذه)\s${UNIT}`), resolve: unitPeriod },
  { pattern: wrap(ar`(?:في\s)?(?:شهر\s)?${MONTH}\s${YEAR_DIR}`), resolve: monthRelative },
  { pattern: wrap(ar`(?:في\s)?(?:شهر\s)?${MONTH}\s(?<dir>${PAST}|${NEXT}|${THIS})`), resolve: monthRelative },
  { pattern: wrap(ar`في\s(?:شهر\s)?${MONTH}(?!\s?[/(]?\s?\d)`), resolve: monthRelative },
  { pattern: wrap(ar`(?:فصل\s)?${SEASON}\s(?<dir>${PAST}|${NEXT}|${THIS})`), resolve: seasonRelative },
  { pattern: wrap(ar`(?<this>هذا)\s(?:ال)?${SEASON}`), resolve: seasonRelative },
  { pattern: wrap(ar`(?<season>ربيع|صيف|خريف|شتاء)\s${YEAR_DIR}`), resolve: seasonRelative },
  { pattern: wrap(ar`${PART_OF_DAY}(?:يوم\s)?(?<wd>${WEEKDAY})\s(?<dir>${PAST}|${NEXT})`), resolve: weekdayRelative },
  { pattern: wrap(ar`${PART_OF_DAY}يوم\s(?<wd>${WEEKDAY})`), resolve: weekdayRelative },
  { pattern: wrap(ar`(?:(?<pod>صباح|ظهر|عصر|مساء|ليلة|فجر)\s)?(?<wd>الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?!\s?\d)`), resolve: weekdayRelative },
  { pattern: wrap(ar`(?:في|خلال)\s(?:الآونة|الفترة)\s(?:الأخيرة)|مؤخرا`), resolve: openStart('recently') },
  { pattern: wrap(ar`منذ\s(?:عدة\s|بضعة\s)?(?:شهور|أشهر)`), resolve: openStart('since-months') },
  { pattern: wrap(ar`منذ\s(?:عدة\s|بضعة\s)?أسابيع`), resolve: openStart('since-weeks') },
  { pattern: wrap(ar`منذ\s(?:عدة\s|بضع\s|بضعة\s)?(?:سنوات|سنين|أعوام)`), resolve: openStart('since-years') },
  { pattern: wrap(ar`منذ\s(?:فترة|وقت|زمن|مدة)\sطويلة?`), resolve: openStart('since-long-ago') },
  { pattern: wrap(ar`(?:في|خلال)\s(?:الأشهر|الشهور)\s(?:القليلة\s|الثلاثة\s)?(?:الماضية|الأخيرة|المنصرمة)`), resolve: pastFew('month') },
  { pattern: wrap(ar`(?:في|خلال)\sالأسابيع\s(?:القليلة\s)?(?:الماضية|الأخيرة)`), resolve: pastFew('week') },
  { pattern: wrap(ar`(?:في|خلال)\s(?:السنوات|الأعوام)\s(?:القليلة\s)?(?:الماضية|الأخيرة)`), resolve: pastFew('year') },
  { pattern: wrap(ar`في\sوقت\s(?:سابق|(?<later>لاحق))\s${THIS_PERIOD}`), resolve: earlierOrLater },
  { pattern: wrap(ar`في\sوقت\sسابق`), resolve: openStart('earlier') },
  { pattern: wrap(ar`في\sوقت\sلاحق`), resolve: openEnd('later') },
  { pattern: wrap(ar`قريبا|في\sالقريب\sالعاجل`), resolve: openEnd('soon') },
];
