/**
 * Words of the record panels (actor, event, statement, passage, citation,
 * dates) and of the data model's enumerations, in English and Arabic. The
 * record's own content is not interface: Arabic passages stay Arabic,
 * English glosses and analyst notes stay English and say so.
 */
import type { Actor, AtharEvent, Precision, Statement } from '@/lib/schema';
import type { EVENT_TYPES } from '@/lib/vocabulary';
import type { Lang } from '@/lib/url-state';
import { formatNumber } from '@/components/i18n/format-number';

export interface PanelStrings {
  kinds: Record<Actor['kind'], string>;
  status: Record<AtharEvent['status'], string>;
  roles: Record<AtharEvent['participants'][number]['role'], string>;
  modes: Record<Statement['mode'], string>;
  eventTypes: Record<keyof typeof EVENT_TYPES, string>;
  noCountry: string;
  role: string;
  affiliation: string;
  whereTextSays: string;
  writtenAs: string;
  mentions: string;
  statements: (count: number) => string;
  noStatements: string;
  events: (count: number) => string;
  /** Under a list cut short on a record page: how many of how many events it shows. */
  eventsShown: (shown: number, total: number) => string;
  /** The link from a cut list to the explorer filtered to the record, where every event can be read. */
  allEventsInExplorer: string;
  date: string;
  resolvedFromPublication: string;
  summary: string;
  summaryTag: string;
  participants: string;
  evidence: (count: number) => string;
  corroborated: (count: number) => string;
  singleSource: string;
  analystBadge: string;
  analystNotes: string;
  basis: string;
  asWritten: string;
  resolved: string;
  precision: string;
  precisionNames: Record<Precision, string>;
  rule: string;
  contextDate: string;
  glossLabel: string;
  openInSource: string;
  passageAt: (title: string | null, start: number, end: number) => string;
  statedInText: string;
  inferredPublication: string;
  unknownSource: (id: string) => string;
  published: string;
  statementBy: (name: string) => string;
  to: string;
  reportedBy: string;
  event: string;
  unknownEvent: (id: string) => string;
  unknownActor: (id: string) => string;
  /** Joins a list of words. */
  listSeparator: string;
}

