/**
 * Calendar days as integers (days since 1970-01-01, UTC). Fuzzy dates are
 * day-granular and carry no time zone, so plain day arithmetic is exact and
 * avoids the DST and offset traps of Date objects in the viewer's zone.
 */
const MS_PER_DAY = 86_400_000;

/** `2013-04-13` → 15808. Throws on a string that is not a real ISO day. */
export function dayNumber(isoDay: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) throw new RangeError(`"${isoDay}" is not an ISO day (YYYY-MM-DD)`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`"${isoDay}" is not a calendar day`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** 15808 → `2013-04-13`. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a string is a real ISO calendar day. */
export function isIsoDay(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The UTC Date at the start of a day number (for date-fns formatting). */
export function dayToDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** Day number of a Date's UTC calendar day. */
export function dateToDay(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}
