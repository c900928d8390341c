'use client';
/**
 * A record's name in both languages, the interface language first: an
 * actor, event or source has an English and an Arabic name, and the reader
 * should meet the one of the interface before the other. With `href`, the
 * first name is the link (carrying the language).
 */
import { LangLink } from './LangLink';
import { useLang } from './lang-context';

export interface BilingualProps {
  en: string;
  ar: string;
  href?: string;
}

export function Bilingual({ en, ar, href }: BilingualProps) {
  const lang = useLang();
  const arabic = (
    <span lang="ar" dir="rtl" className="ar-inline">
      {ar}
    </span>
  );
  const english = <span lang="en">{en}</span>;
  const [one, two] = lang === 'ar' ? [arabic, english] : [english, arabic];
  return (
    <>
      {href ? <LangLink href={href}>{one}</LangLink> : one} {two}
    </>
  );
}
