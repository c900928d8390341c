/**
 * Addresses of passages in the source pages: `/sources/<id>#p-<start>-<end>`.
 * A panel without a click handler links there; the page reads the hash back
 * into the reader's `focusPassage`, so a copied link reopens the same words.
 */
import type { Passage } from '@/lib/schema';
import type { Span } from './segments';

/** The fragment of a passage's range, without `#`: `p-120-164`. */
export function passageFragment(span: Span): string {
  return `p-${span.start}-${span.end}`;
}

/** The link to a passage in its source page. */
export function passageHref(passage: Passage): string {
  return `/sources/${encodeURIComponent(passage.source)}#${passageFragment(passage.position)}`;
}

/** The range a `#p-<start>-<end>` hash names, or null for any other hash. */
export function parsePassageHash(hash: string): Span | null {
  const match = /^#?p-(\d{1,9})-(\d{1,9})$/.exec(hash);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end ? { start, end } : null;
}