export const PANEL_STRINGS: Record<Lang, PanelStrings> = {
  en: {
    kinds: {
      person: 'Person',
      state: 'State',
      'government-body': 'Government body',
      organisation: 'Organisation',
      company: 'Company',
      'news-media': 'News media',
      'military-unit': 'Military unit',
      group: 'Group of people',
    },
    status: { occurred: 'Occurred', expected: 'Expected (announced, not yet happened)', ongoing: 'Ongoing' },
    // CAMEO's "source" actor is the one who acts; "initiator" says so without clashing with news sources.
    roles: { source: 'initiator', target: 'target', participant: 'participant' },
    modes: { 'direct-quote': 'Direct quote', 'reported-speech': 'Reported speech' },
    eventTypes: {
      statement: 'Make public statement',
      appeal: 'Appeal',
      'intent-to-cooperate': 'Express intent to cooperate',
      consultation: 'Consult or meet',
      agreement: 'Diplomatic cooperation, agreement',
      'report-publication': 'Report or publication',
      demand: 'Demand or pressure',
      accusation: 'Disapprove, accuse',
      denial: 'Deny, reject an accusation',
      'cyber-operation': 'Coerce: cyber intrusion or attack',
    },
    noCountry: 'no country',
    role: 'Role',
    affiliation: 'Affiliation',
    whereTextSays: 'Where the text says so',
    writtenAs: 'Written in the sources as',
    mentions: 'Mentions',
    statements: (n) => `Statements (${n})`,
    noStatements: 'No statement by this actor in the sources.',
    events: (n) => `Events (${n})`,
    eventsShown: (shown, total) => `Showing the first ${formatNumber(shown, 'en')} of ${formatNumber(total, 'en')} events, in date order.`,
    allEventsInExplorer: 'Read all of them in the explorer',
    date: 'Date',
    resolvedFromPublication: 'Resolved from the publication date of ',
    summary: 'Summary',
    summaryTag: 'analyst’s summary of the evidence below',
    participants: 'Participants',
    evidence: (n) => `Evidence (${n} ${n === 1 ? 'passage' : 'passages'})`,
    corroborated: (n) => `Corroborated by ${n} sources`,
    singleSource: 'Told by a single source.',
    analystBadge: 'Analyst knowledge — not in the source',
    analystNotes: 'Analyst notes',
    basis: 'Basis: ',
    asWritten: 'As written: ',
    resolved: 'resolved: ',
    precision: 'precision',
    precisionNames: { day: 'day', week: 'week', month: 'month', season: 'season', year: 'year', vague: 'vague' },
    rule: 'rule',
    contextDate: 'Analyst inference — the passage does not name this date',
    glossLabel: 'English gloss (analyst translation)',
    openInSource: 'Open in source',
    passageAt: (title, start, end) => `${title ? `: ${title}` : ''}, characters ${start}–${end}`,
    statedInText: 'stated in the text',
    inferredPublication: 'Inferred by the analyst — not in the source',
    unknownSource: (id) => `unknown source “${id}”`,
    published: 'published',
    statementBy: (name) => `Statement by ${name}`,
    to: 'to ',
    reportedBy: 'reported by ',
    event: 'event: ',
    unknownEvent: (id) => `unknown event “${id}”`,
    unknownActor: (id) => `unknown actor “${id}”`,
    listSeparator: ', ',
  },
  ar: {
    kinds: {
      person: 'شخص',
      state: 'دولة',
      'government-body': 'هيئة حكومية',
      organisation: 'منظمة',
      company: 'شركة',
      'news-media': 'وسيلة إعلام',
      'military-unit': 'وحدة عسكرية',
      group: 'مجموعة أشخاص',
    },
    status: { occurred: 'وقع', expected: 'متوقع (أُعلن ولم يقع بعد)', ongoing: 'مستمر' },
    roles: { source: 'المبادر', target: 'المستهدف', participant: 'مشارك' },
    modes: { 'direct-quote': 'اقتباس مباشر', 'reported-speech': 'كلام منقول' },
    eventTypes: {
      statement: 'إدلاء بتصريح علني',
      appeal: 'مناشدة',
      'intent-to-cooperate': 'إبداء نية التعاون',
      consultation: 'تشاور أو لقاء',
      agreement: 'تعاون دبلوماسي، اتفاق',
      'report-publication': 'تقرير أو نشر',
      demand: 'مطالبة أو ضغط',
      accusation: 'استنكار، اتهام',
      denial: 'نفي، رفض اتهام',
      'cyber-operation': 'إكراه: اختراق أو هجوم إلكتروني',
    },
    noCountry: 'بلا دولة',
    role: 'الصفة',
    affiliation: 'الانتماء',
    whereTextSays: 'أين يذكر النص ذلك',
    writtenAs: 'كما ورد في المصادر',
    mentions: 'الإشارات',
    statements: (n) => `التصريحات (${n})`,
    noStatements: 'لا تصريح لهذا الفاعل في المصادر.',
    events: (n) => `الأحداث (${n})`,
    eventsShown: (shown, total) => `تُعرض أول ${formatNumber(shown, 'en')} من أصل ${formatNumber(total, 'en')} حدثًا، بترتيب التاريخ.`,
    allEventsInExplorer: 'اقرأها كلها في المستكشف',
    date: 'التاريخ',
    resolvedFromPublication: 'حُدد انطلاقًا من تاريخ نشر ',
    summary: 'الملخص',
    summaryTag: 'ملخص المحلل للأدلة أدناه',
    participants: 'المشاركون',
    evidence: (n) => `الأدلة (${n === 1 ? 'مقطع واحد' : `المقاطع: ${n}`})`,
    corroborated: (n) => `مؤكد من ${n} مصادر`,
    singleSource: 'يرويه مصدر واحد.',
    analystBadge: 'معرفة المحلل — ليست في المصدر',
    analystNotes: 'ملاحظات المحلل',
    basis: 'الأساس: ',
    asWritten: 'كما ورد: ',
    resolved: 'التاريخ المحدد: ',
    precision: 'الدقة',
    precisionNames: { day: 'يوم', week: 'أسبوع', month: 'شهر', season: 'فصل', year: 'سنة', vague: 'تقريبي' },
    rule: 'القاعدة',
    contextDate: 'استنتاج المحلل — المقطع لا يذكر هذا التاريخ',
    glossLabel: 'ترجمة إنجليزية (ترجمة المحلل)',
    openInSource: 'افتح في المصدر',
    passageAt: (title, start, end) => `${title ? `: ${title}` : ''}، المحارف ${start}–${end}`,
    statedInText: 'مذكور في النص',
    inferredPublication: 'استنتاج المحلل — ليس في المصدر',
    unknownSource: (id) => `مصدر غير معروف «${id}»`,
    published: 'نُشر في',
    statementBy: (name) => `تصريح ${name}`,
    to: 'إلى ',
    reportedBy: 'نقلًا عن ',
    event: 'الحدث: ',
    unknownEvent: (id) => `حدث غير معروف «${id}»`,
    unknownActor: (id) => `فاعل غير معروف «${id}»`,
    listSeparator: '، ',
  },
};
