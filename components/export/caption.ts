/**
 * The caption every exported figure carries: what it shows and the sources
 * it is drawn from, with their titles and publication dates, so a figure
 * pasted into a report or a slide still says where its claims come from.
 * Pure (lines of text); exportFigure.ts draws them into the SVG or PNG.
 */
import type { SourceSummary } from '@/lib/source-summary';
import { formatPublication } from '@/components/panels/format-date';
import { BRIEFING_STRINGS } from '@/components/briefing/strings';
import type { Lang } from '@/lib/url-state';

export interface CaptionInput {
  /** What the figure is: "Timeline", "Actor graph". */
  figure: string;
  /** What part of it: a period, a briefing step's title. */
  detail?: string;
  /** The sources the figure's items come from. */
  sources: readonly SourceSummary[];
  /** The language of the caption's words (English by default); titles are given in both. */
  lang?: Lang;
}

/** One line per source, in id order: "English title (Arabic title), published 15 May 2013, 12:06 (UTC+03:00)". */
export function sourceLine(source: SourceSummary, lang: Lang = 'en'): string {
  const inferred = source.publication.basis === 'inferred';
  const published = BRIEFING_STRINGS[lang].captionPublished(formatPublication(source.publication, lang), inferred);
  // The other-script title is isolated (U+2068 … U+2069) so the bidi algorithm does not pull the brackets and date around it.
  if (lang === 'ar') return `${source.title.ar} (\u2068${source.title.en}\u2069)، ${published}`;
  return `${source.title.en} (\u2068${source.title.ar}\u2069), ${published}`;
}

/** The caption as lines: the figure, "Sources:", one line per source, and where the figure was made. */
export function figureCaption({ figure, detail, sources, lang = 'en' }: CaptionInput): string[] {
  const ordered = [...sources].sort((a, b) => a.id.localeCompare(b.id));
  const words = BRIEFING_STRINGS[lang];
  return [
    detail ? `${figure}: ${detail}` : figure,
    `${words.captionSources}:`,
    ...ordered.map((source) => `• ${sourceLine(source, lang)}`),
    words.captionMadeWith,
  ];
}

/**
 * Breaks a caption line into lines of at most `max` characters at spaces
 * (an SVG text element does not wrap itself). A word longer than `max`
 * stays whole on its own line rather than being cut inside a word.
 */
export function wrapLine(line: string, max: number): string[] {
  const words = line.split(' ');
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= max) current += ` ${word}`;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current !== '' || out.length === 0) out.push(current);
  return out;
}

/** A file name for a figure: `athar-<what>-<detail>.svg`, kebab-case ASCII. */
export function figureFileName(what: string, detail: string | undefined, extension: 'svg' | 'png'): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  const parts = ['athar', slug(what), detail ? slug(detail) : ''].filter(Boolean);
  return `${parts.join('-')}.${extension}`;
}
