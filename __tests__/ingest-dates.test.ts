/** @jest-environment node */
import { edtfBounds } from '@/lib/dates';
import { dayNumber } from '@/lib/day';
import { findDates } from '@/lib/ingest/date-expressions';
import { edtfFor } from '@/lib/ingest/resolution';
import { scanText } from '@/lib/ingest/text-scan';

/** The seeds' anchors: 000 was published on 2013-05-15 (a Wednesday), 001 on 2013-04-13 (a Saturday). */
const ANCHOR_000 = '2013-05-15';
const ANCHOR_001 = '2013-04-13';

function datesIn(text: string, anchor: string) {
  return findDates(scanText(text), dayNumber(anchor));
}

/** The one date of `text`, with its passage checked against the raw text. */
function only(text: string, anchor: string) {
  const found = datesIn(text, anchor);
  expect(found).toHaveLength(1);
  const date = found[0]!;
  expect(text.slice(date.start, date.end)).toBe(date.expression);
  // The EDTF must denote exactly the interval (the validator's rule).
  expect(edtfBounds(date.edtf)).toEqual({ earliest: date.earliest, latest: date.latest });
  return date;
}

const pick = (d: ReturnType<typeof only>) => ({ expression: d.expression, rule: d.rule, earliest: d.earliest, latest: d.latest, precision: d.precision, edtf: d.edtf });

describe('day words, with and without a weekday', () => {
  it.each([
    ['وقال اليوم إن', 'اليوم', 'today', '2013-05-15'],
    ['قال أمس إن', 'أمس', 'yesterday', '2013-05-14'],
    ['أعلن مسؤول أمس الثلاثاء أن', 'أمس الثلاثاء', 'yesterday-weekday', '2013-05-14'],
    ['التقيا أول أمس', 'أول أمس', 'day-before-yesterday', '2013-05-13'],
    ['التقيا أول من أمس الاثنين', 'أول من أمس الاثنين', 'day-before-yesterday-weekday', '2013-05-13'],
    ['يصل غداً الخميس إلى', 'غداً الخميس', 'tomorrow-weekday', '2013-05-16'],
    ['يصل غدا إلى', 'غدا', 'tomorrow', '2013-05-16'],
    ['يعود بعد غد الجمعة', 'بعد غد الجمعة', 'day-after-tomorrow-weekday', '2013-05-17'],
  ])('%s → %s', (text, expression, rule, day) => {
    expect(pick(only(text, ANCHOR_000))).toEqual({ expression, rule, earliest: day, latest: day, precision: 'day', edtf: day });
  });

  it('resolves اليوم السبت of 001 to its anchor day', () => {
    expect(pick(only('قال كيري اليوم السبت: إن', ANCHOR_001))).toMatchObject({ rule: 'today-weekday', earliest: '2013-04-13', edtf: '2013-04-13' });
  });

  it('keeps صباح / مساء in the expression and as the part of the day, on the same day interval', () => {
    const morning = only('وصل صباح أمس الثلاثاء', ANCHOR_000);
    expect(morning).toMatchObject({ expression: 'صباح أمس الثلاثاء', earliest: '2013-05-14', partOfDay: 'morning', rule: 'yesterday-weekday' });
    expect(only('ويعقد مساء اليوم', ANCHOR_000)).toMatchObject({ expression: 'مساء اليوم', earliest: '2013-05-15', partOfDay: 'evening' });
  });

  it('warns when the weekday does not fit the day, and still resolves by the day word', () => {
    const date = only('أعلن أمس الاثنين أن', ANCHOR_000);
    expect(date.earliest).toBe('2013-05-14');
    expect(date.warnings).toEqual(['The expression names a Monday, but the day it resolves to, 2013-05-14, is a Tuesday.']);
    expect(only('أمس الثلاثاء', ANCHOR_000).warnings).toEqual([]);
  });

  it('does not read اليوم in "اليوم التالي" (the next day) as today', () => {
    expect(datesIn('وفي اليوم التالي غادر', ANCHOR_000)).toEqual([]);
  });
});

