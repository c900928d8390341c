/**
 * Every word of the briefing, presenter, print, draft and figure-export
 * interfaces, in English and Arabic (the type makes a missing key a compile
 * error; __tests__/dictionaries.test.ts checks the values).
 */
import type { Lang } from '@/lib/url-state';

export type BriefingLocale = Lang;

export interface BriefingStrings {
  briefing: string;
  stepOf: (step: number, count: number) => string;
  progressLabel: string;
  previous: string;
  next: string;
  first: string;
  last: string;
  fullScreen: string;
  exitFullScreen: string;
  leave: string;
  leaveHint: string;
  presenterView: string;
  printView: string;
  keysHelp: string;
  controlsLabel: string;
  stepNotice: (raw: string, count: number) => string;
  dismiss: string;
  window: string;
  inFocus: string;
  keyPassage: string;
  glossLabel: string;
  source: string;
  timelineHeading: string;
  graphHeading: string;
  loading: string;
  // Presenter
  presenterTitle: string;
  currentStep: string;
  nextStep: string;
  endOfBriefing: string;
  notes: string;
  noNotes: string;
  elapsed: string;
  resetTimer: string;
  openAudience: string;
  syncHint: string;
  // Index of briefings
  indexTitle: string;
  indexIntro: string;
  indexEmpty: string;
  steps: (count: number) => string;
  present: string;
  // Print
  printTitle: string;
  printButton: string;
  printHint: string;
  backToBriefing: string;
  // Figure export
  exportTimelineSvg: string;
  exportTimelinePng: string;
  exportGraphSvg: string;
  exportGraphPng: string;
  exportLabel: string;
  exportUnavailable: string;
  captionTimeline: string;
  captionGraph: string;
  captionSources: string;
  captionPublished: (date: string, inferred: boolean) => string;
  captionMadeWith: string;
  // Draft briefing ("Add this view as a step")
  addStep: string;
  addStepNeedsSelection: string;
  draftCount: (count: number) => string;
  downloadDraft: string;
  clearDraft: string;
  draftAdded: (title: string) => string;
  draftTitle: string;
  draftDescription: string;
  draftGloss: string;
  draftNarrative: (summary: string) => string;
}

