/**
 * What a resolved date expression is, and how its interval is written. Every
 * recogniser (relative-dates, absolute-dates, english-dates) returns
 * `Resolution`s built here, so the EDTF always denotes exactly
 * `earliest`..`latest` (the validator's rule): a single day `2013-05-14`, a
 * whole month `2013-03`, a month interval `2013-06/2013-08`, a day interval
 * `2013-04-01/2013-04-07`, an open start `../2013-05-15`.
 */
import { isoDay } from '../day';
import type { Precision } from '../vocabulary';
import { monthRange, ymd } from './calendar';

/** A date expression resolved to an inclusive day interval. */
export interface Resolution {
  /** ISO day or null for an end the text leaves open. */
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  edtf: string;
  /** The rule of data/README.md "Resolving relative dates" (or its extension documented in relative-dates.ts). */
  rule: string;
  /** Whether the publication day was needed (a relative expression); false for an absolute date. */
  relative: boolean;
  /** Problems a reviewer must see (a weekday that does not fit, a day that does not exist). */
  warnings: string[];
}

/** Builds a resolution from day numbers (null = open end), writing the EDTF for the interval. */
export function resolved(
  rule: string,
  precision: Precision,
  first: number | null,
  last: number | null,
  relative = true,
  warnings: string[] = [],
): Resolution {
  const earliest = first === null ? null : isoDay(first);
  const latest = last === null ? null : isoDay(last);
  return { earliest, latest, precision, edtf: edtfFor(first, last, precision), rule, relative, warnings };
}

/**
 * The shortest EDTF that denotes exactly the days `first`..`last` (null = open
 * end). Spans of days (`week`, `day` precision) keep day form
 * (`2013-04-01/2013-04-07`) even when they start on a month's first day.
 */
export function edtfFor(first: number | null, last: number | null, precision: Precision = 'vague'): string {
  if (first === null && last === null) return '../..';
  if (first === null) return `../${isoDay(last as number)}`;
  if (last === null) return `${isoDay(first)}/..`;
  if (first === last) return isoDay(first);
  const a = ymd(first);
  const b = ymd(last);
  const startsMonth = a.day === 1 && precision !== 'week' && precision !== 'day';
  const endsMonth = monthRange(b.year, b.month)[1] === last;
  const month = (d: { year: number; month: number }) => `${d.year}-${String(d.month).padStart(2, '0')}`;
  if (startsMonth && endsMonth) {
    if (a.year === b.year && a.month === 1 && b.month === 12) return String(a.year);
    if (a.year === b.year && a.month === b.month) return month(a);
    return `${month(a)}/${month(b)}`;
  }
  if (startsMonth) return `${month(a)}/${isoDay(last)}`;
  return `${isoDay(first)}/${isoDay(last)}`;
}

/** A whole calendar month. */
export function wholeMonth(rule: string, year: number, month: number, relative = true): Resolution {
  const [first, last] = monthRange(year, month);
  return resolved(rule, 'month', first, last, relative);
}

/** One day. */
export function oneDay(rule: string, day: number, relative = true, warnings: string[] = []): Resolution {
  return resolved(rule, 'day', day, day, relative, warnings);
}

/**
 * The month named relative to the anchor: `past` the latest such month
 * before the anchor's month, `next` the first after it, `this-year` in the
 * anchor's year, `last-year` / `next-year` in the year before / after.
 */
export function namedMonth(month: number, anchor: number, which: 'past' | 'next' | 'this-year' | 'last-year' | 'next-year'): Resolution {
  const { year, month: anchorMonth } = ymd(anchor);
  switch (which) {
    case 'past':
      return wholeMonth('named-month-past', month < anchorMonth ? year : year - 1, month);
    case 'next':
      return wholeMonth('named-month-next', month > anchorMonth ? year : year + 1, month);
    case 'this-year':
      return wholeMonth('named-month', year, month);
    case 'last-year':
      return wholeMonth('named-month-last-year', year - 1, month);
    case 'next-year':
      return wholeMonth('named-month-next-year', year + 1, month);
  }
}

/** The anchor's publication day as a day number, from the ISO day. */
export type AnchorDay = number;

/** A date expression found in the article: its passage and its resolution. */
export interface FoundDate extends Resolution {
  start: number;
  end: number;
  /** The expression as written: `text.slice(start, end)`. */
  expression: string;
  /** Part of the day the expression names (`صباح`, `مساء`, `morning`), which a day interval cannot hold. */
  partOfDay: 'morning' | 'noon' | 'evening' | 'night' | null;
}

/** Named groups of a recogniser's match (normalised text). */
export type Groups = Record<string, string | undefined>;

/**
 * One kind of date expression: a pattern over the normalised text (flags
 * `gdu`; the expression is the group `x`, or the whole match) and how a match
 * resolves against the anchor day. Returning null drops the match (a day that
 * does not exist, a reading the context rules out).
 */
export interface Recogniser {
  pattern: RegExp;
  resolve(groups: Groups, anchor: AnchorDay): Resolution | null;
}
