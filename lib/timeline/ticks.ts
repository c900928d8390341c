/**
 * Axis ticks that adapt to the zoom: the finest calendar unit whose labels
 * still fit side by side without touching, from days up to decades.
 *
 * Labels are formatted with date-fns in English (`enUS`) or Arabic (`ar`:
 * Arabic month names; digits as that locale writes them, which are Latin, as
 * in the source texts and the rest of the interface).
 */
import { format, type Locale } from 'date-fns';
import { ar, enUS } from 'date-fns/locale';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { dateToDay, dayToDate } from '../day';
import type { DayDomain, DayScale } from './scale';
import { estimateTextWidth } from './text';

export type TickLocale = 'en' | 'ar';
export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Tick {
  /** Day number of the tick line (a unit boundary). */
  day: number;
  /** What the label says. */
  label: string;
  /** A boundary of the next larger unit (a month's first day, January, a decade): drawn stronger. */
  major: boolean;
  /** Day number at which the label is centred: the middle of the day, month or year it names, else the boundary. */
  labelDay: number;
}

/** Font size of tick labels; the layout assumes it when estimating widths. */
export const TICK_FONT_PX = 11;
/** Minimum clear space between neighbouring labels. */
export const TICK_LABEL_GAP_PX = 6;

const LOCALES: Record<TickLocale, Locale> = { en: enUS, ar };

/**
 * date-fns reads a Date's local fields, so a day is handed over as local noon
 * of the same calendar date: it reads back unchanged in every time zone.
 */
function formatDay(day: number, pattern: string, locale: TickLocale): string {
  const utc = dayToDate(day);
  const local = new Date(2000, utc.getUTCMonth(), utc.getUTCDate(), 12);
  local.setFullYear(utc.getUTCFullYear());
  return format(local, pattern, { locale: LOCALES[locale] });
}

interface Level {
  unit: TickUnit;
  /** Shortest distance between two ticks, in days; used to skip levels too dense to try. */
  minDays: number;
  interval: TimeInterval;
  /** Label and emphasis of the tick at `day`. */
  describe(day: number, locale: TickLocale): { label: string; major: boolean; labelDay: number };
}

const monthOf = (day: number) => dayToDate(day).getUTCMonth();
const dateOf = (day: number) => dayToDate(day).getUTCDate();
const yearOf = (day: number) => dayToDate(day).getUTCFullYear();
const daysInMonth = (day: number) => dateToDay(utcMonth.offset(dayToDate(day), 1)) - day;
const daysInYear = (day: number) => dateToDay(utcYear.offset(dayToDate(day), 1)) - day;

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  // every() only returns null for a step below 1 or not finite; the steps here are constants ≥ 1.
  return step === 1 ? interval : (interval.every(step) as TimeInterval);
}

const dayLevel = (step: number): Level => ({
  unit: 'day',
  minDays: step,
  interval: every(utcDay, step),
  describe: (day, locale) => {
    const major = dateOf(day) === 1;
    return { label: formatDay(day, major ? 'd MMM' : 'd', locale), major, labelDay: day + 0.5 };
  },
});

const monthLevel = (step: 1 | 3): Level => ({
  unit: step === 1 ? 'month' : 'quarter',
  minDays: 28 * step,
  interval: every(utcMonth, step),
  describe: (day, locale) => {
    const major = monthOf(day) === 0;
    const label = formatDay(day, major ? 'MMM yyyy' : 'MMM', locale);
    return { label, major, labelDay: step === 1 ? day + daysInMonth(day) / 2 : day };
  },
});

const yearLevel = (step: number): Level => ({
  unit: 'year',
  minDays: 365 * step,
  interval: every(utcYear, step),
  describe: (day, locale) => ({
    label: formatDay(day, 'yyyy', locale),
    major: yearOf(day) % 10 === 0,
    labelDay: step === 1 ? day + daysInYear(day) / 2 : day,
  }),
});

/** From finest to coarsest; the first level whose labels fit wins. */
const LEVELS: readonly Level[] = [
  dayLevel(1),
  dayLevel(2),
  {
    unit: 'week',
    minDays: 7,
    interval: utcMonday,
    describe: (day, locale) => ({ label: formatDay(day, 'd MMM', locale), major: dateOf(day) <= 7, labelDay: day }),
  },
  monthLevel(1),
  monthLevel(3),
  yearLevel(1),
  yearLevel(2),
  yearLevel(5),
  yearLevel(10),
  yearLevel(20),
];

/** More ticks than this cannot fit on any screen; such a level is skipped unbuilt. */
const MAX_TICKS = 1000;

function buildTicks(level: Level, domain: DayDomain, locale: TickLocale): Tick[] {
  // Start one unit early so the label of a unit cut by the left edge is considered too.
  const start = dayToDate(Math.floor(domain[0]) - level.minDays);
  const stop = dayToDate(Math.ceil(domain[1]) + 1);
  return level.interval.range(start, stop).map((date) => {
    const day = dateToDay(date);
    return { day, ...level.describe(day, locale) };
  });
}

/** Whether labels centred at their `labelDay` keep the minimum gap between neighbours. */
export function labelsFit(ticks: readonly Tick[], scale: DayScale): boolean {
  const boxes = ticks
    .map((t) => {
      const cx = scale.x(t.labelDay);
      const half = estimateTextWidth(t.label, TICK_FONT_PX) / 2;
      return [cx - half, cx + half] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  return boxes.every((box, i) => i === 0 || box[0] - boxes[i - 1]![1] >= TICK_LABEL_GAP_PX);
}

function visible(ticks: Tick[], domain: DayDomain): Tick[] {
  return ticks.filter(
    (t) => (t.day >= domain[0] && t.day <= domain[1]) || (t.labelDay >= domain[0] && t.labelDay <= domain[1]),
  );
}

/**
 * The ticks for the scale's current zoom, with the unit chosen: the finest
 * level whose labels do not overlap at this many pixels per day.
 */
export function chooseTicks(scale: DayScale, locale: TickLocale): { unit: TickUnit; ticks: Tick[] } {
  const smallestLabelPx = estimateTextWidth('1', TICK_FONT_PX) + TICK_LABEL_GAP_PX;
  const viewDays = scale.domain[1] - scale.domain[0];
  let fallback: { unit: TickUnit; ticks: Tick[] } = { unit: 'year', ticks: [] };
  for (const level of LEVELS) {
    if (level.minDays * scale.pxPerDay < smallestLabelPx) continue;
    if (viewDays / level.minDays > MAX_TICKS) continue;
    const ticks = visible(buildTicks(level, scale.domain, locale), scale.domain);
    fallback = { unit: level.unit, ticks };
    if (labelsFit(ticks, scale)) return fallback;
  }
  return fallback;
}

/** The ticks for the scale's current zoom (see `chooseTicks`). */
export function timeTicks(scale: DayScale, locale: TickLocale): Tick[] {
  return chooseTicks(scale, locale).ticks;
}
