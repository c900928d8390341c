/** @jest-environment node */
import { formatDayRange, formatFuzzyDate, formatPublication } from '@/components/panels/format-date';
import type { FuzzyDate } from '@/lib/schema';

type Interval = Pick<FuzzyDate, 'earliest' | 'latest' | 'precision'>;
const d = (earliest: string | null, latest: string | null, precision: FuzzyDate['precision']): Interval => ({
  earliest,
  latest,
  precision,
});

describe('formatFuzzyDate (English)', () => {
  it.each<[string, Interval, string]>([
    ['a day', d('2013-05-14', '2013-05-14', 'day'), '14 May 2013'],
    ['a week inside one month', d('2013-04-01', '2013-04-07', 'week'), '1–7 Apr 2013 (week)'],
    ['a week across two months', d('2013-04-29', '2013-05-05', 'week'), '29 Apr – 5 May 2013 (week)'],
    ['a week across two years', d('2012-12-29', '2013-01-04', 'week'), '29 Dec 2012 – 4 Jan 2013 (week)'],
    ['a month', d('2013-03-01', '2013-03-31', 'month'), 'March 2013'],
    ['a season', d('2013-06-01', '2013-08-31', 'season'), 'Jun–Aug 2013 (season)'],
    ['a winter across the new year', d('2012-12-01', '2013-02-28', 'season'), 'Dec 2012 – Feb 2013 (season)'],
    ['a year', d('2013-01-01', '2013-12-31', 'year'), '2013'],
    ['an open start', d(null, '2013-05-15', 'day'), 'until 15 May 2013 (open start)'],
    ['an open end', d('2013-04-09', null, 'day'), 'from 9 April 2013 (open end)'],
    ['a vague span up to the publication', d(null, '2013-05-15', 'vague'), 'some time up to 15 May 2013 (vague, open start)'],
    ['a vague closed span', d('2013-04-15', '2013-05-14', 'vague'), 'some time between 15 Apr 2013 and 14 May 2013 (vague)'],
    ['nothing known', d(null, null, 'vague'), 'date unknown (open interval)'],
  ])('words %s', (_, date, expected) => {
    expect(formatFuzzyDate(date, 'en')).toBe(expected);
  });

  it('defaults to English', () => {
    expect(formatFuzzyDate(d('2013-04-13', '2013-04-13', 'day'))).toBe('13 April 2013');
  });
});

describe('formatFuzzyDate (Arabic)', () => {
  it('uses Arabic month names and words', () => {
    expect(formatFuzzyDate(d('2013-05-14', '2013-05-14', 'day'), 'ar')).toBe('14 مايو 2013');
    expect(formatFuzzyDate(d('2013-06-01', '2013-08-31', 'season'), 'ar')).toBe('يونيو–أغسطس 2013 (فصل)');
    expect(formatFuzzyDate(d(null, '2013-05-15', 'day'), 'ar')).toBe('حتى 15 مايو 2013 (بداية مفتوحة)');
    expect(formatFuzzyDate(d('2013-03-01', '2013-03-31', 'month'), 'ar')).toBe('مارس 2013');
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Node re-reads TZ when it is assigned: each zone is a viewer somewhere else.
  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Riyadh'])(
    'shows the same calendar days for a viewer in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(formatFuzzyDate(d('2013-05-14', '2013-05-14', 'day'))).toBe('14 May 2013');
      expect(formatFuzzyDate(d('2013-03-01', '2013-03-31', 'month'))).toBe('March 2013');
      expect(formatDayRange('2013-01-01', '2013-01-01', 'en')).toBe('1 January 2013');
    },
  );
});

describe('formatPublication', () => {
  it('shows a stated datetime in the publisher’s zone with its offset', () => {
    expect(formatPublication({ datetime: '2013-05-15T12:06:00+03:00', basis: 'stated' })).toBe('15 May 2013, 12:06 (UTC+03:00)');
    expect(formatPublication({ datetime: '2013-05-15T12:06:00+03:00', basis: 'stated' }, 'ar')).toBe('15 مايو 2013، 12:06 (UTC+03:00)');
  });

  it('does not invent a midnight for an inferred date-only publication', () => {
    expect(formatPublication({ datetime: '2013-04-13T00:00+08:00', basis: 'inferred' })).toBe('13 April 2013 (date only)');
  });

  it('keeps a stated midnight', () => {
    expect(formatPublication({ datetime: '2013-04-13T00:00+08:00', basis: 'stated' })).toBe('13 April 2013, 00:00 (UTC+08:00)');
  });
});
