/**
 * The seeded vocabulary of synthetic articles: Arabic words and phrases, each
 * with an English rendering so titles, names and glosses say what the Arabic
 * says. Plausible news Arabic, not real reporting: the texts exist to load the
 * app with many records that behave like the real ones.
 */
import type { ActorKind, RelationType } from '../vocabulary';

/** An Arabic form and its English rendering. */
export type Pair = readonly [ar: string, en: string];

export const FIRST_NAMES: readonly Pair[] = [
  ['سامر', 'Samer'], ['خالد', 'Khaled'], ['ليلى', 'Layla'], ['منى', 'Mona'], ['عمر', 'Omar'],
  ['يوسف', 'Yousef'], ['هدى', 'Huda'], ['كريم', 'Karim'], ['رنا', 'Rana'], ['طارق', 'Tariq'],
  ['نادية', 'Nadia'], ['فادي', 'Fadi'], ['سلمى', 'Salma'], ['حسن', 'Hassan'], ['زينب', 'Zaynab'],
  ['ماجد', 'Majed'], ['لينا', 'Lina'], ['باسل', 'Basel'], ['دينا', 'Dina'], ['وليد', 'Walid'],
];

/** Fathers' names for the `بن` element, so thousands of people get distinct names. */
export const FATHER_NAMES: readonly Pair[] = [
  ['أحمد', 'Ahmad'], ['محمود', 'Mahmoud'], ['إبراهيم', 'Ibrahim'], ['علي', 'Ali'], ['مصطفى', 'Mustafa'],
  ['سعيد', 'Saeed'], ['جميل', 'Jamil'], ['رشيد', 'Rashid'], ['عادل', 'Adel'], ['فريد', 'Farid'],
  ['نبيل', 'Nabil'], ['هشام', 'Hisham'], ['زياد', 'Ziad'], ['أنور', 'Anwar'], ['بشير', 'Bashir'],
  ['صالح', 'Saleh'], ['منير', 'Munir'], ['جمال', 'Jamal'], ['كمال', 'Kamal'], ['رياض', 'Riyad'],
];

export const FAMILY_NAMES: readonly Pair[] = [
  ['الحداد', 'al-Haddad'], ['النجار', 'al-Najjar'], ['العطار', 'al-Attar'], ['الخطيب', 'al-Khatib'],
  ['الشامي', 'al-Shami'], ['المصري', 'al-Masri'], ['البغدادي', 'al-Baghdadi'], ['الحلبي', 'al-Halabi'],
  ['السعدي', 'al-Saadi'], ['القاسم', 'al-Qasim'], ['الزين', 'al-Zein'], ['الهاشمي', 'al-Hashimi'],
  ['العلي', 'al-Ali'], ['الراشد', 'al-Rashed'], ['الفارس', 'al-Fares'], ['المنصور', 'al-Mansour'],
  ['الصافي', 'al-Safi'], ['الأحمد', 'al-Ahmad'], ['الكردي', 'al-Kurdi'], ['الدوري', 'al-Douri'],
];

/** Countries as ISO code, Arabic and English name. */
export const COUNTRIES: readonly (readonly [code: string, ar: string, en: string])[] = [
  ['US', 'الولايات المتحدة', 'United States'], ['CN', 'الصين', 'China'], ['RU', 'روسيا', 'Russia'],
  ['FR', 'فرنسا', 'France'], ['DE', 'ألمانيا', 'Germany'], ['GB', 'بريطانيا', 'United Kingdom'],
  ['JP', 'اليابان', 'Japan'], ['IN', 'الهند', 'India'], ['BR', 'البرازيل', 'Brazil'], ['EG', 'مصر', 'Egypt'],
  ['SA', 'السعودية', 'Saudi Arabia'], ['TR', 'تركيا', 'Turkey'], ['IR', 'إيران', 'Iran'],
  ['KR', 'كوريا الجنوبية', 'South Korea'], ['AE', 'الإمارات', 'United Arab Emirates'], ['QA', 'قطر', 'Qatar'],
];

export const MINISTRIES: readonly Pair[] = [
  ['وزارة الخارجية', 'Ministry of Foreign Affairs'], ['وزارة الدفاع', 'Ministry of Defence'],
  ['وزارة الاتصالات', 'Ministry of Communications'], ['وزارة التجارة', 'Ministry of Trade'],
  ['وزارة الداخلية', 'Ministry of the Interior'], ['وزارة العدل', 'Ministry of Justice'],
  ['هيئة الأمن السيبراني', 'Cyber Security Authority'], ['مجلس الأمن القومي', 'National Security Council'],
];

/** Words for the names of organisations, companies, outlets and groups. */
export const NAME_WORDS: readonly Pair[] = [
  ['النور', 'Al-Nour'], ['الأفق', 'Horizon'], ['الرواد', 'Pioneers'], ['الشرق', 'East'], ['المستقبل', 'Future'],
  ['الجسر', 'Bridge'], ['الميزان', 'Balance'], ['الفجر', 'Dawn'], ['الواحة', 'Oasis'], ['السلام', 'Peace'],
  ['النجمة', 'Star'], ['القلعة', 'Fortress'], ['الصقر', 'Falcon'], ['الموج', 'Wave'],
];

