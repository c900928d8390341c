/**
 * The site's own words (header, navigation, language switch, the record
 * lists, the not-found page) in English and Arabic. Every other area keeps
 * its words beside its views (components/<area>/strings.ts); the test in
 * __tests__/dictionaries.test.ts holds all of them to the same keys.
 */
import type { Lang } from '@/lib/url-state';
import { formatNumber } from './format-number';

export interface SiteStrings {
  skipToContent: string;
  siteNav: string;
  navExplorer: string;
  navSources: string;
  navActors: string;
  navEvents: string;
  navBriefings: string;
  /** The switch names the other language, in that language. */
  switchTo: string;
  switchLabel: string;
  explorerTitle: string;
  /** The browser tab's title from the page's heading (the static metadata is English). */
  documentTitle: (heading: string | null) => string;
  loadingExplorer: string;
  alsoListed: string;
  openInExplorer: string;
  actorsTitle: string;
  eventsTitle: string;
  sourcesTitle: string;
  recordCounts: (events: number, statements: number) => string;
  /** Under the events list when a large dataset's list is cut: how many of how many it shows. */
  eventsListShown: (shown: number, total: number) => string;
  /** The link from a cut list to the explorer, where every event can be read. */
  allEventsInExplorer: string;
  basis: Record<'stated' | 'inferred', string>;
  notFoundTitle: string;
  notFoundText: string;
  /** On a not-found record page: a large dataset has pages for its first records only, and the explorer reads every one. */
  recordsBeyondPages: string;
  /** The link from a not-found record page to the explorer on that record. */
  openRecordInExplorer: (kind: 'actor' | 'event' | 'source') => string;
  backToExplorer: string;
}

export const SITE_STRINGS: Record<Lang, SiteStrings> = {
  en: {
    skipToContent: 'Skip to content',
    siteNav: 'Site',
    navExplorer: 'Explorer',
    navSources: 'Sources',
    navActors: 'Actors',
    navEvents: 'Events',
    navBriefings: 'Briefings',
    switchTo: 'العربية',
    switchLabel: 'Interface language: switch to Arabic',
    explorerTitle: 'Athar explorer',
    documentTitle: (heading) => (heading ? `${heading} · Athar` : 'Athar — event timeline and relationship explorer'),
    loadingExplorer: 'Loading the explorer…',
    alsoListed: 'The events, actors and sources are also listed as plain pages:',
    openInExplorer: 'Open in the explorer',
    actorsTitle: 'Actors',
    eventsTitle: 'Events',
    sourcesTitle: 'Sources',
    recordCounts: (events, statements) => `${events} events · ${statements} statements`,
    eventsListShown: (shown, total) => `Showing the first ${formatNumber(shown, 'en')} of ${formatNumber(total, 'en')} events, in date order.`,
    allEventsInExplorer: 'Read all of them in the explorer',
    basis: { stated: 'stated', inferred: 'inferred' },
    notFoundTitle: 'Not found',
    notFoundText: 'There is no such page in this dataset. Ids change only when the data is edited; the lists of actors, events and sources show what exists:',
    recordsBeyondPages: 'A large dataset has pages of their own for its first records of each kind only; the explorer reads every record.',
    openRecordInExplorer: (kind) => `Open this ${kind} in the explorer`,
    backToExplorer: 'Back to the explorer',
  },
  ar: {
    skipToContent: 'انتقل إلى المحتوى',
    siteNav: 'الموقع',
    navExplorer: 'المستكشف',
    navSources: 'المصادر',
    navActors: 'الفاعلون',
    navEvents: 'الأحداث',
    navBriefings: 'الإحاطات',
    switchTo: 'English',
    switchLabel: 'لغة الواجهة: التبديل إلى الإنجليزية',
    explorerTitle: 'مستكشف أثر',
    documentTitle: (heading) => (heading ? `${heading} · أثر` : 'أثر — مستكشف الأحداث والعلاقات'),
    loadingExplorer: 'جارٍ تحميل المستكشف…',
    alsoListed: 'الأحداث والفاعلون والمصادر مدرجة أيضًا في صفحات بسيطة:',
    openInExplorer: 'افتح في المستكشف',
    actorsTitle: 'الفاعلون',
    eventsTitle: 'الأحداث',
    sourcesTitle: 'المصادر',
    recordCounts: (events, statements) => `الأحداث: ${events} · التصريحات: ${statements}`,
    eventsListShown: (shown, total) => `تُعرض أول ${formatNumber(shown, 'en')} من أصل ${formatNumber(total, 'en')} حدثًا، بترتيب التاريخ.`,
    allEventsInExplorer: 'اقرأها كلها في المستكشف',
    basis: { stated: 'مذكور', inferred: 'مستنتج' },
    notFoundTitle: 'الصفحة غير موجودة',
    notFoundText: 'لا توجد صفحة كهذه في مجموعة البيانات. لا تتغير المعرّفات إلا بتعديل البيانات؛ قوائم الفاعلين والأحداث والمصادر تبيّن ما هو موجود:',
    recordsBeyondPages: 'لمجموعة البيانات الكبيرة صفحات خاصة بأوائل سجلاتها من كل نوع فقط؛ أما المستكشف فيعرض كل السجلات.',
    openRecordInExplorer: (kind) => `افتح هذا ${{ actor: 'الفاعل', event: 'الحدث', source: 'المصدر' }[kind]} في المستكشف`,
    backToExplorer: 'العودة إلى المستكشف',
  },
};
