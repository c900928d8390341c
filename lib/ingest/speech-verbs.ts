/**
 * The verbs extraction reads: verbs of saying (which make statements) and
 * verbs of doing (which make dated happenings), each with the event type and
 * CAMEO code it implies. Forms are listed as written, in the persons and
 * tenses news uses (قال قالت قالوا يقول تقول قوله مشيراً …), and matched in
 * normalised spelling with a glued و or ف (`وقال`, `فأضاف`). Forms that are
 * more often another word are left out: `مجدداً` (again), `مبلغاً` (an
 * amount), `مقترحاً` (a proposal), `ردّاً` (`ردّاً على`, in reply to).
 */
import { normalizeArabic } from '../arabic';
import type { EventType } from '../vocabulary';

export interface VerbSense {
  lemma: string;
  type: EventType;
  /** CAMEO root of the type, or the finer code the verb supports (112 accuse, 016 deny, 042 visit). */
  cameo: string;
  /** A verb of saying: its sentence is a statement. */
  speech: boolean;
  /** Relays another's words (`نقلت وكالة … عن`): gives `reportedBy`, not a speaker. */
  relay?: boolean;
  /** Carries on the previous statement of the same speaker (`وأضاف`, `مشيراً`). */
  continuation?: boolean;
  /** The person told comes as a bare object after the speaker (`أبلغ وانغ كيري أن`): the first person named speaks, not the last. */
  objectAddressee?: boolean;
}

interface Entry extends VerbSense {
  forms: string;
  /** Forms in the present tense: the claim stands at publication (`وتقول الصين`). */
  present?: string;
}

