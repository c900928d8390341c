/**
 * Captions of the toolbar: the visible range and the selected period, worded
 * by the shared date formatter.
 */
import { formatFuzzyDate } from '@/components/panels/format-date';
import { isoDay } from '@/lib/day';
import type { UiLocale } from './strings';

/** "28 Apr – 3 May 2013": the whole days from `first` to `last` (day numbers, inclusive). */
export function visibleRangeLabel(first: number, last: number, locale: UiLocale): string {
  return formatFuzzyDate({ earliest: isoDay(first), latest: isoDay(last), precision: 'day' }, locale);
}

/** A period of ISO days, open ends named: "1–7 Apr 2013", "from 9 April 2013 (open end)". */
export function periodLabel(period: { from: string | null; to: string | null }, locale: UiLocale): string {
  return formatFuzzyDate({ earliest: period.from, latest: period.to, precision: 'day' }, locale);
}
