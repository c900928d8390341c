/**
 * English date expressions of the same kinds as the Arabic ones, with the same
 * rules (see relative-dates.ts and absolute-dates.ts):
 * yesterday / today / tomorrow / the day before yesterday (± weekday, ±
 * morning, evening); last / next / this week, month, year, summer …;
 * last / next Tuesday, on Tuesday; last February, in February, February of
 * last year; earlier / later this week…, earlier today; recently, lately, in
 * recent months, in the past few months / weeks / years, for months / weeks /
 * years, for a long time, earlier, soon; 7 June 2013, June 7, 2013, June 7–8,
 * in June 2013, in 2012, summer 2012. Matched on the lower-cased text.
 */
import { dayOf, dayOfMonth, monthNumber, monthRange, seasonRange, weekdayNumber, WEEKDAY_NAMES_EN, ymd, type Season } from './calendar';
import {
  dayFromAnchor,
  earlierOrLaterIn,
  monthFromAnchor,
  openEnd,
  openStart,
  pastFew,
  periodFromAnchor,
  seasonFromAnchor,
  weekdayFromAnchor,
  weekdayWarnings,
  type Direction,
  type Unit,
} from './relative-dates';
import { oneDay, resolved, type Groups, type Recogniser, type Resolution } from './resolution';
import { WORD_END, WORD_START } from './text-scan';

const wrap = (body: string) => new RegExp(`${WORD_START}(?<x>${body})${WORD_END}`, 'gdu');

