'use client';
/**
 * next/link that keeps the reader's language: the URL carries `lang`, so
 * every internal link must carry it too. Server pages render this as they
 * would render Link.
 */
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { hrefWithLang } from '@/lib/url-state';
import { useLang } from './lang-context';

export type LangLinkProps = Omit<ComponentProps<typeof Link>, 'href'> & { href: string };

export function LangLink({ href, ...rest }: LangLinkProps) {
  return <Link href={hrefWithLang(href, useLang())} {...rest} />;
}

/** The same href with the current language, for plain <a> and router.push. */
export function useLangHref(): (href: string) => string {
  const lang = useLang();
  return (href) => hrefWithLang(href, lang);
}
