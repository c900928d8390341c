/**
 * The sentences that explain why part of an address was ignored, in the
 * interface languages. The language comes from the same address (`lang`),
 * so a reader of the Arabic interface is told in Arabic. Values quoted from
 * the address are passed in already quoted (see `shown` in url-state.ts).
 */
export type NoticeLang = 'en' | 'ar';

export interface NoticeWords {
  tooMany: (count: number, max: number) => string;
  unknownParam: (name: string) => string;
  repeated: (name: string, count: number) => string;
  tooLong: (name: string, max: number) => string;
  unknownId: (noun: IdNoun, value: string) => string;
  badDay: (end: string, value: string) => string;
  fromAfterTo: string;
  badPassage: (value: string) => string;
  passageNeedsSource: string;
  badLanes: (value: string) => string;
  badLang: (value: string) => string;
  unknownRelation: (value: string) => string;
  noRelationLeft: string;
}

export type IdNoun = 'actor' | 'event' | 'statement' | 'source' | 'graph edge';

const AR_NOUNS: Record<IdNoun, string> = { actor: 'الفاعل', event: 'الحدث', statement: 'التصريح', source: 'المصدر', 'graph edge': 'رابط الشبكة' };

export const NOTICE_WORDS: Record<NoticeLang, NoticeWords> = {
  en: {
    tooMany: (count, max) => `The address has ${count} parameters; only the first ${max} were read.`,
    unknownParam: (name) => `Unknown parameter ${name} was ignored.`,
    repeated: (name, count) => `"${name}" was given ${count} times; only the first value was used.`,
    tooLong: (name, max) => `"${name}" is longer than ${max} characters and was ignored.`,
    unknownId: (noun, value) => `Unknown ${noun} ${value} was ignored.`,
    badDay: (end, value) => `"${end}" must be a date like 2013-04-13; ${value} was ignored.`,
    fromAfterTo: '"from" is after "to"; the window was ignored.',
    badPassage: (value) => `"passage" must be two offsets like 120-180; ${value} was ignored.`,
    passageNeedsSource: '"passage" needs a "source" to point into; it was ignored.',
    badLanes: (value) => `"lanes" must be "side" or "actor"; ${value} was ignored.`,
    badLang: (value) => `"lang" must be "ar" or "en"; ${value} was ignored.`,
    unknownRelation: (value) => `Unknown relation type ${value} was ignored.`,
    noRelationLeft: 'No known relation type was left in "relations"; all relation types are shown.',
  },
  ar: {
    tooMany: (count, max) => `في العنوان ${count} معاملًا؛ قُرئ أول ${max} منها فقط.`,
    unknownParam: (name) => `تُجوهل معامل غير معروف: ${name}.`,
    repeated: (name, count) => `ورد «${name}» ${count} مرات؛ استُخدمت القيمة الأولى فقط.`,
    tooLong: (name, max) => `«${name}» أطول من ${max} محرفًا فتُجوهل.`,
    unknownId: (noun, value) => `تُجوهل ${AR_NOUNS[noun]} غير المعروف ${value}.`,
    badDay: (end, value) => `يجب أن يكون «${end}» تاريخًا مثل 2013-04-13؛ تُجوهلت القيمة ${value}.`,
    fromAfterTo: '«from» بعد «to»؛ تُجوهلت الفترة.',
    badPassage: (value) => `يجب أن يكون «passage» موضعين مثل 120-180؛ تُجوهلت القيمة ${value}.`,
    passageNeedsSource: '«passage» يحتاج إلى «source» يشير إليه؛ فتُجوهل.',
    badLanes: (value) => `يجب أن يكون «lanes» إما «side» أو «actor»؛ تُجوهلت القيمة ${value}.`,
    badLang: (value) => `يجب أن يكون «lang» إما «ar» أو «en»؛ تُجوهلت القيمة ${value}.`,
    unknownRelation: (value) => `تُجوهل نوع علاقة غير معروف: ${value}.`,
    noRelationLeft: 'لم يبق في «relations» أي نوع علاقة معروف؛ تُعرض كل أنواع العلاقات.',
  },
};
