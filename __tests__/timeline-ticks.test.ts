/** @jest-environment node */
import { dayNumber } from '@/lib/day';
import { createDayScale, type Direction } from '@/lib/timeline/scale';
import { TICK_FONT_PX, TICK_LABEL_GAP_PX, chooseTicks, timeTicks, type Tick, type TickLocale } from '@/lib/timeline/ticks';
import { estimateTextWidth } from '@/lib/timeline/text';

const may14 = dayNumber('2013-05-14');

function view(spanDays: number, widthPx: number, direction: Direction = 'ltr') {
  return createDayScale([may14 - spanDays / 2, may14 + spanDays / 2], [0, widthPx], direction);
}

/** Label boxes as the axis draws them, sorted left to right. */
function labelBoxes(ticks: Tick[], scale: ReturnType<typeof view>) {
  return ticks
    .map((t) => {
      const half = estimateTextWidth(t.label, TICK_FONT_PX) / 2;
      return [scale.x(t.labelDay) - half, scale.x(t.labelDay) + half];
    })
    .sort((a, b) => a[0]! - b[0]!);
}

describe('adaptive ticks', () => {
  it('switches from years to months to days as you zoom in', () => {
    expect(chooseTicks(view(3650, 1000), 'en').unit).toBe('year');
    expect(chooseTicks(view(365, 1000), 'en').unit).toBe('month');
    expect(chooseTicks(view(90, 1000), 'en').unit).toBe('week');
    expect(chooseTicks(view(14, 1000), 'en').unit).toBe('day');
  });

  it('shows fewer, coarser ticks on a phone than on a wide screen', () => {
    const phone = chooseTicks(view(365, 360), 'en');
    const wide = chooseTicks(view(365, 2500), 'en');
    expect(['quarter', 'year']).toContain(phone.unit);
    expect(['month', 'week']).toContain(wide.unit);
  });

  it.each<[number, number, TickLocale, Direction]>([
    [3, 360, 'en', 'ltr'],
    [10, 390, 'ar', 'rtl'],
    [45, 390, 'en', 'ltr'],
    [45, 1280, 'ar', 'rtl'],
    [200, 700, 'en', 'ltr'],
    [400, 2560, 'ar', 'rtl'],
    [1500, 390, 'en', 'ltr'],
    [7305, 390, 'ar', 'rtl'],
    [7305, 2560, 'en', 'ltr'],
  ])('labels never overlap (%d days over %d px, %s, %s)', (span, width, locale, direction) => {
    const scale = view(span, width, direction);
    const ticks = timeTicks(scale, locale);
    expect(ticks.length).toBeGreaterThan(0);
    const boxes = labelBoxes(ticks, scale);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]![0]! - boxes[i - 1]![1]!).toBeGreaterThanOrEqual(TICK_LABEL_GAP_PX);
    }
  });

  it('labels months in English with the year on January', () => {
    const ticks = timeTicks(createDayScale([dayNumber('2012-10-01'), dayNumber('2013-04-01')], [0, 600], 'ltr'), 'en');
    const labels = ticks.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['Nov', 'Dec', 'Jan 2013', 'Feb']));
    expect(ticks.find((t) => t.label === 'Jan 2013')?.major).toBe(true);
    expect(ticks.find((t) => t.label === 'Feb')?.major).toBe(false);
  });

  it('labels months in Arabic with Arabic month names', () => {
    const ticks = timeTicks(createDayScale([dayNumber('2012-10-01'), dayNumber('2013-04-01')], [0, 600], 'rtl'), 'ar');
    const labels = ticks.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['نوفمبر', 'ديسمبر', 'يناير 2013', 'فبراير']));
    expect(labels.join(' ')).not.toMatch(/[A-Za-z]/);
  });

  it('centres a day label on its day, so it sits under that day’s marks', () => {
    const ticks = timeTicks(view(6, 600), 'en');
    const the14th = ticks.find((t) => t.day === may14)!;
    expect(the14th.label).toBe('14');
    expect(the14th.labelDay).toBe(may14 + 0.5);
    expect(ticks.find((t) => t.label === '1 May')).toBeUndefined();
  });

  it('marks the first of the month as major and names the month there', () => {
    const ticks = timeTicks(createDayScale([dayNumber('2013-04-28'), dayNumber('2013-05-04')], [0, 800], 'ltr'), 'en');
    const first = ticks.find((t) => t.day === dayNumber('2013-05-01'))!;
    expect(first).toMatchObject({ label: '1 May', major: true });
  });

  it('keeps the same calendar labels for a viewer in any time zone', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(timeTicks(view(6, 600), 'en').find((t) => t.day === may14)?.label).toBe('14');
      }
    } finally {
      process.env.TZ = original;
    }
  });
});
