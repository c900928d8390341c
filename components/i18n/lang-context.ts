'use client';
/**
 * The interface language, for every client view. The provider in the root
 * layout reads it from the URL (`?lang=ar`); a view picks its words with
 * `DICTIONARY[useLang()]`. Outside a provider (unit tests) it is English.
 */
import { createContext, useContext } from 'react';
import { DEFAULT_LANG, type Lang } from '@/lib/url-state';

export const LangContext = createContext<Lang>(DEFAULT_LANG);

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The writing direction of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