describe('weeks, months and years around the anchor (Monday–Sunday weeks)', () => {
  it.each([
    ['الأسبوع الماضي', ANCHOR_001, 'last-week', '2013-04-01', '2013-04-07', 'week', '2013-04-01/2013-04-07'],
    ['الأسبوع المقبل', ANCHOR_000, 'next-week', '2013-05-20', '2013-05-26', 'week', '2013-05-20/2013-05-26'],
    ['هذا الأسبوع', ANCHOR_000, 'this-week', '2013-05-13', '2013-05-19', 'week', '2013-05-13/2013-05-19'],
    ['الشهر الماضي', ANCHOR_001, 'last-month', '2013-03-01', '2013-03-31', 'month', '2013-03'],
    ['الشهر المقبل', ANCHOR_000, 'next-month', '2013-06-01', '2013-06-30', 'month', '2013-06'],
    ['الشهر الجاري', ANCHOR_000, 'this-month', '2013-05-01', '2013-05-31', 'month', '2013-05'],
    ['العام الماضي', ANCHOR_000, 'last-year', '2012-01-01', '2012-12-31', 'year', '2012'],
    ['السنة المقبلة', ANCHOR_000, 'next-year', '2014-01-01', '2014-12-31', 'year', '2014'],
  ])('%s from %s', (expression, anchor, rule, earliest, latest, precision, edtf) => {
    expect(pick(only(`وقال ${expression} إن`, anchor))).toEqual({ expression, rule, earliest, latest, precision, edtf });
  });

  it('crosses year ends', () => {
    expect(only('الشهر الماضي', '2014-01-10')).toMatchObject({ earliest: '2013-12-01', latest: '2013-12-31' });
    expect(only('الأسبوع المقبل', '2013-12-30')).toMatchObject({ earliest: '2014-01-06', latest: '2014-01-12' });
  });
});

describe('named months', () => {
  it.each([
    ['في فبراير الماضي', ANCHOR_001, 'named-month-past', '2013-02'],
    ['في أبريل/نيسان الماضي', ANCHOR_000, 'named-month-past', '2013-04'],
    ['في مايو الماضي', ANCHOR_000, 'named-month-past', '2012-05'],
    ['في يناير/كانون الثاني الماضي', ANCHOR_000, 'named-month-past', '2013-01'],
    ['مايو المقبل', ANCHOR_000, 'named-month-next', '2014-05'],
    ['في حزيران المقبل', ANCHOR_000, 'named-month-next', '2013-06'],
    ['في مارس من العام الماضي', ANCHOR_000, 'named-month-last-year', '2012-03'],
    ['في مارس من العام المقبل', ANCHOR_000, 'named-month-next-year', '2014-03'],
    ['في يونيو', ANCHOR_000, 'named-month', '2013-06'],
  ])('%s from %s', (expression, anchor, rule, edtf) => {
    expect(only(`وكان ذلك ${expression} حين`, anchor)).toMatchObject({ expression, rule, edtf, precision: 'month' });
  });

  it('warns when a paired name names two months', () => {
    expect(only('في مايو/حزيران الماضي', ANCHOR_001).warnings[0]).toMatch(/two different months/);
  });
});