const ENTRIES: readonly Entry[] = [
  { lemma: 'قال', type: 'statement', cameo: '01', speech: true, forms: 'قال قالت قالا قالتا قالوا قاله قالها قوله قولها قولهم قائلا قائلة', present: 'يقول تقول يقولون' },
  { lemma: 'أعلن', type: 'statement', cameo: '01', speech: true, forms: 'أعلن أعلنت أعلنا أعلنتا أعلنوا معلنا معلنة', present: 'يعلن تعلن' },
  { lemma: 'أوضح', type: 'statement', cameo: '01', speech: true, continuation: true, forms: 'أوضح أوضحت أوضحوا موضحا موضحة', present: 'يوضح توضح' },
  { lemma: 'أضاف', type: 'statement', cameo: '01', speech: true, continuation: true, forms: 'أضاف أضافت أضافوا مضيفا مضيفة', present: 'يضيف تضيف' },
  { lemma: 'تابع', type: 'statement', cameo: '01', speech: true, continuation: true, forms: 'تابع تابعت متابعا متابعة' },
  { lemma: 'أكد', type: 'statement', cameo: '01', speech: true, forms: 'أكد أكدت أكدوا مؤكدا مؤكدة', present: 'يؤكد تؤكد' },
  { lemma: 'كرر', type: 'statement', cameo: '01', speech: true, forms: 'كرر كررت كرروا مكررا مكررة', present: 'يكرر تكرر' },
  { lemma: 'ذكر', type: 'statement', cameo: '01', speech: true, forms: 'ذكر ذكرت ذكروا', present: 'يذكر تذكر' },
  { lemma: 'أشار', type: 'statement', cameo: '01', speech: true, continuation: true, forms: 'أشار أشارت أشاروا مشيرا مشيرة', present: 'يشير تشير' },
  { lemma: 'وصف', type: 'statement', cameo: '01', speech: true, forms: 'وصف وصفت وصفوا وصفها وصفه وصفهم واصفا واصفة', present: 'يصف تصف' },
  { lemma: 'صرح', type: 'statement', cameo: '01', speech: true, forms: 'صرح صرحت مصرحا مصرحة', present: 'يصرح' },
  { lemma: 'أفاد', type: 'statement', cameo: '01', speech: true, forms: 'أفاد أفادت', present: 'يفيد تفيد' },
  { lemma: 'شدد', type: 'statement', cameo: '01', speech: true, forms: 'شدد شددت مشددا مشددة', present: 'يشدد تشدد' },
  { lemma: 'أعرب', type: 'statement', cameo: '01', speech: true, forms: 'أعرب أعربت معربا معربة', present: 'يعرب تعرب' },
  { lemma: 'اعتبر', type: 'statement', cameo: '01', speech: true, forms: 'اعتبر اعتبرت معتبرا معتبرة', present: 'يعتبر تعتبر' },
  { lemma: 'حذر', type: 'statement', cameo: '01', speech: true, forms: 'حذر حذرت حذروا محذرا محذرة', present: 'يحذر تحذر' },
  { lemma: 'دعا', type: 'appeal', cameo: '02', speech: true, forms: 'دعا دعت دعوا داعيا داعية', present: 'يدعو تدعو' },
  { lemma: 'ناشد', type: 'appeal', cameo: '02', speech: true, forms: 'ناشد ناشدت مناشدا مناشدة', present: 'يناشد تناشد' },
  { lemma: 'طالب', type: 'demand', cameo: '10', speech: true, forms: 'طالب طالبت طالبوا مطالبا مطالبة', present: 'يطالب تطالب' },
  { lemma: 'اتهم', type: 'accusation', cameo: '112', speech: true, forms: 'اتهم اتهمت اتهموا متهما متهمة', present: 'يتهم تتهم' },
  { lemma: 'نفى', type: 'denial', cameo: '016', speech: true, forms: 'نفى نفت نفوا نافيا نافية', present: 'ينفي تنفي' },
  { lemma: 'رفض', type: 'denial', cameo: '01', speech: true, forms: 'رفض رفضت رفضوا رافضا رافضة', present: 'يرفض ترفض' },
  { lemma: 'تعهد', type: 'intent-to-cooperate', cameo: '03', speech: true, forms: 'تعهد تعهدت تعهدوا متعهدا متعهدة', present: 'يتعهد تتعهد' },
  { lemma: 'انتقد', type: 'accusation', cameo: '111', speech: true, forms: 'انتقد انتقدت انتقدوا منتقدا منتقدة', present: 'ينتقد تنتقد' },
  { lemma: 'رد', type: 'statement', cameo: '01', speech: true, forms: 'رد ردت ردوا', present: 'يرد ترد' },
  { lemma: 'كشف', type: 'statement', cameo: '01', speech: true, forms: 'كشف كشفت كشفوا كاشفا كاشفة', present: 'يكشف تكشف' },
  { lemma: 'لفت', type: 'statement', cameo: '01', speech: true, continuation: true, forms: 'لفت لفتت لافتا', present: 'يلفت تلفت' },
  { lemma: 'نوه', type: 'statement', cameo: '01', speech: true, continuation: true, forms: 'نوه نوهت منوها منوهة' },
  { lemma: 'استطرد', type: 'statement', cameo: '01', speech: true, continuation: true, forms: 'استطرد استطردت مستطردا مستطردة' },
  { lemma: 'أردف', type: 'statement', cameo: '01', speech: true, continuation: true, forms: 'أردف أردفت مردفا مردفة' },
  { lemma: 'رأى', type: 'statement', cameo: '01', speech: true, forms: 'رأى رأت رأوا', present: 'يرى ترى' },
  { lemma: 'اعترف', type: 'statement', cameo: '01', speech: true, forms: 'اعترف اعترفت اعترفوا معترفا معترفة', present: 'يعترف تعترف' },
  { lemma: 'زعم', type: 'statement', cameo: '01', speech: true, forms: 'زعم زعمت زعموا', present: 'يزعم تزعم' },
  { lemma: 'جدد', type: 'statement', cameo: '01', speech: true, forms: 'جدد جددت جددوا', present: 'يجدد تجدد' },
  { lemma: 'أبلغ', type: 'statement', cameo: '01', speech: true, objectAddressee: true, forms: 'أبلغ أبلغت أبلغوا', present: 'يبلغ تبلغ' },
  { lemma: 'رحب', type: 'statement', cameo: '01', speech: true, forms: 'رحب رحبت رحبوا مرحبة', present: 'يرحب ترحب' },
  { lemma: 'أشاد', type: 'statement', cameo: '01', speech: true, forms: 'أشاد أشادت أشادوا مشيدا مشيدة', present: 'يشيد تشيد' },
  { lemma: 'اقترح', type: 'statement', cameo: '01', speech: true, forms: 'اقترح اقترحت اقترحوا', present: 'يقترح تقترح' },
  { lemma: 'هدد', type: 'demand', cameo: '10', speech: true, forms: 'هدد هددت هددوا مهددا مهددة', present: 'يهدد تهدد' },
  { lemma: 'لوح', type: 'demand', cameo: '10', speech: true, forms: 'لوح لوحت لوحوا ملوحا ملوحة', present: 'يلوح تلوح' },
  { lemma: 'نقل', type: 'statement', cameo: '01', speech: false, relay: true, forms: 'نقلت نقل نقلوا نقلا', present: 'تنقل ينقل' },
  { lemma: 'اتفق', type: 'agreement', cameo: '05', speech: false, forms: 'اتفق اتفقت اتفقا اتفقتا اتفقوا' },
  { lemma: 'وافق', type: 'agreement', cameo: '05', speech: false, forms: 'وافق وافقت وافقا وافقوا' },
  { lemma: 'وقع', type: 'agreement', cameo: '057', speech: false, forms: 'وقعا وقعتا وقعوا' },
  { lemma: 'اجتمع', type: 'consultation', cameo: '04', speech: false, forms: 'اجتمع اجتمعت اجتمعا اجتمعوا', present: 'يجتمع تجتمع يجتمعان تجتمعان يجتمعون' },
  { lemma: 'التقى', type: 'consultation', cameo: '04', speech: false, forms: 'التقى التقت التقيا التقوا', present: 'يلتقي تلتقي يلتقيان' },
  { lemma: 'بحث', type: 'consultation', cameo: '04', speech: false, forms: 'بحثا بحثت بحثوا' },
  { lemma: 'زار', type: 'consultation', cameo: '042', speech: false, forms: 'زار زارت زاروا' },
  { lemma: 'نشر', type: 'report-publication', cameo: '01', speech: false, forms: 'نشرت نشر نشروا' },
  { lemma: 'هاجم', type: 'cyber-operation', cameo: '17', speech: false, forms: 'اخترق اخترقت اخترقوا' },
];

