/**
 * The timeline as TimelineJS 3 JSON (Knight Lab): a title slide and one
 * slide per event, in date order, `unique_id` the event id, `group` the side
 * of its lead actor as in the explorer's lanes.
 *
 * Dates are never sharper than the text: a TimelineJS date carries only the
 * fields the interval fills.
 * - one day: `{year, month, day}`;
 * - a whole month: `{year, month}` (no day); a whole year: `{year}`;
 * - whole months, e.g. a season: `{year, month}` to `{year, month}`;
 * - any other span (a week, a vague period): day to day.
 * - An open start ("for a long time", until the article's day) has no first
 *   day to draw, so the slide stands on its known last day and its
 *   `display_date` reads "some time up to …; start not given". An open end
 *   stands on its first day, "from …; end not given". An interval open at
 *   both ends cannot be placed and is left out (the dataset has none).
 * Every slide's `display_date` says the interval in words; the text gives the
 * Arabic title, the date as written, and the quoted evidence with its source.
 */
import type { AtharEvent } from '../schema';
import type { DatasetIndex } from '../query';
import { dayNumber, isoDay } from '../day';
import { SIDE_LABELS, toTimelineEvent } from '../timeline-model';
import { quotedEvidence } from './events-csv';
import { jsonChunks } from './json-chunks';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(day: string): { year: number; month: number; day: number } {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
}

const monthOf = (p: { month: number }) => MONTHS[p.month - 1] ?? String(p.month);
const dayWords = (day: string) => {
  const p = parts(day);
  return `${p.day} ${monthOf(p)} ${p.year}`;
};
const isMonthEnd = (day: string) => parts(isoDay(dayNumber(day) + 1)).day === 1;

/** Where a closed interval stands on a TimelineJS axis, and how it reads. */
function closedDates(earliest: string, latest: string): Pick<TimelineJsSlide, 'start_date' | 'end_date' | 'display_date'> {
  const a = parts(earliest);
  const b = parts(latest);
  if (earliest === latest) return { start_date: a, display_date: dayWords(earliest) };
  if (a.day === 1 && isMonthEnd(latest)) {
    if (a.year === b.year && a.month === 1 && b.month === 12) return { start_date: { year: a.year }, display_date: String(a.year) };
    const start = { year: a.year, month: a.month };
    if (a.year === b.year && a.month === b.month) return { start_date: start, display_date: `${monthOf(a)} ${a.year}` };
    const words = a.year === b.year ? `${monthOf(a)}–${monthOf(b)} ${b.year}` : `${monthOf(a)} ${a.year} – ${monthOf(b)} ${b.year}`;
    return { start_date: start, end_date: { year: b.year, month: b.month }, display_date: words };
  }
  return { start_date: a, end_date: b, display_date: `${dayWords(earliest)} – ${dayWords(latest)}` };
}

/** The slide's dates, or null for an interval open at both ends. */
export function timelineDates(event: AtharEvent): Pick<TimelineJsSlide, 'start_date' | 'end_date' | 'display_date'> | null {
  const { earliest, latest } = event.date;
  if (earliest !== null && latest !== null) {
    const dates = closedDates(earliest, latest);
    if (event.date.precision !== 'vague') return dates;
    const [from, to] = dates.display_date.split(' – ');
    return { ...dates, display_date: to === undefined ? `some time in ${from}` : `some time between ${from} and ${to}` };
  }
  if (latest !== null) return { start_date: parts(latest), display_date: `some time up to ${dayWords(latest)}; start not given` };
  if (earliest !== null) return { start_date: parts(earliest), display_date: `from ${dayWords(earliest)}; end not given` };
  return null;
}

function html(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function slideText(index: DatasetIndex, event: AtharEvent): string {
  const quoted = quotedEvidence(event, index.dataset.texts);
  const source = index.sources.get(quoted.source);
  const more = event.evidence.length - 1;
  const basis = event.date.basis === 'context' ? ', from context' : '';
  return [
    `<p dir="rtl" lang="ar">${html(event.title.ar)}</p>`,
    `<p>${html(event.summary)}</p>`,
    `<p>Date as written: <span dir="rtl" lang="ar">«${html(event.date.expression)}»</span> (${event.date.precision}${basis}; EDTF ${html(event.date.edtf)})</p>`,
    `<blockquote dir="rtl" lang="ar">${html(quoted.quote.exact)}</blockquote>`,
    `<p>— ${html(source?.title.en ?? quoted.source)}, ${html(source?.publication.datetime.slice(0, 10) ?? '')}${more > 0 ? ` (and ${more} more passage${more === 1 ? '' : 's'})` : ''}</p>`,
  ].join('');
}

export function timelineJsDocument(index: DatasetIndex): TimelineJsDocument {
  const events: TimelineJsSlide[] = [];
  for (const event of index.eventsInOrder) {
    const dates = timelineDates(event);
    if (dates === null) continue;
    const side = toTimelineEvent(event, index.actors).sides[0] ?? 'other';
    events.push({
      ...dates,
      text: { headline: event.status === 'occurred' ? event.title.en : `${event.title.en} (${event.status})`, text: slideText(index, event) },
      group: SIDE_LABELS[side].en,
      unique_id: event.id,
    });
  }
  const sources = index.dataset.sources.map((s) => `<li>${html(s.title.en)} (${html(s.publication.datetime.slice(0, 10))})</li>`).join('');
  return {
    title: {
      text: {
        headline: 'Athar: events traced to their sources',
        text: `<p>${events.length} events from ${index.dataset.sources.length} source articles; every slide quotes its passage.</p><ul>${sources}</ul>`,
      },
    },
    events,
  };
}

/** The document a slide at a time (see json-chunks.ts). */
export function* timelineJsChunks(index: DatasetIndex): Generator<string> {
  yield* jsonChunks(timelineJsDocument(index));
  yield '\n';
}

export function serializeTimelineJs(index: DatasetIndex): string {
  return [...timelineJsChunks(index)].join('');
}