const MONTHS_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ANY = `(?<month>${MONTHS_FULL}|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?`;
const MONTH_FULL = `(?<month>${MONTHS_FULL})`;
const WEEKDAY = `(?<wd>${WEEKDAY_NAMES_EN.join('|')})`;
const DAY = (name: string) => `(?<${name}>\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = '(?:,?\\s(?<y>\\d{4}))';
const DIR = '(?<dir>last|next|this)';
const SEASON = '(?<season>spring|summer|autumn|fall|winter)';

const DIRECTION: Record<string, Direction> = { last: 'past', next: 'next', this: 'this' };
const dirOf = (g: Groups): Direction => DIRECTION[g.dir ?? 'this'] ?? 'this';
const seasonOf = (word: string | undefined): Season => (word === 'fall' ? 'autumn' : ((word ?? 'summer') as Season));

const DAY_OFFSETS: Record<string, [number, string]> = {
  yesterday: [-1, 'yesterday'],
  today: [0, 'today'],
  tomorrow: [1, 'tomorrow'],
  'the day before yesterday': [-2, 'day-before-yesterday'],
  'the day after tomorrow': [2, 'day-after-tomorrow'],
};

function dayWord(g: Groups, anchor: number): Resolution | null {
  const entry = DAY_OFFSETS[(g.day ?? 'today').replace(/\s+/g, ' ')];
  return entry ? dayFromAnchor(entry[1], entry[0], g.wd, anchor) : null;
}

function dated(g: Groups, anchor: number): Resolution | null {
  const month = monthNumber(g.month ?? '');
  const first = dayOfMonth(g.d ?? '');
  if (month === null || first === null) return null;
  const year = g.y ? Number(g.y) : ymd(anchor).year;
  const from = dayOf(year, month, first);
  if (from === null) return null;
  if (g.d2 === undefined) return oneDay(g.y ? 'explicit-date' : 'day-month', from, !g.y, weekdayWarnings(g.wd, from));
  const last = dayOfMonth(g.d2);
  const to = last === null ? null : dayOf(year, month, last);
  if (to === null || to <= from) return null;
  return resolved(g.y ? 'explicit-day-span' : 'day-span', to - from < 7 ? 'week' : 'vague', from, to, !g.y);
}

export const ENGLISH_DATES: readonly Recogniser[] = [
  {
    pattern: wrap(`(?<day>the\\sday\\sbefore\\syesterday|the\\sday\\safter\\stomorrow|yesterday|today|tomorrow)(?:\\s(?<pod>morning|afternoon|evening|night))?(?:,?\\s(?:on\\s)?${WEEKDAY})?`),
    resolve: dayWord,
  },
  { pattern: wrap('this\\s(?<pod>morning|afternoon|evening)|tonight'), resolve: (g, a) => dayFromAnchor('today', 0, undefined, a) },
  { pattern: wrap(`(?<when>earlier|later)\\s(?:this\\s(?<unit>week|month|year)|(?<today>today))`), resolve: (g, a) => earlierOrLaterIn(g.today ? 'day' : ((g.unit ?? 'year') as Unit), g.when === 'later', a) },
  { pattern: wrap(`${DIR}\\s(?<unit>week|month|year)`), resolve: (g, a) => periodFromAnchor((g.unit ?? 'week') as Unit, dirOf(g), a) },
  { pattern: wrap(`${DIR}\\s${SEASON}`), resolve: (g, a) => seasonFromAnchor(seasonOf(g.season), dirOf(g), a) },
  { pattern: wrap(`(?:in\\s)?(?:the\\s)?${SEASON}\\s(?:of\\s)?(?<y>\\d{4})`), resolve: (g) => seasonOfYear(seasonOf(g.season), Number(g.y)) },
  { pattern: wrap(`${DIR}\\s${MONTH_FULL}`), resolve: (g, a) => monthAt(g, a, dirOf(g) === 'this' ? null : dirOf(g), null) },
  { pattern: wrap(`(?:in\\s)?${MONTH_FULL}\\s(?:of\\s)?${DIR}\\syear`), resolve: (g, a) => monthAt(g, a, null, dirOf(g)) },
  { pattern: wrap(`in\\s${MONTH_FULL}(?!\\s\\d)`), resolve: (g, a) => monthAt(g, a, null, null) },
  { pattern: wrap(`${DIR}\\s${WEEKDAY}`), resolve: (g, a) => weekdayAt(g, a, dirOf(g) === 'this' ? null : dirOf(g)) },
  { pattern: wrap(`on\\s${WEEKDAY}(?:\\s(?<pod>morning|afternoon|evening|night))?`), resolve: (g, a) => weekdayAt(g, a, null) },
  { pattern: wrap('recently|lately|in\\srecent\\s(?:days|weeks)'), resolve: openStart('recently') },
  { pattern: wrap('(?:in|over|during)\\s(?:the\\s)?(?:past|last)\\s(?:few\\s|three\\s)?months|in\\srecent\\smonths'), resolve: pastFew('month') },
  { pattern: wrap('(?:in|over|during)\\s(?:the\\s)?(?:past|last)\\s(?:few\\s)?weeks'), resolve: pastFew('week') },
  { pattern: wrap('(?:in|over|during)\\s(?:the\\s)?(?:past|last)\\s(?:few\\s)?years|in\\srecent\\syears'), resolve: pastFew('year') },
  { pattern: wrap('for\\s(?:several\\s|some\\s)?months'), resolve: openStart('since-months') },
  { pattern: wrap('for\\s(?:several\\s|some\\s)?weeks'), resolve: openStart('since-weeks') },
  { pattern: wrap('for\\s(?:several\\s|some\\s)?years'), resolve: openStart('since-years') },
  { pattern: wrap('for\\sa\\slong\\stime|(?:for\\s)?a\\slong\\stime\\sago'), resolve: openStart('since-long-ago') },
  { pattern: wrap('earlier(?!\\s(?:this|today|than))'), resolve: openStart('earlier') },
  { pattern: wrap('soon'), resolve: openEnd('soon') },
  { pattern: wrap(`(?:${WEEKDAY},?\\s)?(?:on\\s)?${DAY('d')}\\s?(?:-|–|and|to)\\s?${DAY('d2')}\\s(?:of\\s)?${MONTH_ANY}${YEAR}?`), resolve: dated },
  { pattern: wrap(`(?:on\\s)?${MONTH_ANY}\\s${DAY('d')}\\s?(?:-|–|and|to)\\s?${DAY('d2')}${YEAR}?`), resolve: dated },
  { pattern: wrap(`(?:${WEEKDAY},?\\s)?(?:on\\s)?${DAY('d')}\\s(?:of\\s)?${MONTH_ANY}${YEAR}?`), resolve: dated },
  { pattern: wrap(`(?:${WEEKDAY},?\\s)?(?:on\\s)?${MONTH_ANY}\\s${DAY('d')}${YEAR}?(?!\\d)`), resolve: dated },
  { pattern: wrap(`(?:in\\s)?${MONTH_FULL}${YEAR}`), resolve: (g) => explicitMonth(g) },
  { pattern: wrap('in\\s(?<y>\\d{4})'), resolve: (g) => resolved('explicit-year', 'year', monthRange(Number(g.y), 1)[0], monthRange(Number(g.y), 12)[1], false) },
];

function monthAt(g: Groups, anchor: number, dir: Direction | null, yearDir: Direction | null): Resolution | null {
  const month = monthNumber(g.month ?? '');
  return month === null ? null : monthFromAnchor(month, anchor, dir, yearDir);
}

function weekdayAt(g: Groups, anchor: number, dir: Direction | null): Resolution | null {
  const named = weekdayNumber(g.wd ?? '');
  return named === null ? null : weekdayFromAnchor(named, dir, anchor);
}

function explicitMonth(g: Groups): Resolution | null {
  const month = monthNumber(g.month ?? '');
  if (month === null) return null;
  return resolved('explicit-month', 'month', ...monthRange(Number(g.y), month), false);
}

function seasonOfYear(season: Season, year: number): Resolution {
  return resolved('explicit-season', 'season', ...seasonRange(season, year), false);
}
