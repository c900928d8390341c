'use client';
/**
 * One passage of evidence, the unit of trust in Athar: the exact Arabic words
 * as the source has them, the words around them (faded, so the sentence can
 * be read), where they come from, and a way to open them in the source.
 *
 * The quote is rendered from `passage.quote` as React text only; nothing here
 * re-types, trims or normalises it.
 */
import type { Passage, Source } from '@/lib/schema';
import { QUOTE_CONTEXT } from '@/lib/passage';
import { passageHref } from '@/components/reader/anchors';
import { ActionLink } from './links';
import { SourceCitation } from './SourceCitation';
import { useLang } from '@/components/i18n/lang-context';
import { PANEL_STRINGS } from './strings';
import './panels.css';

export interface EvidencePassageProps {
  /** The passage to show. */
  passage: Passage;
  /**
   * The passage's source, for its title and publication date. Pass `null`
   * when a surrounding heading already names the source (grouped evidence);
   * leave undefined when the source could not be found (shown as unknown).
   */
  source?: Source | null;
  /** The analyst's English translation, labelled as such. */
  gloss?: string;
  /**
   * Opens the passage in the reader. Without it, "Open in source" is a link
   * to `/sources/<id>#p-<start>-<end>`.
   */
  onOpen?: (passage: Passage) => void;
  /** Extra class for the figure (compact variants). */
  className?: string;
}

/** The label of every gloss: a translation is the analyst's words, not the source's. */
export const GLOSS_LABEL = PANEL_STRINGS.en.glossLabel;

export function EvidencePassage({ passage, source, gloss, onOpen, className }: EvidencePassageProps) {
  const lang = useLang();
  const words = PANEL_STRINGS[lang];
  const { prefix, exact, suffix } = passage.quote;
  const { start, end } = passage.position;
  // Context is cut at QUOTE_CONTEXT characters; a shorter one reaches the edge of the text.
  const cutBefore = prefix.length >= QUOTE_CONTEXT;
  const cutAfter = suffix.length >= QUOTE_CONTEXT;
  return (
    <figure className={`panel-passage${className ? ` ${className}` : ''}`} data-passage={`${passage.source}:${start}-${end}`}>
      <blockquote lang="ar" dir="rtl" className="ar panel-quote" cite={passageHref(passage)}>
        {prefix && (
          // Context is for the eye; a screen reader gets the exact quote alone, not a longer one.
          <span className="panel-context" data-cut={cutBefore ? 'before' : undefined} aria-hidden="true">
            {prefix}
          </span>
        )}
        <mark className="panel-exact">{exact}</mark>
        {suffix && (
          <span className="panel-context" data-cut={cutAfter ? 'after' : undefined} aria-hidden="true">
            {suffix}
          </span>
        )}
      </blockquote>
      {gloss && (
        <p className="panel-gloss">
          <span className="panel-label">{words.glossLabel}: </span>
          <span lang="en">{gloss}</span>
        </p>
      )}
      <figcaption className="panel-passage-caption">
        {source !== null && <SourceCitation source={source} sourceId={passage.source} />}
        <ActionLink className="panel-open" href={passageHref(passage)} onAction={onOpen && (() => onOpen(passage))}>
          {words.openInSource}
          <span className="visually-hidden">{words.passageAt(source ? (lang === 'ar' ? source.title.ar : source.title.en) : null, start, end)}</span>
        </ActionLink>
      </figcaption>
    </figure>
  );
}
