'use client';
/**
 * English / العربية: the same page in the other language. The address
 * changes (`lang=ar` added or removed, everything else kept), so the choice
 * survives reload, back/forward and a copied link.
 */
import { useRouter } from 'next/navigation';
import { hrefWithLang } from '@/lib/url-state';
import { useLang } from './lang-context';
import { SITE_STRINGS } from './strings';

export function LanguageSwitch() {
  const lang = useLang();
  const router = useRouter();
  const words = SITE_STRINGS[lang];
  const other = lang === 'ar' ? 'en' : 'ar';
  const go = () => {
    const { pathname, search, hash } = window.location;
    router.push(hrefWithLang(`${pathname}${search}${hash}`, other), { scroll: false });
  };
  return (
    <button type="button" className="language-switch" onClick={go} title={words.switchLabel} data-testid="language-switch">
      <span lang={other}>{words.switchTo}</span>
    </button>
  );
}
