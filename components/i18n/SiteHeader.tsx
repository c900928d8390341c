'use client';
/**
 * The skip link and the site header (brand, navigation, language switch), in
 * the reader's language.
 *
 * Its links are not prefetched when they appear, as next/link would, but once
 * the main thread is quiet: on the explorer at 10,000 events their ten
 * prefetches (the actor index's alone took 0.2 s of the server) ran on the
 * two cores while the timeline and the graph were drawing.
 */
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { hrefWithLang } from '@/lib/url-state';
import { whenQuiet } from '@/components/useWhenIdle';
import { LangLink } from './LangLink';
import { LanguageSwitch } from './LanguageSwitch';
import { useLang } from './lang-context';
import { SITE_STRINGS } from './strings';

/** The header's pages: each is a link, and each is prefetched once the page is quiet. */
const NAV = [
  { href: '/', word: 'navExplorer' },
  { href: '/sources', word: 'navSources' },
  { href: '/actors', word: 'navActors' },
  { href: '/events', word: 'navEvents' },
  { href: '/briefing', word: 'navBriefings' },
] as const;

export function SiteHeader() {
  const lang = useLang();
  const words = SITE_STRINGS[lang];
  const router = useRouter();
  useEffect(() => whenQuiet(() => NAV.forEach(({ href }) => router.prefetch(hrefWithLang(href, lang)))), [router, lang]);
  return (
    <>
      <a className="visually-hidden" href="#main">
        {words.skipToContent}
      </a>
      <header className="site-header">
        <LangLink className="brand" href="/" prefetch={false}>
          Athar <span className="ar-inline" lang="ar">أثر</span>
        </LangLink>
        <nav aria-label={words.siteNav}>
          {NAV.map(({ href, word }) => (
            <LangLink key={href} href={href} prefetch={false}>
              {words[word]}
            </LangLink>
          ))}
        </nav>
        <LanguageSwitch />
      </header>
    </>
  );
}
