/**
 * Fuzzy-date arithmetic. A date in Athar is an inclusive interval of UTC
 * calendar days whose ends may be open (null: the text does not close them).
 * Days are counted as integers since 1970-01-01 so comparisons never depend
 * on a time zone or on `Date` parsing quirks.
 */
import edtf from 'edtf';

import { dayNumber, isIsoDay, isoDay } from './day';

// Day numbers live in day.ts (shared with the query layer); re-exported so date code has one import.
export { dayNumber, isIsoDay, isoDay };

const MS_PER_DAY = 86_400_000;

/** An inclusive day interval; null marks an end the text leaves open. */
export interface DayInterval {
  earliest: string | null;
  latest: string | null;
}

/** 0 = Sunday … 6 = Saturday (the `Date#getUTCDay` convention). Throws on a string that is not a calendar day. */
export function weekdayOf(day: string): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps days before 1970 positive.
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/**
 * The local calendar day of an ISO datetime written with its offset
 * (`2013-05-15T00:30:00+03:00` is 15 May where it was published, although it
 * is still 14 May in UTC): the date as the publisher's clock showed it.
 */
export function localDayOf(datetime: string): string | null {
  const day = datetime.slice(0, 10);
  return isIsoDay(day) ? day : null;
}

/**
 * The day bounds of an EDTF string: the first and last day it covers, null for
 * an open or unknown end (`2013-04-09/..`, `2013-04-09/`, `../2013-05-14`).
 * Throws a RangeError naming the reason when the string is not EDTF.
 *
 * Mind that EDTF season codes 21–24 are quarters in this library
 * (`2013-22` is April–June), so the data writes a season as an explicit
 * month interval, e.g. summer as `2013-06/2013-08`.
 */
export function edtfBounds(value: string): DayInterval {
  const known = boundsCache.get(value);
  if (known) return { ...known };
  const bounds = parseEdtfBounds(value);
  // Large datasets repeat the same few thousand EDTF strings; the parser is the validator's slowest step.
  if (boundsCache.size < BOUNDS_CACHE_LIMIT) boundsCache.set(value, bounds);
  return { ...bounds };
}

const BOUNDS_CACHE_LIMIT = 50_000;
const boundsCache = new Map<string, DayInterval>();

function parseEdtfBounds(value: string): DayInterval {
  let parsed: ReturnType<typeof edtf>;
  try {
    parsed = edtf(value);
  } catch (error) {
    throw new RangeError(`"${value}" is not a valid EDTF date (${edtfErrorReason(error)})`);
  }
  const [min, max] = parsed.type === 'Set' || parsed.type === 'List' ? listHull(parsed as unknown as EdtfList) : [parsed.min, parsed.max];
  // Intervals report null (unknown end) or ±Infinity (open end) despite the declared number type.
  const toDay = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? null : isoDay(Math.floor(ms / MS_PER_DAY)));
  return { earliest: toDay(min), latest: toDay(max) };
}

/** The runtime shape of an edtf Set (`[a, b..c]`) or List (`{a, b}`); a range member is a pair. */
interface EdtfList {
  values: ({ min: number; max: number } | [{ min: number; max: number }, { min: number; max: number }])[];
  earlier: boolean;
  later: boolean;
}

/**
 * edtf 4.11 takes a list's max from the *start* of its last range
 * (`[2013-01..2013-03]` would end on 31 January), so the hull is computed here.
 */
function listHull(list: EdtfList): [number, number] {
  const mins = list.values.map((v) => (Array.isArray(v) ? v[0].min : v.min));
  const maxes = list.values.map((v) => (Array.isArray(v) ? v[1].max : v.max));
  return [list.earlier ? -Infinity : Math.min(...mins), list.later ? Infinity : Math.max(...maxes)];
}

/**
 * The edtf parser's errors are nearley dumps listing every expected token;
 * a reviewer needs only which character is wrong and where.
 */
function edtfErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const column = /Syntax error at line \d+ col (\d+)/.exec(message)?.[1];
  const token = /Unexpected (.+?)\. Instead/.exec(message)?.[1];
  if (column !== undefined) return `unexpected ${token ?? 'input'} at character ${column}`;
  return message.split('\n')[0] ?? message;
}

/** The day number of an interval end; an open end stands for `open` (-∞ at the start, +∞ at the end). */
function boundNumber(day: string | null, open: number): number {
  return day === null ? open : dayNumber(day);
}

