/**
 * The publication date of an article from its dateline: the first full
 * Gregorian date (day, month and year; Arabic month names of either series or
 * paired `مايو/أيار`, English names, numeric `2013/5/15` or `15/5/2013`,
 * Western or Eastern digits) in the first lines of the text, with the time and
 * zone that follow it and a Hijri date on the same line.
 *
 * - A dateline is a date in the first {@link HEAD_LINES} non-empty lines that
 *   sits on a short line, near the start of its line (`واشنطن 2013-05-07
 *   (رويترز) - …`), after a label (`آخر تحديث`, `نشر في`, `تاريخ النشر`,
 *   `Published`, `Updated`) or before a time; a date inside a long body
 *   sentence is an event's date, not the publication.
 * - Time `12:06`, `الساعة 10:30 صباحاً`, `10:30 م`, `3:15 pm`.
 * - Zone `بتوقيت مكة المكرمة` or `(مكة المكرمة)` → +03:00; `بتوقيت غرينتش`,
 *   `GMT`, `UTC`, `ت.غ` → +00:00 (written as an offset, which the Source
 *   schema requires, rather than `Z`); other fixed-offset zones in
 *   {@link ZONES}. With no time, or no zone, the draft writes `T00:00` /
 *   `+00:00` by convention and says so in a warning: the local calendar day,
 *   the anchor of relative dates, is what the text does state.
 * - Hijri `الموافق 21 رجب 1435 هـ` or `1434/7/6 هـ` is checked against the
 *   Gregorian day on the Umm al-Qura calendar (Intl `islamic-umalqura`); a
 *   mismatch is a warning that says by how many days (seed 000 runs one day
 *   ahead: 1434/7/6 for 5 Rajab), never an error.
 */
import { dayNumber, isoDay } from '../day';
import { ARABIC_ABSOLUTE } from './absolute-dates';
import { HIJRI_MONTH_NAMES, hijriMonthNumber, umalquraOf } from './calendar';
import { ENGLISH_DATES } from './english-dates';
import { ar, anyOf, rawSpan, type ScannedText, type Span } from './text-scan';

export const HEAD_LINES = 6;
const SHORT_LINE = 120;
/** A date this close to the start of its line opens a dateline even in a long line. */
const LINE_OPENING = 40;

/** Fixed-offset zones by the (normalised) words of `بتوقيت …`. Zones with daylight saving time are not guessed. */
const ZONES: readonly [RegExp, string][] = [
  [new RegExp(ar`مكة|الرياض|السعودية|الدوحة|قطر|الكويت|بغداد|المنامة`, 'u'), '+03:00'],
  [new RegExp(ar`غرينتش|غرينيتش|جرينتش|جرينيتش|^ت\.?\s?غ$|gmt|utc`, 'u'), '+00:00'],
  [new RegExp(ar`أبوظبي|أبو ظبي|دبي|الإمارات|مسقط`, 'u'), '+04:00'],
  [new RegExp(ar`بكين|الصين`, 'u'), '+08:00'],
];

export interface HijriCheck {
  passage: Span;
  stated: { year: number; month: number; day: number };
  /** The Umm al-Qura date of the Gregorian day, `1434/7/5`, or null when the runtime has no such calendar. */
  umalqura: string | null;
  /** Stated minus computed, in days (+1: the stated Hijri date is one day ahead); null when not within three days. */
  differenceDays: number | null;
}

export interface Dateline {
  /** ISO 8601 with offset, e.g. `2013-05-15T12:06:00+03:00`. */
  datetime: string;
  /** The publication day on the publisher's calendar: the anchor of relative dates. */
  day: string;
  /** The date, time and zone as written (the Hijri date is not part of it). */
  passage: Span;
  /** The whole line of the dateline (its city is a place, not an actor). */
  line: Span;
  zone: { words: string; offset: string } | null;
  hijri: HijriCheck | null;
  /** Further occurrences of a dateline (a page repeating its "last updated" line). */
  repeats: Span[];
  warnings: string[];
}

