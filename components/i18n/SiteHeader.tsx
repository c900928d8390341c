'use client';
/** The skip link and the site header (brand, navigation, language switch), in the reader's language. */
import { LangLink } from './LangLink';
import { LanguageSwitch } from './LanguageSwitch';
import { useLang } from './lang-context';
import { SITE_STRINGS } from './strings';

export function SiteHeader() {
  const words = SITE_STRINGS[useLang()];
  return (
    <>
      <a className="visually-hidden" href="#main">
        {words.skipToContent}
      </a>
      <header className="site-header">
        <LangLink className="brand" href="/">
          Athar <span className="ar-inline" lang="ar">أثر</span>
        </LangLink>
        <nav aria-label={words.siteNav}>
          <LangLink href="/">{words.navExplorer}</LangLink>
          <LangLink href="/sources">{words.navSources}</LangLink>
          <LangLink href="/actors">{words.navActors}</LangLink>
          <LangLink href="/events">{words.navEvents}</LangLink>
          <LangLink href="/briefing">{words.navBriefings}</LangLink>
        </nav>
        <LanguageSwitch />
      </header>
    </>
  );
}
