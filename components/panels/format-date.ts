/**
 * Human wording of resolved dates, in English or Arabic.
 *
 * A fuzzy date is an inclusive interval of calendar days with a precision;
 * the wording must show exactly that interval, never a sharper date than the
 * text gives. date-fns formats in the viewer's local zone, so every day is
 * turned into a *local* Date at noon of that calendar day: the calendar
 * fields then read back unchanged in any zone (UTC midnight would show the
 * previous day west of Greenwich; UTC noon the next day east of +12:00).
 */
import { format, type Locale } from 'date-fns';
import { ar, enUS } from 'date-fns/locale';
import type { FuzzyDate, Precision, Source } from '@/lib/schema';

export type DateLocale = 'en' | 'ar';

const LOCALES: Record<DateLocale, Locale> = { en: enUS, ar };

/** Words around the dates; Arabic keeps Latin digits as date-fns' `ar` does. */
const WORDS = {
  en: {
    until: (d: string) => `until ${d}`,
    from: (d: string) => `from ${d}`,
    someTimeUntil: (d: string) => `some time up to ${d}`,
    someTimeFrom: (d: string) => `some time from ${d}`,
    someTimeBetween: (a: string, b: string) => `some time between ${a} and ${b}`,
    unknown: 'date unknown',
    openStart: 'open start',
    openEnd: 'open end',
    openBoth: 'open interval',
    dateOnly: 'date only',
    precision: { day: 'day', week: 'week', month: 'month', season: 'season', year: 'year', vague: 'vague' },
  },
  ar: {
    until: (d: string) => `حتى ${d}`,
    from: (d: string) => `ابتداءً من ${d}`,
    someTimeUntil: (d: string) => `في وقت ما حتى ${d}`,
    someTimeFrom: (d: string) => `في وقت ما بعد ${d}`,
    someTimeBetween: (a: string, b: string) => `في وقت ما بين ${a} و${b}`,
    unknown: 'تاريخ غير معروف',
    openStart: 'بداية مفتوحة',
    openEnd: 'نهاية مفتوحة',
    openBoth: 'مجال مفتوح',
    dateOnly: 'التاريخ فقط',
    precision: { day: 'يوم', week: 'أسبوع', month: 'شهر', season: 'فصل', year: 'سنة', vague: 'تقريبي' },
  },
} as const;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseDay(isoDay: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (!match) throw new RangeError(`"${isoDay}" is not an ISO day (YYYY-MM-DD)`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** Local noon of the calendar day: its fields read back the same in every time zone. */
function localNoon({ y, m, d }: Ymd): Date {
  const date = new Date(2000, m - 1, d, 12);
  date.setFullYear(y); // the Date constructor maps years 0–99 to 1900–1999
  return date;
}

function fmt(day: Ymd, pattern: string, locale: DateLocale): string {
  return format(localNoon(day), pattern, { locale: LOCALES[locale] });
}

/** "14 May 2013", "1–7 Apr 2013", "29 Apr – 5 May 2013", "29 Dec 2012 – 4 Jan 2013". */
export function formatDayRange(earliest: string, latest: string, locale: DateLocale): string {
  const a = parseDay(earliest);
  const b = parseDay(latest);
  if (earliest === latest) return fmt(a, 'd MMMM yyyy', locale);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${fmt(b, 'd MMM yyyy', locale)}`;
  if (a.y === b.y) return `${fmt(a, 'd MMM', locale)} – ${fmt(b, 'd MMM yyyy', locale)}`;
  return `${fmt(a, 'd MMM yyyy', locale)} – ${fmt(b, 'd MMM yyyy', locale)}`;
}

/** "March 2013", "Jun–Aug 2013", "Dec 2012 – Feb 2013". */
function formatMonthRange(earliest: string, latest: string, locale: DateLocale): string {
  const a = parseDay(earliest);
  const b = parseDay(latest);
  if (a.y === b.y && a.m === b.m) return fmt(a, 'MMMM yyyy', locale);
  if (a.y === b.y) return `${fmt(a, 'MMM', locale)}–${fmt(b, 'MMM yyyy', locale)}`;
  return `${fmt(a, 'MMM yyyy', locale)} – ${fmt(b, 'MMM yyyy', locale)}`;
}

function formatYearRange(earliest: string, latest: string): string {
  const a = parseDay(earliest).y;
  const b = parseDay(latest).y;
  return a === b ? String(a) : `${a}–${b}`;
}

/** Closed interval at its precision; the label says the precision where the shape does not. */
function formatClosed(earliest: string, latest: string, precision: Precision, locale: DateLocale): string {
  const words = WORDS[locale];
  const label = (text: string) => `${text} (${words.precision[precision]})`;
  switch (precision) {
    case 'day':
      return formatDayRange(earliest, latest, locale);
    case 'week':
      return label(formatDayRange(earliest, latest, locale));
    case 'month':
      return formatMonthRange(earliest, latest, locale);
    case 'season':
      return label(formatMonthRange(earliest, latest, locale));
    case 'year':
      return formatYearRange(earliest, latest);
    case 'vague':
      return earliest === latest
        ? label(formatDayRange(earliest, latest, locale))
        : label(words.someTimeBetween(fmt(parseDay(earliest), 'd MMM yyyy', locale), fmt(parseDay(latest), 'd MMM yyyy', locale)));
  }
}

/**
 * The resolved interval of a fuzzy date, worded by its precision:
 * "14 May 2013", "1–7 Apr 2013 (week)", "March 2013", "Jun–Aug 2013 (season)",
 * "until 15 May 2013 (open start)", "some time up to 15 May 2013 (vague, open start)".
 * Open ends are always named, so an open interval never reads as a closed one.
 */
export function formatFuzzyDate(date: Pick<FuzzyDate, 'earliest' | 'latest' | 'precision'>, locale: DateLocale = 'en'): string {
  const words = WORDS[locale];
  const { earliest, latest, precision } = date;
  const vague = precision === 'vague';
  const day = (iso: string) => formatDayRange(iso, iso, locale);
  const comma = locale === 'en' ? ', ' : '، ';
  const tags = (open: string) => (vague ? `${words.precision.vague}${comma}${open}` : open);
  if (earliest !== null && latest !== null) return formatClosed(earliest, latest, precision, locale);
  if (earliest === null && latest !== null) {
    return `${vague ? words.someTimeUntil(day(latest)) : words.until(day(latest))} (${tags(words.openStart)})`;
  }
  if (earliest !== null && latest === null) {
    return `${vague ? words.someTimeFrom(day(earliest)) : words.from(day(earliest))} (${tags(words.openEnd)})`;
  }
  return `${words.unknown} (${words.openBoth})`;
}

/** Parts of an ISO datetime written with its offset, as the publisher's clock showed it. */
const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?([+-]\d{2}:\d{2})$/;

/**
 * A publication datetime in the publisher's own zone: "15 May 2013, 12:06 (UTC+03:00)".
 * An inferred date-only value (T00:00 by convention) shows the day alone, so
 * the convention's midnight is never read as a stated time.
 */
export function formatPublication(publication: Pick<Source['publication'], 'datetime' | 'basis'>, locale: DateLocale = 'en'): string {
  const match = DATETIME.exec(publication.datetime);
  if (!match) return publication.datetime;
  const [, isoDay = '', hh = '', mm = '', offset = ''] = match;
  const day = formatDayRange(isoDay, isoDay, locale);
  if (publication.basis === 'inferred' && hh === '00' && mm === '00') return `${day} (${WORDS[locale].dateOnly})`;
  // Arabic separates with its own comma (،), as the rest of the Arabic interface does.
  return `${day}${locale === 'ar' ? '،' : ','} ${hh}:${mm} (UTC${offset})`;
}
