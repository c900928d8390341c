/**
 * Consistency of an event's fuzzy date: the EDTF string, the day bounds, the
 * precision, a weekday the text names and the publication day of the article
 * that anchors a relative expression must all tell the same story. A reader
 * trusts the timeline only if they do.
 */
import type { AtharEvent, FuzzyDate, Source } from './schema';
import { edtfBounds, isIsoDay, localDayOf, weekdayOf, weekdaysNamed, WEEKDAY_NAMES, type DayInterval } from './dates';
import type { Report } from './validate';
import type { Located } from './validate-rules';

const END_WORDS = { earliest: 'starts on', latest: 'ends on' } as const;
const OPEN_WORDS = { earliest: 'start', latest: 'end' } as const;

/** Reports each end that is not a real calendar day; returns whether both ends are usable. */
function checkCalendarDays(date: FuzzyDate, file: string, path: string, report: Report): boolean {
  let usable = true;
  for (const end of ['earliest', 'latest'] as const) {
    const day = date[end];
    if (day !== null && !isIsoDay(day)) {
      report(file, `${path}.${end}`, `${end} "${day}" is not a calendar day.`);
      usable = false;
    }
  }
  return usable;
}

/** earliest/latest must be exactly the bounds the EDTF string denotes, with null for its open ends. */
function checkBounds(date: FuzzyDate, file: string, path: string, report: Report): void {
  let bounds: DayInterval;
  try {
    bounds = edtfBounds(date.edtf);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(file, `${path}.edtf`, `The EDTF does not parse: ${reason}. Write the resolved interval in EDTF, e.g. 2013-05-14 or 2013-06/2013-08.`);
    return;
  }
  for (const end of ['earliest', 'latest'] as const) {
    const expected = bounds[end];
    const actual = date[end];
    if (expected === actual) continue;
    const edtf = `the EDTF "${date.edtf}"`;
    const message =
      expected === null
        ? `${end} is ${actual} but ${edtf} leaves its ${OPEN_WORDS[end]} open; write null.`
        : actual === null
          ? `${end} is null (open) but ${edtf} ${END_WORDS[end]} ${expected}.`
          : `${end} is ${actual} but ${edtf} ${END_WORDS[end]} ${expected}.`;
    report(file, `${path}.${end}`, message);
  }
}

function describe(date: FuzzyDate): string {
  return `${date.earliest ?? '(open)'} to ${date.latest ?? '(open)'}`;
}

/** A day-precision date is one day, and any weekday its expression names must be that day's. */
function checkDay(date: FuzzyDate, file: string, path: string, report: Report): void {
  if (date.precision !== 'day') return;
  if (date.earliest === null || date.earliest !== date.latest) {
    report(file, `${path}.precision`, `The precision is "day" but the interval ${describe(date)} is not a single day.`);
    return;
  }
  const actual = weekdayOf(date.earliest);
  for (const named of weekdaysNamed(date.expression)) {
    if (named !== actual) {
      report(file, `${path}.expression`, `The expression "${date.expression}" names a ${WEEKDAY_NAMES[named]}, but the resolved day ${date.earliest} is a ${WEEKDAY_NAMES[actual]}.`);
    }
  }
}

/**
 * Checks one event's date. `anchor` is the anchor source's record, or
 * undefined when there is none or it does not exist (reported elsewhere).
 */
export function checkEventDate(located: Located<AtharEvent>, anchor: Source | undefined, report: Report): void {
  const { value: event, file, at } = located;
  const { date } = event;
  const path = `${at}.date`;

  checkBounds(date, file, path, report);
  if (!checkCalendarDays(date, file, path, report)) return;

  if (date.earliest !== null && date.latest !== null && date.earliest > date.latest) {
    report(file, `${path}.earliest`, `earliest ${date.earliest} is after latest ${date.latest}.`);
  }
  checkDay(date, file, path, report);

  if (date.basis === 'expression' && !date.passage.quote.exact.includes(date.expression)) {
    report(file, `${path}.expression`, `The expression "${date.expression}" does not occur in its passage "${date.passage.quote.exact}"; with basis "expression" the passage must contain it as written.`);
  }

  // Compared on the publisher's local calendar day: that is the "today" the article's relative dates count from.
  const published = anchor ? localDayOf(anchor.publication.datetime) : null;
  if (event.status === 'occurred' && published !== null && date.earliest !== null && date.earliest > published) {
    report(file, `${path}.earliest`, `The event has status "occurred" but starts on ${date.earliest}, after its anchor source "${anchor?.id}" was published on ${published}; an article cannot report as past what has not begun.`);
  }
}
