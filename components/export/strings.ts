/**
 * Words of the data export menu in English and Arabic: each format's label
 * and one line on what it holds. The English words are the formats' own
 * (lib/exchange/formats.ts); the Arabic ones translate them.
 */
import type { FormatId } from '@/lib/exchange/formats';
import { FORMAT_INFO } from '@/lib/exchange/formats';
import type { Lang } from '@/lib/url-state';

export interface ExportStrings {
  menu: string;
  intro: string;
  formats: Record<FormatId, { label: string; description: string }>;
}

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = {
  en: {
    menu: 'Export',
    intro: 'Download the whole dataset, not the current view. Every file keeps the Arabic passages.',
    formats: Object.fromEntries(FORMAT_INFO.map((f) => [f.id, { label: f.label, description: f.description }])) as ExportStrings['formats'],
  },
  ar: {
    menu: 'تصدير',
    intro: 'نزّل مجموعة البيانات كاملة، لا العرض الحالي. كل ملف يحتفظ بالمقاطع العربية.',
    formats: {
      json: { label: 'مجموعة البيانات (JSON قياسي)', description: 'كل شيء: المصادر بنصوصها الخام، والفاعلون، والأحداث، والتصريحات، والعلاقات؛ ويُقرأ مجددًا في أثر.' },
      csv: { label: 'الأحداث (CSV)', description: 'صف لكل حدث بتخطيط ACLED/GDELT مع اقتباسه العربي؛ لـR وpandas واستيراد CSV.' },
      'csv-excel': { label: 'الأحداث (CSV لبرنامج Excel)', description: 'الصفوف نفسها مع علامة ترتيب البايت، كي يقرأ Excel العربية بترميز UTF-8.' },
      gexf: { label: 'شبكة الفاعلين (GEXF)', description: 'الفاعلون والعلاقات لبرنامج Gephi: النوع والدولة والاسم العربي والنشاط؛ والروابط موزونة بالأحداث.' },
      cytoscape: { label: 'شبكة الفاعلين (Cytoscape JSON)', description: 'الشبكة نفسها لبرنامج Cytoscape المكتبي (File → Import → Network from File) أو Cytoscape.js.' },
      timelinejs: { label: 'الخط الزمني (TimelineJS)', description: 'كل حدث شريحة في TimelineJS 3، مؤرخة بدقة لا تتجاوز نصها، مع مقطعها المقتبس.' },
      annotations: { label: 'المقاطع (W3C Web Annotations)', description: 'كل مقطع تعليق JSON-LD بمحددي الموضع والاقتباس، مربوط بما يدعمه.' },
    },
  },
};
