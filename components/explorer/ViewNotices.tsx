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
          <KeepWhole parts={[day(window.from, words.beginning), day(window.to, words.end)]} text={words.windowNotice(day(window.from, words.beginning), day(window.to, words.end))} />{' '}
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

/**
 * The text with each of `parts` kept on one line: a narrow notice broke an
 * ISO day at its hyphen ("2015-01-" then "01"). Plain text spans, no markup
 * from the strings.
 */
function KeepWhole({ text, parts }: { text: string; parts: string[] }) {
  const pieces: (string | { whole: string })[] = [];
  let rest = text;
  for (const part of parts) {
    const at = part === '' ? -1 : rest.indexOf(part);
    if (at < 0) continue;
    pieces.push(rest.slice(0, at), { whole: part });
    rest = rest.slice(at + part.length);
  }
  pieces.push(rest);
  return (
    <>
      {pieces.map((piece, i) =>
        typeof piece === 'string' ? (
          piece
        ) : (
          <span key={i} className="keep-whole">
            {piece.whole}
          </span>
        ),
      )}
    </>
  );
}

