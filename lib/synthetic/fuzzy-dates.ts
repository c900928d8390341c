/**
 * Fuzzy dates for synthetic events, of every precision the schema knows,
 * each written as an Arabic expression and resolved by the rules of
 * data/README.md: the interval, its EDTF form and the precision agree, a
 * named weekday is the resolved day's, and an occurred event never starts
 * after the publication day of the article that anchors it.
 */
import { isoDay, weekdayOf } from '../dates';
import type { FuzzyDate, Precision } from '../schema';
import type { Random } from './random';
import { ARABIC_MONTHS, ARABIC_WEEKDAYS, SEASONS } from './words';

/** A date as generated: everything but the passage, which is cut once the text is written. */
export type DraftDate = Omit<FuzzyDate, 'passage'> & { status: 'occurred' | 'expected' | 'ongoing' };

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function ymd(day: number): Ymd {
  const [y, m, d] = isoDay(day).split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEdtf = (y: number, m: number) => `${y}-${pad(m)}`;
/** Day number of the first of a month; months past 12 roll into the next year. */
const firstOfMonth = (y: number, m: number) => Math.round(Date.UTC(y, m - 1, 1) / 86_400_000);
const lastOfMonth = (y: number, m: number) => firstOfMonth(y, m + 1) - 1;
const dayText = (day: number) => {
  const { y, m, d } = ymd(day);
  return `${d} ${ARABIC_MONTHS[m - 1]} ${y}`;
};

type Maker = (published: number, anchor: string, random: Random) => DraftDate;

function draft(
  precision: Precision,
  expression: string,
  edtf: string,
  earliest: number | null,
  latest: number | null,
  anchor: string | null,
  rule: string,
  status: DraftDate['status'] = 'occurred',
): DraftDate {
  return {
    expression,
    edtf,
    earliest: earliest === null ? null : isoDay(earliest),
    latest: latest === null ? null : isoDay(latest),
    precision,
    anchor,
    rule,
    basis: 'expression',
    status,
  };
}

/** Each maker with its weight: days dominate news, as in the real corpus. */
const MAKERS: readonly (readonly [number, Maker])[] = [
  // A written date with its weekday, e.g. "الثلاثاء 14 مايو 2013".
  [22, (p, _a, r) => {
    const day = p - r.int(1, 90);
    return draft('day', `${ARABIC_WEEKDAYS[weekdayOf(isoDay(day))]} ${dayText(day)}`, isoDay(day), day, day, null, 'absolute-day');
  }],
  [8, (p, a) => draft('day', `اليوم ${ARABIC_WEEKDAYS[weekdayOf(isoDay(p))]}`, isoDay(p), p, p, a, 'today-weekday')],
  [6, (p, a) => draft('day', `أمس ${ARABIC_WEEKDAYS[weekdayOf(isoDay(p - 1))]}`, isoDay(p - 1), p - 1, p - 1, a, 'yesterday-weekday')],
  // Weeks run Monday to Sunday: the week before the one holding the anchor day.
  [10, (p, a) => {
    const monday = p - ((weekdayOf(isoDay(p)) + 6) % 7) - 7;
    return draft('week', 'الأسبوع الماضي', `${isoDay(monday)}/${isoDay(monday + 6)}`, monday, monday + 6, a, 'last-week');
  }],
  [12, (p, _a, r) => {
    const { y, m } = ymd(p);
    const back = r.int(1, 6);
    const year = y + Math.floor((m - 1 - back) / 12);
    const month = ((((m - 1 - back) % 12) + 12) % 12) + 1;
    return draft('month', `في ${ARABIC_MONTHS[month - 1]} ${year}`, monthEdtf(year, month), firstOfMonth(year, month), lastOfMonth(year, month), null, 'absolute-month');
  }],
  [5, (p, a) => {
    const { y, m } = ymd(p);
    const [year, month] = m === 1 ? [y - 1, 12] : [y, m - 1];
    return draft('month', 'الشهر الماضي', monthEdtf(year, month), firstOfMonth(year, month), lastOfMonth(year, month), a, 'last-month');
  }],
  [3, (p, a) => {
    const { y, m } = ymd(p);
    const [year, month] = m === 12 ? [y + 1, 1] : [y, m + 1];
    return draft('month', 'الشهر المقبل', monthEdtf(year, month), firstOfMonth(year, month), lastOfMonth(year, month), a, 'next-month', 'expected');
  }],
  // The last season that ended before the anchor day, named with its year ("صيف 2014"; winter by the year it starts).
  [5, (p) => {
    const { y } = ymd(p);
    const ended = [y - 1, y].flatMap((year) => SEASONS.map((s) => ({ s, year, last: lastOfMonth(year, s.first + 2) }))).filter((c) => c.last < p);
    const { s, year, last } = ended.at(-1)!;
    const lastYear = s.first === 12 ? year + 1 : year;
    const lastMonth = s.first === 12 ? 2 : s.first + 2;
    return draft('season', `${s.ar} ${year}`, `${monthEdtf(year, s.first)}/${monthEdtf(lastYear, lastMonth)}`, firstOfMonth(year, s.first), last, null, 'named-season');
  }],
  [6, (p, _a, r) => {
    const year = ymd(p).y - r.int(0, 1);
    return draft('year', `عام ${year}`, String(year), firstOfMonth(year, 1), lastOfMonth(year, 12), null, 'absolute-year');
  }],
  // Vague: an open start ending on the anchor day, an open end, or a span of months.
  [8, (p, a) => draft('vague', 'منذ فترة طويلة', `../${isoDay(p)}`, null, p, a, 'since-long-ago', 'ongoing')],
  [5, (p, _a, r) => {
    const { y, m } = ymd(p - r.int(60, 400));
    return draft('vague', `منذ ${ARABIC_MONTHS[m - 1]} ${y}`, `${isoDay(firstOfMonth(y, m))}/..`, firstOfMonth(y, m), null, null, 'since-month', 'ongoing');
  }],
  [10, (p, _a, r) => {
    const { y, m } = ymd(p - r.int(120, 300));
    const span = r.int(1, 3);
    const endYear = y + Math.floor((m - 1 + span) / 12);
    const endMonth = ((m - 1 + span) % 12) + 1;
    return draft('vague', `بين ${ARABIC_MONTHS[m - 1]} ${y} و${ARABIC_MONTHS[endMonth - 1]} ${endYear}`, `${monthEdtf(y, m)}/${monthEdtf(endYear, endMonth)}`, firstOfMonth(y, m), lastOfMonth(endYear, endMonth), null, 'between-months');
  }],
];

const TOTAL_WEIGHT = MAKERS.reduce((sum, [weight]) => sum + weight, 0);

/** A fuzzy date told by an article published on day number `published`, whose source id is `anchor`. */
export function draftDate(published: number, anchor: string, random: Random): DraftDate {
  let target = random.next() * TOTAL_WEIGHT;
  for (const [weight, make] of MAKERS) {
    target -= weight;
    if (target < 0) return make(published, anchor, random);
  }
  return MAKERS[0]![1](published, anchor, random);
}
