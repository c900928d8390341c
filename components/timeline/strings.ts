/**
 * Words of the timeline's interface in English and Arabic. Dates are worded
 * by the shared formatter of the detail panels, so an event's date reads the
 * same in the tooltip, the list and the panel.
 */
import type { Precision } from '@/lib/schema';
import type { TimelineEvent } from '@/lib/timeline-model';
import { formatNumber } from '@/components/i18n/format-number';

export type UiLocale = 'en' | 'ar';

export interface TimelineStrings {
  zoom: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  lanes: string;
  bySide: string;
  byActor: string;
  useVisiblePeriod: string;
  clearPeriod: string;
  brushHint: string;
  brushLabel: string;
  showing: string;
  period: string;
  plotLabel: string;
  plotHelp: (total: number, drawn: number) => string;
  noEvents: string;
  /** Stands for an event's title while the titles are still on their way (lib/columnar TEXT_PENDING). */
  titlePending: string;
  /** A density bin on hover: how many events, over which days, and that a click zooms in. */
  binSummary: (count: number, period: string) => string;
  /** Said when too many events are in view to tab through them on the plot. */
  crowdedHelp: string;
  asWritten: string;
  resolved: string;
  fromContext: string;
  participants: string;
  precision: Record<Precision, string>;
  precisionLabel: string;
  status: Record<TimelineEvent['status'], string>;
  statusLabel: string;
  sources: (count: number) => string;
  highlighted: string;
  dimmed: string;
  notOnTimeline: string;
  legendTitle: string;
  legend: { day: string; interval: string; open: string; vague: string; expected: string; ongoing: string; corroborated: string };
  listLabel: string;
}

export const STRINGS: Record<UiLocale, TimelineStrings> = {
  en: {
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Fit all',
    lanes: 'Lanes',
    bySide: 'By side',
    byActor: 'By actor',
    useVisiblePeriod: 'Select visible period',
    clearPeriod: 'Clear period',
    brushHint: 'Drag here to select a period',
    brushLabel: 'Period selection strip',
    showing: 'Showing',
    period: 'Selected period',
    plotLabel: 'Timeline',
    plotHelp: (total, drawn) =>
      `${total} events, ${drawn} drawn in this view. Plus and minus keys zoom, arrow keys pan, 0 fits all events. ` +
      'Tab moves through the events in view; Enter or Space selects one.',
    noEvents: 'No dated events to show.',
    titlePending: 'Loading the title…',
    binSummary: (count, period) => `${formatNumber(count, 'en')} events, ${period}. Click to zoom in.`,
    crowdedHelp: 'Too many events in view to tab through them here: zoom in, or use the event list.',
    asWritten: 'As written',
    resolved: 'Resolved',
    fromContext: 'date from context',
    participants: 'Participants',
    precision: { day: 'day', week: 'week', month: 'month', season: 'season', year: 'year', vague: 'vague' },
    precisionLabel: 'Precision',
    status: { occurred: 'occurred', expected: 'expected', ongoing: 'ongoing' },
    statusLabel: 'Status',
    sources: (n) => (n >= 2 ? `corroborated by ${n} sources` : n === 1 ? 'told by 1 source' : 'no source passage'),
    highlighted: 'highlighted',
    dimmed: 'outside the highlight',
    notOnTimeline: 'no known date: not drawn on the timeline',
    legendTitle: 'How dates are drawn',
    legend: {
      day: 'mark: a known day',
      interval: 'bar: an interval (week, month, season, year)',
      open: 'faded: an open start or end',
      vague: 'soft ends: a vague span',
      expected: 'hollow, dashed: expected',
      ongoing: 'arrow: ongoing',
      corroborated: 'double outline and count: told by 2 or more sources',
    },
    listLabel: 'Events in date order',
  },
  ar: {
    zoom: 'التكبير والتصغير',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fitAll: 'عرض الكل',
    lanes: 'المسارات',
    bySide: 'حسب الطرف',
    byActor: 'حسب الفاعل',
    useVisiblePeriod: 'تحديد الفترة المعروضة',
    clearPeriod: 'إلغاء الفترة',
    brushHint: 'اسحب هنا لتحديد فترة',
    brushLabel: 'شريط تحديد الفترة',
    showing: 'المعروض',
    period: 'الفترة المحددة',
    plotLabel: 'الخط الزمني',
    plotHelp: (total, drawn) =>
      `${total} حدثًا، ${drawn} منها في هذا العرض. مفتاحا + و− للتكبير والتصغير، والأسهم للتحريك، و0 لعرض الكل. ` +
      'مفتاح Tab ينتقل بين الأحداث المعروضة، وEnter أو المسافة يحدد الحدث.',
    noEvents: 'لا توجد أحداث مؤرخة للعرض.',
    titlePending: 'جارٍ تحميل العنوان…',
    binSummary: (count, period) => `${formatNumber(count, 'ar')} حدثًا، ${period}. انقر للتكبير.`,
    crowdedHelp: 'الأحداث المعروضة أكثر من أن يُتنقل بينها هنا: كبّر العرض أو استخدم قائمة الأحداث.',
    asWritten: 'كما ورد',
    resolved: 'التاريخ المحدد',
    fromContext: 'التاريخ مستنتج من السياق',
    participants: 'المشاركون',
    precision: { day: 'يوم', week: 'أسبوع', month: 'شهر', season: 'فصل', year: 'سنة', vague: 'تقريبي' },
    precisionLabel: 'الدقة',
    status: { occurred: 'وقع', expected: 'متوقع', ongoing: 'مستمر' },
    statusLabel: 'الحالة',
    sources: (n) => (n >= 2 ? `مؤكد من ${n} مصادر` : n === 1 ? 'من مصدر واحد' : 'بلا مقطع مصدر'),
    highlighted: 'مميز',
    dimmed: 'خارج التمييز',
    notOnTimeline: 'تاريخ غير معروف: لا يظهر على الخط الزمني',
    legendTitle: 'كيف تُرسم التواريخ',
    legend: {
      day: 'علامة: يوم معروف',
      interval: 'شريط: فترة (أسبوع، شهر، فصل، سنة)',
      open: 'متلاشٍ: بداية أو نهاية مفتوحة',
      vague: 'أطراف باهتة: فترة تقريبية',
      expected: 'مفرغ متقطع: متوقع',
      ongoing: 'سهم: مستمر',
      corroborated: 'إطار مزدوج وعدد: من مصدرين أو أكثر',
    },
    listLabel: 'الأحداث بترتيب التاريخ',
  },
};