describe('explicit dates and spans', () => {
  it.each([
    ['في 15 مايو 2013', '15 مايو 2013', 'explicit-date', '2013-05-15', '2013-05-15', 'day'],
    ['في ١٥ أيار ٢٠١٣', '١٥ أيار ٢٠١٣', 'explicit-date', '2013-05-15', '2013-05-15', 'day'],
    ['يوم الخامس عشر من مايو 2013م', 'الخامس عشر من مايو 2013م', 'explicit-date', '2013-05-15', '2013-05-15', 'day'],
    ['بتاريخ 2013/5/15', '2013/5/15', 'explicit-date', '2013-05-15', '2013-05-15', 'day'],
    ['بتاريخ 15/05/2013', '15/05/2013', 'explicit-date', '2013-05-15', '2013-05-15', 'day'],
    ['في السابع من يونيو', 'السابع من يونيو', 'day-month', '2013-06-07', '2013-06-07', 'day'],
    ['يلتقيان يومي السابع والثامن من يونيو', 'يومي السابع والثامن من يونيو', 'day-span', '2013-06-07', '2013-06-08', 'week'],
    ['بين 7 و9 يوليو 2012', 'بين 7 و9 يوليو 2012', 'explicit-day-span', '2012-07-07', '2012-07-09', 'week'],
    ['في مارس 2012', 'في مارس 2012', 'explicit-month', '2012-03-01', '2012-03-31', 'month'],
    ['في عام 2012', 'في عام 2012', 'explicit-year', '2012-01-01', '2012-12-31', 'year'],
  ])('%s', (text, expression, rule, earliest, latest, precision) => {
    const date = only(text, ANCHOR_000);
    expect(date).toMatchObject({ expression, rule, earliest, latest, precision });
    expect(date.relative).toBe(!rule.startsWith('explicit'));
  });

  it('checks a weekday written with an explicit date', () => {
    expect(only('الثلاثاء 14 مايو 2013', ANCHOR_000).warnings).toEqual([]);
    expect(only('الأربعاء 14 مايو 2013', ANCHOR_000).warnings[0]).toMatch(/names a Wednesday.*is a Tuesday/);
  });

  it('keeps only the month of a day that does not exist, with a warning, and leaves a Hijri date alone', () => {
    const date = only('في 31 يونيو 2013', ANCHOR_000);
    expect(date).toMatchObject({ expression: '31 يونيو 2013', rule: 'explicit-month', earliest: '2013-06-01', latest: '2013-06-30', precision: 'month' });
    expect(date.warnings).toEqual(['Day 31 does not exist in month 6 of 2013; only the month is kept.']);
    expect(datesIn('الموافق 1434/7/6 هـ', ANCHOR_000)).toEqual([]);
  });
});

describe('seasons: meteorological, written as month intervals, never EDTF season codes', () => {
  it.each([
    ['الصيف المقبل', ANCHOR_000, 'next-summer', '2013-06-01', '2013-08-31', '2013-06/2013-08'],
    ['الصيف المقبل', '2013-07-01', 'next-summer', '2014-06-01', '2014-08-31', '2014-06/2014-08'],
    ['الصيف الماضي', ANCHOR_000, 'last-summer', '2012-06-01', '2012-08-31', '2012-06/2012-08'],
    ['هذا الصيف', ANCHOR_000, 'this-summer', '2013-06-01', '2013-08-31', '2013-06/2013-08'],
    ['الشتاء المقبل', ANCHOR_000, 'next-winter', '2013-12-01', '2014-02-28', '2013-12/2014-02'],
    ['الخريف الماضي', ANCHOR_000, 'last-autumn', '2012-09-01', '2012-11-30', '2012-09/2012-11'],
    ['صيف العام الماضي', ANCHOR_000, 'summer-last-year', '2012-06-01', '2012-08-31', '2012-06/2012-08'],
  ])('%s from %s', (expression, anchor, rule, earliest, latest, edtf) => {
    expect(pick(only(`يجتمعون ${expression} في`, anchor))).toEqual({ expression, rule, earliest, latest, precision: 'season', edtf });
  });
});

describe('weekdays alone', () => {
  it.each([
    ['يوم الثلاثاء', 'weekday', '2013-05-14'],
    ['يوم الأربعاء', 'weekday', '2013-05-15'],
    ['الأحد الماضي', 'last-weekday', '2013-05-12'],
    ['الأربعاء الماضي', 'last-weekday', '2013-05-08'],
    ['الجمعة المقبلة', 'next-weekday', '2013-05-17'],
  ])('%s', (expression, rule, day) => {
    expect(only(`وقال ${expression} إن`, ANCHOR_000)).toMatchObject({ expression, rule, earliest: day, latest: day });
  });
});

