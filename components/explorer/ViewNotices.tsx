'use client';
/**
 * Tells the user what the view is not showing and why: parts of the URL that
 * were ignored, and filters in force, each with a way to clear it.
 */
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
  if (notices.length === 0 && window === null && typeFilter === null) return null;
  return (
    <div className="view-notices" role="status" aria-live="polite">
      {window && (
        <p className="notice" data-testid="window-notice">
          Showing only relations with events between <strong>{window.from ?? 'the beginning'}</strong> and{' '}
          <strong>{window.to ?? 'the end'}</strong>.{' '}
          <button type="button" onClick={onClearWindow}>
            Clear period
          </button>
        </p>
      )}
      {typeFilter && (
        <p className="notice">
          Graph limited to {typeFilter.length === 0 ? 'no relation types' : typeFilter.join(', ')}.{' '}
          <button type="button" onClick={onClearTypes}>
            Show all relations
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
