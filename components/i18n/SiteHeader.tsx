'use client';
/**
 * The skip link and the site header (brand, navigation, language switch), in
 * the reader's language.
 *
 * Its links are not prefetched when they appear, as next/link would, but when
 * the reader reaches for one (the pointer over it, the keyboard focus on it,
 * a touch): a pointer rests on a link 100–300 ms before the click, the head
 * start a prefetch gives. Prefetched as they appeared, at 10,000 events their
 * ten prefetches (the actor index's alone took 0.2 s of the server) ran while
 * the timeline and the graph were drawing; prefetched once the page was
 * quiet, at 100,000 events reading their answers (the actor index's is
 * 168 KB) took tasks of 40–55 ms on the page just as a reader starts to zoom.
 */
import { useRouter } from 'next/navigation';
import { hrefWithLang } from '@/lib/url-state';
import { LangLink } from './LangLink';
import { LanguageSwitch } from './LanguageSwitch';
import { useLang } from './lang-context';
import { SITE_STRINGS } from './strings';

/** The header's pages: each is a link, prefetched when the reader reaches for it. */
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
  // The router keeps what it prefetched: reaching for a link again asks for nothing.
  const intent = (href: string) => {
    const prefetch = () => router.prefetch(hrefWithLang(href, lang));
    return { onPointerEnter: prefetch, onFocus: prefetch, onTouchStart: prefetch };
  };
  return (
    <>
      <a className="visually-hidden" href="#main">
        {words.skipToContent}
      </a>
      <header className="site-header">
        <LangLink className="brand" href="/" prefetch={false} {...intent('/')}>
          Athar <span className="ar-inline" lang="ar">أثر</span>
        </LangLink>
        <nav aria-label={words.siteNav}>
          {NAV.map(({ href, word }) => (
            <LangLink key={href} href={href} prefetch={false} {...intent(href)}>
              {words[word]}
            </LangLink>
          ))}
        </nav>
        <LanguageSwitch />
      </header>
    </>
  );
}
