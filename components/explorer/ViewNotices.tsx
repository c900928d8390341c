'use client';
/**
 * Tells the user what the view is not showing and why: parts of the URL that
 * were ignored, and filters in force, each with a way to clear it.
 */
import type { RelationType } from '@/lib/vocabulary';
import { GRAPH_STRINGS } from '@/components/graph/strings';
import { useLang } from '@/components/i18n/lang-context';
import { EXPLORER_STRINGS } from './strings';
export interface ViewNoticesProps {
  /** Sentences explaining ignored URL parameters. */
  notices: string[];
  /** The brushed window when one is active. */
  window: { from: string | null; to: string | null } | null;
  onClearWindow: () => void;
  /** Relation types shown, or null for all. */
  typeFilter: string[] | null;
  onClearTypes: () => void;
}

export function ViewNotices({ notices, window, onClearWindow, typeFilter, onClearTypes }: ViewNoticesProps) {
  const lang = useLang();
  const words = EXPLORER_STRINGS[lang];
  // ISO days, as in the address bar the period came from.
  const day = (iso: string | null, fallback: string) => iso ?? fallback;
  // Always in the page, empty when nothing is filtered: a live region must exist before its words change for a
  // screen reader to announce them, and a notice that appears in a box already laid out moves nothing below it.
  return (
    <div className="view-notices" role="status" aria-live="polite">
      {window && (
        <p className="notice" data-testid="window-notice">
          {words.windowNotice(day(window.from, words.beginning), day(window.to, words.end))}{' '}
          <button type="button" onClick={onClearWindow}>
            {words.clearPeriod}
          </button>
        </p>
      )}
      {typeFilter && (
        <p className="notice">
          {words.typesNotice(typeFilter.length === 0 ? [words.noTypes] : typeFilter.map((t) => GRAPH_STRINGS[lang].relationTypes[t as RelationType] ?? t))}{' '}
          <button type="button" onClick={onClearTypes}>
            {words.showAllRelations}
          </button>
        </p>
      )}
      {notices.map((n) => (
        <p key={n} className="notice notice-warning" data-testid="url-notice">
          {n}
        </p>
      ))}
    </div>
  );
}
