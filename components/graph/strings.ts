/**
 * Words of the actor graph, its legend, the relation filter and the actor
 * list, in English and Arabic. Actor kinds are worded by the panels'
 * dictionary, so a kind reads the same everywhere.
 */
import type { RELATION_TYPES } from '@/lib/vocabulary';
import type { Lang } from '@/lib/url-state';
import { formatNumber } from '@/components/i18n/format-number';

export interface GraphStrings {
  relationTypes: Record<keyof typeof RELATION_TYPES, string>;
  affiliatedWith: string;
  countries: { US: string; CN: string; XX: string; none: string };
  title: string;
  counts: (actors: number, links: number) => string;
  viewControls: string;
  zoomIn: string;
  zoomOut: string;
  fitGraph: string;
  fit: string;
  caption: string;
  loading: string;
  /** The graph's code could not be loaded (a dropped connection, a stale deployment). */
  loadFailed: (reason: string) => string;
  legendShape: string;
  legendColour: string;
  legendLines: string;
  legendDirected: string;
  legendMutual: string;
  legendAffiliation: string;
  legendSize: string;
  legendHighlight: string;
  relationsShown: string;
  all: string;
  actorList: string;
  takePart: (names: string[]) => string;
  actorMeta: (kind: string, events: number, statements: number) => string;
  inSelectedEvent: string;
  /** A long group lists its first rows; this button lists more. */
  showMoreActors: (more: number, shown: number, total: number) => string;
}

export const GRAPH_STRINGS: Record<Lang, GraphStrings> = {
  en: {
    relationTypes: {
      accuses: 'accuses',
      'appeals-to': 'appeals to',
      'agrees-with': 'agrees with',
      meets: 'meets',
      'reports-on': 'reports on',
      'member-of': 'member of',
      'counterpart-of': 'counterpart of',
      pressures: 'pressures',
      'speaks-to': 'speaks to',
      attacks: 'attacks (alleged)',
      'cooperates-with': 'cooperates with',
    },
    affiliatedWith: 'affiliated with',
    countries: { US: 'United States', CN: 'China', XX: 'Other country', none: 'No country (international, unknown)' },
    title: 'Actor graph',
    counts: (actors, links) => `(${actors} actors, ${links} links)`,
    viewControls: 'Graph view',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitGraph: 'Fit the whole graph',
    fit: 'Fit',
    caption:
      'Click an actor to select it, a line to select a relation, the background to clear. Relation names appear on hover or when zoomed in; where actors’ names would overlap, the less active ones wait until you zoom in or point at them. The actor list beside the graph holds the same actors and works with a keyboard.',
    loading: 'Loading the actor graph… The actor list holds the same actors meanwhile.',
    loadFailed: (reason) => `The actor graph could not be loaded (${reason}). The actor list holds the same actors; reloading the page may bring the graph back.`,
    legendShape: 'Shape: kind of actor',
    legendColour: 'Colour: country',
    legendLines: 'Lines and size',
    legendDirected: 'directed relation (from actor to target)',
    legendMutual: 'mutual relation',
    legendAffiliation: 'affiliation recorded on the actor',
    legendSize: 'thicker line: more events; larger node: more events and statements',
    legendHighlight: 'selected or highlighted (in the selected event, or linked to the selected actor)',
    relationsShown: 'Relations shown',
    all: 'All',
    actorList: 'Actor list',
    takePart: (names) => `${names.length} ${names.length === 1 ? 'actor takes' : 'actors take'} part in the selected event: ${names.join(', ')}.`,
    actorMeta: (kind, events, statements) =>
      `${kind} · ${events} ${events === 1 ? 'event' : 'events'} · ${statements} ${statements === 1 ? 'statement' : 'statements'}`,
    inSelectedEvent: 'In selected event',
    showMoreActors: (more, shown, total) => `Show ${formatNumber(Number(more), 'en')} more (${formatNumber(Number(shown), 'en')} of ${formatNumber(Number(total), 'en')} listed)`,
  },
  ar: {
    relationTypes: {
      accuses: 'يتهم',
      'appeals-to': 'يناشد',
      'agrees-with': 'يتفق مع',
      meets: 'يلتقي',
      'reports-on': 'ينقل عن',
      'member-of': 'عضو في',
      'counterpart-of': 'نظير',
      pressures: 'يضغط على',
      'speaks-to': 'يخاطب',
      attacks: 'يهاجم (مزعوم)',
      'cooperates-with': 'يتعاون مع',
    },
    affiliatedWith: 'منتسب إلى',
    countries: { US: 'الولايات المتحدة', CN: 'الصين', XX: 'دولة أخرى', none: 'بلا دولة (دولي، غير معروف)' },
    title: 'شبكة الفاعلين',
    counts: (actors, links) => `(الفاعلون: ${actors}، الروابط: ${links})`,
    viewControls: 'عرض الشبكة',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fitGraph: 'عرض الشبكة كاملة',
    fit: 'ملاءمة',
    caption:
      'انقر فاعلًا لتحديده، أو خطًا لتحديد علاقة، أو الخلفية لإلغاء التحديد. تظهر أسماء العلاقات عند التمرير أو التكبير؛ وحيث تتداخل أسماء الفاعلين تنتظر أسماء الأقل نشاطًا حتى التكبير أو الإشارة إليها. قائمة الفاعلين بجانب الشبكة تضم الفاعلين أنفسهم وتعمل بلوحة المفاتيح.',
    loading: 'جارٍ تحميل شبكة الفاعلين… قائمة الفاعلين تضم الفاعلين أنفسهم في الأثناء.',
    loadFailed: (reason) => `تعذّر تحميل شبكة الفاعلين (${reason}). قائمة الفاعلين تضم الفاعلين أنفسهم، وقد تعود الشبكة بإعادة تحميل الصفحة.`,
    legendShape: 'الشكل: نوع الفاعل',
    legendColour: 'اللون: الدولة',
    legendLines: 'الخطوط والحجم',
    legendDirected: 'علاقة موجّهة (من الفاعل إلى المستهدف)',
    legendMutual: 'علاقة متبادلة',
    legendAffiliation: 'انتماء مسجل على الفاعل',
    legendSize: 'خط أسمك: أحداث أكثر؛ عقدة أكبر: أحداث وتصريحات أكثر',
    legendHighlight: 'محدد أو مميز (في الحدث المحدد، أو مرتبط بالفاعل المحدد)',
    relationsShown: 'العلاقات المعروضة',
    all: 'الكل',
    actorList: 'قائمة الفاعلين',
    takePart: (names) => `يشارك في الحدث المحدد (${names.length}): ${names.join('، ')}.`,
    actorMeta: (kind, events, statements) => `${kind} · الأحداث: ${events} · التصريحات: ${statements}`,
    inSelectedEvent: 'في الحدث المحدد',
    showMoreActors: (more, shown, total) => `عرض ${formatNumber(Number(more), 'ar')} آخرين (مُدرج ${formatNumber(Number(shown), 'ar')} من ${formatNumber(Number(total), 'ar')})`,
  },
};