describe('vague spans', () => {
  it.each([
    ['في الآونة الأخيرة', ANCHOR_001, 'recently', null, '2013-04-13', '../2013-04-13'],
    ['في الآونة الاخيرة', ANCHOR_000, 'recently', null, '2013-05-15', '../2013-05-15'],
    ['مؤخراً', ANCHOR_000, 'recently', null, '2013-05-15', '../2013-05-15'],
    ['منذ شهور', ANCHOR_001, 'since-months', null, '2013-04-13', '../2013-04-13'],
    ['منذ فترة طويلة', ANCHOR_000, 'since-long-ago', null, '2013-05-15', '../2013-05-15'],
    ['منذ سنوات', ANCHOR_000, 'since-years', null, '2013-05-15', '../2013-05-15'],
    ['في الأشهر القليلة الماضية', ANCHOR_001, 'past-few-months', '2013-01-01', '2013-04-13', '2013-01/2013-04-13'],
    ['في الأسابيع الأخيرة', ANCHOR_000, 'past-few-weeks', '2013-04-22', '2013-05-15', '2013-04-22/2013-05-15'],
    ['في وقت سابق', ANCHOR_001, 'earlier', null, '2013-04-13', '../2013-04-13'],
    ['في وقت سابق من هذا الشهر', ANCHOR_000, 'earlier-this-month', '2013-05-01', '2013-05-15', '2013-05/2013-05-15'],
    ['قريباً', ANCHOR_000, 'soon', '2013-05-15', null, '2013-05-15/..'],
  ])('%s from %s', (expression, anchor, rule, earliest, latest, edtf) => {
    expect(pick(only(`تبادلا الاتهامات ${expression} حول`, anchor))).toEqual({ expression, rule, earliest, latest, precision: 'vague', edtf });
  });
});

describe('English expressions of the same kinds', () => {
  it.each([
    ['He said yesterday, Tuesday, that', 'yesterday, Tuesday', 'yesterday-weekday', '2013-05-14', '2013-05-14', 'day'],
    ['talks last week', 'last week', 'last-week', '2013-05-06', '2013-05-12', 'week'],
    ['a meeting next summer', 'next summer', 'next-summer', '2013-06-01', '2013-08-31', 'season'],
    ['a report in February', 'in February', 'named-month', '2013-02-01', '2013-02-28', 'month'],
    ['a report last February', 'last February', 'named-month-past', '2013-02-01', '2013-02-28', 'month'],
    ['he spoke last Tuesday', 'last Tuesday', 'last-weekday', '2013-05-14', '2013-05-14', 'day'],
    ['talks held recently', 'recently', 'recently', null, '2013-05-15', 'vague'],
    ['tension for months', 'for months', 'since-months', null, '2013-05-15', 'vague'],
    ['in the past few months', 'in the past few months', 'past-few-months', '2013-02-01', '2013-05-15', 'vague'],
    ['on 7 June 2013', 'on 7 June 2013', 'explicit-date', '2013-06-07', '2013-06-07', 'day'],
    ['on June 7-8', 'on June 7-8', 'day-span', '2013-06-07', '2013-06-08', 'week'],
  ])('%s', (text, expression, rule, earliest, latest, precision) => {
    expect(only(text, ANCHOR_000)).toMatchObject({ expression, rule, earliest, latest, precision });
  });
});

describe('overlaps and the seeds', () => {
  it('prefers the longest expression where recognisers overlap', () => {
    const found = datesIn('أعلن أمس الثلاثاء وفي أبريل/نيسان الماضي', ANCHOR_000).map((d) => d.expression);
    expect(found).toEqual(['أمس الثلاثاء', 'في أبريل/نيسان الماضي']);
  });

  it('edtfFor writes the shortest EDTF that denotes the interval', () => {
    const n = dayNumber;
    expect(edtfFor(n('2013-03-01'), n('2013-03-31'), 'month')).toBe('2013-03');
    expect(edtfFor(n('2013-01-01'), n('2013-12-31'), 'year')).toBe('2013');
    expect(edtfFor(n('2013-06-01'), n('2013-08-31'), 'season')).toBe('2013-06/2013-08');
    expect(edtfFor(n('2013-04-01'), n('2013-04-07'), 'week')).toBe('2013-04-01/2013-04-07');
    expect(edtfFor(null, n('2013-05-15'))).toBe('../2013-05-15');
    expect(edtfFor(n('2013-01-01'), n('2013-04-13'))).toBe('2013-01/2013-04-13');
  });
});
