'use client';
/**
 * Holds the interface language and mirrors it on <html lang dir>. The
 * language lives in the URL (`lang=ar`), because the pages are static (and
 * exported as plain files): the server renders English, and the browser
 * switches once it has read the address. An inline script in the layout
 * sets <html dir> before the first paint, so the page does not jump from
 * left-to-right to right-to-left; the words follow on hydration.
 */
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'next/navigation';
import { DEFAULT_LANG, LANG_PARAM, parseLang, type Lang } from '@/lib/url-state';
import { LangContext, dirOf } from './lang-context';
import { SITE_STRINGS } from './strings';

/** Reads the language from the URL on every navigation. Under Suspense: a static page knows its query only in the browser. */
function LangFromUrl({ onLang }: { onLang: (lang: Lang) => void }) {
  const params = useSearchParams();
  const lang = parseLang(params?.get(LANG_PARAM));
  useEffect(() => onLang(lang), [lang, onLang]);
  return null;
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  // null until the address has been read: <html> keeps what the early script set meanwhile.
  const [lang, setLang] = useState<Lang | null>(null);
  useEffect(() => {
    if (lang === null) return;
    const root = document.documentElement;
    root.lang = lang;
    root.dir = dirOf(lang);
    root.dataset.lang = lang;
  }, [lang]);
  useArabicDocumentTitle(lang);
  return (
    <LangContext.Provider value={lang ?? DEFAULT_LANG}>
      <Suspense fallback={null}>
        <LangFromUrl onLang={setLang} />
      </Suspense>
      {children}
    </LangContext.Provider>
  );
}

/**
 * The tab title comes from static (English) metadata; in Arabic it follows the
 * page's own heading, which the views already word in Arabic, and keeps
 * following it as a briefing's steps change. English keeps the metadata title.
 */
function useArabicDocumentTitle(lang: Lang | null): void {
  useEffect(() => {
    if (lang !== 'ar') return;
    // Next writes the English metadata title on every navigation: keep the latest one, to put back when English returns.
    let english = document.title;
    let written = '';
    const retitle = () => {
      if (document.title !== written) english = document.title;
      const text = document.querySelector('main h1')?.textContent?.trim();
      written = SITE_STRINGS.ar.documentTitle(text ? text : null);
      if (document.title !== written) document.title = written;
    };
    retitle();
    const observer = new MutationObserver(retitle);
    const main = document.querySelector('main');
    if (main) observer.observe(main, { childList: true, subtree: true, characterData: true });
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = english;
    };
  }, [lang]);
}