const LABEL = new RegExp(ar`(?:آخر تحديث|تاريخ النشر|نشر في|نشر بتاريخ|تاريخ|published|updated|posted)\s?:?\s?$`, 'u');
const TIME = new RegExp(ar`\s?[،,\-]?\s?(?:الساعة\s)?(?<h>\d{1,2}):(?<min>\d{2})(?::(?<sec>\d{2}))?(?:\s?(?<ampm>صباحا|مساء|ص|م|am|pm|a\.m\.|p\.m\.)(?![\p{L}]))?`, 'uy');
const ZONE = new RegExp(ar`\s?[،,\-]?\s?(?:بتوقيت\s(?<zone>مكة\sالمكرمة|أبو\sظبي|[\p{L}]+)|\((?<paren>[^)]{2,30})\)|(?<abbr>gmt|utc|ت\.?\s?غ)(?![\p{L}]))`, 'uy');
const HIJRI_NAMED = new RegExp(ar`(?:الموافق\s)?(?<d>\d{1,2})\s(?<m>${anyOf(HIJRI_MONTH_NAMES)})\s(?<y>\d{4})\s?(?:هـ|هجرية|هجري)?`, 'u');
const HIJRI_NUMERIC = new RegExp(ar`(?:الموافق\s)?(?<y>\d{4})[/\-](?<m>\d{1,2})[/\-](?<d>\d{1,2})\s?هـ`, 'u');

/** First normalised index at or after a raw offset. */
function normIndexAt(scanned: ScannedText, raw: number): number {
  const map = scanned.plain.map;
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] ?? 0) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Raw spans of the first `HEAD_LINES` non-empty lines. */
function headLines(raw: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const line of raw.split('\n')) {
    if (line.trim() !== '') lines.push({ start, end: start + line.length });
    start += line.length + 1;
    if (lines.length === HEAD_LINES) break;
  }
  return lines;
}

interface DateHit {
  from: number;
  to: number;
  day: number;
  line: Span;
}

/** Full dates (explicit-date) on a head line that the dateline conditions allow. */
function datelineDates(scanned: ScannedText): DateHit[] {
  const hits: DateHit[] = [];
  const { plain } = scanned;
  for (const line of headLines(scanned.raw)) {
    const from = normIndexAt(scanned, line.start);
    const to = normIndexAt(scanned, line.end);
    const text = plain.text.slice(0, to);
    for (const recogniser of [...ARABIC_ABSOLUTE, ...ENGLISH_DATES]) {
      for (const m of text.matchAll(recogniser.pattern)) {
        const [s, e] = m.indices?.groups?.x ?? m.indices?.[0] ?? [0, 0];
        if (s < from) continue;
        const r = recogniser.resolve(m.groups ?? {}, 0);
        if (!r || r.rule !== 'explicit-date' || r.earliest === null) continue;
        const short = line.end - line.start <= SHORT_LINE;
        // `واشنطن 2013-05-07 (رويترز) - …`: a wire dateline opens the first paragraph.
        const opening = s - from <= LINE_OPENING;
        const labelled = LABEL.test(plain.text.slice(from, s));
        TIME.lastIndex = e;
        if (short || labelled || opening || TIME.test(plain.text)) hits.push({ from: s, to: e, day: dayNumber(r.earliest), line });
      }
    }
  }
  return hits.sort((a, b) => a.from - b.from || b.to - a.to);
}

function hijriOn(scanned: ScannedText, after: number, lineEnd: number, day: number): HijriCheck | null {
  const text = scanned.plain.text.slice(0, lineEnd);
  for (const pattern of [HIJRI_NAMED, HIJRI_NUMERIC]) {
    const m = pattern.exec(text.slice(after));
    if (!m || !m.groups) continue;
    const month = /^\d+$/.test(m.groups.m ?? '') ? Number(m.groups.m) : hijriMonthNumber(m.groups.m ?? '');
    if (month === null) continue;
    const stated = { year: Number(m.groups.y), month, day: Number(m.groups.d) };
    const passage = rawSpan(scanned.plain, after + m.index, after + m.index + m[0].length);
    const computed = umalquraOf(day);
    if (!computed) return { passage, stated, umalqura: null, differenceDays: null };
    let differenceDays: number | null = null;
    for (const k of [0, 1, -1, 2, -2, 3, -3]) {
      const c = umalquraOf(day + k);
      if (c && c.year === stated.year && c.month === stated.month && c.day === stated.day) {
        differenceDays = k;
        break;
      }
    }
    return { passage, stated, umalqura: `${computed.year}/${computed.month}/${computed.day}`, differenceDays };
  }
  return null;
}

