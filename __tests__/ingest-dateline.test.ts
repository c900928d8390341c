/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findDateline } from '@/lib/ingest/dateline';
import { scanText } from '@/lib/ingest/text-scan';

const SOURCES = path.join(__dirname, '..', 'data', 'sources');
const seed000 = readFileSync(path.join(SOURCES, 'aljazeera-2013-05-15.txt'), 'utf8');
const seed001 = readFileSync(path.join(SOURCES, 'kerry-beijing-2013-04-13.txt'), 'utf8');

function dateline(text: string) {
  const found = findDateline(scanText(text));
  return found && { ...found, exact: text.slice(found.passage.start, found.passage.end), hijriExact: found.hijri ? text.slice(found.hijri.passage.start, found.hijri.passage.end) : null };
}

describe('seed datelines', () => {
  it('reads 000: Mecca time, the repeated line, and the Hijri date one day ahead as a warning', () => {
    const d = dateline(seed000)!;
    expect(d.datetime).toBe('2013-05-15T12:06:00+03:00');
    expect(d.exact).toBe('2013/5/15 الساعة 12:06 (مكة المكرمة)');
    expect(d.passage).toEqual({ start: 53, end: 89 });
    expect(d.hijriExact).toBe('الموافق 1434/7/6 هـ');
    expect(d.hijri).toMatchObject({ stated: { year: 1434, month: 7, day: 6 }, umalqura: '1434/7/5', differenceDays: 1 });
    expect(d.warnings).toEqual(['The Hijri date 1434/7/6 is 1 day ahead of 2013-05-15 (Umm al-Qura 1434/7/5); it corresponds to 2013-05-16. The Gregorian date is used.']);
    expect(d.repeats).toHaveLength(1);
  });

  it('finds none in 001, which has no dateline', () => {
    expect(dateline(seed001)).toBeNull();
  });
});

describe('dateline formats', () => {
  it('reads the Gregorian series with its Levantine pair, a morning time, Mecca time and a matching Hijri date', () => {
    const d = dateline('الرياض، الثلاثاء 20 مايو/أيار 2014 الساعة 10:30 صباحاً بتوقيت مكة المكرمة الموافق 21 رجب 1435 هـ\nنص الخبر.')!;
    expect(d.datetime).toBe('2014-05-20T10:30:00+03:00');
    expect(d.exact).toBe('الثلاثاء 20 مايو/أيار 2014 الساعة 10:30 صباحاً بتوقيت مكة المكرمة');
    expect(d.hijri).toMatchObject({ umalqura: '1435/7/21', differenceDays: 0 });
    expect(d.warnings).toEqual([]);
  });

  it('reads Eastern Arabic digits, the Levantine series first, an afternoon time and Greenwich as +00:00', () => {
    const d = dateline('القاهرة - ١٥ كانون الثاني ٢٠١٤ - ٣:١٥ م بتوقيت غرينتش\nنص.')!;
    expect(d.datetime).toBe('2014-01-15T15:15:00+00:00');
    expect(d.exact).toBe('١٥ كانون الثاني ٢٠١٤ - ٣:١٥ م بتوقيت غرينتش');
    expect(d.zone).toEqual({ words: 'غرينتش', offset: '+00:00' });
  });

  it('reads an Eastern-digit date with a Hijri month name and no time', () => {
    const d = dateline('الرياض، الثلاثاء ٢٠ مايو ٢٠١٤م الموافق ٢١ رجب ١٤٣٥هـ (واس)\n\nنص.')!;
    expect(d.datetime).toBe('2014-05-20T00:00:00+00:00');
    expect(d.hijri?.differenceDays).toBe(0);
    expect(d.warnings).toEqual(['The dateline states no time; T00:00 is written by convention.', 'The dateline states no time zone; +00:00 is written by convention.']);
  });

  it('reads numeric dates day-first and year-first', () => {
    expect(dateline('نشر في: 15/01/2014\nنص.')?.datetime).toBe('2014-01-15T00:00:00+00:00');
    expect(dateline('واشنطن 2013-05-07 (رويترز) - اتهمت وزارة الدفاع الأمريكية الحكومة الصينية بشن حملة تجسس إلكتروني واسعة النطاق على شبكات أمريكية عدة.')?.day).toBe('2013-05-07');
  });

  it('reads an English dateline with GMT', () => {
    expect(dateline('Published: 7 June 2013 14:05 GMT\nText.')?.datetime).toBe('2013-06-07T14:05:00+00:00');
  });

  it('warns on a Hijri date that does not match within three days', () => {
    const d = dateline('آخر تحديث: 2013/5/15 الساعة 12:06 (مكة المكرمة) الموافق 1434/9/1 هـ\nنص.')!;
    expect(d.hijri?.differenceDays).toBeNull();
    expect(d.warnings[0]).toMatch(/^The Hijri date 1434\/9\/1 does not match 2013-05-15 \(Umm al-Qura 1434\/7\/5\)/);
  });

  it('does not take a date inside a long body sentence for the publication', () => {
    const body = 'وقال الوزير في مؤتمر صحفي عقده في العاصمة بعد لقاء مطول مع نظيره إن الاتفاق الذي وقع في 15 مايو 2013 سيدخل حيز التنفيذ قريبا جدا بعد استكمال الإجراءات.';
    expect(dateline(body)).toBeNull();
  });
});
