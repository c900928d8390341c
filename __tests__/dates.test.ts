/** @jest-environment node */
import {
  dayNumber,
  edtfBounds,
  intervalContains,
  intervalsOverlap,
  isoDay,
  localDayOf,
  weekdayNamed,
  weekdayOf,
  weekdaysNamed,
} from '@/lib/dates';

const [SUN, MON, TUE, WED, THU, FRI, SAT] = [0, 1, 2, 3, 4, 5, 6];

describe('day numbers and weekdays', () => {
  it('round-trips an ISO day through its day number', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoDay(dayNumber('2013-04-13'))).toBe('2013-04-13');
    expect(isoDay(dayNumber('1969-12-31'))).toBe('1969-12-31');
  });

  it('gives the weekday of a day, before 1970 too', () => {
    expect(weekdayOf('2013-04-13')).toBe(SAT); // Kerry in Beijing
    expect(weekdayOf('2013-05-14')).toBe(TUE); // "أمس الثلاثاء" in the 15 May article
    expect(weekdayOf('1969-12-31')).toBe(WED);
    expect(() => weekdayOf('2013-02-30')).toThrow(/not a calendar day/);
  });

  it("takes the publisher's local day from a datetime with offset, not the UTC day", () => {
    expect(localDayOf('2013-05-15T00:30:00+03:00')).toBe('2013-05-15');
    expect(localDayOf('2013-02-30T00:00:00+03:00')).toBeNull();
  });
});

describe('weekdayNamed', () => {
  it.each([
    ['أمس الثلاثاء', TUE],
    ['اليوم السبت', SAT],
    ['الأحد', SUN],
    ['الاحد الماضي', SUN],
    ['يوم الإثنين', MON],
    ['الاثنين', MON],
    ['الأثنين', MON],
    ['الأربعاء', WED],
    ['الاربعاء', WED],
    ['الاربعا', WED],
    ['الخميس المقبل', THU],
    ['الجمعة', FRI],
    ['الجمعه', FRI],
    ['والجمعة', FRI],
    ['بالأربعاء', WED],
    ['للسبت', SAT],
    ['يوم أحد', SUN],
    ['يوم جمعة', FRI],
    ['ثلاثاء', TUE],
    ['الثُّلاثاء', TUE], // with a diacritic
    ['on Tuesday', TUE],
    ['SATURDAY 13 April', SAT],
  ])('reads %s as weekday %i', (expression, weekday) => {
    expect(weekdayNamed(expression)).toBe(weekday);
  });

  it.each([
    ['في فبراير الماضي'],
    ['أحد أهداف الولايات المتحدة'], // "one of the goals"
    ['اثنين من المسؤولين'], // "two of the officials"
    ['قال خميس'], // a personal name
    ['في سبتمبر'], // starts like سبت
    ['ثلاثاً'], // the number three
    ['the Sundayish mood'],
  ])('finds no weekday in %s', (expression) => {
    expect(weekdayNamed(expression)).toBeNull();
  });

  it('lists every weekday a range names but names no single one', () => {
    expect(weekdaysNamed('بين الاثنين والأربعاء')).toEqual([MON, WED]);
    expect(weekdayNamed('بين الاثنين والأربعاء')).toBeNull();
  });
});

describe('edtfBounds', () => {
  it.each([
    ['2013-04-13', '2013-04-13', '2013-04-13'],
    ['2013-04', '2013-04-01', '2013-04-30'],
    ['2013-02', '2013-02-01', '2013-02-28'],
    ['2013', '2013-01-01', '2013-12-31'],
    ['2013-06/2013-08', '2013-06-01', '2013-08-31'], // "الصيف المقبل"
    ['2013-05-06/2013-05-12', '2013-05-06', '2013-05-12'],
    ['2013-04-1X', '2013-04-10', '2013-04-19'],
    ['2013-04?', '2013-04-01', '2013-04-30'],
    ['[2013-01..2013-03]', '2013-01-01', '2013-03-31'],
  ])('%s covers %s to %s', (value, earliest, latest) => {
    expect(edtfBounds(value)).toEqual({ earliest, latest });
  });

  it.each([
    ['2013-04-09/..', '2013-04-09', null],
    ['2013-04-09/', '2013-04-09', null],
    ['../2013-05-14', null, '2013-05-14'],
    ['/2013-05-14', null, '2013-05-14'],
  ])('%s has an open end', (value, earliest, latest) => {
    expect(edtfBounds(value)).toEqual({ earliest, latest });
  });

  it('reads season codes as quarters, which is why the data writes summer as a month interval', () => {
    expect(edtfBounds('2013-22')).toEqual({ earliest: '2013-04-01', latest: '2013-06-30' });
  });

  it.each([['2013-13'], ['2013-02-30'], ['summer 2013'], ['']])('rejects %p with the reason', (value) => {
    expect(() => edtfBounds(value)).toThrow(/is not a valid EDTF date/);
  });

  it('names the offending character', () => {
    expect(() => edtfBounds('2013-13')).toThrow('"2013-13" is not a valid EDTF date (unexpected "3" at character 7)');
  });
});

describe('intervals with open ends', () => {
  const april = { earliest: '2013-04-01', latest: '2013-04-30' };
  const sinceApril9 = { earliest: '2013-04-09', latest: null };
  const untilMay14 = { earliest: null, latest: '2013-05-14' };

  it('contains a day or an interval inside it, ends included', () => {
    expect(intervalContains(april, '2013-04-01')).toBe(true);
    expect(intervalContains(april, '2013-04-30')).toBe(true);
    expect(intervalContains(april, '2013-05-01')).toBe(false);
    expect(intervalContains(april, { earliest: '2013-04-09', latest: '2013-04-13' })).toBe(true);
    expect(intervalContains(sinceApril9, '2099-01-01')).toBe(true);
    expect(intervalContains(untilMay14, '1900-01-01')).toBe(true);
  });

  it('never fits an open-ended span inside a bounded one', () => {
    expect(intervalContains(april, sinceApril9)).toBe(false);
    expect(intervalContains(sinceApril9, { earliest: '2013-05-01', latest: null })).toBe(true);
    expect(intervalContains({ earliest: null, latest: null }, untilMay14)).toBe(true);
  });

  it('overlaps when the intervals share a possible day', () => {
    expect(intervalsOverlap(april, sinceApril9)).toBe(true);
    expect(intervalsOverlap(april, '2013-04-30')).toBe(true);
    expect(intervalsOverlap(april, { earliest: '2013-05-01', latest: null })).toBe(false);
    expect(intervalsOverlap(untilMay14, sinceApril9)).toBe(true);
    expect(intervalsOverlap(untilMay14, { earliest: '2013-05-15', latest: null })).toBe(false);
  });
});