export interface VerbHit {
  sense: VerbSense;
  /** Present tense: the saying or doing stands at publication. */
  present: boolean;
  /** An active participle (`مشيراً`, `داعياً`): its agent is the subject of the clause it hangs on. */
  participle: boolean;
  /** Letters of a glued و/ف before the verb (the passage of the verb leaves them out). */
  clitic: number;
}

const BY_FORM: ReadonlyMap<string, { sense: VerbSense; present: boolean }> = new Map<string, { sense: VerbSense; present: boolean }>(
  ENTRIES.flatMap(({ forms, present, ...sense }) => [
    ...normalizeArabic(forms).split(' ').map((f) => [f, { sense, present: false }] as const),
    ...(present ? normalizeArabic(present).split(' ').map((f) => [f, { sense, present: true }] as const) : []),
  ]),
);

/** Participles of the verbs above, in normalised spelling (accusative, as they follow a clause: `مشيراً`). */
const PARTICIPLES = new Set(
  normalizeArabic(
    'قائلا قائلة منتقدا منتقدة كاشفا كاشفة لافتا منوها منوهة مستطردا مستطردة مردفا مردفة معترفا معترفة مرحبة مشيدا مشيدة مهددا مهددة ملوحا ملوحة متعهدا متعهدة معلنا معلنة موضحا موضحة مضيفا مضيفة متابعا متابعة مؤكدا مؤكدة مكررا مكررة مشيرا مشيرة واصفا واصفة مصرحا مصرحة مشددا مشددة معربا معربة معتبرا معتبرة محذرا محذرة داعيا داعية مناشدا مناشدة مطالبا مطالبة متهما متهمة نافيا نافية رافضا رافضة',
  ).split(' '),
);

/** The verb a normalised word is, with or without a glued و/ف; null when it is none. */
export function verbOf(word: string): VerbHit | null {
  const bare = BY_FORM.get(word);
  if (bare) return { ...bare, participle: PARTICIPLES.has(word), clitic: 0 };
  if (/^[وف]/.test(word)) {
    const glued = BY_FORM.get(word.slice(1));
    if (glued) return { ...glued, participle: PARTICIPLES.has(word.slice(1)), clitic: 1 };
  }
  return null;
}

/** Every verb form and its و/ف-glued spelling (normalised): words that cannot be part of a name. */
export const SPEECH_VERB_WORDS: ReadonlySet<string> = new Set([...BY_FORM.keys()].flatMap((f) => [f, `و${f}`, `ف${f}`]));
