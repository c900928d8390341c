/**
 * Calendar vocabulary and day arithmetic for date extraction: month names in
 * the two Arabic series (يناير … and كانون الثاني …) and in English, Hijri
 * months, ordinal day words, weeks (Monday–Sunday) and meteorological
 * seasons (northern hemisphere), all on the day numbers of lib/day.
 */
import { dayNumber, isoDay } from '../day';
import { normalizeArabic } from '../arabic';
import { weekdayOf } from '../dates';

/** Gregorian month names, index 0 = January. Each entry lists every spelling in use. */
const ARABIC_MONTHS: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية'],
  ['أغسطس', 'آب', 'أوت'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];

const ENGLISH_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Normalised spelling → month number 1–12, for every Arabic and English name. */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...ARABIC_MONTHS.flatMap((names, i) => names.map((n) => [normalizeArabic(n), i + 1] as const)),
  ...ENGLISH_MONTHS.map((n, i) => [n, i + 1] as const),
  ...ENGLISH_MONTHS.map((n, i) => [n.slice(0, 3), i + 1] as const),
  ['sept', 9] as const,
]);

/** Every month name (normalised), for building patterns. آب and ماي are left out alone: they are common words. */
export const MONTH_NAMES: readonly string[] = [...MONTH_BY_NAME.keys()].filter((n) => n !== 'اب' && n !== 'ماي' && n !== 'may' && n.length > 3);
/** Names that only count as months next to a day number, a year or a paired name (`أغسطس/آب`). */
export const SHORT_MONTH_NAMES: readonly string[] = ['اب', 'ماي', 'may', ...ENGLISH_MONTHS.map((n) => n.slice(0, 3)), 'sept'];

/** The month (1–12) a normalised name stands for, or null. */
export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(normalizeArabic(name).replace(/\s+/g, ' ').replace(/\.$/, '')) ?? null;
}

/** Hijri month names (normalised spellings) → 1–12. */
const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['محرم'], ['صفر'], ['ربيع الأول'], ['ربيع الثاني', 'ربيع الآخر'], ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'], ['رجب'], ['شعبان'], ['رمضان'], ['شوال'], ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];
const HIJRI_BY_NAME: ReadonlyMap<string, number> = new Map(
  HIJRI_MONTHS.flatMap((names, i) => names.map((n) => [normalizeArabic(n), i + 1] as const)),
);
export const HIJRI_MONTH_NAMES: readonly string[] = [...HIJRI_BY_NAME.keys()];
export function hijriMonthNumber(name: string): number | null {
  return HIJRI_BY_NAME.get(normalizeArabic(name).replace(/\s+/g, ' ')) ?? null;
}

/** Ordinal day words 1–31 as dates use them (`السابع من يونيو`), normalised, index = day. */
const UNITS = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
const ORDINALS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (word: string, day: number) => map.set(normalizeArabic(word), day);
  UNITS.forEach((w, d) => d > 0 && add(w, d));
  add('الحادي عشر', 11);
  for (let d = 12; d <= 19; d++) add(`${UNITS[d - 10]} عشر`, d);
  add('العشرين', 20);
  add('الثلاثين', 30);
  for (let d = 21; d <= 31; d++) {
    if (d === 30) continue;
    const unit = d % 10 === 1 ? 'الحادي' : UNITS[d % 10];
    add(`${unit} و${d < 30 ? 'العشرين' : 'الثلاثين'}`, d);
  }
  return map;
})();
export const ORDINAL_WORDS: readonly string[] = [...ORDINALS.keys()];

/** A day of the month from digits (`7`, `٠٧` after normalisation) or an ordinal word; null if neither. */
export function dayOfMonth(text: string): number | null {
  const folded = normalizeArabic(text).replace(/\s+/g, ' ');
  if (/^\d{1,2}$/.test(folded)) return Number(folded);
  return ORDINALS.get(folded) ?? null;
}

/** Weekday words (normalised, with the article) → 0 = Sunday … 6 = Saturday. */
const ARABIC_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...ARABIC_WEEKDAYS.map((n, i) => [normalizeArabic(n), i] as const),
  ...ARABIC_WEEKDAYS.map((n, i) => [normalizeArabic(n).slice(2), i] as const),
  ...ENGLISH_WEEKDAYS.map((n, i) => [n, i] as const),
]);
/** Weekday names with the article, normalised (`الثلاثا`: the final hamza is dropped by normalisation). */
export const WEEKDAY_NAMES_AR: readonly string[] = ARABIC_WEEKDAYS.map((n) => normalizeArabic(n));
export const WEEKDAY_NAMES_EN: readonly string[] = ENGLISH_WEEKDAYS;
export function weekdayNumber(name: string): number | null {
  return WEEKDAY_BY_NAME.get(normalizeArabic(name)) ?? null;
}

// ---- day arithmetic (day numbers since 1970-01-01) ----

export function ymd(day: number): { year: number; month: number; day: number } {
  const [y, m, d] = isoDay(day).split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

/** Day number of a calendar date, or null when it does not exist (31 June). */
export function dayOf(year: number, month: number, day: number): number | null {
  try {
    return dayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  } catch {
    return null;
  }
}

/** First and last day of a month (month may run past 1–12: 13 is January of the next year). */
export function monthRange(year: number, month: number): [number, number] {
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  const next = Date.UTC(year, month, 1) / 86_400_000;
  return [first, next - 1];
}

/** Monday of the week containing `day` (weeks run Monday–Sunday). */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(isoDay(day)) + 6) % 7);
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
/** First month of each meteorological season; winter starts in December and runs into the next year. */
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** The season that starts in `year` (winter: December `year` to February `year + 1`). */
export function seasonRange(season: Season, year: number): [number, number] {
  const first = SEASON_START[season];
  return [monthRange(year, first)[0], monthRange(year, first + 2)[1]];
}

/** Hijri date of a day on the Umm al-Qura calendar (Intl), or null when the runtime lacks it. */
export function umalquraOf(day: number): { year: number; month: number; day: number } | null {
  try {
    const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
    const parts = format.formatToParts(new Date(day * 86_400_000));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const result = { year: part('year'), month: part('month'), day: part('day') };
    return Number.isFinite(result.year) && Number.isFinite(result.month) && Number.isFinite(result.day) ? result : null;
  } catch {
    return null;
  }
}
