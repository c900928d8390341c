/**
 * Words of the explorer (section headings, the detail column's empty state
 * and edge view, search, the notices about the view) and of the data export
 * menu, in English and Arabic.
 */
import type { Lang } from '@/lib/url-state';
import { formatNumber } from '@/components/i18n/format-number';

export interface ExplorerStrings {
  timeline: string;
  details: string;
  graph: string;
  reader: string;
  lists: string;
  eventList: string;
  actorList: string;
  exportData: string;
  detailsTitle: string;
  detailsHelp: string;
  bothWays: string;
  relationWithoutEvent: string;
  searchLabel: string;
  searchResults: string;
  noMatch: (query: string) => string;
  kinds: { actor: string; event: string; statement: string };
  windowNotice: (from: string, to: string) => string;
  beginning: string;
  end: string;
  clearPeriod: string;
  typesNotice: (types: string[]) => string;
  noTypes: string;
  showAllRelations: string;
  /** URL notices come from lib/url-state in English; this says so in the other language. */
  urlNoticePrefix: string;
  /** While the records behind a panel, the reader or search are on their way. */
  loadingRecords: string;
  searchLoading: string;
  /** While the search index's later parts are still on their way: how much the results cover. */
  searchPartial: (searched: number, total: number) => string;
  /** A shard could not be fetched (the reason is technical, shown as is). */
  loadFailed: (reason: string) => string;
  /** A busy actor's or edge's panel shows the records of the loaded periods only; says how many of how many. */
  partialRecords: (shownEvents: number, totalEvents: number, shownStatements: number, totalStatements: number) => string;
}

export const EXPLORER_STRINGS: Record<Lang, ExplorerStrings> = {
  en: {
    timeline: 'Timeline',
    details: 'Details',
    graph: 'Actors and relations',
    reader: 'Source reader',
    lists: 'Lists for keyboard and screen readers',
    eventList: 'Events in date order',
    actorList: 'Actors',
    exportData: 'Export data',
    detailsTitle: 'Details',
    detailsHelp:
      'Select an actor in the graph or the actor list to read what it said, to whom and when; select an event on the timeline or in the event list to see its passages. Every item traces to the exact sentence of its source article.',
    bothWays: '(both ways)',
    relationWithoutEvent: 'This relation is stated by a passage, not by a dated event (for example a job title).',
    searchLabel: 'Search actors, events, statements (Arabic or English)',
    searchResults: 'Search results',
    noMatch: (q) => `No match for “${q}”.`,
    kinds: { actor: 'Actor', event: 'Event', statement: 'Statement' },
    windowNotice: (from, to) => `Showing only relations with events between ${from} and ${to}.`,
    beginning: 'the beginning',
    end: 'the end',
    clearPeriod: 'Clear period',
    typesNotice: (types) => `Graph limited to ${types.join(', ')}.`,
    noTypes: 'no relation types',
    showAllRelations: 'Show all relations',
    urlNoticePrefix: 'Address:',
    loadingRecords: 'Loading the records and passages…',
    searchLoading: 'Loading the search index…',
    searchPartial: (searched, total) =>
      `Searched ${formatNumber(searched, 'en')} of ${formatNumber(total, 'en')} entries so far; the rest of the index is loading, and more results may come.`,
    loadFailed: (reason) => `The records could not be loaded (${reason}). Reload the page to try again.`,
    partialRecords: (se, te, ss, ts) =>
      `Showing ${formatNumber(Number(se), 'en')} of ${formatNumber(Number(te), 'en')} events and ${formatNumber(Number(ss), 'en')} of ${formatNumber(Number(ts), 'en')} statements: those of the periods with most of them. Brush a period on the timeline to see the ones in it.`,
  },
  ar: {
    timeline: 'الخط الزمني',
    details: 'التفاصيل',
    graph: 'الفاعلون والعلاقات',
    reader: 'قارئ المصادر',
    lists: 'قوائم للوحة المفاتيح وقارئات الشاشة',
    eventList: 'الأحداث بترتيب التاريخ',
    actorList: 'الفاعلون',
    exportData: 'تصدير البيانات',
    detailsTitle: 'التفاصيل',
    detailsHelp:
      'حدد فاعلًا في الشبكة أو في قائمة الفاعلين لتقرأ ما قاله ولمن ومتى؛ وحدد حدثًا على الخط الزمني أو في قائمة الأحداث لترى مقاطعه. كل عنصر يعود إلى الجملة نفسها في مقاله المصدر.',
    bothWays: '(في الاتجاهين)',
    relationWithoutEvent: 'هذه العلاقة يذكرها مقطع لا حدث مؤرخ (مثل مسمى وظيفي).',
    searchLabel: 'ابحث في الفاعلين والأحداث والتصريحات (بالعربية أو الإنجليزية)',
    searchResults: 'نتائج البحث',
    noMatch: (q) => `لا نتيجة لـ«${q}».`,
    kinds: { actor: 'فاعل', event: 'حدث', statement: 'تصريح' },
    windowNotice: (from, to) => `تُعرض فقط العلاقات التي لها أحداث بين ${from} و${to}.`,
    beginning: 'البداية',
    end: 'النهاية',
    clearPeriod: 'إلغاء الفترة',
    typesNotice: (types) => `الشبكة مقصورة على: ${types.join('، ')}.`,
    noTypes: 'لا أنواع علاقات',
    showAllRelations: 'عرض كل العلاقات',
    urlNoticePrefix: 'العنوان:',
    loadingRecords: 'جارٍ تحميل السجلات والمقاطع…',
    searchLoading: 'جارٍ تحميل فهرس البحث…',
    searchPartial: (searched, total) =>
      `بُحث حتى الآن في ${formatNumber(searched, 'ar')} من ${formatNumber(total, 'ar')} مدخلًا؛ يجري تحميل بقية الفهرس، وقد تظهر نتائج أخرى.`,
    loadFailed: (reason) => `تعذّر تحميل السجلات (${reason}). أعد تحميل الصفحة للمحاولة مجددًا.`,
    partialRecords: (se, te, ss, ts) =>
      `يُعرض ${formatNumber(Number(se), 'ar')} من ${formatNumber(Number(te), 'ar')} حدثًا و${formatNumber(Number(ss), 'ar')} من ${formatNumber(Number(ts), 'ar')} تصريحًا: ما في الفترات التي تضم أكثرها. حدّد فترة على الخط الزمني لترى ما فيها.`,
  },
};