export const BRIEFING_STRINGS: Record<BriefingLocale, BriefingStrings> = {
  en: {
    briefing: 'Briefing',
    stepOf: (step, count) => `Step ${step} of ${count}`,
    progressLabel: 'Progress through the briefing',
    previous: 'Previous',
    next: 'Next',
    first: 'First step',
    last: 'Last step',
    fullScreen: 'Full screen (F)',
    exitFullScreen: 'Leave full screen (F)',
    leave: 'Leave (Esc)',
    leaveHint: 'Open the explorer at this step’s period',
    presenterView: 'Presenter view',
    printView: 'Print / save as PDF',
    keysHelp: 'Keys: → Space PageDown next · ← PageUp previous · Home first · End last · F full screen · Esc leave',
    controlsLabel: 'Briefing controls',
    stepNotice: (raw, count) => `“step=${raw}” is not a step of this briefing (1 to ${count}); showing step 1.`,
    dismiss: 'Dismiss',
    window: 'Period',
    inFocus: 'In focus',
    keyPassage: 'Key passage',
    glossLabel: 'English gloss (analyst translation)',
    source: 'Source',
    timelineHeading: 'Timeline',
    graphHeading: 'Actors and relations',
    loading: 'Loading the briefing…',
    presenterTitle: 'Presenter view',
    currentStep: 'Now',
    nextStep: 'Next',
    endOfBriefing: 'End of the briefing.',
    notes: 'Notes',
    noNotes: 'No notes for this step.',
    elapsed: 'Elapsed',
    resetTimer: 'Reset timer',
    openAudience: 'Open the audience window',
    syncHint: 'Stays in step with the audience window in this browser; either window can advance.',
    indexTitle: 'Briefings',
    indexIntro: 'Stories told step by step over the dataset, every step backed by a source passage. Present full screen, open the presenter view on a second window, or print one step per page.',
    indexEmpty: 'No briefing yet: add one as data/briefings/<id>.json.',
    steps: (count) => `${count} step${count === 1 ? '' : 's'}`,
    present: 'Present',
    printTitle: 'Print version',
    printButton: 'Print / save as PDF',
    printHint: 'One step per landscape page, with its passage and source.',
    backToBriefing: 'Back to the briefing',
    exportTimelineSvg: 'Export timeline (SVG)',
    exportTimelinePng: 'Export timeline (PNG)',
    exportGraphSvg: 'Export graph (SVG)',
    exportGraphPng: 'Export graph (PNG)',
    exportLabel: 'Export figures',
    exportUnavailable: 'Nothing to export yet: the figure has not been drawn.',
    captionTimeline: 'Timeline',
    captionGraph: 'Actor graph',
    captionSources: 'Sources',
    captionPublished: (date, inferred) => `published ${date}${inferred ? ' (date inferred by the analyst)' : ''}`,
    captionMadeWith: 'Made with Athar; every item traces to a passage of these sources.',
    addStep: 'Add this view as a step',
    addStepNeedsSelection: 'Select an event or an actor first: a step needs a passage to back it.',
    draftCount: (count) => (count === 0 ? 'Draft briefing: no steps yet' : `Draft briefing: ${count} step${count === 1 ? '' : 's'}`),
    downloadDraft: 'Download draft briefing (JSON)',
    clearDraft: 'Clear draft',
    draftAdded: (title) => `Added “${title}” to the draft briefing.`,
    draftTitle: 'Draft briefing',
    draftDescription: 'A draft collected in the explorer. Write the narratives and glosses, then validate it in data/briefings/.',
    draftGloss: '[draft] Write the English gloss of this passage.',
    draftNarrative: (summary) => `[draft] ${summary}`,
  },
  ar: {
    briefing: 'إحاطة',
    stepOf: (step, count) => `الخطوة ${step} من ${count}`,
    progressLabel: 'التقدم في الإحاطة',
    previous: 'السابق',
    next: 'التالي',
    first: 'الخطوة الأولى',
    last: 'الخطوة الأخيرة',
    fullScreen: 'ملء الشاشة (F)',
    exitFullScreen: 'الخروج من ملء الشاشة (F)',
    leave: 'مغادرة (Esc)',
    leaveHint: 'افتح المستكشف على فترة هذه الخطوة',
    presenterView: 'عرض المقدّم',
    printView: 'طباعة / حفظ بصيغة PDF',
    keysHelp: 'المفاتيح: → والمسافة وPageDown للتالي · ← وPageUp للسابق · Home الأولى · End الأخيرة · F ملء الشاشة · Esc مغادرة',
    controlsLabel: 'أدوات التحكم في الإحاطة',
    stepNotice: (raw, count) => `«step=${raw}» ليست خطوة في هذه الإحاطة (من 1 إلى ${count})؛ تُعرض الخطوة 1.`,
    dismiss: 'إغلاق',
    window: 'الفترة',
    inFocus: 'في بؤرة الاهتمام',
    keyPassage: 'المقطع الرئيسي',
    glossLabel: 'ترجمة إنجليزية (ترجمة المحلل)',
    source: 'المصدر',
    timelineHeading: 'الخط الزمني',
    graphHeading: 'الفاعلون والعلاقات',
    loading: 'جارٍ تحميل الإحاطة…',
    presenterTitle: 'عرض المقدّم',
    currentStep: 'الآن',
    nextStep: 'التالي',
    endOfBriefing: 'نهاية الإحاطة.',
    notes: 'ملاحظات',
    noNotes: 'لا ملاحظات لهذه الخطوة.',
    elapsed: 'الوقت المنقضي',
    resetTimer: 'إعادة ضبط المؤقت',
    openAudience: 'افتح نافذة الجمهور',
    syncHint: 'تبقى متزامنة مع نافذة الجمهور في هذا المتصفح؛ ويمكن لأي من النافذتين التقدم.',
    indexTitle: 'الإحاطات',
    indexIntro: 'قصص تُروى خطوة خطوة من مجموعة البيانات، وكل خطوة يسندها مقطع من مصدر. اعرضها بملء الشاشة، أو افتح عرض المقدّم في نافذة ثانية، أو اطبع خطوة في كل صفحة.',
    indexEmpty: 'لا إحاطة بعد: أضف واحدة في data/briefings/<id>.json.',
    steps: (count) => stepWords(count),
    present: 'اعرض',
    printTitle: 'نسخة الطباعة',
    printButton: 'طباعة / حفظ بصيغة PDF',
    printHint: 'خطوة في كل صفحة أفقية، مع مقطعها ومصدرها.',
    backToBriefing: 'العودة إلى الإحاطة',
    exportTimelineSvg: 'تصدير الخط الزمني (SVG)',
    exportTimelinePng: 'تصدير الخط الزمني (PNG)',
    exportGraphSvg: 'تصدير الشبكة (SVG)',
    exportGraphPng: 'تصدير الشبكة (PNG)',
    exportLabel: 'تصدير الأشكال',
    exportUnavailable: 'لا شيء للتصدير بعد: لم يُرسم الشكل.',
    captionTimeline: 'الخط الزمني',
    captionGraph: 'شبكة الفاعلين',
    captionSources: 'المصادر',
    captionPublished: (date, inferred) => `نُشر في ${date}${inferred ? ' (تاريخ استنتجه المحلل)' : ''}`,
    captionMadeWith: 'صُنع بأثر؛ كل عنصر يعود إلى مقطع من هذه المصادر.',
    addStep: 'أضف هذا العرض خطوةً',
    addStepNeedsSelection: 'حدد حدثًا أو فاعلًا أولًا: الخطوة تحتاج إلى مقطع يسندها.',
    draftCount: (count) => (count === 0 ? 'مسودة الإحاطة: لا خطوات بعد' : `مسودة الإحاطة: ${stepWords(count)}`),
    downloadDraft: 'تنزيل مسودة الإحاطة (JSON)',
    clearDraft: 'مسح المسودة',
    draftAdded: (title) => `أُضيفت «${title}» إلى مسودة الإحاطة.`,
    draftTitle: 'مسودة الإحاطة',
    draftDescription: 'مسودة جُمعت في المستكشف. اكتب السرد والترجمات، ثم تحقق منها في data/briefings/.',
    draftGloss: '[مسودة] اكتب الترجمة الإنجليزية لهذا المقطع.',
    draftNarrative: (summary) => `[مسودة] ${summary}`,
  },
};

/** "خطوة واحدة", "خطوتان", "3 خطوات": Arabic counts agree with their noun. */
function stepWords(count: number): string {
  if (count === 1) return 'خطوة واحدة';
  if (count === 2) return 'خطوتان';
  return count >= 3 && count <= 10 ? `${count} خطوات` : `${count} خطوة`;
}

/**
 * English words, for what is written into data rather than shown: the draft
 * briefing's placeholders (its author writes the real text). Views take
 * BRIEFING_STRINGS[useLang()].
 */
export const STRINGS = BRIEFING_STRINGS.en;
