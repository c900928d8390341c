/**
 * Words of the source reader (header, highlight legend, tooltips) and of the
 * descriptions of what a passage supports, in English and Arabic. The
 * article itself is never translated.
 */
import type { PassageRef } from '@/lib/query';
import type { Lang } from '@/lib/url-state';
import { formatNumber } from '@/components/i18n/format-number';

export interface ReaderStrings {
  roles: Record<PassageRef['role'], string>;
  publisher: string;
  credit: string;
  published: string;
  statedInText: string;
  inferred: string;
  basis: string;
  notStated: string;
  highlights: (count: number) => string;
  noPassages: string;
  selectionNone: string;
  selectionCount: (count: number) => string;
  hint: string;
  unanchored: (count: number) => string;
  skipArticle: string;
  within: string;
  sourceTabs: string;
  /** The button under the source tabs that lists more of them. */
  showMoreSources: (more: number, shown: number, total: number) => string;
  noSource: string;
  // What a passage supports
  eventDate: string;
  event: string;
  statementBy: (speaker: string) => string;
  unknownSpeaker: string;
  roleOf: (name: string) => string;
  affiliationOf: (name: string) => string;
  mentionOf: (name: string) => string;
  relation: string;
  publicationDate: string;
  publisherOrCredit: string;
}

export const READER_STRINGS: Record<Lang, ReaderStrings> = {
  en: {
    roles: {
      evidence: 'Event evidence',
      statement: 'Statement (words said)',
      date: 'Date expression',
      mention: 'Actor mention',
      role: 'Actor’s role or title',
      affiliation: 'Affiliation',
      relation: 'Relation',
      publication: 'Publication date',
      publisher: 'Publisher or credit',
    },
    publisher: 'Publisher',
    credit: 'Credit',
    published: 'Published',
    statedInText: 'stated in the text',
    inferred: 'Inferred by the analyst — not in the source',
    basis: 'Basis:',
    notStated: 'not stated in the text',
    highlights: (n) => `Highlights (${n})`,
    noPassages: 'No passage of this text is cited yet.',
    selectionNone: 'The selected item has no passage in this source.',
    selectionCount: (n) => `${n} ${n === 1 ? 'highlight belongs' : 'highlights belong'} to the selected item (marked strongly).`,
    hint: 'Tab to the highlighted passages; ↑ ↓ move between them; Enter selects what a passage supports.',
    unanchored: (n) => `${n} ${n === 1 ? 'passage does' : 'passages do'} not match this text and ${n === 1 ? 'is' : 'are'} not highlighted`,
    skipArticle: 'Skip past the article',
    within: 'within ',
    sourceTabs: 'Source articles',
    showMoreSources: (more, shown, total) =>
      `Show ${formatNumber(more, 'en')} more sources (${formatNumber(shown, 'en')} of ${formatNumber(total, 'en')} listed)`,
    noSource: 'No source selected.',
    eventDate: 'Date of event',
    event: 'Event',
    statementBy: (speaker) => `Statement by ${speaker}`,
    unknownSpeaker: 'unknown speaker',
    roleOf: (name) => `Role of ${name}`,
    affiliationOf: (name) => `Affiliation of ${name}`,
    mentionOf: (name) => `Mention of ${name}`,
    relation: 'Relation',
    publicationDate: 'Publication date of the article',
    publisherOrCredit: 'Publisher or credited agency',
  },
  ar: {
    roles: {
      evidence: 'دليل على حدث',
      statement: 'تصريح (الكلام المقول)',
      date: 'عبارة التاريخ',
      mention: 'إشارة إلى فاعل',
      role: 'صفة الفاعل أو لقبه',
      affiliation: 'الانتماء',
      relation: 'علاقة',
      publication: 'تاريخ النشر',
      publisher: 'الناشر أو الجهة المنسوب إليها',
    },
    publisher: 'الناشر',
    credit: 'المنسوب إليه',
    published: 'تاريخ النشر',
    statedInText: 'مذكور في النص',
    inferred: 'استنتاج المحلل — ليس في المصدر',
    basis: 'الأساس:',
    notStated: 'غير مذكور في النص',
    highlights: (n) => `المقاطع المميزة (${n})`,
    noPassages: 'لم يُستشهد بأي مقطع من هذا النص بعد.',
    selectionNone: 'العنصر المحدد ليس له مقطع في هذا المصدر.',
    selectionCount: (n) => (n === 1 ? 'مقطع مميز واحد يخص العنصر المحدد (بتمييز قوي).' : `عدد المقاطع المميزة التي تخص العنصر المحدد: ${n} (بتمييز قوي).`),
    hint: 'مفتاح Tab ينتقل إلى المقاطع المميزة؛ ↑ ↓ للتنقل بينها؛ Enter يحدد ما يدعمه المقطع.',
    unanchored: (n) => `مقاطع لا تطابق هذا النص ولا تظهر مميزة: ${n}`,
    skipArticle: 'تجاوز المقال',
    within: 'ضمن ',
    sourceTabs: 'المقالات المصدر',
    showMoreSources: (more, shown, total) => `عرض ${formatNumber(more, 'ar')} مصادر أخرى (مُدرج ${formatNumber(shown, 'ar')} من ${formatNumber(total, 'ar')})`,
    noSource: 'لم يُحدد مصدر.',
    eventDate: 'تاريخ الحدث',
    event: 'حدث',
    statementBy: (speaker) => `تصريح ${speaker}`,
    unknownSpeaker: 'متحدث غير معروف',
    roleOf: (name) => `صفة ${name}`,
    affiliationOf: (name) => `انتماء ${name}`,
    mentionOf: (name) => `إشارة إلى ${name}`,
    relation: 'علاقة',
    publicationDate: 'تاريخ نشر المقال',
    publisherOrCredit: 'الناشر أو الوكالة المنسوب إليها',
  },
};