/** How an organisation of each kind is named: Arabic and English patterns around a name word. */
export const ORGANISATION_PATTERNS: Partial<Record<ActorKind, readonly [ar: (w: string) => string, en: (w: string) => string]>> = {
  organisation: [(w) => `منظمة ${w} الدولية`, (w) => `${w} International Organisation`],
  company: [(w) => `شركة ${w} للتقنية`, (w) => `${w} Technology Company`],
  'news-media': [(w) => `وكالة ${w} للأنباء`, (w) => `${w} News Agency`],
  group: [(w) => `مجموعة ${w} للقرصنة`, (w) => `${w} hacking group`],
};

export const ROLES: readonly Pair[] = [
  ['المتحدث الرسمي', 'spokesperson'], ['مدير', 'director'], ['مستشار', 'adviser'],
  ['خبير', 'expert'], ['مسؤول كبير', 'senior official'], ['نائب الرئيس', 'deputy head'],
];

export const TOPICS: readonly Pair[] = [
  ['الأمن السيبراني', 'cyber security'], ['التجارة الرقمية', 'digital trade'], ['حماية البيانات', 'data protection'],
  ['الملكية الفكرية', 'intellectual property'], ['البنية التحتية', 'infrastructure'], ['الاتصالات', 'telecommunications'],
  ['شبكات الكهرباء', 'power grids'], ['الفضاء الإلكتروني', 'cyberspace'], ['الاختراقات', 'intrusions'],
  ['التجسس الإلكتروني', 'cyber espionage'], ['المعايير الدولية', 'international norms'], ['الحوار الثنائي', 'the bilateral dialogue'],
];

export const CIRCUMSTANCES: readonly Pair[] = [
  ['في بيان رسمي', 'in an official statement'], ['خلال اجتماع مغلق', 'during a closed meeting'],
  ['أمام الصحفيين', 'before reporters'], ['في مؤتمر صحفي', 'at a press conference'],
  ['عبر الهاتف', 'by telephone'], ['على هامش قمة إقليمية', 'on the sidelines of a regional summit'],
];

/** What speakers say, with a faithful gloss; `%` stands for a topic. */
export const CLAIMS: readonly Pair[] = [
  ['يجب تعزيز التعاون في مجال %', 'Cooperation on % must be strengthened'],
  ['لن نقبل أي تهديد يمس %', 'We will not accept any threat to %'],
  ['نرحب بالحوار حول %', 'We welcome the dialogue on %'],
  ['هناك تقدم ملموس في ملف %', 'There is tangible progress on %'],
  ['ننفي كل الاتهامات المتعلقة ب%', 'We deny every accusation concerning %'],
  ['نحتاج إلى قواعد واضحة بشأن %', 'We need clear rules on %'],
];

/**
 * How an event of each relation type is told: the verb before the first
 * actor, the words between the two actors, the English verb, and the event
 * type and CAMEO code it is recorded as.
 */
export const RELATION_TELLING: Record<RelationType, { verb: string; link: string; en: string; event: string; cameo: string }> = {
  accuses: { verb: 'اتهم', link: '', en: 'accuses', event: 'accusation', cameo: '112' },
  'appeals-to': { verb: 'دعا', link: '', en: 'appeals to', event: 'appeal', cameo: '02' },
  'agrees-with': { verb: 'اتفق', link: 'مع', en: 'agrees with', event: 'agreement', cameo: '05' },
  meets: { verb: 'التقى', link: '', en: 'meets', event: 'consultation', cameo: '04' },
  'reports-on': { verb: 'نشر', link: 'تقريرا عن', en: 'reports on', event: 'report-publication', cameo: '01' },
  'member-of': { verb: 'تحدث', link: 'باسم', en: 'speaks for', event: 'statement', cameo: '01' },
  'counterpart-of': { verb: 'أجرى', link: 'محادثات مع', en: 'holds talks with', event: 'consultation', cameo: '04' },
  pressures: { verb: 'ضغط', link: 'على', en: 'presses', event: 'demand', cameo: '10' },
  'speaks-to': { verb: 'تحدث', link: 'إلى', en: 'speaks to', event: 'statement', cameo: '01' },
  attacks: { verb: 'شن', link: 'هجوما إلكترونيا على', en: 'attacks (alleged)', event: 'cyber-operation', cameo: '17' },
  'cooperates-with': { verb: 'أعلن', link: 'التعاون مع', en: 'announces cooperation with', event: 'intent-to-cooperate', cameo: '03' },
};

export const ARABIC_MONTHS = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
] as const;

/** Sunday first, as `weekdayOf` counts. */
export const ARABIC_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;

/** Meteorological seasons, northern hemisphere: name and first month (winter runs into the next year). */
export const SEASONS = [
  { ar: 'ربيع', first: 3 },
  { ar: 'صيف', first: 6 },
  { ar: 'خريف', first: 9 },
  { ar: 'شتاء', first: 12 },
] as const;
