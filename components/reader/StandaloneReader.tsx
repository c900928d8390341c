'use client';
/**
 * The reader as a page of its own (`/sources/<id>`): descriptions come
 * precomputed from the server, a `#p-<start>-<end>` fragment outlines a
 * passage, and selecting a highlight opens its record's page.
 */
import { useEffect, useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Source } from '@/lib/schema';
import type { PassageOwner, PassageRef } from '@/lib/query';
import { SourceReader } from './SourceReader';
import { parsePassageHash } from './anchors';
import type { Span } from './segments';
import { hrefWithLang, type Lang } from '@/lib/url-state';
import { useLang } from '@/components/i18n/lang-context';

export interface StandaloneReaderProps {
  source: Source;
  text: string;
  passages: readonly PassageRef[];
  /** `descriptions[lang][i]` says what `passages[i]` supports, in each interface language. */
  descriptions: Record<Lang, string[]>;
}

const PAGE_OF: Partial<Record<PassageOwner['kind'], string>> = { event: '/events/', actor: '/actors/', source: '/sources/' };

export function StandaloneReader({ source, text, passages, descriptions: byLang }: StandaloneReaderProps) {
  const router = useRouter();
  const lang = useLang();
  const descriptions = byLang[lang];
  const [focus, setFocus] = useState<Span | null>(null);
  const [selected, setSelected] = useState<PassageOwner | null>(null);
  const describe = useMemo(() => {
    const byRef = new Map(passages.map((ref, i) => [ref, descriptions[i] ?? '']));
    return (ref: PassageRef) => byRef.get(ref) ?? '';
  }, [passages, descriptions]);

  // The fragment is only known in the browser; follow it as it changes.
  useEffect(() => {
    const read = () => setFocus(parsePassageHash(window.location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  return (
    <SourceReader
      source={source}
      text={text}
      passages={passages}
      describe={describe}
      selected={selected}
      focusPassage={focus}
      headingLevel={1}
      onSelect={(owner) => {
        setSelected(owner);
        if (owner.kind === 'statement') {
          router.push(hrefWithLang(`/?statement=${encodeURIComponent(owner.id)}`, lang));
          return;
        }
        const page = PAGE_OF[owner.kind];
        if (page) router.push(hrefWithLang(`${page}${encodeURIComponent(owner.id)}`, lang));
      }}
    />
  );
}
