'use client';
/**
 * The reader's tab list: a tab per source, its Arabic title and publication
 * day. Memoised: it is made again only when the sources, the shown one or the
 * language change, not on every selection elsewhere in the explorer — at
 * 100,000 events there are 2,500 tabs, and making and comparing them took
 * ~20 ms of each selection's render in a profile.
 */
import { memo } from 'react';
import type { SourceSummary } from '@/lib/source-summary';

export interface SourceTabsProps {
  sources: readonly SourceSummary[];
  /** The shown source, marked selected; null for none. */
  sourceId: string | null;
  /** The tab list's accessible name. */
  label: string;
  /** Called with a source's id when its tab is pressed; keep it stable (the list re-renders when it changes). */
  onPick: (id: string) => void;
}

export const SourceTabs = memo(function SourceTabs({ sources, sourceId, label, onPick }: SourceTabsProps) {
  return (
    <div role="tablist" aria-label={label} className="reader-tabs">
      {sources.map((s) => (
        <button
          key={s.id}
          type="button"
          role="tab"
          aria-selected={s.id === sourceId}
          className={s.id === sourceId ? 'active' : undefined}
          onClick={() => onPick(s.id)}
        >
          <span lang="ar" dir="rtl" className="ar-inline">
            {s.title.ar}
          </span>
          <span className="reader-tab-date">{s.publication.datetime.slice(0, 10)}</span>
        </button>
      ))}
    </div>
  );
});
