'use client';
/** The list of briefings (/briefing), in the reader's language, with the ways to open each. */
import type { Briefing } from '@/lib/briefing';
import { LangLink } from '@/components/i18n/LangLink';
import { useLang } from '@/components/i18n/lang-context';
import { BRIEFING_STRINGS } from './strings';

export interface BriefingIndexProps {
  briefings: readonly Pick<Briefing, 'id' | 'title' | 'description' | 'steps'>[];
}

export function BriefingIndex({ briefings }: BriefingIndexProps) {
  const lang = useLang();
  const STRINGS = BRIEFING_STRINGS[lang];
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <>
      <h1>{STRINGS.indexTitle}</h1>
      <p>{STRINGS.indexIntro}</p>
      {briefings.length === 0 ? (
        <p>{STRINGS.indexEmpty}</p>
      ) : (
        <ul>
          {briefings.map((b) => (
            <li key={b.id}>
              <h2>
                {b.title[lang]}{' '}
                <span className={other === 'ar' ? 'ar-inline' : undefined} lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
                  {b.title[other]}
                </span>
              </h2>
              <p>
                {/* The description is the briefing's data, written in English. */}
                <span lang="en">{b.description}</span> ({STRINGS.steps(b.steps.length)})
              </p>
              <p>
                <LangLink href={`/briefing/${b.id}`}>{STRINGS.present}</LangLink> ·{' '}
                <LangLink href={`/briefing/${b.id}/presenter`}>{STRINGS.presenterView}</LangLink> ·{' '}
                <LangLink href={`/briefing/${b.id}/print`}>{STRINGS.printView}</LangLink>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What a briefing page shows until it has read its step from the address. */
export function BriefingLoading({ title }: { title?: Briefing['title'] }) {
  const lang = useLang();
  return (
    <p className="page">
      {title ? `${title[lang]}. ` : ''}
      {BRIEFING_STRINGS[lang].loading}
    </p>
  );
}