function hijriWarnings(h: HijriCheck, day: number): string[] {
  const stated = `${h.stated.year}/${h.stated.month}/${h.stated.day}`;
  if (h.umalqura === null) return [`The Hijri date ${stated} could not be checked: this runtime has no islamic-umalqura calendar.`];
  if (h.differenceDays === 0) return [];
  const gregorian = isoDay(day);
  if (h.differenceDays === null) return [`The Hijri date ${stated} does not match ${gregorian} (Umm al-Qura ${h.umalqura}), not even within three days; the Gregorian date is used.`];
  const n = Math.abs(h.differenceDays);
  return [
    `The Hijri date ${stated} is ${n} day${n === 1 ? '' : 's'} ${h.differenceDays > 0 ? 'ahead of' : 'behind'} ${gregorian} (Umm al-Qura ${h.umalqura}); it corresponds to ${isoDay(day + h.differenceDays)}. The Gregorian date is used.`,
  ];
}

/** The dateline of a scanned article, or null when its first lines state no publication date. */
export function findDateline(scanned: ScannedText): Dateline | null {
  const hits = datelineDates(scanned);
  const first = hits[0];
  if (!first) return null;
  const { plain } = scanned;
  const warnings: string[] = [];
  let end = first.to;
  let time = '00:00:00';
  const lineEnd = normIndexAt(scanned, first.line.end);
  // Time and zone must be on the dateline's own line (normalisation turned line breaks into spaces).
  const line = plain.text.slice(0, lineEnd);
  TIME.lastIndex = end;
  const t = TIME.exec(line);
  if (t?.groups) {
    let hour = Number(t.groups.h);
    const pm = /^(?:م|مسا|pm|p\.m\.)$/.test(t.groups.ampm ?? '');
    const am = /^(?:ص|صباحا|am|a\.m\.)$/.test(t.groups.ampm ?? '');
    if (pm && hour < 12) hour += 12;
    if (am && hour === 12) hour = 0;
    time = `${String(hour).padStart(2, '0')}:${t.groups.min}:${t.groups.sec ?? '00'}`;
    end = TIME.lastIndex;
  } else {
    warnings.push('The dateline states no time; T00:00 is written by convention.');
  }
  let zone: Dateline['zone'] = null;
  ZONE.lastIndex = end;
  const z = ZONE.exec(line);
  const words = z?.groups?.zone ?? z?.groups?.paren ?? z?.groups?.abbr;
  const offset = words === undefined ? undefined : ZONES.find(([pattern]) => pattern.test(words))?.[1];
  if (z && words !== undefined && offset !== undefined) {
    zone = { words, offset };
    end = ZONE.lastIndex;
  } else {
    const unknown = z?.groups?.zone ? ` this reader knows ("${words}" may observe daylight saving time)` : '';
    warnings.push(`The dateline states no time zone${unknown}; +00:00 is written by convention.`);
  }
  const passage = rawSpan(plain, first.from, end);
  const hijri = hijriOn(scanned, end, lineEnd, first.day);
  if (hijri) warnings.push(...hijriWarnings(hijri, first.day));
  const repeats = hits
    .slice(1)
    .filter((h) => h.line.start !== first.line.start)
    .map((h) => ({ hit: h, span: rawSpan(plain, h.from, h.to) }));
  for (const { hit } of repeats) {
    if (hit.day !== first.day) warnings.push(`Another date in the first lines, ${isoDay(hit.day)}, differs from the dateline's ${isoDay(first.day)}.`);
  }
  return {
    datetime: `${isoDay(first.day)}T${time}${zone?.offset ?? '+00:00'}`,
    day: isoDay(first.day),
    passage,
    line: first.line,
    zone,
    hijri,
    repeats: repeats.map((r) => r.span),
    warnings,
  };
}