function asInterval(value: DayInterval | string): DayInterval {
  return typeof value === 'string' ? { earliest: value, latest: value } : value;
}

/**
 * Whether every day of `inner` (an interval or a single ISO day) lies inside
 * `outer`. An open end of `inner` is only contained by an open end of `outer`:
 * an unbounded span cannot fit inside a bounded one.
 */
export function intervalContains(outer: DayInterval, inner: DayInterval | string): boolean {
  const i = asInterval(inner);
  return (
    boundNumber(outer.earliest, -Infinity) <= boundNumber(i.earliest, -Infinity) &&
    boundNumber(i.latest, Infinity) <= boundNumber(outer.latest, Infinity)
  );
}

/** Whether two intervals (or days) share at least one possible day; open ends reach forever. */
export function intervalsOverlap(a: DayInterval | string, b: DayInterval | string): boolean {
  const x = asInterval(a);
  const y = asInterval(b);
  return (
    boundNumber(x.earliest, -Infinity) <= boundNumber(y.latest, Infinity) &&
    boundNumber(y.earliest, -Infinity) <= boundNumber(x.latest, Infinity)
  );
}

/**
 * Folds the spelling variants of Arabic script that writers mix freely:
 * hamza seats (أ إ آ → ا), ta marbuta (ة → ه), alif maqsura (ى → ي), tatweel
 * and short-vowel marks. Only used to recognise words, never to store text.
 */
function foldArabic(text: string): string {
  return text
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

/**
 * Folded Arabic weekday stems (without ال), Sunday first. With the article the
 * final hamza of ثلاثاء/أربعاء may be dropped (الثلاثا); bare, it may not,
 * since ثلاثاً and أربعاً are the numbers three and four.
 */
const ARABIC_WEEKDAYS = [
  { definite: 'احد', bare: 'احد' },
  { definite: 'اثنين', bare: 'اثنين' },
  { definite: 'ثلاثاء?', bare: 'ثلاثاء' },
  { definite: 'اربعاء?', bare: 'اربعاء' },
  { definite: 'خميس', bare: 'خميس' },
  { definite: 'جمعه', bare: 'جمعه' },
  { definite: 'سبت', bare: 'سبت' },
];

/**
 * Without the article, أحد means "one" (أحد أهداف = one of the goals), اثنين
 * "two", and خميس and جمعة are personal names; those count as weekdays only
 * after يوم. ثلاثاء, أربعاء and سبت have no other common reading.
 */
const AMBIGUOUS_WHEN_BARE = new Set([0, 1, 4, 5]);

const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// Lookarounds on letters rather than \b: \b does not know Arabic letters.
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{M}])';
const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{M}])';
/** Conjunction و/ف, then ب/ك + ال or the contraction لل (ل + ال). */
const DEFINITE = '[وف]?(?:[بك]?ال|لل)';
const BARE_PROCLITICS = '[وف]?[بلك]?';

const ARABIC_PATTERNS = ARABIC_WEEKDAYS.map((stems, weekday) => {
  const definite = `${DEFINITE}${stems.definite}`;
  const bare = AMBIGUOUS_WHEN_BARE.has(weekday) ? `يوم\\s+[وف]?${stems.bare}` : `${BARE_PROCLITICS}${stems.bare}`;
  return new RegExp(`${NOT_AFTER_LETTER}(?:${definite}|${bare})${NOT_BEFORE_LETTER}`, 'u');
});

const ENGLISH_PATTERNS = ENGLISH_WEEKDAYS.map((name) => new RegExp(`\\b${name}\\b`, 'i'));

/** Every weekday (0 = Sunday … 6 = Saturday) an expression names, in week order. */
export function weekdaysNamed(expression: string): number[] {
  const folded = foldArabic(expression);
  const found: number[] = [];
  for (let weekday = 0; weekday < 7; weekday += 1) {
    if (ARABIC_PATTERNS[weekday]?.test(folded) || ENGLISH_PATTERNS[weekday]?.test(expression)) found.push(weekday);
  }
  return found;
}

/**
 * The weekday an Arabic or English date expression names (`أمس الثلاثاء` → 2),
 * or null when it names none, or several (then it names no single day).
 */
export function weekdayNamed(expression: string): number | null {
  const found = weekdaysNamed(expression);
  return found.length === 1 ? (found[0] ?? null) : null;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
